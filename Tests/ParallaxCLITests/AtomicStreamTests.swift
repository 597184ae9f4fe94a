import Foundation
import Testing

@testable import ParallaxCLI

/// A file written part by part (compare's single-source.md): the target changes only at commit.
@Suite struct AtomicStreamTests {
  @Test("parts reach the target only at commit; an abandoned stream leaves the old file and no temporary file")
  func commitAndAbandon() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("single-source.md").path
    try "old text\n".write(toFile: path, atomically: false, encoding: .utf8)
    let stream = try AtomicFile.Stream(path: path)
    try stream.append("# Single-source events\n")
    try stream.append("\n- first\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old text\n")
    try stream.commit(flush: false)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "# Single-source events\n\n- first\n")
    let dropped = try AtomicFile.Stream(path: path)
    try dropped.append("never seen")
    dropped.abandon()
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "# Single-source events\n\n- first\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["single-source.md"])
  }

  @Test("a file that opened with a byte order mark keeps it, written in parts or empty")
  func byteOrderMark() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("notes.md").path
    try Data([0xEF, 0xBB, 0xBF] + Array("old".utf8)).write(to: URL(fileURLWithPath: path))
    let stream = try AtomicFile.Stream(path: path)
    try stream.append("")
    try stream.append("new")
    try stream.commit(flush: false)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data([0xEF, 0xBB, 0xBF] + Array("new".utf8)))
    let empty = try AtomicFile.Stream(path: path)
    try empty.commit(flush: false)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data([0xEF, 0xBB, 0xBF]))
  }
}
