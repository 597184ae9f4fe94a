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
  /// have one source only (they get no report of their own; the index lists them). Events are
  /// rendered on `jobs` workers (each with its own collator and date formatter) and handed
  /// over in event order; only the reports waiting for an earlier one are in memory.
  ///
  /// - Parameters:
  ///   - singleSource: when given, receives the text of `single-source.md` part by part, in
  ///     order, as the index pass makes it (the file is not handed to `each` then): on a large
  ///     corpus it runs to hundreds of megabytes, which need not be held until the end.
  ///   - indexLast: when the order the files come in does not matter (they go to a folder),
  ///     `index.md` comes after the reports: each event is then read into a report once, in one
  ///     pass, instead of once for its index row and again for its report.
  public func render(
    _ comparison: Comparison, context: ReportContext, jobs: Int? = nil, singleSource: ((String) throws -> Void)? = nil,
    indexLast: Bool = false, each: (File) throws -> Void
  ) rethrows {
    let events = comparison.events
    guard events.count > 1 else {
      let collation = ReportCollation(locale: strings.language.rawValue)
      let dates = ReportDates(strings: strings)
      for event in events {
        let report = EventReport(
          event: event, comparison: comparison, strings: strings, options: options, context: context, collation: collation,
          dates: dates)
        for file in files(of: report) { try each(file) }
      }
      if options.digestFile { try each(digests(comparison, context: context)) }
      return
    }
    let pool = WorkerPool(jobs: jobs)
    let locale = strings.language.rawValue
    // Each pass renders an event at a time per worker (each with its own collator, date
    // formats and transliterators) and hands the results over in event order.
    var rows: [IndexRow] = []
    rows.reserveCapacity(events.count)
    var single = MarkdownWriter()
    var singles = 0
    var multiple: [Int] = []
    var failure: (any Error)?
    // A single-source event's section, to its file (handed on as it comes when streamed).
    func take(_ section: MarkdownWriter) {
      if let singleSource {
        // Handed on as it comes: the header with the first section, then each section after
        // the blank line that separates blocks (what `single` would have joined).
        var part = ""
        if singles == 0 {
          singleSourceHeader(&single, comparison: comparison)
          single.append(section)
          part = single.text
          single = MarkdownWriter()
        } else if !section.text.isEmpty {
          part = "\n" + section.text
        }
        singles += 1
        if failure == nil {
          do { try singleSource(part) } catch { failure = error }
        }
      } else {
        if singles == 0 { singleSourceHeader(&single, comparison: comparison) }
        singles += 1
        single.append(section)
      }
    }
    func makeTask() -> ReportTask { ReportTask(locale: locale, strings: strings, context: context) }
    if indexLast {
      // One pass: each event's report gives its index row, and its section or its files.
      pool.run(count: events.count, makeTask: makeTask) { task, index -> (IndexRow, MarkdownWriter?, [File]) in
        let report = task.report(events[index], self, comparison, context)
        guard !report.isSingleSource else {
          var section = MarkdownWriter()
          report.singleSourceSection(&section)
          return (IndexRow(report), section, [])
        }
        return (IndexRow(report), nil, files(of: report))
      } deliver: { _, rendered in
        guard let (row, section, files) = rendered else { return }
        rows.append(row)
        if let section { take(section) }
        guard failure == nil else { return }
        do { for file in files { try each(file) } } catch { failure = error }
      }
      if let failure { try rethrowing(failure, each) }
      try each(File(name: "index.md", text: index(comparison, context: context, rows: rows)))
    } else {
      // First the index's rows, with the single-source events' sections (they all go to one
      // file, written last); then the reports of the other events.
      pool.run(count: events.count, makeTask: makeTask) { task, index -> (IndexRow, MarkdownWriter?) in
        guard ReportSource.isSingleSource(events[index]) else {
          return (IndexRow(task.report(events[index], self, comparison, context, forIndex: true)), nil)
        }
        let report = task.report(events[index], self, comparison, context)
        var section = MarkdownWriter()
        report.singleSourceSection(&section)
        return (IndexRow(report), section)
      } deliver: { index, rendered in
        guard let (row, section) = rendered else { return }
        rows.append(row)
        if let section { take(section) } else { multiple.append(index) }
      }
      if let failure { try rethrowing(failure, each) }
      try each(File(name: "index.md", text: index(comparison, context: context, rows: rows)))
      pool.run(count: multiple.count, makeTask: makeTask) { task, k -> [File] in
        files(of: task.report(events[multiple[k]], self, comparison, context))
      } deliver: { _, files in
        guard failure == nil, let files else { return }
        do { for file in files { try each(file) } } catch { failure = error }
      }
      if let failure { try rethrowing(failure, each) }
    }
    if singles > 0 && singleSource == nil { try each(File(name: Self.singleSourceFile, text: single.text)) }
    if options.digestFile { try each(digests(comparison, context: context)) }
  }

  /// An event's report file and, when asked for, its SVG charts.
  private func files(of report: EventReport) -> [File] {
    [File(name: "\(report.event.id).md", text: report.markdown())] + (options.svgCharts ? report.svgCharts() : [])
  }

  /// The name of the file that holds the inputs' digests in full.
  public static let digestFile = "SHA256SUMS"

  /// `SHA256SUMS`: a line per input file, its SHA-256 and its path from the folder the
  /// reports' method names, in the format of `sha256sum` (run `sha256sum -c SHA256SUMS` in that
  /// folder to check the inputs are the ones compared), by path.
  func digests(_ comparison: Comparison, context: ReportContext) -> File {
    let paths = Set(comparison.events.flatMap { $0.documents.map(\.document.path) })
    let folder = EventReport.commonFolder(Array(paths))
    var text = ""
    for path in paths.sorted() {
      guard let digest = context.inputs[path] else { continue }
      let name = String(path.dropFirst(folder.count))
      // As sha256sum writes a name with a backslash or a line break: escaped, the line marked.
      var escaped = ""
      for scalar in name.unicodeScalars {
        switch scalar {
        case "\\": escaped += "\\\\"
        case "\n": escaped += "\\n"
        case "\r": escaped += "\\r"
        default: escaped.unicodeScalars.append(scalar)
        }
      }
      text += (escaped == name ? "" : "\\") + "\(digest)  \(escaped)\n"
    }
    return File(name: Self.digestFile, text: text)
  }

  /// Rethrows an error `each` threw inside a worker pool's delivery (whose closure cannot throw).
  private func rethrowing(_ error: any Error, _ each: (File) throws -> Void) rethrows {
    try { () throws -> Void in throw error }()
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
    let rows = comparison.events.map { event in
      IndexRow(
        EventReport(
          event: event, comparison: comparison, strings: strings, options: options, context: context, collation: collation,
          dates: dates, forIndex: true))
    }
    return index(comparison, context: context, rows: rows)
  }

  /// What the index shows of one event: a list item (a table of five columns scrolled sideways
  /// on a phone and hid its sources there).
  struct IndexRow {
    var item: String
    var isSingleSource: Bool

    init(_ report: EventReport) {
      let event = report.event
      isSingleSource = report.isSingleSource
      let link = isSingleSource ? MarkdownRenderer.singleSourceFile : "\(event.id).md"
      let strings = report.strings
      var parts = ["[\(event.id)](\(link))", "**\(MarkdownText.inline(report.headline))**"]
      let range = report.dateRange
      if !range.isEmpty { parts.append(MarkdownText.inline(range)) }
      let statements = event.documents.reduce(0) { $0 + $1.statementCount }
      parts.append("\(MarkdownText.inline(strings[.statements])): \(statements)")
      parts.append(MarkdownText.inline(report.sources.map(\.label).joined(separator: ", ")))
      item = parts.joined(separator: " · ")
    }
  }

  /// The index: a list item per event, the events with a report of their own first, then the
  /// single-source events, which link to the one file that lists their statements; then the
  /// run's settings, said once here rather than in every report.
  private func index(_ comparison: Comparison, context: ReportContext, rows all: [IndexRow]) -> String {
    let dates = ReportDates(strings: strings)
    var md = MarkdownWriter()
    md.heading(1, MarkdownText.inline(strings[.indexTitle]))
    let documents = comparison.events.reduce(0) { $0 + $1.documents.count }
    var intro = strings.sentence(.indexIntro, ["events": "\(comparison.events.count)", "documents": "\(documents)"])
    let singles = all.filter(\.isSingleSource).count
    if singles > 0 {
      intro += " " + strings.sentence(.singleSourceIntro, [
        "events": "\(singles)", "file": "[\(Self.singleSourceFile)](\(Self.singleSourceFile))",
      ])
    }
    if let asOf = context.asOf {
      intro += " **\(MarkdownText.inline(strings[.asOf]))**: \(MarkdownText.inline(dates.format(asOf)))"
    }
    md.paragraph(intro)
    let items = all.filter { !$0.isSingleSource }.map(\.item) + all.filter(\.isSingleSource).map(\.item)
    if !items.isEmpty { md.bullets(items) }
    md.heading(2, MarkdownText.inline(strings[.method]))
    let folder = EventReport.commonFolder(comparison.events.flatMap { $0.documents.map(\.document.path) })
    md.paragraph(EventReport.settings(of: comparison, strings: strings, context: context, folder: folder, digestFile: options.digestFile))
    return md.text
  }
}

/// What one rendering worker owns: a collator, date formats and transliterators (ICU objects
/// with caches, not for sharing across threads).
final class ReportTask {
  let collation: ReportCollation
  let dates: ReportDates
  let finder: AgentFinder?
  let latin: ReportLatin

  init(locale: String, strings: ReportStrings, context: ReportContext) {
    collation = ReportCollation(locale: locale)
    dates = ReportDates(strings: strings)
    finder = try? AgentFinder(cues: strings.cues)
    latin = context.latinSchemes.open()
  }

  func report(
    _ event: ComparisonEvent, _ renderer: MarkdownRenderer, _ comparison: Comparison, _ context: ReportContext, forIndex: Bool = false
  ) -> EventReport {
    EventReport(
      event: event, comparison: comparison, strings: renderer.strings, options: renderer.options, context: context,
      collation: collation, dates: dates, finder: finder, latin: latin, forIndex: forIndex)
  }
}
