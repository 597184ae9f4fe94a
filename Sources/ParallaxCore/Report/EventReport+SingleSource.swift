extension EventReport {
  /// Whether the event's documents all come from one source: it gets no report of its own
  /// when there are several events, only a section of the single-source file.
  var isSingleSource: Bool { ReportSource.isSingleSource(event) }

  /// The event's section of the single-source file: its headline, scope and every statement
  /// (speaker, verb, text with a transliteration when it is in another script, and where it
  /// is), in source order. The file is named once per document, above its statements, rather
  /// than in a `file:line` on every row (a code span that did not wrap on a phone).
  func singleSourceSection(_ md: inout MarkdownWriter) {
    header(&md, level: 2)
    for source in sources where !source.statements.isEmpty {
      md.paragraph("**\(MarkdownText.inline(strings[.file]))**: " + MarkdownText.code(source.fileName))
      md.bullets(source.statements.map { singleSourceRow($0) })
    }
  }

  /// A statement of a single-source event: who said it and the verb, the text, its Latin
  /// transliteration when it is in a script the report's readers may not read, and its line.
  func singleSourceRow(_ statement: Statement) -> String {
    var out = attribution(statement) + MarkdownText.inline(statement.text)
    if let latin = transliteration(of: statement) {
      out += " (\(MarkdownText.inline(strings[.transliteration])): *\(MarkdownText.inline(latin))*)"
    }
    return out + " · " + location(statement.line)
  }
}
