import Foundation
import ParallaxCore

#if canImport(Glibc)
  import Glibc
#endif

/// Clean-up after a run that was killed: `AtomicFile` leaves its temporary file
/// (`.<name>.parallax-<pid>.tmp`, beside the target) when its process dies between writing and
/// renaming. Reports themselves are never half written, so nothing else needs repair.
enum BatchRecovery {
  /// Removes the temporary files whose writer is gone from the folders a run writes to: the
  /// root, the run's date folder and each planned report's folder. Returns the removed paths.
  @discardableResult
  static func removeStaleTemporaryFiles(paths: BatchPaths, planned: [PlannedJob], date: CalendarDate) -> [String] {
    var folders = [paths.root, paths.path(date.description)]
    for item in planned { folders.append((paths.path(item.output) as NSString).deletingLastPathComponent) }
    var removed: [String] = []
    var seen: Set<String> = []
    for folder in folders where seen.insert(folder).inserted {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
      for name in names.sorted() {
        guard let pid = writer(ofTemporary: name), !isRunning(pid) else { continue }
        let path = (folder as NSString).appendingPathComponent(name)
        if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(path) }
      }
    }
    return removed
  }

  /// The pid in an `AtomicFile` temporary name, or nil for any other name.
  static func writer(ofTemporary name: String) -> Int32? {
    guard name.hasPrefix("."), name.hasSuffix(".tmp"), let marker = name.range(of: ".parallax-", options: .backwards) else { return nil }
    return Int32(name[marker.upperBound..<name.index(name.endIndex, offsetBy: -4)])
  }

  private static func isRunning(_ pid: Int32) -> Bool {
    pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
  }
}
