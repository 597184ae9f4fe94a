import Foundation

/// A value made the first time it is asked for, once, under a lock: shared by the workers of a
/// run, the first to ask makes it and the others use that one.
final class DeferredValue<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var made: Value?
  private var make: (@Sendable () -> Value)?

  /// A value already made.
  init(_ value: Value) { made = value }

  /// A value `make` makes when first asked for.
  init(making make: @escaping @Sendable () -> Value) { self.make = make }

  /// Whether the value has been made (it is, once asked for).
  var isMade: Bool { lock.withLock { made != nil } }

  var value: Value {
    lock.withLock {
      if let made { return made }
      let value = make!()
      made = value
      make = nil
      return value
    }
  }
}
