import Foundation

/// Runs one piece of work per index on a few worker threads and hands the results over in index
/// order, each as soon as it and every earlier one are done: the caller can print or write a
/// file's result while later files are still being read, and memory holds only the results
/// waiting for an earlier slow one (workers never run more than `window` indexes ahead).
///
/// Each worker first makes its own task (the ICU objects and caches it owns, which are not
/// thread-safe); a worker whose task cannot be made does no work, and when none can, every
/// index is delivered as `nil`.
///
/// ```swift
/// WorkerPool(jobs: 2).run(count: files.count, makeTask: { SegmenterPool() }) { pool, index in
///   extract(files[index], pool)
/// } deliver: { index, result in
///   print(result)   // in file order
/// }
/// ```
public struct WorkerPool: Sendable {
  /// The number of worker threads.
  public let jobs: Int
  /// How far workers may run ahead of the oldest undelivered index.
  public let window: Int

  /// - Parameter jobs: worker threads; nil for the number of active cores.
  public init(jobs: Int? = nil, window: Int? = nil) {
    let jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    self.jobs = jobs
    self.window = max(jobs * 2, window ?? jobs * 64)
  }

  /// Runs `work` for every index below `count` and calls `deliver` for each, in index order,
  /// on one thread at a time (a worker's, or the caller's), with nil where no task could be made.
  public func run<Task, Output>(
    count: Int, makeTask: () -> Task?, work: (Task, Int) -> Output, deliver: (Int, Output?) -> Void
  ) {
    guard count > 0 else { return }
    let state = Delivery<Output>(count: count, window: window)
    let workers = min(jobs, count)
    withoutActuallyEscaping(deliver) { deliver in
      withoutActuallyEscaping(work) { work in
        withoutActuallyEscaping(makeTask) { makeTask in
          let box = Closures(makeTask: makeTask, work: work, deliver: deliver)
          DispatchQueue.concurrentPerform(iterations: workers) { _ in
            guard let task = box.makeTask() else { return }
            while let index = state.claim() {
              let output = box.work(task, index)
              state.finish(index, output, deliver: box.deliver)
            }
          }
          // Indexes left when every worker gave up (no task could be made) get nil.
          state.drain(deliver: box.deliver)
        }
      }
    }
  }

  /// `first` and `second` at once, each on a core of its own when two are free (on the caller's
  /// thread one after the other when they are not: inside another pool's worker, say), for the
  /// two independent halves of one long job.
  public static func concurrently<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
    var a: A?
    var b: B?
    WorkerPool(jobs: 2).run(count: 2, makeTask: { () }) { _, index -> Either<A, B> in
      index == 0 ? .first(first()) : .second(second())
    } deliver: { _, output in
      switch output {
      case .first(let value)?: a = value
      case .second(let value)?: b = value
      case nil: break
      }
    }
    return (a ?? first(), b ?? second())
  }

  private enum Either<A, B> {
    case first(A)
    case second(B)
  }

  /// The caller's closures, shared with the worker threads for the length of `run`, which
  /// calls `deliver` under a lock and each task's `work` on one thread only.
  private struct Closures<Task, Output>: @unchecked Sendable {
    let makeTask: () -> Task?
    let work: (Task, Int) -> Output
    let deliver: (Int, Output?) -> Void
  }
}

/// The shared state of one `WorkerPool.run`: which index is next to claim, the results that
/// wait for an earlier one, and which index is next to deliver.
private final class Delivery<Output>: @unchecked Sendable {
  private let condition = NSCondition()
  private let count: Int
  private let window: Int
  private var nextClaim = 0
  private var nextDelivery = 0
  private var ready: [Int: Output?] = [:]
  private var delivering = false
  /// Workers waiting for the window to move (woken only when there are any: a wake-up is a
  /// system call, and most deliveries have no one to wake).
  private var waiting = 0

  init(count: Int, window: Int) {
    self.count = count
    self.window = window
  }

  /// The next index to work on, waiting while the window is full; nil when all are claimed.
  func claim() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while nextClaim < count, nextClaim - nextDelivery >= window {
      waiting += 1
      condition.wait()
      waiting -= 1
    }
    guard nextClaim < count else { return nil }
    nextClaim += 1
    return nextClaim - 1
  }

  /// Stores a result and delivers every result that is now next in order. One thread delivers
  /// at a time; the others leave their results for it.
  func finish(_ index: Int, _ output: Output?, deliver: (Int, Output?) -> Void) {
    condition.lock()
    ready[index] = .some(output)
    guard !delivering else {
      condition.unlock()
      return
    }
    delivering = true
    while let entry = ready.removeValue(forKey: nextDelivery) {
      let current = nextDelivery
      nextDelivery += 1
      if waiting > 0 { condition.broadcast() }
      condition.unlock()
      deliver(current, entry)
      condition.lock()
    }
    delivering = false
    condition.unlock()
  }

  /// After all workers stopped: delivers nil for every index no worker reached.
  func drain(deliver: (Int, Output?) -> Void) {
    condition.lock()
    let start = nextDelivery
    let pending = ready
    ready = [:]
    condition.unlock()
    for index in start..<count { deliver(index, pending[index] ?? nil) }
  }
}
