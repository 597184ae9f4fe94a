import Foundation
import ParallaxCore
import Testing

@testable import ParallaxCLI

/// What a batch leaves for a reader: a report folder per job whose links work, a record per run
/// that no later run overwrites, and `batch status` that a script can check.
@Suite struct BatchLayoutTests {
  typealias Setup = BatchCommandTests.Setup

  /// A one-source document on a topic of its own: an event with a single source.
  static let lone = """
    ---
    title: "Harbour dredging resumes in Gdańsk"
    source: Baltic Harbour Weekly
    published: 2025-03-10
    language: en
    ---

    Dredging of the outer harbour in Gdańsk resumed on Tuesday after a two-week pause for repairs to the main barge, the port authority said.

    "The channel will be ready for larger vessels by August," harbour master Anna Nowicka told reporters.

    """

  /// A manifest with one job over `inputs`.
  static func manifest(_ inputs: String) -> String {
    "schema: parallax.batch/1\njobs:\n  - id: all\n    inputs: [\(inputs)]\n"
  }

  /// Every relative link target in the Markdown `text` (`[label](target)`), without anchors.
  static func links(in text: String) -> [String] {
    text.matches(of: /\]\(([^)\s]+)\)/).map { String($0.output.1) }
      .filter { !$0.contains("://") && !$0.hasPrefix("#") }
      .map { String($0.split(separator: "#", maxSplits: 1).first ?? "") }
  }

  /// Two jobs, `broken` (a file of invalid UTF-8: the job fails) and `lavrov`; the broken
  /// job's input folder.
  static func withBrokenJob() throws -> (Setup, URL) {
    let setup = try Setup(manifest: "schema: parallax.batch/1\njobs:\n  - id: broken\n    inputs: [broken]\n  - id: lavrov\n    inputs: [lavrov]\n")
    let broken = setup.folder.appendingPathComponent("broken")
    try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
    try Data([0x41, 0xC3, 0x28, 0x0A]).write(to: broken.appendingPathComponent("bad.txt"))
    return (setup, broken)
  }

  /// The run records under `root/runs`, sorted.
  static func runRecords(_ root: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: root + "/runs").sorted()
  }

  @Test("a job writes a folder: index.md, a report per event with several sources, single-source.md; every link resolves")
  func jobFolder() throws {
    // With charts, as `compare -o --charts` writes them.
    let setup = try Setup(manifest: Self.manifest("lavrov, feb, lone") + "    charts: true\n")
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    let lone = setup.folder.appendingPathComponent("lone")
    try FileManager.default.createDirectory(at: lone, withIntermediateDirectories: true)
    try Self.lone.write(to: lone.appendingPathComponent("harbour.md"), atomically: true, encoding: .utf8)
    let run = try setup.batch("run")
    #expect(run.status == 0, "\(run.stderr)")
    let folder = setup.root + "/2025-03-12/all"
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    // The February documents, in two languages, are one event of two sources (e1); the Lavrov
    // event has three (e2); the harbour story has one.
    #expect(
      names == ["SHA256SUMS", "e1.md", "e2-agreement.svg", "e2-coverage.svg", "e2-names-1.svg", "e2.md", "index.md", "single-source.md"],
      "\(names)")
    let index = try String(contentsOfFile: folder + "/index.md", encoding: .utf8)
    // The events' list first, then the single-source events, then the job's history.
    let table = try #require(index.range(of: "- [e2](e2.md) · "))
    let single = try #require(index.range(of: "- [e3](single-source.md) · "))
    let history = try #require(index.range(of: "\n# History of job all\n"))
    #expect(table.lowerBound < single.lowerBound && single.lowerBound < history.lowerBound)
    #expect(index.contains("- [e1](e1.md) · "))
    // No event report for the one-source event: its statements are in single-source.md.
    let singleText = try String(contentsOfFile: folder + "/single-source.md", encoding: .utf8)
    #expect(singleText.contains("Dredging of the outer harbour"))
    for name in names where name.hasSuffix(".md") {
      let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
      for target in Self.links(in: text) {
        #expect(FileManager.default.fileExists(atPath: folder + "/" + target), "\(name) links \(target), which does not exist")
      }
    }
    // The date's index links the job's index, and that link resolves too.
    let dateIndex = try String(contentsOfFile: setup.root + "/2025-03-12/index.md", encoding: .utf8)
    #expect(Self.links(in: dateIndex) == ["all/index.md"])
    let record = try setup.runRecord()
    let jobs = try #require(record["jobs"] as? [[String: Any]])
    #expect(jobs[0]["output"] as? String == "2025-03-12/all/index.md")
    #expect(jobs[0]["events"] as? Int == 3)
  }

  @Test("a rerun with fewer events replaces the folder whole: no report of the earlier run is left")
  func folderReplacedWhole() throws {
    let setup = try Setup(manifest: Self.manifest("lavrov, feb"))
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    #expect(try setup.batch("run").status == 0)
    let folder = setup.root + "/2025-03-12/all"
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        == ["SHA256SUMS", "e1.md", "e2.md", "index.md"])
    try Self.manifest("lavrov").write(to: setup.manifest, atomically: true, encoding: .utf8)
    #expect(try setup.batch("run").status == 0)
    let after = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(after.filter { $0.hasSuffix(".md") } == ["e1.md", "index.md"])
    #expect(!after.contains { $0.hasPrefix("e2") || $0 == "single-source.md" }, "\(after)")
    let left = try FileManager.default.contentsOfDirectory(atPath: setup.root + "/2025-03-12").filter { $0.hasPrefix(".") }
    #expect(left.isEmpty, "\(left)")
  }

  @Test("every run keeps its own record under runs/: a rerun on the same date keeps the first run's counts and errors")
  func runRecords() throws {
    let (setup, broken) = try Self.withBrokenJob()
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    #expect(try setup.batch("run").status == 1)
    let failedStatus = try setup.batch("status")
    #expect(failedStatus.status == 1)

    try FileManager.default.removeItem(at: broken.appendingPathComponent("bad.txt"))
    try "A note.\n".write(to: broken.appendingPathComponent("note.txt"), atomically: true, encoding: .utf8)
    let second = try setup.batch("run")
    #expect(second.status == 0, "\(second.stderr)")
    let records = try Self.runRecords(setup.root)
    #expect(records.count == 2, "\(records)")
    func load(_ name: String) throws -> [String: Any] {
      let data = try Data(contentsOf: URL(fileURLWithPath: setup.root + "/runs/" + name))
      return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
    let first = try load(records[0])
    #expect(first["status"] as? String == "failed")
    #expect(first["counts"] as? [String: Int] == ["ran": 1, "skipped": 0, "failed": 1])
    let firstJobs = try #require(first["jobs"] as? [[String: Any]])
    #expect((firstJobs[0]["errors"] as? [String])?.first?.contains("bad.txt") == true)
    #expect(try load(records[1])["counts"] as? [String: Int] == ["ran": 1, "skipped": 1, "failed": 0])
    // The state points at the newest record; the date's run.json is a copy of it.
    let stateData = try Data(contentsOf: URL(fileURLWithPath: setup.root + "/.parallax-batch-state.json"))
    let state = try #require(JSONSerialization.jsonObject(with: stateData) as? [String: Any])
    #expect(state["lastRun"] as? String == "runs/" + records[1])
    #expect(try setup.runRecord()["counts"] as? [String: Int] == ["ran": 1, "skipped": 1, "failed": 0])
    let status = try setup.batch("status")
    #expect(status.status == 0)
    #expect(status.stdout.hasPrefix(setup.root + "/runs/" + records[1] + ": ok, as of 2025-03-12"))
  }

  @Test("batch status --format json: parallax.batch-status/1 in a fixed key order, null output for a failed job, exit 1")
  func statusJSON() throws {
    let (setup, _) = try Self.withBrokenJob()
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    #expect(try setup.batch("run").status == 1)
    let status = try setup.batch("status", "--format", "json")
    #expect(status.status == 1)
    #expect(status.stderr.isEmpty, "\(status.stderr)")
    let object = try #require(JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "parallax.batch-status/1")
    #expect(object["status"] as? String == "failed")
    #expect((object["record"] as? String)?.contains("/runs/") == true)
    let jobs = try #require(object["jobs"] as? [[String: Any]])
    #expect(jobs.map { $0["id"] as? String } == ["broken", "lavrov"])
    #expect(jobs[0]["output"] is NSNull)
    #expect(jobs[1]["output"] as? String == "2025-03-12/lavrov/index.md")
    // The keys in the documented order, the same on every run.
    let keys = ["schema", "record", "status", "asOf", "manifest", "parallaxVersion", "started", "finished", "seconds", "counts", "jobs"]
    let positions = keys.map { status.stdout.range(of: "\n  \"\($0)\": ")?.lowerBound }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    #expect(status.stdout.hasPrefix("{\n  \"schema\": \"parallax.batch-status/1\","))
    #expect(try setup.batch("status", "--format", "json").stdout == status.stdout)
  }

  @Test("a report folder set aside by a killed run goes back in place; one left beside a new folder is removed")
  func recovery() throws {
    let root = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let date = try #require(CalendarDate("2025-03-12"))
    let day = root.appendingPathComponent("2025-03-12").path
    try FileManager.default.createDirectory(atPath: day + "/.gone.parallax-999999.old", withIntermediateDirectories: true)
    try "# old\n".write(toFile: day + "/.gone.parallax-999999.old/index.md", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: day + "/kept", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: day + "/.kept.parallax-999999.old", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: day + "/.half.parallax-999999.tmp", withIntermediateDirectories: true)
    let removed = BatchRecovery.removeStaleTemporaryFiles(paths: BatchPaths(root: root.path), planned: [], date: date)
    #expect(removed.count == 3, "\(removed)")
    #expect(try String(contentsOfFile: day + "/gone/index.md", encoding: .utf8) == "# old\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: day).sorted() == ["gone", "kept"])
  }

  @Test("BatchJobFolder replaces a folder whole on commit and leaves it untouched when abandoned")
  func folderWriter() throws {
    let root = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let path = root.appendingPathComponent("job").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    try "old\n".write(toFile: path + "/e7.md", atomically: true, encoding: .utf8)
    var abandoned = BatchJobFolder(path: path)
    try abandoned.begin()
    try abandoned.write("new\n", named: "index.md")
    abandoned.abandon()
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["job"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["e7.md"])
    var folder = BatchJobFolder(path: path)
    try folder.begin()
    try folder.write("new\n", named: "index.md")
    #expect(throws: (any Error).self) { try folder.write("x", named: "../escape.md") }
    try folder.commit()
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["job"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["index.md"])
  }
}
