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

  /// Every report of `comparison`: `index.md` first when there are several events, then
  /// `<event id>.md` per event.
  public func render(_ comparison: Comparison, context: ReportContext) -> [File] {
    let collation = ReportCollation(locale: strings.language.rawValue)
    let dates = ReportDates(strings: strings)
    let reports = comparison.events.map { event in
      EventReport(event: event, comparison: comparison, strings: strings, options: options, context: context, collation: collation, dates: dates)
    }
    var files: [File] = []
    if comparison.events.count > 1 {
      files.append(File(name: "index.md", text: index(reports, comparison: comparison, context: context, dates: dates)))
    }
    for report in reports { files.append(File(name: "\(report.event.id).md", text: report.markdown())) }
    return files
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
    let reports = comparison.events.map { event in
      EventReport(event: event, comparison: comparison, strings: strings, options: options, context: context, collation: collation, dates: dates)
    }
    return index(reports, comparison: comparison, context: context, dates: dates)
  }

  private func index(_ reports: [EventReport], comparison: Comparison, context: ReportContext, dates: ReportDates) -> String {
    var md = MarkdownWriter()
    md.heading(1, MarkdownText.inline(strings[.indexTitle]))
    let documents = comparison.events.reduce(0) { $0 + $1.documents.count }
    md.paragraph(strings.sentence(.indexIntro, ["events": "\(comparison.events.count)", "documents": "\(documents)"]))
    if let asOf = context.asOf {
      md.paragraph("**\(MarkdownText.inline(strings[.asOf]))**: \(MarkdownText.inline(dates.format(asOf)))")
    }
    var rows: [[String]] = []
    for report in reports {
      let event = report.event
      rows.append([
        "[\(event.id)](\(event.id).md)",
        MarkdownText.cell(report.headline),
        MarkdownText.cell(report.sources.map(\.label).joined(separator: ", ")),
        MarkdownText.cell(report.dateRange),
        "\(event.documents.reduce(0) { $0 + $1.statements.count })",
      ])
    }
    md.table(
      [strings[.event], strings[.topic], strings[.sources], strings[.dates], strings[.statements]].map(MarkdownText.cell),
      rows: rows, alignments: [.left, .left, .left, .left, .right])
    return md.text
  }
}
