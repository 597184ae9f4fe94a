import Foundation
import ParallaxCore
import ParallaxBenchSupport
import ParallaxHistory
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Crash safety of `parallax batch run`: a real run killed with SIGKILL leaves every report
/// whole and the history store sound, and the next run finishes the work.
@Suite struct BatchCrashTests {
  static let jobs = ["alpha", "bravo", "charlie", "delta"]

  /// A manifest of four jobs over generated documents, each job's report folder at
  /// `{root}/{job}/` (the old one-file pattern `{job}.md` names it) so that a later date
  /// replaces it in place.
  struct Batch {
    let folder: URL
    var manifest: URL { folder.appendingPathComponent("batch.yaml") }
    var root: String { folder.appendingPathComponent("out").path }

    init(documentsPerJob: Int) throws {
      folder = try CLI.temporaryFolder()
      var generator = CorpusGenerator(seed: 2025)
      var manifest = "schema: parallax.batch/1\njobs:\n"
      for job in BatchCrashTests.jobs {
        let feed = folder.appendingPathComponent(job)
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        for _ in 0..<documentsPerJob {
          let document = generator.nextDocument()
          try Data(document.text.utf8).write(to: feed.appendingPathComponent(document.name))
        }
        manifest += "  - id: \(job)\n    inputs: [\(job)]\n    output: \"{job}.md\"\n"
      }
      try manifest.write(to: self.manifest, atomically: true, encoding: .utf8)
    }

    var arguments: [String] { ["batch", "run", manifest.path, "--root", root, "--locales", CLI.locales.path] }

    /// A job's report folder as one text: its index, then its other files by name; nil when
    /// the folder or its index is missing.
    func report(_ job: String) -> Data? {
      let folder = root + "/\(job)"
      guard var text = FileManager.default.contents(atPath: folder + "/index.md"),
        let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
      else { return nil }
      for name in names.sorted() where name != "index.md" {
        text += FileManager.default.contents(atPath: folder + "/" + name) ?? Data()
      }
      return text
    }

    /// Every report, by job.
    func reports() -> [String: Data] {
      var result: [String: Data] = [:]
      for job in BatchCrashTests.jobs { result[job] = report(job) }
      return result
    }

    /// The files directly under the root that are not the batch's own dotfiles or folders.
    /// Each job's options hash in the saved state (it changes with the as-of date once the
    /// job has finished for a new date).
    func savedOptions() throws -> [String: String] {
      let data = try Data(contentsOf: URL(fileURLWithPath: root + "/.parallax-batch-state.json"))
      let state = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      var result: [String: String] = [:]
      for (job, value) in state["jobs"] as? [String: [String: Any]] ?? [:] {
        result[job] = (value["fingerprint"] as? [String: Any])?["options"] as? String
      }
      return result
    }

