import Dispatch

/// The cores that jobs running at once share: a worker takes one before it works on a file (or
/// a job before it compares and renders) and gives it back after, so that however many jobs run
/// at once, about as many threads are busy as there are cores, and a job left running alone
/// gets them all.
public final class CoreBudget: Sendable {
  /// How many cores it hands out.
  public let cores: Int
  private let semaphore: DispatchSemaphore

  public init(cores: Int) {
    self.cores = max(1, cores)
    semaphore = DispatchSemaphore(value: self.cores)
  }

  /// Waits for a free core.
  public func acquire() { semaphore.wait() }

  /// Gives a core back.
  public func release() { semaphore.signal() }

  /// Runs `body` holding one core.
  public func withCore<T>(_ body: () throws -> T) rethrows -> T {
    acquire()
    defer { release() }
    return try body()
  }
}
