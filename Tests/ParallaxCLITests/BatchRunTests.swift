import Foundation
import ParallaxCore
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `parallax batch run`: jobs at once, source groups, JSON Lines feeds, log lines and the
/// progress bar. The sample folders come from `BatchCommandTests.Setup`.
@Suite struct BatchRunTests {
  typealias Setup = BatchCommandTests.Setup

  /// Three jobs: all of `lavrov/`, its Russian state agencies only, and `feb/` (where TASS
  /// writes as ТАСС).
  static let groupsManifest = """
    schema: parallax.batch/1
    sourceGroups:
      russian-state: [TASS, RIA Novosti]
      international: [ICRC, IAEA]
    jobs:
      - id: lavrov
        inputs: [lavrov]
      - id: lavrov.russian
        inputs: [lavrov]
        sources: [russian-state]
      - id: feb
        inputs: [feb]
        grouping: one
        sources: [russian-state, international]

    """

  /// The files a run leaves under `root`, by path relative to it, with the run record's
  /// timings taken out (the history store, a SQLite file, is compared by the reports it feeds).
  static func outputs(_ root: String) throws -> [String: String] {
    var result: [String: String] = [:]
    let enumerator = try #require(FileManager.default.enumerator(atPath: root))
    while let relative = enumerator.nextObject() as? String {
      let path = root + "/" + relative
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
        !relative.hasSuffix(".lock"), !relative.hasSuffix(".tsv"), !relative.hasPrefix(".parallax-history.sqlite")
      else { continue }
      var text = try String(contentsOfFile: path, encoding: .utf8)
      var key = relative
      // A run's own record is named after the time it started: one per root here.
      if relative.hasPrefix("runs/") { key = "runs/<started>.json" }
      if relative == ".parallax-batch-state.json" {
        text = text.split(separator: "\n").filter { !$0.contains("\"lastRun\"") }.joined(separator: "\n")
      }
      if relative.hasSuffix("run.json") || relative.hasPrefix("runs/") {
        text = text.split(separator: "\n")
          .filter { line in !["\"seconds\"", "\"started\"", "\"finished\""].contains { line.contains($0) } }
          .joined(separator: "\n")
      }
      result[key] = text
    }
    return result
  }

