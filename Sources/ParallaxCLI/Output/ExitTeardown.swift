/// What a command keeps to the end of the process on purpose: a comparison of a large corpus
/// is millions of small objects, and freeing them one by one when the command returns takes
/// seconds (about 2 s for 100,000 documents) that the operating system does at once at exit.
/// Only for values a command is done with just before it returns.
enum ExitTeardown {
  private final class Box<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
  }

  /// Keeps `value` alive until the process exits.
  static func leave<Value>(_ value: Value) {
    _ = Unmanaged.passRetained(Box(value))
  }
}
