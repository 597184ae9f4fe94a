import Foundation
import ParallaxCore
import Testing

@Suite struct BatchFileHashesTests {
  /// A fresh folder with one file, removed by the caller.
  static func folder(with text: String) throws -> (folder: URL, file: String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-hashes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("wire.txt").path
    try text.write(toFile: file, atomically: false, encoding: .utf8)
    return (folder, file)
  }

  /// Long enough after any write of the test for a hash to be kept.
  static var later: Date { Date().addingTimeInterval(60) }

  @Test("a file whose metadata is unchanged is not read again by the next run")
  func reused() throws {
    let (folder, file) = try Self.folder(with: "Lavrov met the ICRC president.\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    var first = BatchFileHashes()
    let hash = first.hash(of: file, now: Self.later)
    #expect(hash != nil)
    #expect(first.filesRead == 1)
    var second = BatchFileHashes(text: first.text)
    #expect(second.hash(of: file, now: Self.later) == hash)
    #expect(second.filesRead == 0)
    #expect(second.text == first.text)
    #expect(first.text.hasPrefix(BatchFileHashes.header + "\n"))
  }

  @Test("an edit that keeps the size and the modification time is still seen, through the ctime")
  func sameSizeSameModificationTime() throws {
    let (folder, file) = try Self.folder(with: "casualties: 12\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    var first = BatchFileHashes()
    let before = first.hash(of: file, now: Self.later)
    #expect(before != nil)
    let modified = try #require(try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date)
    // Past the file system clock's tick, so that the edit's ctime differs.
    Thread.sleep(forTimeInterval: 0.05)
    let handle = try #require(FileHandle(forWritingAtPath: file))
    try handle.write(contentsOf: Data("casualties: 21\n".utf8))
    try handle.close()
    try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file)
    let stamp = try #require(BatchFileHashes.Stamp.of(file))
    #expect(stamp.size == 15)
    var second = BatchFileHashes(text: first.text)
    let after = second.hash(of: file, now: Self.later)
    #expect(after != nil && after != before)
    #expect(second.filesRead == 1)
  }

  @Test("a hash read moments after the file changed is not kept: the next run reads the file again")
  func racy() throws {
    let (folder, file) = try Self.folder(with: "just written\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    var first = BatchFileHashes()
    let hash = first.hash(of: file, now: Date())
    #expect(hash != nil)
    #expect(first.text == BatchFileHashes.header + "\n")
    var second = BatchFileHashes(text: first.text)
    #expect(second.hash(of: file, now: Date()) == hash)
    #expect(second.filesRead == 1)
  }

  @Test("a missing file has no hash; a saved file from elsewhere or a bad line is ignored")
  func missingAndMalformed() throws {
    var none = BatchFileHashes()
    #expect(none.hash(of: "/nonexistent/parallax/file.txt") == nil)
    #expect(none.text == BatchFileHashes.header + "\n")
    let (folder, file) = try Self.folder(with: "text\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    var saved = BatchFileHashes()
    _ = saved.hash(of: file, now: Self.later)
    let lines = saved.text.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    var fields = lines[1].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    #expect(fields.count == 9)
    var good = BatchFileHashes(text: saved.text)
    _ = good.hash(of: file, now: Self.later)
    #expect(good.filesRead == 0)
    var variants = ["# parallax.batch-files/0\n" + lines[1] + "\n", lines[0] + "\n" + lines[1].replacingOccurrences(of: "\t", with: " ") + "\n"]
    for (index, bad) in [(3, "99999999999999999999999"), (3, "-5"), (6, "x"), (8, "")] {
      let kept = fields[index]
      fields[index] = bad
      variants.append(lines[0] + "\n" + fields.joined(separator: "\t") + "\n")
      fields[index] = kept
    }
    variants.append(lines[0] + "\n" + fields.prefix(5).joined(separator: "\t") + "\n")
    for variant in variants {
      var hashes = BatchFileHashes(text: variant)
      #expect(hashes.hash(of: file, now: Self.later) != nil)
      #expect(hashes.filesRead == 1, "\(variant)")
    }
  }

  @Test("the job fingerprint is the same with and without saved hashes, and follows the content")
  func fingerprint() throws {
    let (folder, file) = try Self.folder(with: "one\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let job = BatchJob(
      id: "wire", inputs: ["wire.txt"], resolvedInputs: [file], windowDays: nil, grouping: .events, style: nil,
      reportLocale: nil, eventThreshold: nil, suggestThreshold: nil, confidentThreshold: nil, charts: false,
      evidence: false, output: "{date}/{job}.md")
    let date = try #require(CalendarDate("2025-03-12"))
    var saved = BatchFileHashes()
    let a = BatchFingerprint.of(job, files: [file], hashes: &saved, localeData: "l", date: date, version: "1")
    #expect(a == BatchFingerprint.of(job, files: [file], localeData: "l", date: date, version: "1"))
    try "two\n".write(toFile: file, atomically: true, encoding: .utf8)
    var reloaded = BatchFileHashes(text: saved.text)
    let b = BatchFingerprint.of(job, files: [file], hashes: &reloaded, localeData: "l", date: date, version: "1")
    #expect(a.inputs != b.inputs)
    #expect(a.options == b.options)
  }
}
