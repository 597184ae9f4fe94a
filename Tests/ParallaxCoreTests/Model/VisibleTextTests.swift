import Foundation
import Testing

@testable import ParallaxCore

/// File names and bidirectional controls in line-oriented output and reports (issue 18, items
/// 8 and 13).
@Suite struct VisibleTextTests {
  func finding(path: String, message: String = "use 'Kyiv' instead of 'Kiev'") -> StyleFinding {
    StyleFinding(
      path: path, utf8Range: 0..<4, line: 1, column: 1, endLine: 1, endColumn: 5, severity: .warning, rule: .variant,
      ruleID: nil, match: "Kiev", entity: nil, canonical: "Kyiv", suggestion: "Kyiv", inQuote: false, fixable: true,
      message: message, matchKind: nil, confidence: nil)
  }

  @Test("a file name cannot forge a finding line: newline, tab and colon are escaped")
  func linePath() {
    let forged = "x.txt:9:9:error:variant:forged\nevil\t.txt"
    let out = CheckRenderer.line([finding(path: forged)])
    #expect(out.split(separator: "\n").count == 1)
    #expect(out.hasPrefix("x.txt\\:9\\:9\\:error\\:variant\\:forged\\nevil\\t.txt:1:1:warning:variant:"))
  }

  @Test("a diagnostic names an escaped path on one line")
  func diagnosticPath() {
    let error = InputError.missing(path: "a\nb.txt:1:1: error: forged")
    #expect(!error.description.contains("\n"))
    #expect(error.description.hasPrefix("a\\nb.txt\\:1\\:1\\: error\\: forged: error:"))
    let ingest = IngestError.jsonLine(path: "a\nb", line: 2, column: 3, problem: "x")
    #expect(ingest.description.hasPrefix("a\\nb:2:3: error:"))
  }

  @Test("bidirectional controls are shown escaped in Markdown and line output", arguments: [
    "\u{202E}", "\u{202A}", "\u{2066}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}",
  ])
  func bidi(control: String) {
    let text = "said \(control)dia\u{2066}x"
    let scalar = control.unicodeScalars.first!
    let shown = VisibleText.escape(scalar)
    #expect(shown.hasPrefix("\\u{") && shown.hasSuffix("}"))
    #expect(MarkdownText.inline(text).contains(shown))
    #expect(!MarkdownText.inline(text).unicodeScalars.contains(scalar))
    #expect(!MarkdownText.code(text).unicodeScalars.contains(scalar))
    #expect(!CheckRenderer.line([finding(path: "a.txt", message: text)]).unicodeScalars.contains(scalar))
    #expect(VisibleText.escapingBidiControls(text) == "said \(shown)dia\\u{2066}x")
  }

  @Test("JSON escapes bidirectional controls as \\u escapes and leaves other text alone")
  func json() {
    #expect(JSONValue.quoted("a\u{202E}b") == "\"a\\u202eb\"")
    #expect(JSONValue.quoted("“Київ” — ok") == "\"“Київ” — ok\"")
  }

  @Test("Markdown keeps text without controls as it was")
  func plain() {
    #expect(MarkdownText.inline("Київ — “talks”") == "Київ — “talks”")
  }
}

/// Which JSON Lines record a statement reference names (issue 18, item 6).
@Suite struct DocumentReferenceTests {
  func document(id: String, path: String, format: Document.Format) -> Document {
    Document(id: DocumentID(id), path: path, format: format, text: "", paragraphs: [], sourceMap: .verbatim())
  }

  @Test("a JSON Lines record is path#N; a file of its own is its path")
  func reference() {
    #expect(document(id: "multi.jsonl#2", path: "multi.jsonl", format: .jsonLines).reference == "multi.jsonl#2")
    #expect(document(id: "tass-7", path: "multi.jsonl", format: .jsonLines).reference == "multi.jsonl#tass-7")
    #expect(document(id: "a.txt", path: "a.txt", format: .agencyText).reference == "a.txt")
  }
}
