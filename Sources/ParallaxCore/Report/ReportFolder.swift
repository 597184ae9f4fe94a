public import Foundation

/// The report folder of `compare -o DIR`: what a run writes there, so that a later run can
/// clear what an earlier one left (a 3-event run after a 595-event one must not leave
/// `e4.md` … `e595.md` beside the new index).
public enum ReportFolder {
  /// Whether `name` is a file that `compare -o` writes: `index.md`, `e<number>.md`,
  /// `single-source.md` or `comparison.json`.
  public static func isReportFile(_ name: String) -> Bool {
    if name == "index.md" || name == MarkdownRenderer.singleSourceFile || name == "comparison.json" { return true }
    guard name.hasPrefix("e"), name.hasSuffix(".md") else { return false }
    let number = name.dropFirst().dropLast(3)
    return !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// Removes the report files in `folder` that this run did not write (other files stay).
  /// - Returns: the names removed, sorted.
  @discardableResult
  public static func removeStale(in folder: String, keeping written: Set<String>) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    var removed: [String] = []
    for name in names.sorted() where isReportFile(name) && !written.contains(name) {
      let path = (folder as NSString).appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
      if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(name) }
    }
    return removed
  }
}
