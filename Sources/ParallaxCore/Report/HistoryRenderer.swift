import ParallaxICU

/// Renders the history sections a batch job's report ends with: **Since last run** (new
/// statements, and documents edited after publication as statement-level diffs) and **Naming
/// over time** (per source, the share of each form of a name per month). Pure and
/// deterministic like `MarkdownRenderer`: every word comes from the report strings, lists follow
/// the report locale's collation then keys, and text from inputs is escaped with `MarkdownText`.
///
/// ```swift
/// let renderer = HistoryRenderer(strings: strings, entityNames: names)
/// renderer.render(job: "lavrov", since: since, naming: timeline)
/// // "# History of job lavrov\n\n## Since last run\n\nCompared with the report as of …"
/// ```
public struct HistoryRenderer: Sendable {
  public let strings: ReportStrings
  /// The name shown for an entity (the style's canonical form).
  public let entityNames: [EntityID: String]
  /// The most rows a list shows (new statements, the changes of one document); the rest are
  /// counted.
  public let limit: Int

  public init(strings: ReportStrings, entityNames: [EntityID: String] = [:], limit: Int = 25) {
    self.strings = strings
    self.entityNames = entityNames
    self.limit = max(1, limit)
  }

  /// The history sections of job `job`, a Markdown document of its own that ends with a newline.
  public func render(job: String, since: SinceLastRun, naming: NamingTimeline) -> String {
    let collation = ReportCollation(locale: strings.language.rawValue)
    var md = MarkdownWriter()
    md.heading(1, strings.sentence(.historyTitle, ["job": MarkdownText.inline(job)]))
    sinceSection(&md, since, collation: collation)
    namingSection(&md, naming, collation: collation)
    return md.text
  }

  private func sinceSection(_ md: inout MarkdownWriter, _ since: SinceLastRun, collation: ReportCollation) {
    md.heading(2, MarkdownText.inline(strings[.sinceLastRun]))
    guard let previous = since.previous else {
      md.paragraph(strings.sentence(.noPreviousRun, [:]))
      return
    }
    md.paragraph(strings.sentence(.sinceIntro, [
      "date": MarkdownText.inline(ReportDates(strings: strings).format(previous)),
      "new": "\(since.newStatements.count)", "edited": "\(since.edits.count)",
    ]))
    if !since.newStatements.isEmpty {
      md.heading(3, MarkdownText.inline(strings[.newStatements]))
      let sorted = collation.sorted(since.newStatements) { ($0.document.source, Self.order($0.document.key, $0.statement.ordinal)) }
      let rows = sorted.prefix(limit).map { item in
        [MarkdownText.cell(item.document.source), MarkdownText.cell(speaker(item.statement)), cell(item.statement, in: item.document)]
      }
      md.table([strings[.source], strings[.speaker], strings[.statement]].map(MarkdownText.cell), rows: Array(rows))
      notShown(&md, sorted.count - rows.count)
    }
    guard !since.edits.isEmpty else { return }
    md.heading(3, MarkdownText.inline(strings[.edited]))
    for edit in collation.sorted(since.edits, by: { ($0.after.source, Self.order($0.after.key, 0)) }) {
      md.heading(4, MarkdownText.inline(edit.after.source) + " · " + MarkdownText.code(edit.after.key.description))
      var rows: [[String]] = []
      if (edit.before.title ?? "") != (edit.after.title ?? "") {
        rows.append([
          MarkdownText.cell(strings[.headline]), MarkdownText.cell(strings[.none]),
          MarkdownText.cell(edit.before.title ?? strings[.none]), MarkdownText.cell(edit.after.title ?? strings[.none]),
        ])
      }
      let none = MarkdownText.cell(strings[.none])
      for change in edit.changes {
        switch change {
        case .removed(let statement):
          rows.append([MarkdownText.cell(strings[.removed]), MarkdownText.cell(speaker(statement)), cell(statement, in: edit.before), none])
        case .added(let statement):
          rows.append([MarkdownText.cell(strings[.added]), MarkdownText.cell(speaker(statement)), none, cell(statement, in: edit.after)])
        case .changed(let before, let after):
          rows.append([
            MarkdownText.cell(strings[.changed]), MarkdownText.cell(speaker(after)), cell(before, in: edit.before),
            cell(after, in: edit.after),
          ])
        }
      }
      guard !rows.isEmpty else {
        md.paragraph(strings.sentence(.editWithoutStatements, [:]))
        continue
      }
      md.table(
        [strings[.change], strings[.speaker], strings[.before], strings[.after]].map(MarkdownText.cell), rows: Array(rows.prefix(limit)))
      notShown(&md, rows.count - limit)
    }
  }

  private func namingSection(_ md: inout MarkdownWriter, _ naming: NamingTimeline, collation: ReportCollation) {
    md.heading(2, MarkdownText.inline(strings[.namingOverTime]))
    guard !naming.sources.isEmpty else {
      md.paragraph(strings.sentence(.namingNone, [:]))
      return
    }
    md.paragraph(strings.sentence(.namingIntro, [:]))
    var months: [YearMonth: String] = [:]
    func label(_ month: YearMonth) -> String {
      if let known = months[month] { return known }
      let text = month.firstDay.flatMap { day in
        try? DateFormatting.format(daysSinceEpoch: day.daysSinceEpoch, locale: strings.language.rawValue, skeleton: strings.monthSkeleton)
      } ?? month.description
      months[month] = text
      return text
    }
    for source in collation.sorted(naming.sources, by: { ($0.name, $0.name) }) {
      md.heading(3, MarkdownText.inline(source.name))
      var rows: [[String]] = []
      for entity in collation.sorted(source.entities, by: { (name(of: $0.entity), $0.entity.rawValue) }) {
        for month in entity.months {
          let shares = month.shares.map { share in
            strings.sentence(.formShare, ["form": MarkdownText.inline(share.form), "percent": "\(share.percent)"])
          }
          rows.append([
            MarkdownText.cell(name(of: entity.entity)), MarkdownText.cell(label(month.month)), "\(month.total)",
            shares.joined(separator: " · "),
          ])
        }
      }
      md.table(
        [strings[.entity], strings[.month], strings[.mentions], strings[.forms]].map(MarkdownText.cell), rows: rows,
        alignments: [.left, .left, .right, .left])
    }
  }

  private func notShown(_ md: inout MarkdownWriter, _ count: Int) {
    if count > 0 { md.paragraph(strings.sentence(.notShown, ["count": "\(count)"])) }
  }

  /// A statement as a table cell: its text and `file:line`.
  private func cell(_ statement: HistoryStatement, in document: HistoryDocument) -> String {
    MarkdownText.inline(statement.text) + " · " + MarkdownText.code("\(document.key.fileName):\(statement.line)")
  }

  /// Who says a statement: the outlet's narration, an entity's name, or the name as written.
  private func speaker(_ statement: HistoryStatement) -> String {
    if statement.isNarration { return strings[.narration] }
    if let entity = statement.speakerEntity, let name = entityNames[entity] { return name }
    return statement.speaker ?? strings[.none]
  }

  private func name(of entity: EntityID) -> String { entityNames[entity] ?? entity.rawValue }

  /// A tie-breaker that orders by document key, then statement position.
  private static func order(_ key: DocumentKey, _ ordinal: Int) -> String {
    let digits = String(ordinal)
    return key.path + "\u{0}" + key.local + "\u{0}" + String(repeating: "0", count: max(0, 10 - digits.count)) + digits
  }
}
