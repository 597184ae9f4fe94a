public import Foundation

/// The files `compare -o DIR` writes, and clearing a folder of an earlier run's ones so that a
/// run with fewer events leaves no stale `e4.md` beside the new index.
public enum ReportFolder {
  /// Whether `name` is a file compare writes: `index.md`, `comparison.json` or an event report
  /// `e<N>.md`.
  public static func isReportName(_ name: String) -> Bool {
    if name == "index.md" || name == "comparison.json" { return true }
    guard name.hasPrefix("e"), name.hasSuffix(".md") else { return false }
    let number = name.dropFirst().dropLast(3)
    return !number.isEmpty && number.allSatisfy { ("0"..."9").contains($0) } && !number.hasPrefix("0")
  }

  /// The report files in `folder` that this run does not write (`written`: file names), sorted;
  /// other files (an editor's notes, a `.git`) are never listed.
  public static func staleFiles(in folder: String, keeping written: Set<String>) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    return names.filter { isReportName($0) && !written.contains($0) }.sorted()
  }

  /// Removes the stale report files of `folder` (see `staleFiles`) and returns their names.
  /// A symbolic link among them is removed as a link; its target is left alone.
  /// - Throws: the first file that cannot be removed, as a `WriteFailure` sentence.
  public static func removeStale(in folder: String, keeping written: Set<String>) throws(ReportFolderError) -> [String] {
    let stale = staleFiles(in: folder, keeping: written)
    for name in stale {
      let path = (folder as NSString).appendingPathComponent(name)
      if unlink(path) != 0, errno != ENOENT {
        throw ReportFolderError(message: WriteFailure.sentence(path: path, code: errno))
      }
    }
    return stale
  }
}

/// A stale report that could not be removed.
public struct ReportFolderError: Error, Sendable, Equatable, CustomStringConvertible {
  public let message: String
  public var description: String { message }
}
