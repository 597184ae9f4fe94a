import Foundation
import ParallaxCore
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `parallax batch plan|run|status` over a temporary folder with a few sample documents.
@Suite struct BatchCommandTests {
  /// A folder with `lavrov/` (three documents) and `feb/` (two), and a manifest with a job each.
  struct Setup {
    let folder: URL
    var manifest: URL { folder.appendingPathComponent("batch.yaml") }
    var root: String { folder.appendingPathComponent("out").path }

    init(manifest text: String? = nil) throws {
      folder = try CLI.temporaryFolder()
      let corpus = CLI.packageRoot.appendingPathComponent("Reports/examples/corpus")
      let files = [
        ("lavrov", "tass-2025-03-12-lavrov-icrc.txt"), ("lavrov", "icrc-2025-03-12-moscow.md"),
        ("lavrov", "ria-2025-03-12-lavrov-icrc.ru.txt"), ("feb", "iaea-2025-02-20-zaporizhzhia.md"),
        ("feb", "tass-2025-02-20-zaes.ru.md"),
      ]
      for (sub, name) in files {
        let target = folder.appendingPathComponent(sub)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: corpus.appendingPathComponent(name), to: target.appendingPathComponent(name))
      }
      let manifest = text ?? """
        schema: parallax.batch/1
        jobs:
          - id: lavrov
            inputs: [lavrov]
          - id: feb
            inputs: ["feb/*.md"]
            grouping: one
            window: 30d

        """
      try manifest.write(to: self.manifest, atomically: true, encoding: .utf8)
    }

    func batch(_ command: String, _ extra: String...) throws -> CLI.Result {
      if command == "status" { return try CLI.run(["batch", "status", "--root", root] + extra) }
      return try CLI.run(
        ["batch", command, manifest.path, "--as-of", "2025-03-12", "--root", root, "--locales", CLI.locales.path] + extra)
    }

    /// Runs `batch run` on a manifest that must be refused with `expected` before any job starts.
    func expectRefusedBeforeStart(_ expected: String) throws {
      let run = try batch("run")
      #expect(run.status == 65)
      #expect(run.stderr.contains(expected), "\(run.stderr)")
      #expect(run.stderr.contains("no job was started"))
      #expect(!FileManager.default.fileExists(atPath: root))
    }

    func runRecord() throws -> [String: Any] {
      let data = try Data(contentsOf: URL(fileURLWithPath: root).appendingPathComponent("2025-03-12/run.json"))
      return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func outcomes() throws -> [String: String] {
      let jobs = try #require(try runRecord()["jobs"] as? [[String: Any]])
      var result: [String: String] = [:]
      for job in jobs { result[job["id"] as? String ?? ""] = job["outcome"] as? String }
      return result
    }
  }

  static let badManifests: [(String, String)] = [
    ("    outptu: x\n", "batch.yaml:5:5: error: unknown key 'outptu'"),
    ("    window: 7 days\n", "batch.yaml:5:13: error: invalid value for 'window': '7 days' is not a duration"),
    ("    window: 0d\n", "batch.yaml:5:13: error: invalid value for 'window'"),
    ("    grouping: topics\n", "batch.yaml:5:15: error: invalid value for 'grouping'"),
    ("    output: ../{job}.md\n", "batch.yaml:5:13: error: output '../{job}.md' would be written outside the output root"),
    ("    output: /tmp/{job}.md\n", "batch.yaml:5:13: error: output '/tmp/{job}.md' would be written outside the output root"),
    ("    output: \"{date}/{topic}.md\"\n", "batch.yaml:5:13: error: invalid value for 'output': the output pattern knows only"),
    ("    thresholds: {confident: 1.5}\n", "batch.yaml:5:29: error: invalid value for 'thresholds.confident'"),
    ("  - id: lavrov\n    inputs: [lavrov]\n", "batch.yaml:5:9: error: duplicate job id 'lavrov' (first on line 3)"),
    ("  - id: Bad Id\n    inputs: [lavrov]\n", "batch.yaml:5:9: error: invalid value for 'id'"),
    ("  - id: gone\n    inputs: [lavrov, missing-folder]\n", "batch.yaml:6:22: error: input 'missing-folder' does not exist"),
    ("  - id: gone\n    inputs: [\"nowhere/*.md\"]\n", "batch.yaml:6:14: error: input 'nowhere/*.md' does not exist"),
  ]

