import Foundation
import Logging
import ParallaxCore
import ParallaxHistory

/// Runs one job of a batch: reads its files, keeps the documents of its window and source
/// groups, compares them and writes its report folder (see `BatchJobFolder`); or, when the plan says it is up to
/// date, skips it. Jobs share nothing mutable, so several run at once on different threads; the
/// cores they share are handed out by `budget`.
struct BatchJobRunner: Sendable {
  let paths: BatchPaths
  let date: CalendarDate
  let budget: CoreBudget
  let logger: Logger
  /// The history store of the run: it adds the report's history sections and records each job
  /// that ran or failed, before the job's state is saved.
  let history: BatchHistory
  /// Counts each input file as it is read, for the progress bar.
  var console: BatchConsole?

  /// The record of `item` once it has run (or been skipped). Failures are in the record, never
  /// thrown: a job that fails keeps its previous report and the others go on.
  /// - Parameters:
  ///   - pipeline: the loaded locale data for the job's style and report language, or why it
  ///     could not be loaded; nil only for a job the plan skips.
  ///   - lastOutput: the report a skipped job keeps, from the saved state.
  func run(
    _ item: PlannedJob, pipeline: Result<ComparisonPipeline, LocaleDataError>?, lastOutput: String?
  ) -> BatchRunRecord.Job {
    var log = logger
    log[metadataKey: "job"] = "\(item.job.id)"
    let clock = Date()
    var record = BatchRunRecord.Job(
      id: item.job.id, outcome: .failed, reason: item.decision.rawValue, output: nil, seconds: 0,
      files: item.files.count, documents: 0, events: 0, errors: [])
    guard item.decision.runs else {
      record.outcome = .skipped
      // The report it keeps, when there is one (a job that last ran on no documents has none).
      record.output = lastOutput.flatMap { $0.isEmpty ? nil : $0 }
      log.debug("skipped (\(item.decision.rawValue)): \(Self.count(item.files.count, "file")), report \(record.output ?? "none")")
      return record
    }
    log.info("started (\(item.decision.rawValue)): \(Self.count(item.files.count, "file"))")
    switch pipeline {
    case .success(let pipeline)?: compare(item, pipeline: pipeline, log: log, into: &record)
    case .failure(let error)?: record.errors = [error.description]
    case nil: record.errors = ["internal error: no locale data was loaded for the job"]
    }
    record.seconds = Self.seconds(since: clock)
    // Only a job that ran and wrote its folder names it: a failed one has no report of this run.
    record.output = record.outcome == .ran && record.documents > 0 ? item.output : nil
    history.commit(item, &record)
    if record.outcome != .ran { record.output = nil }
    let time = String(format: "%.3f s", record.seconds)
    switch record.outcome {
    case .ran where record.output == nil:
      log.info("ran in \(time): no documents in the job's window or sources; no report written")
    case .ran:
      log.info(
        "ran in \(time): \(Self.count(record.documents, "document")), \(Self.count(record.events, "event")), wrote \(item.folder)/")
    case .failed:
      for error in record.errors where !error.contains(": warning: ") { log.error("\(error)") }
      log.error("failed in \(time) (\(Self.count(record.errors.count, "problem"))); its previous report is kept")
    case .skipped:
      break
    }
    return record
  }

