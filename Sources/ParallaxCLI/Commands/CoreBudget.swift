import Foundation

/// The cores that jobs running at once share: a worker takes one before it works on a file (or
/// a job before it compares and renders) and gives it back after, so that however many jobs run
/// at once, about as many threads are busy as there are cores, and a job left running alone
/// gets them all.
final class CoreBudget: Sendable {
  /// How many cores it hands out.
  let cores: Int
  private let semaphore: DispatchSemaphore

  init(cores: Int) {
    self.cores = max(1, cores)
    semaphore = DispatchSemaphore(value: self.cores)
  }

  /// Waits for a free core.
  func acquire() { semaphore.wait() }

  /// Gives a core back.
  func release() { semaphore.signal() }

  /// Runs `body` holding one core.
  func withCore<T>(_ body: () throws -> T) rethrows -> T {
    acquire()
    defer { release() }
    return try body()
  }
}
