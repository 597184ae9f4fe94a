import Foundation

/// A cache folder keeps the names caches in use, not one per registry it ever saw: each change
/// to the registry (a team's overlay edited every day, say) writes a new file of a few
/// megabytes, and the old ones would stay forever.
///
/// A run that reads a cache marks it used (its access time becomes now, whatever the mount's
/// own rule for access times; its modification time stays that of its writing); a run that
/// writes one removes all but the `keptCaches` most recently used. A removed cache that is
/// needed again is rebuilt, which costs that run about a second.
extension NameSetup {
  /// How many names caches a folder keeps: enough for several folders of locale data and
  /// overlays used in turn.
  static let keptCaches = 8

  /// Marks the cache file at `path` as used now (best effort).
  static func markUsed(_ path: String) {
    var facts = stat()
    var now = timespec()
    guard stat(path, &facts) == 0, clock_gettime(CLOCK_REALTIME, &now) == 0 else { return }
    var times = [now, facts.st_mtim]
    _ = utimensat(AT_FDCWD, path, &times, 0)
  }

  /// Removes from `folder` all but the `keep` most recently used names caches (best effort);
  /// the file just written is the newest and stays.
  static func pruneCaches(in folder: URL, keep: Int = keptCaches) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
    var caches: [(path: String, used: timespec)] = []
    for name in names where name.hasPrefix("names-") && name.hasSuffix(".bin") {
      let path = folder.appendingPathComponent(name).path
      var facts = stat()
      guard stat(path, &facts) == 0 else { continue }
      caches.append((path, facts.st_atim))
    }
    guard caches.count > keep else { return }
    // Newest first; equal times by name, so that the same folder always keeps the same files.
    caches.sort { ($0.used.tv_sec, $0.used.tv_nsec, $1.path) > ($1.used.tv_sec, $1.used.tv_nsec, $0.path) }
    for stale in caches[keep...] { _ = unlink(stale.path) }
  }
}
