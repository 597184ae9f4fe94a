import Foundation
import Testing
@testable import ParallaxCore

@Suite struct UTF8ValidationTests {
  @Test("the first invalid byte is found with its line and column", arguments: [
    ([0x41, 0x42, 0xFF, 0x43] as [UInt8], 2),
    ([0xD0, 0x9A, 0xD0] as [UInt8], 2),  // truncated two-byte sequence
    ([0xED, 0xA0, 0x80] as [UInt8], 0),  // a UTF-16 surrogate encoded in UTF-8
    ([0xC0, 0xAF] as [UInt8], 0),  // overlong
  ])
  func invalid(bytes: [UInt8], offset: Int) {
    #expect(UTF8Validation.firstInvalidOffset(in: Data(bytes)) == offset)
  }

  @Test("valid text of every width passes, including long ASCII runs")
  func valid() {
    let text = String(repeating: "ascii text ", count: 20) + "Київ 日本 😀"
    #expect(UTF8Validation.firstInvalidOffset(in: Data(text.utf8)) == nil)
  }

  @Test("line and column count scalars from 1")
  func position() {
    let data = Data("ab\nКиї".utf8) + Data([0xFF])
    let offset = UTF8Validation.firstInvalidOffset(in: data) ?? -1
    #expect(offset == 9)
    #expect(UTF8Validation.lineAndColumn(ofByte: offset, in: data) == (2, 4))
  }
}

@Suite struct InputCollectorTests {
  func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test("invalid UTF-8 names the file, the byte offset and the position; nothing is replaced")
  func invalidUTF8() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("bad.txt")
    try (Data("Kyiv\n".utf8) + Data([0x41, 0xC3, 0x28])).write(to: file)
    let result = InputCollector().read(file.path)
    #expect(result == .failure(.invalidUTF8(path: file.path, offset: 6, line: 2, column: 2)))
  }

  @Test("binary files, missing files and link loops are reported; the rest are read")
  func folderProblems() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("Київ\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
    try Data([0x50, 0x00, 0x01]).write(to: folder.appendingPathComponent("b.txt"))
    try Data("ignored".utf8).write(to: folder.appendingPathComponent("c.pdf"))
    let sub = folder.appendingPathComponent("sub")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(at: sub.appendingPathComponent("loop"), withDestinationURL: folder)
    let collector = InputCollector()
    let (files, problems) = collector.expand([folder.path, folder.appendingPathComponent("nope.txt").path])
    #expect(files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.txt", "b.txt"])
    #expect(problems.contains { if case .symlinkLoop = $0 { true } else { false } })
    #expect(problems.contains { if case .missing = $0 { true } else { false } })
    #expect(collector.read(files[1]) == .failure(.binary(path: files[1], offset: 1)))
    #expect((try? collector.read(files[0]).get().text) == "Київ\n")
  }

  @Test("a byte order mark is dropped, not kept as text")
  func byteOrderMark() {
    let result = InputCollector().decode(Data([0xEF, 0xBB, 0xBF]) + Data("Kyiv".utf8), path: "x")
    #expect((try? result.get().text) == "Kyiv")
  }
}

@Suite struct LineTableTests {
  @Test("byte offsets become lines and scalar columns")
  func positions() {
    let table = LineTable("ab\nКиїв x\n")
    #expect(table.position(ofByte: 0) == (1, 1))
    #expect(table.position(ofByte: 3) == (2, 1))
    #expect(table.position(ofByte: 12) == (2, 6))
  }
}
