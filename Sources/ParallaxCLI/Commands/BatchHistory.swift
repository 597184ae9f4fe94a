import Foundation
import ParallaxCore
import ParallaxHistory

/// The history store as one `batch run` uses it: opened (and upgraded) at the start, read for
/// each job's **Since last run** and **Naming over time** sections, written once per job, and
/// closed with the run's counts. Safe to use from several jobs at once: the store serializes
/// its transactions, and the documents waiting for their job's commit sit behind a lock.
final class BatchHistory: @unchecked Sendable {
  let store: HistoryStore
  let run: HistoryRunID
  let date: CalendarDate
  /// The manifest's folder (absolute, standardized): document keys are relative to it.
  let folder: String
  private let lock = NSLock()
  /// The documents of each job whose report has its sections, until the job is committed.
  private var pending: [String: [HistoryDocument]] = [:]
  /// Which name forms count as one in "Naming over time": built from the registry by the
  /// first job that needs them (every pipeline of a run reads the same locale data).
  private var nameGroups: NameFormGroups?

  private init(store: HistoryStore, run: HistoryRunID, date: CalendarDate, folder: String) {
    self.store = store
    self.run = run
    self.date = date
    self.folder = folder
  }

  /// Opens the store under the root and records the start of the run.
  /// - Throws: after printing the problem, exit 65 when the file is not a store or a newer
  ///   Parallax wrote it (the file is left as it is), else 73.
  static func start(paths: BatchPaths, manifest: BatchManifest, date: CalendarDate, started: Date) throws -> BatchHistory {
    do throws(HistoryError) {
      let store = try HistoryStore(path: paths.history)
      let run = try store.beginRun(
        asOf: date, started: BatchRunCommand.timestamp(started), manifest: manifest.path, version: ParallaxVersion.string)
      let folder = URL(fileURLWithPath: manifest.path).deletingLastPathComponent().standardizedFileURL.path
      return BatchHistory(store: store, run: run, date: date, folder: folder)
    } catch {
      Terminal.shared.diagnostic(error.description)
      switch error {
      case .notAStore, .newerStore: throw ExitCodes.dataError
      case .cannotOpen, .database: throw ExitCodes.cannotCreate
      }
    }
  }

  /// The history sections of `job`'s report over the `documents` it compares now, in the
  /// pipeline's report language; the documents wait for `commit`.
  func sections(for job: BatchJob, documents: [ProfiledDocument], pipeline: ComparisonPipeline) throws(HistoryError) -> String {
    let current = documents.map { profiled in
      let absolute = URL(fileURLWithPath: profiled.document.path).standardizedFileURL.path
      return HistoryDocument(profiled, key: DocumentKey(profiled.document, path: DocumentKey.relative(absolute, to: folder)))
    }
    var digests: [DocumentKey: String] = [:]
    for document in current where digests[document.key] == nil { digests[document.key] = document.sha256 }
    let previous = try store.previousRun(of: job.id, before: date, current: digests)
    let since = SinceLastRun.compare(current, with: previous)
    // Every document the job compared before, each as last seen, with today's versions instead.
    var latest: [DocumentKey: HistoryDocument] = [:]
    for document in try store.latestDocuments(of: job.id) { latest[document.key] = document }
    for document in current { latest[document.key] = document }
    let groups = lock.withLock {
      if nameGroups == nil { nameGroups = NameFormGroups(pipeline.resources.names.registry.entities) }
      return nameGroups
    }
    let naming = NamingTimeline(latest.values.sorted { $0.key < $1.key }, groups: groups)
    lock.withLock { pending[job.id] = current }
    return pipeline.historyMarkdown(job: job.id, since: since, naming: naming)
  }

  /// Records the job's outcome, and the documents of a job that ran, in one transaction. When
  /// that fails, the job counts as failed, so that the next run does it again.
  func commit(_ item: PlannedJob, _ record: inout BatchRunRecord.Job) {
    let documents = lock.withLock { pending.removeValue(forKey: item.job.id) } ?? []
    let extraction = "parallax \(ParallaxVersion.string); locale data sha256:\(item.fingerprint.localeData)"
    do throws(HistoryError) {
      try store.recordJob(record, documents: record.outcome == .ran ? documents : [], extraction: extraction, in: run)
    } catch {
      record.outcome = .failed
      record.errors.append(error.description)
    }
  }

  /// Records the end of the run and the jobs it skipped; a failure is only a warning, since
  /// every job that ran is recorded already.
  func finish(_ summary: BatchRunRecord) {
    do throws(HistoryError) {
      try store.finishRun(run, record: summary)
    } catch {
      Terminal.shared.diagnostic(error.description.replacingOccurrences(of: ": error: ", with: ": warning: "))
    }
  }
}
