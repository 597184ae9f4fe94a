import Foundation
import Testing

@testable import ParallaxCore

@Suite struct ByteBufferTests {
  @Test("words read little-endian at any offset; reads past the end give zero")
  func words() {
    let buffer = ByteBuffer([0xFF, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08])
    #expect(buffer.u8(at: 0) == 0xFF)
    #expect(buffer.u32(at: 1) == 0x0403_0201)
    #expect(buffer.u64(at: 1) == 0x0807_0605_0403_0201)
    #expect(buffer.u32(at: 6) == 0)
    #expect(buffer.u64(at: 2) == 0)
    #expect(buffer.u8(at: 9) == 0)
    #expect(buffer.u8(at: -1) == 0)
    #expect(buffer.array(at: 7, count: 2) == [0x07, 0x08])
    #expect(buffer.array(at: 8, count: 2) == [])
  }

  @Test("the table writer's words read back in place")
  func writer() {
    var w = ByteTableWriter()
    w.u32(7)
    w.u64(0x0102_0304_0506_0708)
    w.u32(0)
    w.setU32(70_000, at: 12)
    w.setU64(9, at: 4)
    let buffer = ByteBuffer(w.bytes)
    #expect(buffer.count == 16)
    #expect(buffer.u32(at: 0) == 7)
    #expect(buffer.u64(at: 4) == 9)
    #expect(buffer.u32(at: 12) == 70_000)
  }

  @Test("byte ranges order as memcmp, then shorter first; strings decode in place", arguments: [
    ("kyiv", "kyiv", 0), ("kyiv", "kyjiw", -1), ("kyjiw", "kyiv", 1), ("kyi", "kyiv", -1), ("київ", "kyiv", 1),
  ])
  func order(a: String, b: String, sign: Int) {
    let buffer = ByteBuffer([0x20] + Array(a.utf8))
    let result = Array(b.utf8).withUnsafeBytes { buffer.compare(at: 1, count: a.utf8.count, with: $0) }
    #expect(result.signum() == sign)
    #expect(buffer.string(at: 1, count: a.utf8.count) == a)
    #expect(Array(a.utf8).withUnsafeBytes { buffer.equals(at: 1, count: a.utf8.count, $0) })
  }

  @Test("a file is read whole; a missing one is nil")
  func file() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("byte-buffer-\(UUID().uuidString).bin")
    defer { try? FileManager.default.removeItem(at: url) }
    let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    try Data(bytes).write(to: url)
    let buffer = try #require(ByteBuffer(contentsOfFile: url.path))
    #expect(buffer.count == bytes.count)
    #expect(buffer.array(at: 0, count: bytes.count) == bytes)
    #expect(ByteBuffer(contentsOfFile: url.path + ".missing") == nil)
  }
}