    func visibleFiles() throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: root).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Starts `parallax batch run --as-of date` and kills it with SIGKILL once `ready` says
    /// so (checked every 5 ms); returns whether it was still running when killed, and its pid.
    func killRun(asOf date: String, when ready: () -> Bool) throws -> (killed: Bool, pid: Int32) {
      let process = Process()
      process.executableURL = CLI.executable
      process.arguments = arguments + ["--as-of", date]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      let deadline = Date().addingTimeInterval(60)
      while process.isRunning, !ready(), Date() < deadline { usleep(5_000) }
      let wasRunning = process.isRunning
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      return (wasRunning && process.terminationReason == .uncaughtSignal, process.processIdentifier)
    }
  }

  /// After a kill: each report is the previous run's or a complete one of the killed run (it
  /// ends like every report, with its history sections and a newline), nothing else looks
  /// like a report, and the store opens and passes `PRAGMA integrity_check`.
  func checkAfterKill(_ batch: Batch, previous: [String: Data]) throws {
    for job in Self.jobs {
      let now = try #require(batch.report(job), "\(job)/index.md disappeared")
      if now != previous[job] {
        let text = String(decoding: now, as: UTF8.self)
        #expect(text.hasPrefix("# "), "\(job)/ was replaced by something that is not a report")
        #expect(text.contains("# History of job \(job)\n") && text.contains("## Naming over time\n") && text.hasSuffix("\n"),
                "\(job)/index.md is truncated")
      }
    }
    #expect(try batch.visibleFiles() == (Self.jobs + ["2025-03-12", "runs"]).sorted())
    let store = try HistoryStore(path: batch.root + "/" + HistoryStore.fileName)
    #expect(try store.integrityProblems() == [])
  }

  @Test("SIGKILL mid-run keeps every report whole and the store sound; the next run re-runs only the unfinished jobs")
  func killedRun() throws {
    let batch = try Batch(documentsPerJob: 8)
    defer { try? FileManager.default.removeItem(at: batch.folder) }
    let complete = try CLI.run(batch.arguments + ["--as-of", "2025-03-12"])
    #expect(complete.status == 0, "\(complete.stderr)")
    let first = batch.reports()
    #expect(first.count == Self.jobs.count)

    let firstOptions = try batch.savedOptions()
    // Killed early (opening the store, loading locale data or inside the first job); killed
    // right after the first report of the new date is in place (before its job is saved as
    // done); and killed right after the first job is saved as done.
    let started = Date()
    let early = try batch.killRun(asOf: "2025-03-13") { Date().timeIntervalSince(started) > 0.15 }
    try checkAfterKill(batch, previous: first)
    // What a kill while a job's folder is being written leaves: the staging folder of a dead writer.
    let stale = batch.root + "/.alpha.parallax-\(early.pid).tmp"
    try FileManager.default.createDirectory(atPath: stale, withIntermediateDirectories: true)
    try Data("# Comparison e1: half".utf8).write(to: URL(fileURLWithPath: stale + "/e1.md"))
    #expect(try batch.killRun(asOf: "2025-03-13") { batch.reports() != first }.killed)
    try checkAfterKill(batch, previous: first)
    let killedMidway = try batch.killRun(asOf: "2025-03-13") { (try? batch.savedOptions()) != firstOptions }.killed
    #expect(killedMidway, "the run ended before it could be killed; give its jobs more documents")
    let afterKill = batch.reports()
    try checkAfterKill(batch, previous: first)
    let saved = try batch.savedOptions()
    let finished = Self.jobs.filter { saved[$0] != firstOptions[$0] }
    #expect(!finished.isEmpty && finished.count < Self.jobs.count, "finished before the kill: \(finished)")

    let resumed = try CLI.run(batch.arguments + ["--as-of", "2025-03-13"])
    #expect(resumed.status == 0, "\(resumed.stderr)")
    let record = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: batch.root + "/2025-03-13/run.json"))) as? [String: Any])
    var outcomes: [String: String] = [:]
    for job in record["jobs"] as? [[String: Any]] ?? [] { outcomes[job["id"] as? String ?? ""] = job["outcome"] as? String }
    for job in Self.jobs {
      #expect(outcomes[job] == (finished.contains(job) ? "skipped" : "ran"), "\(job): \(outcomes[job] ?? "missing")")
      let report = String(decoding: try #require(batch.report(job)), as: UTF8.self)
      #expect(report.contains("**As of**: March 13, 2025"), "\(job)/ is not the new date's")
      #expect(report.contains("Compared with the report as of March 12, 2025: new statements: 0; documents edited after publication: 0."))
      // A report the killed run finished is kept as it was.
      if finished.contains(job) { #expect(batch.report(job) == afterKill[job]) }
    }
    #expect(try batch.visibleFiles() == (Self.jobs + ["2025-03-12", "2025-03-13", "runs"]).sorted())
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: batch.root).filter { $0.hasSuffix(".tmp") || $0.hasSuffix(".old") }
    #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    #expect(!FileManager.default.fileExists(atPath: stale))
    let store = try HistoryStore(path: batch.root + "/" + HistoryStore.fileName)
    #expect(try store.integrityProblems() == [])
    // Every job ran for the 13th (a job killed after its store commit but before it was saved
    // as done runs, and is recorded, again); the run that finished the work ran exactly the
    // jobs the killed runs had not saved as done and skipped the others.
    let counts = try store.rows("""
      SELECT j.job, COUNT(*) FROM job_runs j JOIN runs r ON r.id = j.run
      WHERE r.as_of = '2025-03-13' AND j.outcome = 'ran' GROUP BY j.job ORDER BY j.job
      """)
    #expect(counts.map { $0[0] ?? "" } == Self.jobs.sorted())
    let last = try store.rows("""
      SELECT j.job, j.outcome FROM job_runs j
      WHERE j.run = (SELECT MAX(id) FROM runs WHERE as_of = '2025-03-13') ORDER BY j.job
      """)
    let ranLast = last.filter { $0[1] == "ran" }.map { $0[0] ?? "" }
    #expect(ranLast == Self.jobs.filter { !finished.contains($0) }.sorted(), "\(last)")
  }
}
