import Foundation
/// The outputs of `parallax check`: plain text for people, `line` for tools and cron logs, JSON
/// (`parallax.check/1`) and a Markdown editorial review report. Pure and deterministic.
public enum CheckRenderer {
  /// One finding per line, `path:line:column:severity:rule:message`; the path is escaped
  /// (`VisibleText.path`) and the message shows control characters, so a line is one finding.
  public static func line(_ findings: [StyleFinding]) -> String {
    findings.map { f in
      "\(VisibleText.path(f.path)):\(f.line):\(f.column):\(f.severity.rawValue):\(f.ruleID ?? f.rule.rawValue):"
        + "\(VisibleText.lineField(f.message))\(f.inQuote ? " (in quotation)" : "")\n"
    }.joined()
  }

  /// Findings grouped by file, aligned for reading in a terminal.
  public static func text(_ findings: [StyleFinding], files: Int) -> String {
    var stream = CheckStream(format: .text, styleID: "")
    let body = stream.file("", findings: findings)
    stream.fileCount = files
    return body + stream.end()
  }

  /// `parallax.check/1` JSON.
  public static func json(_ findings: [StyleFinding], style: HouseStyle, files: [String], errors: [String]) -> String {
    let items = findings.map(jsonValue)
    return JSONValue.object([
      ("schema", .string("parallax.check/1")),
      ("style", .string(style.id)),
      ("files", .array(files.map(JSONValue.string))),
      ("findings", .array(items)),
      ("errors", .array(errors.map(JSONValue.string))),
    ]).rendered() + "\n"
  }

  /// One finding as a `parallax.check/1` JSON object.
  static func jsonValue(_ f: StyleFinding) -> JSONValue {
      .object([
        ("path", .string(f.path)), ("line", .int(f.line)), ("column", .int(f.column)),
        ("endLine", .int(f.endLine)), ("endColumn", .int(f.endColumn)),
        ("severity", .string(f.severity.rawValue)), ("rule", .string(f.rule.rawValue)),
        ("ruleId", .optional(f.ruleID)), ("match", .string(f.match)), ("entity", .optional(f.entity?.rawValue)),
        ("canonical", .optional(f.canonical)), ("suggestion", .optional(f.suggestion)),
        ("inQuote", .bool(f.inQuote)), ("fixable", .bool(f.fixable)), ("message", .string(f.message)),
        ("how", .optional(f.matchKind?.rawValue)), ("confidence", f.confidence.map(JSONValue.number) ?? .null),
      ])
  }

  /// An editorial review report in Markdown: a summary, then per document the findings grouped
  /// by entity or term, with counts. Built with the report's `MarkdownWriter` and escaped with
  /// `MarkdownText`, like the comparison reports; its words are `strings`' (the report
  /// language's `report.yaml`).
  public static func markdown(
    _ findings: [StyleFinding], style: HouseStyle, files: [String], strings: ReportStrings,
    order: (String, String) -> Bool
  ) -> String {
    var md = MarkdownWriter()
    md.heading(1, MarkdownText.inline(strings[.reviewTitle]))
    md.paragraph(
      strings.sentence(
        .reviewSummary,
        [
          "style": MarkdownText.inline(style.name), "id": MarkdownText.code(style.id), "documents": "\(files.count)",
          "findings": "\(findings.count)",
        ]))
    if findings.isEmpty {
      md.paragraph(strings.sentence(.reviewClean, [:]))
      return md.text
    }
    let severities = Severity.allCases.compactMap { severity -> [String]? in
      let count = findings.filter { $0.severity == severity }.count
      return count > 0 ? [severity.rawValue, "\(count)"] : nil
    }
    md.table(
      [MarkdownText.cell(strings[.severity]), MarkdownText.cell(strings[.findings])], rows: severities,
      alignments: [.left, .right])
    for path in files where findings.contains(where: { $0.path == path }) {
      let mine = findings.filter { $0.path == path }
      md.heading(2, MarkdownText.inline(path))
      var groups: [String: [StyleFinding]] = [:]
      for f in mine { groups[f.ruleID ?? f.entity?.rawValue ?? f.rule.rawValue, default: []].append(f) }
      for key in groups.keys.sorted(by: order) {
        let items = groups[key] ?? []
        let first = items[0]
        let title =
          first.rule == .framing
          ? strings.sentence(.reviewFraming, ["term": MarkdownText.inline(first.ruleID ?? "")])
          : MarkdownText.inline(first.canonical ?? first.entity?.rawValue ?? key)
        md.heading(3, "\(title) (\(items.count))")
        let rows = items.map { f -> [String] in
          let note = f.inQuote ? strings[.inQuotation] : (f.fixable ? strings[.fixable] : "")
          return [
            "\(f.line):\(f.column)", MarkdownText.cell(f.match), f.rule.rawValue, f.severity.rawValue,
            MarkdownText.cell(f.suggestion ?? ""), MarkdownText.cell(note),
          ]
        }
        let columns: [ReportLabel] = [.location, .found, .rule, .severity, .suggestion, .note]
        md.table(columns.map { MarkdownText.cell(strings[$0]) }, rows: rows)
      }
    }
    return md.text
  }
}