  /// Reads, filters, compares and writes; any file that cannot be read fails the job and keeps
  /// its previous report, while a bad record inside a file that was read is only a warning.
  private func compare(
    _ item: PlannedJob, pipeline: ComparisonPipeline, log: Logger, into record: inout BatchRunRecord.Job
  ) {
    var errors = item.problems.map(\.description)
    var warnings: [String] = []
    let matcher: SourceGroupMatcher?
    do {
      matcher = item.job.sourceGroups.isEmpty ? nil : try SourceGroupMatcher(groups: item.job.sourceGroups, names: pipeline.resources.names)
    } catch {
      record.errors = ["internal error: cannot open ICU to match source groups: \(error)"]
      return
    }
    let keep = Self.filter(window: item.job.windowDays, asOf: date, sources: matcher)
    let files = item.files
    var documents: [ProfiledDocument] = []
    var outcomes: [ComparisonPipeline.FileOutcome] = []
    // Statements wait in a temporary file between the stages, as in `compare`.
    let spill = files.count > 1 ? StatementSpill() : nil
    var clock = Date()
    do {
      // The history store fingerprints each document's text: it is kept for it.
      outcomes = pipeline.profile(files, jobs: budget.cores, budget: budget, keep: keep, keepText: true, spill: spill, fileDone: { index, outcome in
        console?.fileRead(bytes: ProgressLine.size(of: files[index]))
        let kept = (try? outcome.result.get().count) ?? 0
        log.debug("read \(files[index]): \(Self.count(outcome.found, "document")), \(kept) kept")
      })
      for outcome in outcomes {
        for note in outcome.notes {
          if let warning = Self.warning(note) {
            warnings.append(warning)
            log.warning("\(warning)")
          } else {
            errors.append(note.description)
          }
        }
        switch outcome.result {
        case .success(let profiled): documents += profiled
        case .failure(let problem): errors.append(problem.description)
        }
      }
    }
    log.debug("read \(Self.count(files.count, "file")) in \(Self.lap(&clock)): \(Self.count(documents.count, "document")) kept")
    guard errors.isEmpty else {
      record.errors = errors + warnings
      return
    }
    record.errors = warnings
    record.documents = documents.count
    if let matcher {
      var counts: [String: Int] = [:]
      for group in matcher.groups { counts[group.name] = 0 }
      for profiled in documents {
        for index in matcher.groups(of: profiled.document.source) { counts[matcher.groups[index].name, default: 0] += 1 }
      }
      record.sources = counts
    }
    guard !documents.isEmpty else {
      record.outcome = .ran
      record.errors.append("no documents in the job's window or source groups; no report written")
      return
    }
    // A report lists the files of its documents only, so only those are hashed for it.
    let used = Set(documents.map(\.document.path))
    let digests = ComparisonPipeline.digests(outcomes, files: files).filter { used.contains($0.key) }
    // The history sections close the job's index: what is new since the job's last report and
    // how the sources' naming changed over time. Read before anything is written, so that a
    // store that cannot be read fails the job with its previous folder untouched.
    let history: String
    do throws(HistoryError) {
      history = try self.history.sections(for: item.job, documents: documents, pipeline: pipeline)
    } catch {
      record.errors.append(error.description)
      return
    }
    let target = paths.path(item.folder)
    var folder = BatchJobFolder(path: target)
    // A symbolic link inside the root must not carry the reports outside it.
    for path in [paths.path(item.output), folder.staging] {
      if let escape = OutputContainment.problem(writing: path, root: paths.root) {
        record.errors.append(escape.description)
        return
      }
    }
    // Comparing and rendering run on this thread: it holds one of the shared cores meanwhile.
    // Each report is written as soon as it is rendered; the index waits for the history.
    let written: Result<Int, BatchJobFolder.Failure> = budget.withCore {
      clock = Date()
      let comparison = pipeline.compare(documents, options: Self.comparerOptions(item.job), spill: spill)
      documents = []
      log.debug("compared in \(Self.lap(&clock)): \(Self.count(comparison.events.count, "event"))")
      do {
        try folder.begin()
        var index: String?
        try pipeline.writeReports(
          comparison, digests: digests, asOf: date,
          // The SVG charts as `compare -o --charts` draws them: a job's reports are the reports
          // compare writes.
          options: ReportOptions(evidence: item.job.evidence, svgCharts: item.job.charts, digestFile: true),
          indexLast: true
        ) { file in
          if file.name == "index.md" { index = file.text } else { try folder.write(file) }
        }
        let reports = folder.written
        try folder.write(
          BatchJobIndex.text(index: index, reports: reports, history: history, strings: pipeline.strings), named: "index.md")
        try folder.commit()
        log.debug("wrote \(Self.count(folder.written.count, "file")) in \(Self.lap(&clock))")
        return .success(comparison.events.count)
      } catch let error as LocaleDataError {
        folder.abandon()
        return .failure(.data(error.description))
      } catch {
        folder.abandon()
        return .failure(.write("\(target): error: cannot write the report folder: \(error.localizedDescription)"))
      }
    }
    switch written {
    case .success(let events):
      record.events = events
      record.outcome = .ran
    case .failure(.data(let message)), .failure(.write(let message)):
      record.errors.append(message)
    }
  }

  /// Which loaded documents a job compares: those published in its window (when it has one)
  /// from its source groups (when it names some).
  static func filter(window days: Int?, asOf date: CalendarDate, sources matcher: SourceGroupMatcher?)
    -> @Sendable (Document) -> Bool
  {
    let end = date.daysSinceEpoch
    return { document in
      if let days {
        guard let published = document.published, let year = published.year,
          let day = CalendarDate(year: year, month: published.month, day: published.day)?.daysSinceEpoch,
          day <= end && day > end - days
        else { return false }
      }
      if let matcher, matcher.groups(of: document.source).isEmpty { return false }
      return true
    }
  }

  /// The message for a problem that leaves out part of a file but not the job: a bad JSON
  /// Lines record (one truncated line of a feed should not cost the night's report) or a file
  /// with no text. Nil for problems that fail the job.
  static func warning(_ note: IngestError) -> String? {
    switch note {
    case .jsonLine(let path, let line, let column, let problem):
      "\(path):\(line):\(column): warning: bad JSON Lines record: \(problem); it was left out, the file's other records were compared"
    case .empty:
      note.description
    case .input, .frontMatter, .html:
      nil
    }
  }

  /// The comparer's options: the job's thresholds over the defaults.
  static func comparerOptions(_ job: BatchJob) -> ComparerOptions {
    let defaults = (alignment: AlignmentOptions(), events: EventOptions())
    return ComparerOptions(
      alignment: AlignmentOptions(
        suggestThreshold: job.suggestThreshold.map { Float($0) } ?? defaults.alignment.suggestThreshold,
        confidentThreshold: job.confidentThreshold.map { Float($0) } ?? defaults.alignment.confidentThreshold),
      events: EventOptions(
        threshold: job.eventThreshold.map { Float($0) } ?? defaults.events.threshold,
        dayWindow: defaults.events.dayWindow, asOne: job.grouping == .one))
  }

  /// "1 file", "2 files": log lines are English, the CLI's contract.
  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }

  /// The time since `clock`, as "1.234 s", and `clock` moved to now.
  static func lap(_ clock: inout Date) -> String {
    let now = Date()
    defer { clock = now }
    return String(format: "%.3f s", now.timeIntervalSince(clock))
  }

  /// Seconds since `start`, to the millisecond.
  static func seconds(since start: Date) -> Double {
    (Date().timeIntervalSince(start) * 1000).rounded() / 1000
  }
}
