extension EventReport {
  /// Whether the event's documents all come from one source: it gets no report of its own
  /// when there are several events, only a section of the single-source file.
  var isSingleSource: Bool { ReportSource.isSingleSource(event) }

  /// The event's section of the single-source file: its headline, scope and every statement
  /// (text, speaker, verb, `file:line`), in source order.
  func singleSourceSection(_ md: inout MarkdownWriter) {
    header(&md, level: 2)
    var items: [String] = []
    for source in sources {
      for statement in source.statements {
        items.append(cell(StatementRef(document: source.document.reference, statement: statement.id)))
      }
    }
    if !items.isEmpty { md.bullets(items) }
  }
}
