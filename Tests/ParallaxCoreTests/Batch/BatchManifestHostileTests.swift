import Foundation
import ParallaxCore
import Testing

/// Manifests checked against the locale data at load time, empty globs, invalid UTF-8, and
/// links out of the output root (issue 18, items 10 and 11).
@Suite struct BatchManifestHostileTests {
  static let locales = InMemoryLocaleData([
    "und/styles/ap-en.yaml": "schema: parallax.style/1\n", "en/report.yaml": "schema: parallax.report/1\n",
    "ru/report.yaml": "schema: parallax.report/1\n",
  ])

  func temporaryFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-manifest-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test("a bad style or report locale is found at load time, at its line and column")
  func locales() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let text = "schema: parallax.batch/1\njobs:\n  - id: a\n    inputs: [.]\n    style: nope\n    reportLocale: xx\n"
    let result = BatchManifestLoader().load(text: text, path: "m.yaml", folder: folder, locales: Self.locales)
    guard case .failure(let errors) = result else {
      Issue.record("accepted")
      return
    }
    #expect(errors.problems.count == 2)
    #expect(errors.problems[0].description.hasPrefix("m.yaml:5:12: error: invalid value for 'style': no house style 'nope'; known: ap-en"))
    #expect(errors.problems[1].description.hasPrefix("m.yaml:6:19: error: invalid value for 'reportLocale': no report strings for 'xx'; known: en, ru"))
    let good = "schema: parallax.batch/1\njobs:\n  - id: a\n    inputs: [.]\n    style: ap-en\n    reportLocale: ru\n"
    #expect((try? BatchManifestLoader().load(text: good, path: "m.yaml", folder: folder, locales: Self.locales).get()) != nil)
  }

  @Test("a glob that matches nothing is a warning the manifest carries")
  func emptyGlob() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let text = "schema: parallax.batch/1\njobs:\n  - id: a\n    inputs: [\"*.jsonl\"]\n"
    let manifest = try BatchManifestLoader().load(text: text, path: "m.yaml", folder: folder).get()
    #expect(manifest.warnings == [.emptyGlob(file: "m.yaml", line: 4, column: 14, pattern: "*.jsonl")])
    #expect(manifest.warnings[0].isWarning)
    #expect(manifest.warnings[0].description.contains("warning: input '*.jsonl' matches no file"))
    FileManager.default.createFile(atPath: folder + "/a.jsonl", contents: Data())
    #expect(try BatchManifestLoader().load(text: text, path: "m.yaml", folder: folder).get().warnings.isEmpty)
  }

  @Test("a manifest that is not UTF-8 is reported with the byte offset")
  func invalidUTF8() {
    let data = Data("schema: parallax.batch/1\njobs:\n  - id: é".utf8) + Data([0xFF])
    let result = BatchManifestLoader().load(data: data, path: "m.yaml", folder: ".")
    #expect(result == .failure(BatchManifestErrors([.invalidUTF8(file: "m.yaml", offset: 41, line: 3, column: 10)])))
  }

  @Test("a symbolic link inside the output root cannot lead a report out of it")
  func containment() throws {
    let root = try temporaryFolder()
    let outside = try temporaryFolder()
    defer {
      try? FileManager.default.removeItem(atPath: root)
      try? FileManager.default.removeItem(atPath: outside)
    }
    try FileManager.default.createSymbolicLink(atPath: root + "/2025-01-01", withDestinationPath: outside)
    try FileManager.default.createSymbolicLink(atPath: root + "/report.md", withDestinationPath: outside + "/x.md")
    try FileManager.default.createDirectory(atPath: root + "/inside", withIntermediateDirectories: true)
    let escaping = OutputContainment.problem(writing: root + "/2025-01-01/job.md", root: root)
    #expect(escaping != nil)
    #expect(escaping?.description.contains("outside the output root") == true)
    #expect(OutputContainment.problem(writing: root + "/report.md", root: root) != nil)
    #expect(OutputContainment.problem(writing: root + "/inside/new/job.md", root: root) == nil)
    #expect(OutputContainment.problem(writing: root + "/2026-01-01/job.md", root: root) == nil)
  }
}

/// Write errors as sentences that name the path (issue 18, item 10).
@Suite struct WriteFailureTests {
  @Test("writing under a file says the file is not a folder")
  func notAFolder() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-file-\(UUID().uuidString)").path
    FileManager.default.createFile(atPath: file, contents: Data())
    defer { try? FileManager.default.removeItem(atPath: file) }
    #expect(WriteFailure.sentence(path: file + "/x", code: ENOTDIR) == "cannot write '\(file)/x': '\(file)' is a file, not a folder")
    let error = CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file + "/x"])
    #expect(WriteFailure.sentence(for: error, path: file + "/x") == "cannot write '\(file)/x': '\(file)' is a file, not a folder")
    #expect(!WriteFailure.sentence(for: error, path: file + "/x").contains("NSCocoaErrorDomain"))
  }
}
