import Foundation
import Logging
import ParallaxCore

/// Keeps the batch state (`{root}/.parallax-batch-state.json`) as jobs finish on several
/// threads: each job that ran is committed on its own, under a lock, and the file is rewritten
/// atomically, so that a run killed half-way keeps what its finished jobs did and never leaves
/// half a file. The file's content does not depend on the order jobs finish in (its keys are
/// sorted).
final class BatchStateCommitter: @unchecked Sendable {
  private var state: BatchState
  private let paths: BatchPaths
  private let log: Logger
  private let lock = NSLock()

  init(state: BatchState, paths: BatchPaths, log: Logger) {
    self.state = state
    self.paths = paths
    self.log = log
  }

  /// Records `record` of `item`: a job that ran gets its new fingerprint and report saved; a
  /// skipped or failed job leaves the state as it was (a failed job runs again next time).
  func jobFinished(_ item: PlannedJob, _ record: BatchRunRecord.Job) {
    guard record.outcome == .ran else { return }
    lock.withLock {
      state.jobs[item.job.id] = BatchState.Job(fingerprint: item.fingerprint, output: record.output ?? "")
      save()
    }
  }

  /// Points the state at this run's record, `relative` to the root.
  func runFinished(record relative: String) {
    lock.withLock {
      state.lastRun = relative
      save()
    }
  }

  // Called under the lock.
  private func save() {
    do {
      try AtomicFile.write(try BatchPaths.json(state), to: paths.state)
    } catch {
      log.warning("\(paths.state): warning: cannot save the batch state: \(error.localizedDescription)")
    }
  }
}
