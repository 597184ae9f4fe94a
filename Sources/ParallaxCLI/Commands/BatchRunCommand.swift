import ArgumentParser
import Foundation
import Logging
import ParallaxCore
import ParallaxHistory

/// `parallax batch run`: runs the jobs of a manifest that changed since the last run.
struct BatchRunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run the jobs whose inputs, locale data, options or Parallax version changed.",
    discussion: """
      Each job compares its inputs and writes a report folder under --root ({date}/{job}/ by \
      default): index.md (the events, then what changed since the last run and how the sources' \
      naming changed), one <event>.md per event with two or more sources, and single-source.md \
      for the rest. A folder is replaced whole or not at all; a job that fails keeps its previous \
      folder and the others still run. --jobs N runs N jobs at once; reports, run record and \
      state are the same whatever N. Each run keeps its record at {root}/runs/<started>.json \
      (parallax.batch-run/2; never overwritten), copies it to {root}/{date}/run.json, and writes \
      {root}/{date}/index.md; standard output gets one line naming the record. On a terminal a \
      progress bar shows on standard error; elsewhere, log lines with a UTC timestamp and a level. \
      Exit codes: 0 all jobs fine, 1 some failed, 65 bad manifest, 75 another run holds the lock.
      """
  )

  @OptionGroup var batch: BatchOptions
  @Flag(help: "Run every job, even those that have not changed.")
  var force = false
  @Flag(help: "Wait for another run to finish instead of exiting with 75.")
  var wait = false
  @Option(help: "Jobs run at once (default: the number of cores); their file workers share the cores.")
  var jobs: Int?
  @Flag(help: "Print errors only: no progress bar, no log lines for jobs that went well, no summary.")
  var quiet = false
  @Flag(help: "Also log each input file read and the reason each skipped job was skipped.")
  var verbose = false
  @OptionGroup var locale: LocaleOptions

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs is a number of jobs, 1 or more") }
    if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
  }

  func run() throws {
    let data = try locale.provider()
    let manifest = try batch.loadManifest(locales: data, quiet: quiet)
    let paths = BatchPaths(root: batch.root)
    do {
      try FileManager.default.createDirectory(atPath: batch.root, withIntermediateDirectories: true)
    } catch {
      Terminal.shared.diagnostic("\(batch.root): error: cannot create the output root: \(error.localizedDescription)")
      throw ExitCodes.cannotCreate
    }
    let lock: BatchLock
    do throws(BatchError) {
      lock = try BatchLock.acquire(at: paths.lock, wait: wait)
    } catch {
      Terminal.shared.diagnostic(error.description)
      if case .locked = error { throw ExitCodes.temporaryFailure }
      throw ExitCodes.cannotCreate
    }
    defer { lock.release() }

    let started = Date()
    let date = batch.date
    let console = BatchConsole(verbosity: quiet ? .quiet : verbose ? .verbose : .normal)
    let log = console.logger
    let state = paths.loadState()
    var hashes = paths.loadFileHashes()
    let planned = PlannedJob.plan(
      manifest, state: state, paths: paths, date: date, localeData: LocaleDataDigest.sha256(data), force: force,
      hashes: &hashes)
    saveFileHashes(hashes, paths: paths, log: log)
    BatchRecovery.removeStaleTemporaryFiles(paths: paths, planned: planned, date: date)
    let history = try BatchHistory.start(paths: paths, manifest: manifest, date: date, started: started)
    let pipelines = Self.loadPipelines(for: planned, data: data, cacheDirectory: locale.cacheDirectory)
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let runnable = planned.filter(\.decision.runs).count
    let slots = max(1, min(jobs ?? cores, runnable))
    log.info(
      "run started as of \(date): \(BatchJobRunner.count(planned.count, "job")), \(runnable) to run, \(planned.count - runnable) up to date; \(slots) at once on \(BatchJobRunner.count(cores, "core")); manifest \(manifest.path)")
    log.debug("hashed \(BatchJobRunner.count(hashes.filesRead, "input file")) whose metadata changed since the last run")

    // Each job runs on some thread, `slots` at a time, in manifest order; its record lands at
    // its manifest position, so run.json and index.md do not depend on --jobs.
    let runner = BatchJobRunner(
      paths: paths, date: date, budget: CoreBudget(cores: cores), logger: log, history: history,
      console: console.showsBar ? console : nil)
    let committer = BatchStateCommitter(state: state, paths: paths, log: log)
    let records = ResultSlots<BatchRunRecord.Job>(count: planned.count)
    console.begin(jobs: planned.count, files: planned.filter(\.decision.runs).reduce(0) { $0 + $1.files.count })
    Self.forEachJob(count: planned.count, slots: slots) { index in
      let item = planned[index]
      console.started(item.job.id)
      let record = runner.run(item, pipeline: pipelines[Self.pipelineKey(item.job)], lastOutput: state.jobs[item.job.id]?.output)
      records[index] = record
      // After each job, on its thread (jobs can finish at the same time): commit its state.
      committer.jobFinished(item, record)
      console.finished(item.job.id)
    }
    console.end()

    let folder = date.description
    let summary = BatchRunRecord(
      manifest: manifest.path, asOf: date, parallaxVersion: ParallaxVersion.string,
      started: Self.timestamp(started), finished: Self.timestamp(Date()),
      seconds: BatchJobRunner.seconds(since: started), jobs: planned.indices.compactMap { records[$0] })
    // The run's own record under runs/ (never overwritten), then the date's copy of its latest
    // run and the date's index.
    let recordPath = paths.newRunRecord(started: started)
    do {
      let json = try BatchPaths.json(summary)
      try FileManager.default.createDirectory(atPath: paths.runs, withIntermediateDirectories: true)
      try AtomicFile.write(json, to: paths.path(recordPath))
      try FileManager.default.createDirectory(atPath: paths.path(folder), withIntermediateDirectories: true)
      try AtomicFile.write(json, to: paths.path("\(folder)/run.json"))
      try AtomicFile.write(Self.index(summary, paths: paths), to: paths.path("\(folder)/index.md"))
    } catch {
      log.error("\(paths.path(recordPath)): error: cannot write the run record: \(error.localizedDescription)")
      throw ExitCodes.cannotCreate
    }
    committer.runFinished(record: recordPath)
    history.finish(summary)
    let counts = summary.counts
    let line = "\(counts.ran) ran, \(counts.skipped) skipped, \(counts.failed) failed"
    if counts.failed > 0 {
      log.error("run finished in \(String(format: "%.3f s", summary.seconds)) with failures: \(line); see \(paths.path(recordPath))")
    } else {
      log.info("run finished in \(String(format: "%.3f s", summary.seconds)): \(line)")
    }
    if !quiet { Terminal.shared.line("\(paths.path(recordPath)): \(line); reports in \(paths.path(folder))/") }
    Terminal.shared.flush()
    if counts.failed > 0 { throw ExitCodes.findings }
  }

  /// Runs `body` for each index below `count`, `slots` at a time on threads of their own (or
  /// on the calling thread when `slots` is 1), taking indexes in order, and returns when all
  /// are done.
  static func forEachJob(count: Int, slots: Int, _ body: @escaping @Sendable (Int) -> Void) {
    guard slots > 1 else {
      for index in 0..<count { body(index) }
      return
    }
    let next = ResultSlots<Int>(count: 1)
    let group = DispatchGroup()
    for _ in 0..<slots {
      group.enter()
      let thread = Thread {
        while let index = next.claim(below: count) { body(index) }
        group.leave()
      }
      // The comparer and the renderers recurse little, but a job deserves the main thread's stack.
      thread.stackSize = 8 << 20
      thread.start()
    }
    group.wait()
  }

  /// The comparison pipelines the jobs that run need, one per style and report language, loaded
  /// before any job starts (a failure fails only the jobs that need it).
  static func loadPipelines(
    for planned: [PlannedJob], data: any LocaleDataProvider, cacheDirectory: URL?
  ) -> [String: Result<ComparisonPipeline, LocaleDataError>] {
    var pipelines: [String: Result<ComparisonPipeline, LocaleDataError>] = [:]
    guard planned.contains(where: \.decision.runs) else { return [:] }
    // One base (names, lexicons, extractor) for every job; styles and report languages on top.
    let base = Result { () throws(LocaleDataError) in try Pipeline(data: data, cacheDirectory: cacheDirectory) }
    for item in planned where item.decision.runs {
      let key = pipelineKey(item.job)
      guard pipelines[key] == nil else { continue }
      do throws(LocaleDataError) {
        pipelines[key] = .success(try ComparisonPipeline(try base.get(), style: item.job.style, reportLocale: item.job.reportLocale))
      } catch {
        pipelines[key] = .failure(error)
      }
    }
    return pipelines
  }

  static func pipelineKey(_ job: BatchJob) -> String {
    "\(job.style ?? "")\u{1F}\(job.reportLocale ?? "")"
  }

  /// Saves this run's input hashes for the next one; a failure costs only speed.
  private func saveFileHashes(_ hashes: BatchFileHashes, paths: BatchPaths, log: Logger) {
    do {
      try AtomicFile.write(hashes.text, to: paths.fileHashes)
    } catch {
      log.warning("\(paths.fileHashes): warning: cannot save the input hashes (the next run reads every input again): \(error.localizedDescription)")
    }
  }

  /// `{date}/index.md`: a link to every job's report index, with its outcome (contract words, no prose, so
  /// that it needs no translation).
  static func index(_ record: BatchRunRecord, paths: BatchPaths) -> String {
    let folder = record.asOf.description
    var text = "# \(folder)\n\n"
    for job in record.jobs {
      guard let output = job.output, FileManager.default.fileExists(atPath: paths.path(output)) else {
        text += "- \(job.id) · \(job.outcome.rawValue)\n"
        continue
      }
      let link = output.hasPrefix(folder + "/") ? String(output.dropFirst(folder.count + 1)) : "../" + output
      text += "- [\(job.id)](\(link)) · \(job.outcome.rawValue)\n"
    }
    return text
  }

  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}
