/// Checkstyle XML for `parallax check --format checkstyle`: read by Jenkins' warnings plugin,
/// reviewdog (`-f=checkstyle`) and many CI dashboards.
extension CheckRenderer {
  /// `<checkstyle>` with one `<file>` per file checked (in the order given, then any file only
  /// findings name) and one `<error>` per finding: line, column (Unicode scalars, from 1),
  /// severity (`error`, `warning`, `info`), message and source (`parallax.<rule>`).
  public static func checkstyle(_ findings: [StyleFinding], files: [String]) -> String {
    var order = files
    var byFile: [String: [StyleFinding]] = [:]
    for finding in findings {
      if byFile[finding.path] == nil, !order.contains(finding.path) { order.append(finding.path) }
      byFile[finding.path, default: []].append(finding)
    }
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
    var seen = Set<String>()
    for path in order where seen.insert(path).inserted {
      let mine = byFile[path] ?? []
      if mine.isEmpty {
        out += "  <file name=\"\(xmlAttribute(path))\"/>\n"
        continue
      }
      out += "  <file name=\"\(xmlAttribute(path))\">\n"
      for finding in mine {
        var message = finding.message
        if finding.inQuote { message += " (in quotation)" }
        if finding.fixable, let replacement = finding.suggestion { message += " [fix: \(replacement)]" }
        out += "    <error line=\"\(finding.line)\" column=\"\(finding.column)\""
        out += " severity=\"\(checkstyleSeverity(finding.severity))\""
        out += " message=\"\(xmlAttribute(message))\" source=\"\(xmlAttribute("parallax." + finding.ruleIdentifier))\"/>\n"
      }
      out += "  </file>\n"
    }
    out += "</checkstyle>\n"
    return out
  }

  /// Checkstyle's severities: error, warning, info (and ignore, never used here).
  static func checkstyleSeverity(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .suggestion, .info: "info"
    }
  }

  /// `text` as an XML 1.0 attribute value (see `XMLText.escape`).
  public static func xmlAttribute(_ text: String) -> String { XMLText.escape(text) }
}