  @Test("--jobs 1 and --jobs 2 write the same reports, run record, index and state")
  func jobsAtOnce() throws {
    let setup = try Setup(manifest: Self.groupsManifest)
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    var outputs: [[String: String]] = []
    for jobs in ["1", "2"] {
      let root = setup.folder.appendingPathComponent("out-\(jobs)").path
      let run = try CLI.run([
        "batch", "run", setup.manifest.path, "--as-of", "2025-03-12", "--root", root, "--locales", CLI.locales.path,
        "--jobs", jobs,
      ])
      #expect(run.status == 0, "\(run.stderr)")
      outputs.append(try Self.outputs(root))
    }
    #expect(Set(outputs[0].keys) == Set(outputs[1].keys))
    #expect(Set(outputs[0].keys).isSuperset(of: [
      ".parallax-batch-state.json", "runs/<started>.json", "2025-03-12/run.json", "2025-03-12/index.md",
      "2025-03-12/lavrov/index.md", "2025-03-12/lavrov/e1.md", "2025-03-12/lavrov.russian/index.md",
      "2025-03-12/feb/index.md",
    ]))
    for (path, text) in outputs[0] {
      #expect(outputs[1][path] == text, "\(path) differs between --jobs 1 and --jobs 2")
    }
    let index = try #require(outputs[1]["2025-03-12/index.md"])
    #expect(
      index
        == "# 2025-03-12\n\n- [lavrov](lavrov/index.md) · ran\n- [lavrov.russian](lavrov.russian/index.md) · ran\n"
        + "- [feb](feb/index.md) · ran\n")
  }

  @Test("source groups pick documents by outlet or agency in any script, and their counts are recorded")
  func sourceGroups() throws {
    let setup = try Setup(manifest: Self.groupsManifest)
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    let run = try setup.batch("run")
    #expect(run.status == 0, "\(run.stderr)")
    let jobs = try #require(try setup.runRecord()["jobs"] as? [[String: Any]])
    #expect(jobs[0]["documents"] as? Int == 3)
    #expect(jobs[0]["sources"] == nil)
    // TASS and RIA Novosti, not the ICRC.
    #expect(jobs[1]["documents"] as? Int == 2)
    #expect(jobs[1]["sources"] as? [String: Int] == ["russian-state": 2])
    // ТАСС (Cyrillic) through the name registry, the IAEA by its match key.
    #expect(jobs[2]["documents"] as? Int == 2)
    #expect(jobs[2]["sources"] as? [String: Int] == ["russian-state": 1, "international": 1])
    let report = try String(contentsOfFile: setup.root + "/2025-03-12/lavrov.russian/e1.md", encoding: .utf8)
    #expect(report.contains("tass-2025-03-12-lavrov-icrc.txt"))
    #expect(!report.contains("icrc-2025-03-12-moscow.md"))

    // A member added to a group reruns the jobs that use it, and only those.
    let widened = Self.groupsManifest.replacingOccurrences(of: "[TASS, RIA Novosti]", with: "[TASS, RIA Novosti, Sputnik]")
    try widened.write(to: setup.manifest, atomically: true, encoding: .utf8)
    #expect(
      try setup.batch("plan").stdout
        == "lavrov\tskip\tup to date\t2025-03-12/lavrov/index.md\n"
        + "lavrov.russian\trun\toptions changed\t2025-03-12/lavrov.russian/index.md\n"
        + "feb\trun\toptions changed\t2025-03-12/feb/index.md\n")
  }

  static let badGroups: [(String, String)] = [
    (
      "sourceGroups:\n  russian-state: [TASS]\njobs:\n  - id: a\n    inputs: [lavrov]\n    sources: [russian-state, ukrainian]\n",
      "batch.yaml:7:30: error: unknown source group 'ukrainian'; the manifest defines 'russian-state'"
    ),
    (
      "jobs:\n  - id: a\n    inputs: [lavrov]\n    sources: [wires]\n",
      "batch.yaml:5:15: error: unknown source group 'wires'; the manifest defines none; add it under 'sourceGroups:'"
    ),
    (
      "sourceGroups:\n  Russian State: [TASS]\njobs:\n  - id: a\n    inputs: [lavrov]\n",
      "batch.yaml:3:3: error: invalid value for 'sourceGroups': 'Russian State' is not a group name"
    ),
    (
      "sourceGroups:\n  empty: []\njobs:\n  - id: a\n    inputs: [lavrov]\n",
      "batch.yaml:3:10: error: invalid value for 'sourceGroups.empty': the group lists no outlet or agency"
    ),
    (
      "sourceGroups:\n  wires: TASS\njobs:\n  - id: a\n    inputs: [lavrov]\n",
      "batch.yaml:3:10: error: invalid value for 'sourceGroups.wires'"
    ),
    (
      "sourceGroups:\n  wires: [TASS]\njobs:\n  - id: a\n    inputs: [lavrov]\n    sources: []\n",
      "batch.yaml:7:14: error: invalid value for 'sources': name at least one source group"
    ),
  ]

  @Test("a bad source group is refused with file:line:column before any job starts", arguments: badGroups)
  func badSourceGroup(_ body: String, _ expected: String) throws {
    let setup = try Setup(manifest: "schema: parallax.batch/1\n" + body)
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    try setup.expectRefusedBeforeStart(expected)
  }

  @Test("a bad JSON Lines record is a warning with its line in run.json; the job still writes its report")
  func jsonLinesFeed() throws {
    let setup = try Setup(
      manifest: """
        schema: parallax.batch/1
        jobs:
          - id: wire
            inputs: [feed]

        """)
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    let feed = setup.folder.appendingPathComponent("feed")
    try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
    let lines = [
      #"{"id": "w1", "source": "TASS", "published": "2025-03-12", "title": "Lavrov meets ICRC", "text": "MOSCOW, March 12. /TASS/. Russian Foreign Minister Sergey Lavrov met ICRC President Mirjana Spoljaric in Moscow on Wednesday. \"We discussed the exchange of prisoners,\" Lavrov said."}"#,
      #"{"id": "w2", "source": "TASS", "text": "MOSCOW, March 12. /TASS/. The talks were cut"#,
      #"{"id": "w3", "source": "Ukrinform", "published": "2025-03-12", "title": "ICRC visit", "text": "KYIV, March 12. /Ukrinform/. The ICRC said it would keep working on the exchange of prisoners, Spoljaric told reporters in Moscow."}"#,
    ]
    try (lines.joined(separator: "\n") + "\n").write(to: feed.appendingPathComponent("wire.jsonl"), atomically: true, encoding: .utf8)
    let run = try setup.batch("run")
    #expect(run.status == 0, "\(run.stderr)")
    let jobs = try #require(try setup.runRecord()["jobs"] as? [[String: Any]])
    #expect(jobs[0]["outcome"] as? String == "ran")
    #expect(jobs[0]["documents"] as? Int == 2)
    let errors = try #require(jobs[0]["errors"] as? [String])
    #expect(errors.count == 1)
    #expect(errors.first?.contains("feed/wire.jsonl:2:1: warning: bad JSON Lines record") == true, "\(errors)")
    #expect(FileManager.default.fileExists(atPath: setup.root + "/2025-03-12/wire/index.md"))
    #expect(run.stderr.contains(" warning wire: "))
    #expect(try setup.runRecord()["status"] as? String == "ok")
  }

  /// A log line: UTC timestamp to the millisecond, level, then the message.
  static func isLogLine(_ line: Substring) -> Bool {
    line.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (debug|info|notice|warning|error|critical) .+/) != nil
  }

  @Test("off a terminal: one timestamped log line per job start and finish; --verbose adds files and skips")
  func logLines() throws {
    let setup = try Setup()
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    let run = try setup.batch("run", "--jobs", "1")
    #expect(run.status == 0)
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.allSatisfy(Self.isLogLine), "\(run.stderr)")
    #expect(!run.stderr.contains("\r"))
    let messages = lines.map { $0.split(separator: " ", maxSplits: 1)[1] }
    #expect(messages.first?.hasPrefix("info run started as of 2025-03-12: 2 jobs, 2 to run, 0 up to date; 1 at once") == true)
    #expect(messages[1] == "info lavrov: started (new): 3 files")
    #expect(messages[2].hasPrefix("info lavrov: ran in ") && messages[2].hasSuffix(" s: 3 documents, 1 event, wrote 2025-03-12/lavrov/"))
    #expect(messages[3] == "info feb: started (new): 2 files")
    #expect(messages.last?.hasPrefix("info run finished in ") == true)
    #expect(lines.count == 6)
    // One line on standard output: the run's own record, the counts, and where the reports are.
    #expect(
      run.stdout.wholeMatch(of: /.+\/runs\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z\.json: 2 ran, 0 skipped, 0 failed; reports in .+\/2025-03-12\/\n/)
        != nil, "\(run.stdout)")

    let verbose = try setup.batch("run", "--verbose")
    #expect(verbose.status == 0)
    #expect(verbose.stderr.split(separator: "\n").allSatisfy(Self.isLogLine))
    #expect(verbose.stderr.contains(" debug lavrov: skipped (up to date): 3 files, report 2025-03-12/lavrov/index.md"))
    let forced = try setup.batch("run", "--verbose", "--force")
    #expect(forced.stderr.contains(" debug lavrov: read \(setup.folder.path)/lavrov/icrc-2025-03-12-moscow.md: 1 document, 1 kept"))
  }

  @Test("--quiet prints only errors: nothing when all went well, the failures otherwise")
  func quiet() throws {
    let setup = try Setup(
      manifest: """
        schema: parallax.batch/1
        jobs:
          - id: lavrov
            inputs: [lavrov]

        """)
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    let clean = try setup.batch("run", "--quiet")
    #expect(clean.status == 0)
    #expect(clean.stdout.isEmpty)
    #expect(clean.stderr.isEmpty, "\(clean.stderr)")

    try Data([0x41, 0xC3, 0x28, 0x0A]).write(to: setup.folder.appendingPathComponent("lavrov/bad.txt"))
    let failing = try setup.batch("run", "--quiet")
    #expect(failing.status == 1)
    #expect(failing.stdout.isEmpty)
    let lines = failing.stderr.split(separator: "\n")
    #expect(lines.count == 3, "\(failing.stderr)")
    #expect(lines.allSatisfy { Self.isLogLine($0) && $0.contains(" error ") })
    #expect(lines[0].contains(" error lavrov: \(setup.folder.path)/lavrov/bad.txt:1:2: error: "))
    #expect(lines[1].contains(" error lavrov: failed in "))
    #expect(lines[2].contains(" error run finished in ") && lines[2].contains("0 ran, 0 skipped, 1 failed"))
  }

  @Test("on a terminal: one progress line of jobs, files and megabytes redrawn with \\r, no info log lines, the summary on a clean line")
  func progressBar() throws {
    let setup = try Setup()
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    // Standard output on the same terminal: the summary line must not land on the bar's line.
    let run = try CLI.onTerminal(
      [
        "batch", "run", setup.manifest.path, "--as-of", "2025-03-12", "--root", setup.root, "--locales", CLI.locales.path,
        "--jobs", "1",
      ], stdoutOnTerminal: true)
    #expect(run.status == 0)
    let text = run.terminal
    #expect(text.contains("\r[....................] 0/2 jobs · 0/5 files · 0.0 MB\u{1B}[K"), "\(text)")
    #expect(text.contains("\r[....................] 0/2 jobs · 0/5 files · 0.0 MB · lavrov\u{1B}[K"))
    // The rate and the time left join after half a second (a loaded machine gets there).
    #expect(text.contains("\r[############........] 1/2 jobs · 3/5 files · 0.0 MB"))
    #expect(text.contains("\r[####################] 2/2 jobs · 5/5 files"))
    #expect(!text.contains(" info "))
    // The bar is cleared once, then the summary stands on its own line and nothing follows it.
    let cleared = try #require(text.range(of: "\r\u{1B}[K", options: .backwards))
    let summary = String(text[cleared.upperBound...])
    #expect(summary.hasPrefix(setup.root) && summary.hasSuffix(": 2 ran, 0 skipped, 0 failed; reports in \(setup.root)/2025-03-12/\r\n"), "\(summary)")
  }
}
