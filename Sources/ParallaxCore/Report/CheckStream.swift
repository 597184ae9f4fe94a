/// The `text`, `line` and `json` outputs of `parallax check`, written file by file: each
/// file's findings become text as soon as the file is checked, and only the counts stay for
/// the closing summary, so memory does not grow with the number of findings.
///
/// ```swift
/// var stream = CheckStream(format: .text, styleID: style.id)
/// print(stream.begin(), terminator: "")
/// print(stream.file("story.md", findings: findings), terminator: "")
/// print(stream.end(), terminator: "")   // "1 file checked: 2 warnings"
/// ```
public struct CheckStream: Sendable {
  public enum Format: Sendable { case text, line, json }

  public let format: Format
  /// The house style's id, for the JSON.
  public let styleID: String
  /// The files checked so far (their paths are kept for the JSON's `files` only).
  var fileCount = 0
  private var files: [String] = []
  private var errors: [String] = []
  private var counts: [Severity: Int] = [:]
  private var findingsWritten = 0
  private var groups = 0

  public init(format: Format, styleID: String) {
    self.format = format
    self.styleID = styleID
  }

  /// What comes before the first file.
  public mutating func begin() -> String {
    guard format == .json else { return "" }
    return "{\n  \"schema\": \"parallax.check/1\",\n  \"style\": \(JSONValue.quoted(styleID)),\n  \"findings\": ["
  }

  /// A checked file and its findings (already filtered by severity).
  public mutating func file(_ path: String, findings: [StyleFinding]) -> String {
    fileCount += 1
    if format == .json { files.append(path) }
    for finding in findings { counts[finding.severity, default: 0] += 1 }
    switch format {
    case .line:
      return CheckRenderer.line(findings)
    case .text:
      guard let first = findings.first else { return "" }
      var out = groups > 0 ? "\n" : ""
      groups += 1
      var current = first.path
      out += "\(VisibleText.path(current))\n"
      for finding in findings {
        if finding.path != current {
          current = finding.path
          out += "\n\(VisibleText.path(current))\n"
        }
        out += Self.textLine(finding)
      }
      return out
    case .json:
      var out = ""
      for finding in findings {
        out += findingsWritten == 0 ? "\n    " : ",\n    "
        findingsWritten += 1
        out += CheckRenderer.jsonValue(finding).rendered().replacingOccurrences(of: "\n", with: "\n    ")
      }
      return out
    }
  }

  /// A file that could not be read or checked (its message as printed on standard error).
  public mutating func failed(_ message: String) {
    errors.append(message)
  }

  /// What comes after the last file: the summary line, or the end of the JSON object.
  public func end() -> String {
    switch format {
    case .line:
      return ""
    case .text:
      let summary = Severity.allCases.compactMap { severity -> String? in
        let count = counts[severity, default: 0]
        return count > 0 ? "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")" : nil
      }
      return (groups > 0 ? "\n" : "") + "\(fileCount) file\(fileCount == 1 ? "" : "s") checked: "
        + (summary.isEmpty ? "no findings" : summary.joined(separator: ", ")) + "\n"
    case .json:
      let tail = JSONValue.object([
        ("files", .array(files.map(JSONValue.string))), ("errors", .array(errors.map(JSONValue.string))),
      ]).rendered().dropFirst(2).dropLast(2).replacingOccurrences(of: "\n", with: "\n  ")
      return (findingsWritten > 0 ? "\n  ]," : "],") + "\n  " + tail + "\n}\n"
    }
  }

  /// One finding of the text format: position, severity, rule, message, fix and quotation.
  static func textLine(_ f: StyleFinding) -> String {
    let position = "\(f.line):\(f.column)".padding(toLength: 8, withPad: " ", startingAt: 0)
    let severity = f.severity.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
    let fix = f.fixable ? " [fix: \(f.suggestion ?? "")]" : ""
    let quote = f.inQuote ? " [in quotation]" : ""
    return "  \(position)\(severity)\(f.ruleID ?? f.rule.rawValue)  \(VisibleText.lineField(f.message))\(fix)\(quote)\n"
  }
}
