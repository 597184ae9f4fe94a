import Foundation

/// The report folder of `compare -o DIR`: what a run writes there, so that a later run can
/// clear what an earlier one left (a 3-event run after a 595-event one must not leave
/// `e4.md` … `e595.md` beside the new index).
public enum ReportFolder {
  /// Whether `name` is a file that `compare -o` writes: `index.md`, `e<number>.md`, its charts
  /// `e<number>-coverage.svg`, `e<number>-agreement.svg` and `e<number>-names-<number>.svg`, the pages of `--format html`
  /// (`index.html`, `e<number>.html`, `single-source.html`), `single-source.md` or
  /// `comparison.json`.
  public static func isReportFile(_ name: String) -> Bool {
    if ["index.md", MarkdownRenderer.singleSourceFile, "comparison.json", "index.html", "single-source.html"].contains(name) { return true }
    guard name.hasPrefix("e") else { return false }
    var stem = Substring(name.dropFirst())
    // A naming chart: e<number>-names-<number>.svg.
    if stem.hasSuffix(".svg"), let dash = stem.range(of: "-names-") {
      let (event, chart) = (stem[..<dash.lowerBound], stem[dash.upperBound...].dropLast(4))
      return [event, chart].allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
    for suffix in ["-coverage.svg", "-agreement.svg", ".md", ".html"] where stem.hasSuffix(suffix) {
      stem = stem.dropLast(suffix.count)
      return !stem.isEmpty && stem.allSatisfy { $0.isASCII && $0.isNumber }
    }
    return false
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
