import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxHistory

/// `parallax batch run`: runs the jobs of a manifest that changed since the last run.
struct BatchRunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run the jobs whose inputs, locale data, options or Parallax version changed.",
    discussion: """
      Each job compares its inputs and writes one Markdown report (the events one after \
      another, as `parallax compare` prints them) atomically to its output path under --root. \
      A job that fails keeps its previous report; the others still run. The run writes \
      {root}/{date}/run.json (parallax.batch-run/1) and {root}/{date}/index.md. \
      Exit codes: 0 all jobs fine, 1 some failed, 65 bad manifest, 75 another run holds the lock.
      """
  )

  @OptionGroup var batch: BatchOptions
  @Flag(help: "Run every job, even those that have not changed.")
  var force = false
  @Flag(help: "Wait for another run to finish instead of exiting with 75.")
  var wait = false
  @Option(help: "Worker threads per job (default: the number of cores).")
  var jobs: Int?
  @OptionGroup var locale: LocaleOptions

  func run() throws {
    let manifest = try batch.loadManifest()
    let data = try locale.provider()
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
    var state = paths.loadState()
    let planned = PlannedJob.plan(
      manifest, state: state, paths: paths, date: date, localeData: LocaleDataDigest.sha256(data), force: force)
    BatchRecovery.removeStaleTemporaryFiles(paths: paths, planned: planned, date: date)
    let history = try BatchHistory.start(paths: paths, manifest: manifest, date: date, started: started)
    var pipelines: [String: Result<ComparisonPipeline, LocaleDataError>] = [:]
    var records: [BatchRunRecord.Job] = []
    for item in planned {
      let clock = Date()
      guard item.decision.runs else {
        records.append(
          BatchRunRecord.Job(
            id: item.job.id, outcome: .skipped, reason: item.decision.rawValue, output: state.jobs[item.job.id]?.output ?? item.output,
            seconds: Self.seconds(since: clock), files: item.files.count, documents: 0, events: 0, errors: []))
        continue
      }
      let key = "\(item.job.style ?? "")\u{1F}\(item.job.reportLocale ?? "")"
      if pipelines[key] == nil {
        do throws(LocaleDataError) {
          pipelines[key] = .success(try ComparisonPipeline(data: data, style: item.job.style, reportLocale: item.job.reportLocale))
        } catch {
          pipelines[key] = .failure(error)
        }
      }
      var record = BatchRunRecord.Job(
        id: item.job.id, outcome: .failed, reason: item.decision.rawValue, output: item.output, seconds: 0,
        files: item.files.count, documents: 0, events: 0, errors: [])
      switch pipelines[key] {
      case .success(let pipeline)?:
        run(item, pipeline: pipeline, paths: paths, date: date, history: history, into: &record)
      case .failure(let error)?:
        record.errors = [error.description]
      case nil:
        break
      }
      record.seconds = Self.seconds(since: clock)
      history.commit(item, &record)
      if record.outcome == .ran {
        state.jobs[item.job.id] = BatchState.Job(fingerprint: item.fingerprint, output: record.output)
        // Committed per job, so that a run killed later keeps what this job did.
        writeState(state, paths: paths)
      }
      for error in record.errors { Terminal.shared.diagnostic("\(item.job.id): \(error)") }
      records.append(record)
    }

    let folder = date.description
    let summary = BatchRunRecord(
      manifest: manifest.path, asOf: date, parallaxVersion: ParallaxVersion.string,
      started: Self.timestamp(started), finished: Self.timestamp(Date()),
      seconds: Self.seconds(since: started), jobs: records)
    do {
      try FileManager.default.createDirectory(atPath: paths.path(folder), withIntermediateDirectories: true)
      try AtomicFile.write(try BatchPaths.json(summary), to: paths.path("\(folder)/run.json"))
      try AtomicFile.write(Self.index(summary, paths: paths), to: paths.path("\(folder)/index.md"))
    } catch {
      Terminal.shared.diagnostic("\(paths.path(folder)): error: cannot write the run record: \(error.localizedDescription)")
      throw ExitCodes.cannotCreate
    }
    state.lastRun = "\(folder)/run.json"
    writeState(state, paths: paths)
    history.finish(summary)
    Terminal.shared.line(
      "\(paths.path("\(folder)/run.json")): \(summary.counts.ran) ran, \(summary.counts.skipped) skipped, \(summary.counts.failed) failed")
    Terminal.shared.flush()
    if summary.counts.failed > 0 { throw ExitCodes.findings }
  }

  /// Runs one job: reads its files, keeps the documents in its window, compares them and writes
  /// the report. Any unreadable input fails the job and keeps its previous report.
  private func run(
    _ item: PlannedJob, pipeline: ComparisonPipeline, paths: BatchPaths, date: CalendarDate, history: BatchHistory,
    into record: inout BatchRunRecord.Job
  ) {
    var errors = item.problems.map(\.description)
    var documents: [ProfiledDocument] = []
    for (index, outcome) in pipeline.profile(item.files, jobs: jobs).enumerated() {
      errors += outcome.notes
      switch outcome.result {
      case .success(let profiled)?: documents += profiled
      case .failure(let problem)?: errors.append(problem.description)
      case nil: errors.append("\(item.files[index]): error: not compared (internal error opening ICU)")
      }
    }
    guard errors.isEmpty else {
      record.errors = errors
      return
    }
    if let days = item.job.windowDays {
      let end = date.daysSinceEpoch
      documents = documents.filter { profiled in
        guard let published = profiled.document.published, let year = published.year,
          let day = CalendarDate(year: year, month: published.month, day: published.day)?.daysSinceEpoch
        else { return false }
        return day <= end && day > end - days
      }
    }
    record.documents = documents.count
    guard !documents.isEmpty else {
      record.outcome = .ran
      record.output = ""
      record.errors = ["no documents in the job's window; no report written"]
      return
    }
    let defaults = (alignment: AlignmentOptions(), events: EventOptions())
    let options = ComparerOptions(
      alignment: AlignmentOptions(
        suggestThreshold: item.job.suggestThreshold.map { Float($0) } ?? defaults.alignment.suggestThreshold,
        confidentThreshold: item.job.confidentThreshold.map { Float($0) } ?? defaults.alignment.confidentThreshold),
      events: EventOptions(
        threshold: item.job.eventThreshold.map { Float($0) } ?? defaults.events.threshold,
        dayWindow: defaults.events.dayWindow, asOne: item.job.grouping == .one))
    let comparison = pipeline.compare(documents, options: options)
    record.events = comparison.events.count
    let reports: [MarkdownRenderer.File]
    do throws(LocaleDataError) {
      reports = try pipeline.markdown(
        comparison, files: item.files, asOf: date, options: ReportOptions(charts: item.job.charts, evidence: item.job.evidence))
    } catch {
      record.errors = [error.description]
      return
    }
    let sections: String
    do throws(HistoryError) {
      sections = try history.sections(for: item.job, documents: documents, pipeline: pipeline)
    } catch {
      record.errors = [error.description]
      return
    }
    let target = paths.path(item.output)
    do {
      try FileManager.default.createDirectory(
        atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try AtomicFile.write(reports.map(\.text).joined(separator: "\n") + "\n" + sections, to: target)
    } catch {
      record.errors = ["\(target): error: cannot write the report: \(error.localizedDescription)"]
      return
    }
    record.outcome = .ran
  }

  private func writeState(_ state: BatchState, paths: BatchPaths) {
    do {
      try AtomicFile.write(try BatchPaths.json(state), to: paths.state)
    } catch {
      Terminal.shared.diagnostic("\(paths.state): warning: cannot save the batch state: \(error.localizedDescription)")
    }
  }

  /// `index.md`: a link to every job's report, with its outcome (contract words, no prose, so
  /// that it needs no translation).
  static func index(_ record: BatchRunRecord, paths: BatchPaths) -> String {
    let folder = record.asOf.description
    var text = "# \(folder)\n\n"
    for job in record.jobs {
      let exists = !job.output.isEmpty && FileManager.default.fileExists(atPath: paths.path(job.output))
      let link = job.output.hasPrefix(folder + "/") ? String(job.output.dropFirst(folder.count + 1)) : "../" + job.output
      text += exists ? "- [\(job.id)](\(link)) · \(job.outcome.rawValue)\n" : "- \(job.id) · \(job.outcome.rawValue)\n"
    }
    return text
  }

  /// Seconds since `start`, to the millisecond.
  static func seconds(since start: Date) -> Double {
    (Date().timeIntervalSince(start) * 1000).rounded() / 1000
  }

  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}
