/// Applies the fixable findings of a file: one-to-one replacements outside quotations, leaving
/// every other byte of the file as it was.
public enum FixApplier {
  /// `text` with each fixable finding's range replaced by its suggestion; overlapping findings
  /// after the first are skipped. Returns the new text and the findings applied.
  public static func apply(_ findings: [StyleFinding], to text: String) -> (text: String, applied: [StyleFinding]) {
    let fixes = findings.filter { $0.fixable && $0.suggestion != nil }.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    var applied: [StyleFinding] = []
    var end = 0
    for fix in fixes where fix.utf8Range.lowerBound >= end {
      applied.append(fix)
      end = fix.utf8Range.upperBound
    }
    guard !applied.isEmpty else { return (text, []) }
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 16)
    var cursor = 0
    for fix in applied {
      out.append(contentsOf: bytes[cursor..<fix.utf8Range.lowerBound])
      out.append(contentsOf: (fix.suggestion ?? "").utf8)
      cursor = fix.utf8Range.upperBound
    }
    out.append(contentsOf: bytes[cursor...])
    return (String(decoding: out, as: UTF8.self), applied)
  }

  /// A unified-style preview of the lines a fix changes.
  public static func diff(path: String, before: String, after: String) -> String {
    let old = before.split(separator: "\n", omittingEmptySubsequences: false)
    let new = after.split(separator: "\n", omittingEmptySubsequences: false)
    guard old.count == new.count else { return "" }
    var out = "--- \(path)\n+++ \(path) (fixed)\n"
    for (index, (a, b)) in zip(old, new).enumerated() where a != b {
      out += "@@ -\(index + 1) +\(index + 1) @@\n-\(a)\n+\(b)\n"
    }
    return out
  }
}
