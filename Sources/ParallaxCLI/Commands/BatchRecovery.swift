import Foundation
import ParallaxCore

#if canImport(Glibc)
  import Glibc
#endif

/// Clean-up after a run that was killed: `AtomicFile` leaves its temporary file
/// (`.<name>.parallax-<pid>.tmp`, beside the target) when its process dies between writing and
/// renaming, `BatchJobFolder` its staging folder (named the same way) and, killed between its
/// two renames, the previous report folder set aside as `.<job>.parallax-<pid>.old`. Reports
/// themselves are never half written, so nothing else needs repair.
enum BatchRecovery {
  /// Removes the temporary files and folders whose writer is gone from the folders a run writes
  /// to: the root, the run's date folder, each planned report folder and the folder above it.
  /// A report folder set aside by a dead writer goes back in its place when nothing took it,
  /// and is removed otherwise. Returns the removed (or restored) paths.
  @discardableResult
  static func removeStaleTemporaryFiles(paths: BatchPaths, planned: [PlannedJob], date: CalendarDate) -> [String] {
    var folders = [paths.root, paths.path(date.description)]
    for item in planned {
      folders.append(paths.path(item.folder))
      folders.append((paths.path(item.folder) as NSString).deletingLastPathComponent)
    }
    var removed: [String] = []
    var seen: Set<String> = []
    for folder in folders where seen.insert(folder).inserted {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
      for name in names.sorted() {
        let path = (folder as NSString).appendingPathComponent(name)
        if let (pid, original) = writer(ofSetAside: name), !isRunning(pid) {
          let target = (folder as NSString).appendingPathComponent(original)
          if !FileManager.default.fileExists(atPath: target), rename(path, target) == 0 {
            removed.append(path)
            continue
          }
          if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(path) }
          continue
        }
        guard let pid = writer(ofTemporary: name), !isRunning(pid) else { continue }
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

  /// The pid and the original name in the name of a report folder set aside by
  /// `BatchJobFolder` (`.<name>.parallax-<pid>.old`), or nil for any other name.
  static func writer(ofSetAside name: String) -> (Int32, String)? {
    guard name.hasPrefix("."), name.hasSuffix(".old"), let marker = name.range(of: ".parallax-", options: .backwards),
      let pid = Int32(name[marker.upperBound..<name.index(name.endIndex, offsetBy: -4)])
    else { return nil }
    let original = String(name[name.index(after: name.startIndex)..<marker.lowerBound])
    return original.isEmpty ? nil : (pid, original)
  }

  private static func isRunning(_ pid: Int32) -> Bool {
    pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
  }
}
