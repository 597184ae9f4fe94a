import Foundation
import Logging
import ParallaxCore
import ParallaxHistory

/// Runs one job of a batch: reads its files, keeps the documents of its window and source
/// groups, compares them and writes the report atomically; or, when the plan says it is up to
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
      id: item.job.id, outcome: .failed, reason: item.decision.rawValue, output: item.output, seconds: 0,
      files: item.files.count, documents: 0, events: 0, errors: [])
    guard item.decision.runs else {
      record.outcome = .skipped
      record.output = lastOutput ?? item.output
      log.debug("skipped (\(item.decision.rawValue)): \(Self.count(item.files.count, "file")), report \(record.output)")
      return record
    }
    log.info("started (\(item.decision.rawValue)): \(Self.count(item.files.count, "file"))")
    switch pipeline {
    case .success(let pipeline)?: compare(item, pipeline: pipeline, log: log, into: &record)
    case .failure(let error)?: record.errors = [error.description]
    case nil: record.errors = ["internal error: no locale data was loaded for the job"]
    }
    record.seconds = Self.seconds(since: clock)
    history.commit(item, &record)
    let time = String(format: "%.3f s", record.seconds)
    switch record.outcome {
    case .ran where record.output.isEmpty:
      log.info("ran in \(time): no documents in the job's window or sources; no report written")
    case .ran:
      log.info(
        "ran in \(time): \(Self.count(record.documents, "document")), \(Self.count(record.events, "event")), wrote \(record.output)")
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
    var clock = Date()
    do {
      // The history store fingerprints each document's text: it is kept for it.
      outcomes = pipeline.profile(files, jobs: budget.cores, budget: budget, keep: keep, keepText: true, fileDone: { index, outcome in
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
      record.output = ""
      record.errors.append("no documents in the job's window or source groups; no report written")
      return
    }
    // A report lists the files of its documents only, so only those are hashed for it.
    let used = Set(documents.map(\.document.path))
    let digests = ComparisonPipeline.digests(outcomes, files: files).filter { used.contains($0.key) }
    // Comparing and rendering run on this thread: it holds one of the shared cores meanwhile.
    let rendered: Result<(events: Int, parts: [String]), LocaleDataError> = budget.withCore {
      clock = Date()
      let comparison = pipeline.compare(documents, options: Self.comparerOptions(item.job))
      log.debug("compared in \(Self.lap(&clock)): \(Self.count(comparison.events.count, "event"))")
      do throws(LocaleDataError) {
        defer { log.debug("rendered in \(Self.lap(&clock))") }
        let reports = try pipeline.markdown(
          comparison, digests: digests, asOf: date, options: ReportOptions(charts: item.job.charts, evidence: item.job.evidence))
        // The events one after another, as `compare` prints them: separated by a blank line.
        var parts: [String] = []
        for (index, report) in reports.enumerated() { parts += index == 0 ? [report.text] : ["\n", report.text] }
        return .success((comparison.events.count, parts))
      } catch {
        return .failure(error)
      }
    }
    var parts: [String]
    switch rendered {
    case .success(let report):
      record.events = report.events
      parts = report.parts
    case .failure(let error):
      record.errors.append(error.description)
      return
    }
    // The history sections follow the events: what is new since the job's last report and how
    // the sources' naming changed over time.
    do throws(HistoryError) {
      parts += ["\n", try history.sections(for: item.job, documents: documents, pipeline: pipeline)]
    } catch {
      record.errors.append(error.description)
      return
    }
    documents = []
    let target = paths.path(item.output)
    // A symbolic link inside the root must not carry the report outside it.
    if let escape = OutputContainment.problem(writing: target, root: paths.root) {
      record.errors.append(escape.description)
      return
    }
    do {
      try FileManager.default.createDirectory(
        atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try AtomicFile.write(parts: parts, to: target)
      log.debug("wrote \(parts.reduce(0) { $0 + $1.utf8.count }) bytes in \(Self.lap(&clock))")
    } catch {
      record.errors.append("\(target): error: cannot write the report: \(error.localizedDescription)")
      return
    }
    record.outcome = .ran
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
