/// reviewdog's Diagnostic Format (rdjson) for `parallax check --format rdjson`.
extension CheckRenderer {
  /// One `DiagnosticResult` object: the source, and one diagnostic per finding with its
  /// location range, severity, rule code, and a suggestion (the replacement) when the finding
  /// is fixable (never inside a quotation).
  ///
  /// reviewdog counts columns in UTF-8 bytes from 1 (`a𐐀b`: `b` is column 6), so columns come
  /// from `sources`; the end is exclusive, as reviewdog's ranges are. Deterministic key order.
  public static func rdjson(_ findings: [StyleFinding], sources: CheckSources) -> String {
    let diagnostics: [JSONValue] = findings.map { finding in
      let (start, end) = sources.range(of: finding)
      let range: JSONValue = .object([
        ("start", .object([("line", .int(start.line)), ("column", .int(start.utf8Column))])),
        ("end", .object([("line", .int(end.line)), ("column", .int(end.utf8Column))])),
      ])
      var pairs: [(String, JSONValue)] = [
        ("message", .string(finding.message)),
        ("location", .object([("path", .string(finding.path)), ("range", range)])),
        ("severity", .string(rdjsonSeverity(finding.severity))),
        ("source", .object([("name", .string("parallax"))])),
        ("code", .object([("value", .string(finding.ruleIdentifier))])),
      ]
      if finding.fixable, !finding.inQuote, let replacement = finding.suggestion {
        pairs.append(("suggestions", .array([.object([("range", range), ("text", .string(replacement))])])))
      }
      pairs.append(
        ("original_output",
         .string("\(finding.path):\(finding.line):\(finding.column):\(finding.severity.rawValue):\(finding.ruleIdentifier):\(finding.message)")))
      return .object(pairs)
    }
    return JSONValue.object([
      ("source", .object([("name", .string("parallax"))])),
      ("diagnostics", .array(diagnostics)),
    ]).rendered() + "\n"
  }

  /// reviewdog's severities: ERROR, WARNING, INFO (and UNKNOWN_SEVERITY, never used here).
  static func rdjsonSeverity(_ severity: Severity) -> String {
    switch severity {
    case .error: "ERROR"
    case .warning: "WARNING"
    case .suggestion, .info: "INFO"
    }
  }
}
