/// The report of one event, assembled section by section: the worker behind
/// `MarkdownRenderer`. It looks things up once (sources in column order, statements by
/// reference, topic labels) and writes each section, leaving out the empty ones.
struct EventReport {
  let event: ComparisonEvent
  let comparison: Comparison
  let strings: ReportStrings
  let options: ReportOptions
  let context: ReportContext
  let collation: ReportCollation
  /// The source columns, in report order.
  let sources: [ReportSource]
  /// Statements and their column index, by reference.
  let lookup: StatementLookup
  let dates: ReportDates
  /// The event's coverage table, computed once, rows in the order their topics are first met.
  let coverage: [(topic: TopicID, counts: [(document: String, statements: Int)])]

  /// What each aligned statement about harm says of its agent, by reference.
  let claims: [StatementRef: AgentClaim]
  /// Per source column, its statements about harm that name an agent (aligned or not). Empty
  /// for an event of one source.
  let blamed: [[SourceBlame]]
  /// The case folder and cue tables of units and agents.
  let finder: AgentFinder?
  /// The rendering task's transliterators.
  private(set) var latin: ReportLatin
  /// The line-number sentence around its number ("line 12"), split once per report.
  let lineLabel: (before: String, after: String)?
  /// The entities whose naming differs (`notableNaming()`), worked out once: the What differs
  /// line, its chart links and the charts themselves all read them.
  private(set) var notable: [NotableNaming] = []

  /// - Parameter forIndex: only what the index shows (the headline, sources and dates): no
  ///   statement lookup, no reading of what aligned statements say of agents.
  init(event: ComparisonEvent, comparison: Comparison, strings: ReportStrings, options: ReportOptions,
       context: ReportContext, collation: ReportCollation, dates: ReportDates, finder: AgentFinder? = nil,
       latin: ReportLatin? = nil, forIndex: Bool = false) {
    // Statements set aside in a spill come back once, for the whole report.
    let event = event.inMemory()
    self.event = event
    self.comparison = comparison
    self.strings = strings
    self.options = options
    self.context = context
    self.collation = collation
    self.latin = latin ?? context.latinSchemes.open()
    self.lineLabel = strings.split(.lineNumber, at: "line")
    let sources = ReportSource.columns(of: event, collator: collation, names: context.entityNames)
    self.sources = sources
    // Only aligned statements are looked up by reference (unique ones are found in order).
    let lookup = forIndex || event.alignments.isEmpty ? StatementLookup() : StatementLookup(sources: sources)
    self.lookup = lookup
    self.columns =
      forIndex
      ? [:]
      : Dictionary(sources.enumerated().map { ($0.element.document.reference, $0.offset) }, uniquingKeysWith: { first, _ in first })
    self.dates = dates
    // The coverage table and the names the statements mention each take a pass over the
    // event's statements: a long one's two passes run at once.
    let countNames = { Self.emergingNameCounts(sources: sources, names: context.entityNames, outlets: context.outletNames) }
    let (table, counts) =
      event.statementCount >= Self.passesAtOnce
      ? WorkerPool.concurrently({ event.coverageTable }, countNames) : (event.coverageTable, countNames())
    self.coverage = table.rows
    self.rowOf = table.rowOf
    let emerging = Self.emergingLabels(counts: counts, topics: table.rows.map(\.topic), strings: strings)
    var labels = emerging.labels
    // (Every emerging topic has its label or its number already.)
    for row in coverage where !row.topic.isEmerging && labels[row.topic] == nil {
      labels[row.topic] = Self.label(of: row.topic, in: comparison, strings: strings)
    }
    self.numbers = emerging.numbers
    let numbered = { (topic: TopicID) in table.rowOf[topic.rawValue].map { emerging.numbers[$0] > 0 } ?? false }
    for alignment in event.alignments where labels[alignment.topic] == nil && !numbered(alignment.topic) {
      labels[alignment.topic] = Self.label(of: alignment.topic, in: comparison, strings: strings)
    }
    self.topicLabels = labels
    self.numberedPrefix = "\(strings[.emerging]) "
    let finder = forIndex ? nil : finder ?? (try? AgentFinder(cues: strings.cues))
    self.finder = finder
    // Each statement of an event with several sources is read once for its agent: the aligned
    // ones keep their claim for their rows, and every one naming an agent counts for the
    // comparison of blame across the event. (An event of one source has no alignments.)
    var claims: [StatementRef: AgentClaim] = [:]
    var blamed: [[SourceBlame]] = []
    if let finder, sources.count > 1 {
      let aligned = Set(event.alignments.flatMap(\.members))
      blamed = sources.map { source in
        // The side the page's own title holds responsible: its narration's "enemy".
        let pageSide = finder.pageSide(title: source.document.title, language: source.document.language)
        return source.statements.compactMap { statement -> SourceBlame? in
          guard let claim = finder.claim(in: statement.text, language: statement.language, pageSide: pageSide) else { return nil }
          let ref = StatementRef(document: source.document.reference, statement: statement.id)
          if aligned.contains(ref) { claims[ref] = claim }
          return claim.entity.map { SourceBlame(entity: $0, claim: claim, statement: statement.id, line: statement.line) }
        }
      }
    }
    self.claims = claims
    self.blamed = blamed
    if !forIndex, sources.count > 1 { notable = notableNaming() }
  }

  /// The fewest statements of an event whose coverage table and topic names are worked out at
  /// once, on two cores.
  static let passesAtOnce = 50_000

