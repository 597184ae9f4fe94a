public import Foundation

/// The locale data's digest kept in the cache folder, keyed by what the file system says of
/// every file (path, size, modification and change times, inode), as `git` tells a file it
/// need not read again: a run on a few documents no longer reads and hashes the 1.2 MB of
/// data for the method section. Any write to a file changes its change time, so an edited
/// file is never served a stale digest; data that is not a folder on disk is hashed as before.
///
/// File times are coarse (a few milliseconds), so a file written just before the digest is
/// saved could be written again within the same tick, at the same size. As `git` does for its
/// index, a digest is saved only when every file is older than `settled`.
extension LocaleDataDigest {
  /// How old every file must be for its digest to be saved.
  public static let settled: TimeInterval = 2

  /// The digest of `data`, from `cacheDirectory` when it holds one for these very files, else
  /// computed and saved there (best effort: an unwritable folder only costs speed).
  public static func sha256(_ data: any LocaleDataProvider, cacheDirectory: URL?, settled: TimeInterval = settled) -> String {
    guard let cacheDirectory, let (key, newest) = fileSystemKey(data) else { return sha256(data) }
    let file = cacheDirectory.appendingPathComponent("locale-digest-\(key).txt")
    if let saved = FileManager.default.contents(atPath: file.path), saved.count == 64,
      saved.allSatisfy({ ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f")) })
    {
      return String(decoding: saved, as: UTF8.self)
    }
    let digest = sha256(data)
    guard newest < Date().timeIntervalSince1970 - settled else { return digest }
    CacheFile.write(Array(digest.utf8), to: file)
    return digest
  }

  /// A hash of the path and file-system status of every file of every layer, in the order the
  /// digest reads them, and the latest time a file was changed (seconds since 1970); nil when
  /// a layer is not a folder or a file cannot be looked at.
  static func fileSystemKey(_ data: any LocaleDataProvider) -> (key: String, newest: TimeInterval)? {
    var hash = ByteHasher()
    var newest: TimeInterval = 0
    hash.combine("locale-digest 1 \(data.allFiles().count)")
    for (index, layer) in data.layers.enumerated() {
      guard let folder = layer as? DirectoryLocaleData else { return nil }
      hash.combine("layer \(index) \(folder.root.path)")
      for path in folder.allFiles() {
        var info = stat()
        guard stat(folder.root.appendingPathComponent(path).path, &info) == 0 else { return nil }
        hash.combine(path)
        hash.combine(
          "\(info.st_size) \(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)")
        for time in [info.st_mtim, info.st_ctim] { newest = max(newest, TimeInterval(time.tv_sec) + TimeInterval(time.tv_nsec) / 1e9) }
      }
    }
    return (hash.hex, newest)
  }
}
