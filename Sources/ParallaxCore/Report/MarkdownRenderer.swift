import ParallaxICU

/// Renders a `Comparison` as Markdown reports for analysts: one report per event, and an index
/// when there are several. Pure and deterministic: the output depends only on the comparison,
/// the report strings, the options and the context (no clock, no environment); lists follow the
/// report locale's collation, then ids; lines end with `\n` and every report with a newline.
/// Every piece of text from an input is escaped with `MarkdownText`.
///
/// ```swift
/// let renderer = MarkdownRenderer(strings: try ReportStrings.load(for: "en", from: data))
/// let files = renderer.render(comparison, context: context)
/// files[0].name   // "e1.md"
/// files[0].text   // "# Comparison e1: Prisoners of war and detainees\n\n…"
/// ```
public struct MarkdownRenderer: Sendable {
  /// A rendered report and the file name it goes to.
  public struct File: Sendable, Hashable {
    public var name: String
    public var text: String
  }

  public let strings: ReportStrings
  public let options: ReportOptions

  public init(strings: ReportStrings, options: ReportOptions = ReportOptions()) {
    self.strings = strings
    self.options = options
  }

  /// The name of the file that holds the single-source events' statements.
  public static let singleSourceFile = "single-source.md"

  /// Every report of `comparison`: `index.md` first when there are several events, then
  /// `<event id>.md` per event.
  public func render(_ comparison: Comparison, context: ReportContext) -> [File] {
    var files: [File] = []
    render(comparison, context: context) { files.append($0) }
    return files
  }

  /// Every report of `comparison`, each handed to `each` as soon as it is rendered: with one
  /// event, its report; with several, `index.md` first, then `<event id>.md` for each event
  /// with two or more sources, then `single-source.md` with the statements of the events that
  /// have one source only (they get no report of their own; the index lists them). Only one
  /// event's report is in memory at a time.
  public func render(_ comparison: Comparison, context: ReportContext, each: (File) throws -> Void) rethrows {
    let collation = ReportCollation(locale: strings.language.rawValue)
    let dates = ReportDates(strings: strings)
    func report(_ event: ComparisonEvent) -> EventReport {
      EventReport(event: event, comparison: comparison, strings: strings, options: options, context: context, collation: collation, dates: dates)
    }
    guard comparison.events.count > 1 else {
      for event in comparison.events { try each(File(name: "\(event.id).md", text: report(event).markdown())) }
      return
    }
    try each(File(name: "index.md", text: index(comparison, context: context, dates: dates, report: report)))
    var single = MarkdownWriter()
    var singles = 0
    for event in comparison.events {
      let eventReport = report(event)
      if eventReport.isSingleSource {
        if singles == 0 { singleSourceHeader(&single, comparison: comparison) }
        singles += 1
        eventReport.singleSourceSection(&single)
      } else {
        try each(File(name: "\(event.id).md", text: eventReport.markdown()))
      }
    }
    if singles > 0 { try each(File(name: Self.singleSourceFile, text: single.text)) }
  }

  private func singleSourceHeader(_ md: inout MarkdownWriter, comparison: Comparison) {
    let count = comparison.events.reduce(0) { $0 + (ReportSource.isSingleSource($1) ? 1 : 0) }
    md.heading(1, MarkdownText.inline(strings[.singleSource]))
    md.paragraph(strings.sentence(.singleSourceFile, ["events": "\(count)"]))
  }

  /// The report of one event.
  public func render(_ event: ComparisonEvent, in comparison: Comparison, context: ReportContext) -> String {
    render(event, in: comparison, context: context, collation: ReportCollation(locale: strings.language.rawValue))
  }

  func render(_ event: ComparisonEvent, in comparison: Comparison, context: ReportContext, collation: ReportCollation) -> String {
    EventReport(
      event: event, comparison: comparison, strings: strings, options: options, context: context, collation: collation,
      dates: ReportDates(strings: strings)
    ).markdown()
  }

  /// The index of a comparison with several events: one row per event, linking its report.
  public func index(_ comparison: Comparison, context: ReportContext) -> String {
    index(comparison, context: context, collation: ReportCollation(locale: strings.language.rawValue))
  }

  func index(_ comparison: Comparison, context: ReportContext, collation: ReportCollation) -> String {
    let dates = ReportDates(strings: strings)
    return index(comparison, context: context, dates: dates) { event in
      EventReport(event: event, comparison: comparison, strings: strings, options: options, context: context, collation: collation, dates: dates)
    }
  }

  /// The index: a row per event with a report of its own, then a table of the single-source
  /// events, which link to the one file that lists their statements. Each event's report
  /// summary is made, read and dropped in turn.
  private func index(
    _ comparison: Comparison, context: ReportContext, dates: ReportDates, report: (ComparisonEvent) -> EventReport
  ) -> String {
    var md = MarkdownWriter()
    md.heading(1, MarkdownText.inline(strings[.indexTitle]))
    let documents = comparison.events.reduce(0) { $0 + $1.documents.count }
    md.paragraph(strings.sentence(.indexIntro, ["events": "\(comparison.events.count)", "documents": "\(documents)"]))
    if let asOf = context.asOf {
      md.paragraph("**\(MarkdownText.inline(strings[.asOf]))**: \(MarkdownText.inline(dates.format(asOf)))")
    }
    var rows: [[String]] = []
    var singleRows: [[String]] = []
    for event in comparison.events {
      let report = report(event)
      let single = report.isSingleSource
      let link = single ? Self.singleSourceFile : "\(event.id).md"
      let row = [
        "[\(event.id)](\(link))",
        MarkdownText.cell(report.headline),
        MarkdownText.cell(report.sources.map(\.label).joined(separator: ", ")),
        MarkdownText.cell(report.dateRange),
        "\(event.documents.reduce(0) { $0 + $1.statements.count })",
      ]
      if single { singleRows.append(row) } else { rows.append(row) }
    }
    let header = [strings[.event], strings[.topic], strings[.sources], strings[.dates], strings[.statements]].map(MarkdownText.cell)
    let alignments: [MarkdownWriter.Alignment] = [.left, .left, .left, .left, .right]
    if !rows.isEmpty { md.table(header, rows: rows, alignments: alignments) }
    if !singleRows.isEmpty {
      md.heading(2, MarkdownText.inline(strings[.singleSource]))
      md.paragraph(strings.sentence(.singleSourceIntro, [
        "events": "\(singleRows.count)", "file": "[\(Self.singleSourceFile)](\(Self.singleSourceFile))",
      ]))
      md.table(header, rows: singleRows, alignments: alignments)
    }
    return md.text
  }
}