  /// The same report with transliterators of its own, for another thread.
  func withOwnTransliterators() -> EventReport {
    var copy = self
    copy.latin = context.latinSchemes.open()
    return copy
  }

  /// The most sources a table or chart gives a column each; past it, a report lists the
  /// sources with the most statements instead (a grid of thousands of columns reads as noise
  /// and grows with the square of the event).
  static let widestTable = 40

  /// The column of each document, by path.
  let columns: [String: Int]

  /// The column of a document.
  func column(of path: String) -> Int? { columns[path] }

  /// The labels of the event's topics, worked out once.
  let topicLabels: [TopicID: String]

  /// The row of each topic in `coverage`, by id.
  let rowOf: [String: Int]
  /// By row of `coverage`: the number of an emerging topic whose statements name no entity,
  /// else 0. Such a topic is labelled "Emerging topic 2", which tells a reader nothing the
  /// statements do not, so the lists of what only one source says count them rather than
  /// name them.
  let numbers: [Int]

  /// The number of an emerging topic labelled by number (see `numbers`).
  func number(of topic: TopicID) -> Int? {
    guard let row = rowOf[topic.rawValue], numbers[row] > 0 else { return nil }
    return numbers[row]
  }
  /// What a numbered topic's label starts with ("Emerging topic "), looked up once.
  let numberedPrefix: String

  /// A topic's label in the report language (unescaped); emerging topics get a prefix.
  func label(of topic: TopicID) -> String {
    // The numbered ones first: a long list has a million, and few others.
    if let number = number(of: topic) { return numberedPrefix + String(number) }
    if let label = topicLabels[topic] { return label }
    return Self.label(of: topic, in: comparison, strings: strings)
  }

  static func label(of topic: TopicID, in comparison: Comparison, strings: ReportStrings) -> String {
    guard let info = comparison.topic(topic) else { return topic.rawValue }
    let label = info.label(in: strings.language.rawValue)
    if info.isEmerging { return "\(strings[.emerging]): \(label.isEmpty ? topic.rawValue : label)" }
    return label
  }

  /// Topic ids sorted by their labels in the report's collation, then by id.
  func sortedTopics(_ topics: some Sequence<TopicID>) -> [TopicID] {
    collation.sorted(Array(topics)) { (label(of: $0), $0.rawValue) }
  }

  /// The Latin transliteration of a statement in a script the report's readers may not read.
  func transliteration(of statement: Statement) -> String? {
    context.transliteration(of: statement.text) ?? latin.transliteration(of: statement)
  }

  /// The name shown for an entity.
  func name(of entity: EntityID) -> String { context.entityNames[entity] ?? entity.rawValue }

  /// The topic with the most statements (the report's headline), ties by label.
  var headline: String {
    var best = 0
    var ties: [TopicID] = []
    // Of the tied topics labelled by number, the first: their labels share everything but the
    // number, so they sort as their numbers do in the collation (a long list ties a million).
    var numbered: (number: Int, topic: TopicID)?
    for (row, entry) in coverage.enumerated() {
      let total = entry.counts.reduce(0) { $0 + $1.statements }
      if total > best {
        best = total
        ties.removeAll(keepingCapacity: true)
        numbered = nil
      }
      guard total == best else { continue }
      let number = numbers[row]
      if number == 0 {
        ties.append(entry.topic)
      } else if numbered.map({ collation.numberPrecedes(number, $0.number) }) ?? true {
        numbered = (number, entry.topic)
      }
    }
    if let numbered { ties.append(numbered.topic) }
    guard let topic = collation.first(ties, by: { (label(of: $0), $0.rawValue) }) else { return event.id }
    return label(of: topic)
  }

  /// The day of each document (dateline date, else published date).
  var days: [Int] { sources.compactMap { Comparer.day(of: $0.document) } }

  /// The first and last date of the event's documents, formatted.
  var dateRange: String {
    guard let first = days.min(), let last = days.max() else { return "" }
    let a = dates.format(CalendarDate(daysSinceEpoch: first))
    return first == last ? a : "\(a) – \(dates.format(CalendarDate(daysSinceEpoch: last)))"
  }

  func markdown() -> String {
    var md = MarkdownWriter()
    header(&md)
    differsSection(&md)
    alignedSection(&md)
    uniqueSection(&md)
    coverageSection(&md)
    methodSection(&md)
    return md.text
  }

  /// The source labels as table header cells after `leading` cells.
  func header(_ leading: [String]) -> [String] {
    (leading + sources.map(\.label)).map(MarkdownText.cell)
  }

  /// The title (the event and its headline) and the scope line.
  func header(_ md: inout MarkdownWriter, level: Int = 1) {
    md.heading(level, MarkdownText.inline("\(strings[.title]) \(event.id): \(headline)"))
    let languages = Set(sources.map(\.document.language.rawValue)).sorted()
    // An event whose documents give no date says nothing of dates ("Dates: ." said less).
    let range = dateRange
    var scope = strings.sentence(range.isEmpty ? .scopeUndated : .scope, [
      "sources": MarkdownText.inline(sources.map(\.label).joined(separator: ", ")),
      "languages": MarkdownText.inline(languages.joined(separator: ", ")),
      "dates": MarkdownText.inline(range),
    ])
    if level == 1, let asOf = context.asOf {
      scope += " **\(MarkdownText.inline(strings[.asOf]))**: \(MarkdownText.inline(dates.format(asOf)))"
    }
    md.paragraph(scope)
  }
}