  @Test("a bad manifest is refused with file:line:column before any job starts", arguments: badManifests)
  func badManifest(_ tail: String, _ expected: String) throws {
    let setup = try Setup(manifest: "schema: parallax.batch/1\njobs:\n  - id: lavrov\n    inputs: [lavrov]\n" + tail)
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    try setup.expectRefusedBeforeStart(expected)
    let plan = try setup.batch("plan")
    #expect(plan.status == 65)
    #expect(plan.stderr.contains(expected))
  }

  @Test("an unsupported schema and a bad --as-of are refused")
  func schemaAndDate() throws {
    let setup = try Setup(manifest: "schema: parallax.batch/2\njobs: []\n")
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    let run = try setup.batch("run")
    #expect(run.status == 65)
    #expect(run.stderr.contains("batch.yaml:1:9: error: unsupported schema 'parallax.batch/2'"))
    let date = try CLI.run(["batch", "run", setup.manifest.path, "--as-of", "2025-02-30", "--root", setup.root])
    #expect(date.status == 64)
  }

  @Test("a rerun with nothing changed skips every job; a changed input reruns only its job")
  func incremental() throws {
    let setup = try Setup()
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    let plan = try setup.batch("plan")
    #expect(plan.status == 0)
    #expect(plan.stdout == "lavrov\trun\tnew\t2025-03-12/lavrov/index.md\nfeb\trun\tnew\t2025-03-12/feb/index.md\n")
    let first = try setup.batch("run")
    #expect(first.status == 0, "\(first.stderr)")
    #expect(try setup.outcomes() == ["lavrov": "ran", "feb": "ran"])
    let report = URL(fileURLWithPath: setup.root).appendingPathComponent("2025-03-12/lavrov/index.md")
    let written = try String(contentsOf: report, encoding: .utf8)
    #expect(written.hasPrefix("# "))

    let again = try setup.batch("run")
    #expect(again.status == 0)
    #expect(try setup.outcomes() == ["lavrov": "skipped", "feb": "skipped"])
    #expect(try setup.batch("plan").stdout.contains("lavrov\tskip\tup to date"))

    let edited = setup.folder.appendingPathComponent("feb/iaea-2025-02-20-zaporizhzhia.md")
    try (try String(contentsOf: edited, encoding: .utf8) + "\nThe agency said it would report again.\n")
      .write(to: edited, atomically: true, encoding: .utf8)
    #expect(try setup.batch("plan").stdout.contains("feb\trun\tinputs changed"))
    let third = try setup.batch("run")
    #expect(third.status == 0)
    #expect(try setup.outcomes() == ["lavrov": "skipped", "feb": "ran"])
    #expect(try String(contentsOf: report, encoding: .utf8) == written)

    let forced = try setup.batch("run", "--force")
    #expect(try setup.outcomes() == ["lavrov": "ran", "feb": "ran"])
    #expect(forced.status == 0)
  }

  @Test("a batch job's reports and SVG charts are byte for byte what compare -o writes for the same inputs and date; its index adds the history")
  func sameAsCompare() throws {
    let setup = try Setup(manifest: "schema: parallax.batch/1\njobs:\n  - id: lavrov\n    inputs: [lavrov]\n    charts: true\n")
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    #expect(try setup.batch("run").status == 0)
    let compared = setup.folder.appendingPathComponent("compared").path
    let compare = try CLI.run([
      "compare", setup.folder.appendingPathComponent("lavrov").path, "-o", compared, "--as-of", "2025-03-12",
      "--locales", CLI.locales.path, "--charts",
    ])
    #expect(compare.status == 0, "\(compare.stderr)")
    let folder = URL(fileURLWithPath: setup.root).appendingPathComponent("2025-03-12/lavrov")
    // One event of three sources: its report and charts as compare writes them, and an index
    // linking the report, then the history.
    let files = try FileManager.default.contentsOfDirectory(atPath: compared).filter { $0 != "index.md" }.sorted()
    #expect(files.contains("e1.md") && files.contains { $0.hasSuffix(".svg") }, "\(files)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == (files + ["index.md"]).sorted())
    for name in files {
      let expected = try Data(contentsOf: URL(fileURLWithPath: compared).appendingPathComponent(name))
      #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == expected, "\(name)")
    }
    let index = try String(contentsOf: folder.appendingPathComponent("index.md"), encoding: .utf8)
    #expect(index.hasPrefix("# Comparison reports\n\n- [e1](e1.md)\n\n# History of job lavrov\n"), "\(index)")
  }

