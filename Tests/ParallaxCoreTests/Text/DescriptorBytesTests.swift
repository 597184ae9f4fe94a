import Foundation
import Testing

@testable import ParallaxCore

/// Reading a descriptor to its end, whatever its size against the chunk, and finding NUL bytes.
@Suite struct DescriptorBytesTests {
  private func roundTrip(_ bytes: [UInt8], hint: (Int) -> Int?) throws -> Data {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("descriptor-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: url) }
    try Data(bytes).write(to: url)
    let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    return try DescriptorBytes.readToEnd(descriptor, sizeHint: hint(bytes.count))
  }

  @Test("a file comes back whole: empty, small, larger than a chunk, with a right, short or missing size hint")
  func wholeFiles() throws {
    let sizes = [0, 1, 3, 4_096, 65_535, 65_536, 200_001]
    for size in sizes {
      let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
      #expect(try roundTrip(bytes) { $0 } == Data(bytes), "size \(size), exact hint")
      // A file that grew after it was measured is still read to its end.
      #expect(try roundTrip(bytes) { $0 / 2 } == Data(bytes), "size \(size), short hint")
      #expect(try roundTrip(bytes) { _ in nil } == Data(bytes), "size \(size), no hint")
    }
  }

  @Test("a descriptor that cannot be read gives the system's error number")
  func failure() {
    #expect(throws: DescriptorBytes.Failure(code: EBADF)) { try DescriptorBytes.readToEnd(-1, sizeHint: nil) }
  }

  @Test("the first NUL byte's offset, or none")
  func nul() {
    #expect(DescriptorBytes.firstNUL(in: Data()) == nil)
    #expect(DescriptorBytes.firstNUL(in: Data("text".utf8)) == nil)
    #expect(DescriptorBytes.firstNUL(in: Data([0x61, 0x00, 0x62, 0x00])) == 1)
    #expect(DescriptorBytes.firstNUL(in: Data([0x00])) == 0)
  }

  @Test("a temporary file made unlinked takes positioned writes and reads them back, and leaves nothing in its folder")
  func unlinkedFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descriptor-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let descriptor = try #require(DescriptorBytes.unlinkedTemporaryFile(in: folder.path, prefix: "spill-"))
    defer { close(descriptor) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    let first = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 13) }
    #expect(DescriptorBytes.write(first, to: descriptor, at: 0))
    #expect(DescriptorBytes.write(Array("tail".utf8), to: descriptor, at: first.count))
    #expect(lseek(descriptor, 0, SEEK_SET) == 0)
    #expect(try DescriptorBytes.readToEnd(descriptor, sizeHint: nil) == Data(first + Array("tail".utf8)))
    // A folder that does not exist gives no file; a descriptor that is not open takes no write.
    #expect(DescriptorBytes.unlinkedTemporaryFile(in: folder.appendingPathComponent("missing").path, prefix: "x-") == nil)
    #expect(!DescriptorBytes.write([1, 2, 3], to: -1, at: 0))
  }
}

