import Foundation

/// Which locale data files this very program has already loaded whole: decoded, and passed
/// its loader's own checks. A start can then leave such a file's decoding until something asks
/// for its value (`DeferredValue`) and still report every problem at start: a file with the
/// same text, read by the same build, cannot fail where it once succeeded.
///
/// A mark is an empty file in the cache folder, named by a hash of the cache format, the
/// program's build (its executable's path, size and modification time), the file's kind and
/// its text. Without an identity for the build (no `/proc/self/exe`) nothing is marked and
/// every file is loaded at start.
extension ParsedYAMLCache {
  /// Whether this build has loaded a file of `kind` with `text` before.
  func hasLoaded(kind: String, text: String) -> Bool {
    guard let mark = markFile(kind: kind, text: text) else { return false }
    return access(mark.path, F_OK) == 0
  }

  /// Records that this build loaded a file of `kind` with `text` (best effort).
  func markLoaded(kind: String, text: String) {
    guard let mark = markFile(kind: kind, text: text) else { return }
    CacheFile.write([], to: mark)
  }

  private func markFile(kind: String, text: String) -> URL? {
    guard let build = Self.buildIdentity else { return nil }
    var hash = ByteHasher()
    hash.combine("loaded \(Self.format) \(build) \(kind)")
    hash.combine(text)
    return directory.appendingPathComponent("\(hash.hex).loaded")
  }

  /// The running executable's path, size and modification time; nil where the system does not
  /// say which file it is.
  static let buildIdentity: String? = {
    let link = "/proc/self/exe"
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = readlink(link, &buffer, buffer.count - 1)
    guard length > 0 else { return nil }
    var facts = stat()
    guard stat(link, &facts) == 0 else { return nil }
    let path = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return "\(path) \(facts.st_size) \(facts.st_mtim.tv_sec).\(facts.st_mtim.tv_nsec)"
  }()
}

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
