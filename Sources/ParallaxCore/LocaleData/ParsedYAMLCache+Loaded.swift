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
  /// The mark of a file of `kind` with `text` read by this build; nil without a build identity.
  func loadMark(kind: String, text: String) -> LoadMark? {
    guard let build = Self.buildIdentity else { return nil }
    var hash = ByteHasher()
    hash.combine("loaded \(Self.format) \(build) \(kind)")
    hash.combine(text)
    return LoadMark(file: directory.appendingPathComponent("\(hash.hex).loaded"))
  }

  /// One file's mark.
  struct LoadMark {
    let file: URL

    /// Whether this build has loaded the file whole before.
    var isSet: Bool { access(file.path, F_OK) == 0 }

    /// Records that this build loaded the file whole (best effort).
    func set() { CacheFile.write([], to: file) }
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