  @Test("a failing job keeps the others running and written, and the run exits 1")
  func failingJob() throws {
    let setup = try Setup(
      manifest: """
        schema: parallax.batch/1
        jobs:
          - id: broken
            inputs: [broken]
          - id: lavrov
            inputs: [lavrov]

        """)
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    let broken = setup.folder.appendingPathComponent("broken")
    try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
    try Data([0x41, 0xC3, 0x28, 0x0A]).write(to: broken.appendingPathComponent("bad.txt"))
    let run = try setup.batch("run")
    #expect(run.status == 1)
    #expect(run.stderr.contains("broken: "))
    #expect(try setup.outcomes() == ["broken": "failed", "lavrov": "ran"])
    #expect(FileManager.default.fileExists(atPath: setup.root + "/2025-03-12/lavrov/index.md"))
    #expect(!FileManager.default.fileExists(atPath: setup.root + "/2025-03-12/broken"))
    let record = try setup.runRecord()
    #expect(record["status"] as? String == "failed")
    let jobs = try #require(record["jobs"] as? [[String: Any]])
    #expect((jobs[0]["errors"] as? [String])?.first?.contains("bad.txt") == true)
    // A failed job has no output: null (parallax.batch-run/2), no path to a report that does not exist.
    #expect(jobs[0]["output"] is NSNull)
    #expect(jobs[1]["output"] as? String == "2025-03-12/lavrov/index.md")
    let index = try String(contentsOfFile: setup.root + "/2025-03-12/index.md", encoding: .utf8)
    #expect(index == "# 2025-03-12\n\n- broken · failed\n- [lavrov](lavrov/index.md) · ran\n")
    let status = try setup.batch("status")
    // A run with a failed job is a failure for status too, so that a cron check can see it.
    #expect(status.status == 1)
    #expect(status.stdout.contains(": failed, as of 2025-03-12"))
    #expect(status.stdout.contains("broken\tfailed\tnew\t-\t"))
    #expect(status.stdout.contains("lavrov\tran\tnew\t2025-03-12/lavrov/index.md"))
    // The failed job runs again next time; the one that ran does not.
    #expect(
      try setup.batch("plan").stdout
        == "broken\trun\tnew\t2025-03-12/broken/index.md\nlavrov\tskip\tup to date\t2025-03-12/lavrov/index.md\n")
  }

  @Test("a second run while one holds the lock exits 75 at once; a stale lock file does not block")
  func lock() throws {
    let setup = try Setup()
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    try FileManager.default.createDirectory(atPath: setup.root, withIntermediateDirectories: true)
    let path = setup.root + "/.parallax-batch.lock"
    // A stale lock: the file with a pid that is gone, but nobody holding it.
    try "999999\n".write(toFile: path, atomically: true, encoding: .utf8)
    let descriptor = open(path, O_RDWR)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    // A live holder, as a running batch holds it.
    #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
    let started = Date()
    let blocked = try setup.batch("run")
    #expect(blocked.status == 75)
    #expect(blocked.stderr.contains("holds the lock"))
    #expect(Date().timeIntervalSince(started) < 10)
    #expect(!FileManager.default.fileExists(atPath: setup.root + "/2025-03-12"))
    #expect(flock(descriptor, LOCK_UN) == 0)
    let free = try setup.batch("run")
    #expect(free.status == 0, "\(free.stderr)")
  }

  @Test("run.json holds the parallax.batch-run/2 fields")
  func runRecordSchema() throws {
    let setup = try Setup()
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    #expect(try setup.batch("run").status == 0)
    let record = try setup.runRecord()
    #expect(record["schema"] as? String == "parallax.batch-run/2")
    #expect(record["asOf"] as? String == "2025-03-12")
    #expect(record["status"] as? String == "ok")
    for key in ["manifest", "parallaxVersion", "started", "finished", "seconds", "counts", "jobs"] {
      #expect(record[key] != nil, "missing \(key)")
    }
    #expect(record["counts"] as? [String: Int] == ["ran": 2, "skipped": 0, "failed": 0])
    let jobs = try #require(record["jobs"] as? [[String: Any]])
    #expect(Set(jobs[0].keys) == ["id", "outcome", "reason", "output", "seconds", "files", "documents", "events", "errors"])
    #expect(jobs[0]["files"] as? Int == 3)
    #expect(jobs[0]["documents"] as? Int == 3)
    #expect((jobs[0]["events"] as? Int ?? 0) >= 1)
    #expect(jobs[1]["events"] as? Int == 1)
  }

  @Test("parallax.batch-run/2: a failed job's output is null, never a missing path; batch status reads /1 records and refuses unknown ones")
  func runRecordVersions() throws {
    let setup = try Setup()
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    try Data([0x41, 0xC3, 0x28, 0x0A]).write(to: setup.folder.appendingPathComponent("lavrov/bad.txt"))
    #expect(try setup.batch("run").status == 1)
    let text = try String(contentsOfFile: setup.root + "/2025-03-12/run.json", encoding: .utf8)
    let record = try setup.runRecord()
    #expect(record["schema"] as? String == "parallax.batch-run/2")
    let jobs = try #require(record["jobs"] as? [[String: Any]])
    let failed = try #require(jobs.first { $0["outcome"] as? String == "failed" })
    // The key is there, as in /1, with null instead of a path (a script reading it gets None, not KeyError).
    #expect(failed.keys.contains("output") && failed["output"] is NSNull)
    #expect(text.contains("\"output\" : null"), "\(text)")
    let ran = try #require(jobs.first { $0["outcome"] as? String == "ran" })
    #expect(FileManager.default.fileExists(atPath: setup.root + "/" + (ran["output"] as? String ?? "?")))

    // A record an older parallax wrote (/1: every job names an output, a failed one too) is read.
    let state = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: setup.root + "/.parallax-batch-state.json")))
    let last = try #require((state as? [String: Any])?["lastRun"] as? String)
    let older = text.replacingOccurrences(of: "parallax.batch-run/2", with: "parallax.batch-run/1")
      .replacingOccurrences(of: "\"output\" : null", with: "\"output\" : \"2025-03-12/lavrov.md\"")
    try older.write(toFile: setup.root + "/" + last, atomically: true, encoding: .utf8)
    let status = try setup.batch("status", "--format", "json")
    #expect(status.status == 1, "\(status.stderr)")
    let shown = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
    let shownJobs = try #require(shown["jobs"] as? [[String: Any]])
    #expect(shownJobs.first { $0["outcome"] as? String == "failed" }?["output"] is NSNull)
    let plain = try setup.batch("status")
    #expect(plain.stdout.contains("\tfailed\t") && !plain.stdout.contains("lavrov.md"), "\(plain.stdout)")

    // A major this parallax does not know is refused as bad data, not misread.
    try text.replacingOccurrences(of: "parallax.batch-run/2", with: "parallax.batch-run/9")
      .write(toFile: setup.root + "/" + last, atomically: true, encoding: .utf8)
    let newer = try setup.batch("status")
    #expect(newer.status == 65)
    #expect(newer.stderr.contains("unsupported run record schema 'parallax.batch-run/9'"), "\(newer.stderr)")
  }

  @Test("--wait queues behind the holder of the lock instead of exiting 75")
  func waitForLock() throws {
    let setup = try Setup()
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    try FileManager.default.createDirectory(atPath: setup.root, withIntermediateDirectories: true)
    let descriptor = open(setup.root + "/.parallax-batch.lock", O_RDWR | O_CREAT, 0o644)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
    let process = Process()
    process.executableURL = CLI.executable
    process.arguments = [
      "batch", "run", setup.manifest.path, "--as-of", "2025-03-12", "--root", setup.root, "--locales", CLI.locales.path, "--wait",
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: 1.5)
    // Still waiting: nothing written yet.
    #expect(process.isRunning)
    #expect(!FileManager.default.fileExists(atPath: setup.root + "/2025-03-12/run.json"))
    #expect(flock(descriptor, LOCK_UN) == 0)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(try setup.outcomes() == ["lavrov": "ran", "feb": "ran"])
  }

  @Test("a window keeps only documents published in the days up to --as-of")
  func window() throws {
    let setup = try Setup(
      manifest: """
        schema: parallax.batch/1
        jobs:
          - id: feb
            inputs: [feb]
            window: 7d

        """)
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    let run = try setup.batch("run")
    #expect(run.status == 0)
    let jobs = try #require(try setup.runRecord()["jobs"] as? [[String: Any]])
    #expect(jobs[0]["outcome"] as? String == "ran")
    #expect(jobs[0]["files"] as? Int == 2)
    #expect(jobs[0]["documents"] as? Int == 0)
    #expect(jobs[0]["output"] is NSNull)
    #expect((jobs[0]["errors"] as? [String])?.first?.contains("no documents in the job's window") == true)
    #expect(!FileManager.default.fileExists(atPath: setup.root + "/2025-03-12/feb"))
    let wide = try CLI.run([
      "batch", "run", setup.manifest.path, "--as-of", "2025-02-26", "--root", setup.root, "--locales", CLI.locales.path,
    ])
    #expect(wide.status == 0)
    let data = try Data(contentsOf: URL(fileURLWithPath: setup.root + "/2025-02-26/run.json"))
    let record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let wideJobs = try #require(record["jobs"] as? [[String: Any]])
    #expect(wideJobs[0]["documents"] as? Int == 2)
    #expect(FileManager.default.fileExists(atPath: setup.root + "/2025-02-26/feb/index.md"))
  }
}
