import Foundation

/// Slots written by worker threads, one slot per index, read after all workers finish.
final class ResultSlots<Value>: @unchecked Sendable {
  private var values: [Value?]
  private var cursor = 0
  private let lock = NSLock()

  init(count: Int) { values = Array(repeating: nil, count: count) }

  subscript(index: Int) -> Value? {
    get { lock.withLock { values[index] } }
    set { lock.withLock { values[index] = newValue } }
  }

  /// The next unclaimed index below `limit`, or nil when all are taken.
  func claim(below limit: Int) -> Int? {
    lock.withLock {
      guard cursor < limit else { return nil }
      cursor += 1
      return cursor - 1
    }
  }
}
