import Foundation

extension EventReport {
  func coverageSection(_ md: inout MarkdownWriter) {
    guard !coverage.isEmpty else { return }
    md.heading(2, MarkdownText.inline(strings[.coverage]))
    var byTopic: [TopicID: [String: Int]] = [:]
    for row in coverage { byTopic[row.topic] = Dictionary(row.counts.map { ($0.document, $0.statements) }, uniquingKeysWith: +) }
    let topics = sortedTopics(byTopic.keys)
    func count(_ topic: TopicID, _ source: ReportSource) -> Int { byTopic[topic]?[source.document.reference] ?? 0 }
    guard sources.count <= Self.widestTable else {
      // Too many sources for a column each: per topic, its statements and the sources with
      // the most of them.
      let rows = topics.map { topic -> [String] in
        let counts = (byTopic[topic] ?? [:]).compactMap { document, n in column(of: document).map { (column: $0, n: n) } }
          .sorted { $0.n != $1.n ? $0.n > $1.n : $0.column < $1.column }
        let top = counts.prefix(5).map { "\(MarkdownText.inline(sources[$0.column].label)) (\($0.n))" }.joined(separator: ", ")
        let more = counts.count > 5 ? " " + strings.sentence(.notShown, ["count": "\(counts.count - 5)"]) : ""
        return [MarkdownText.cell(label(of: topic)), "\(counts.reduce(0) { $0 + $1.n })", top + more]
      }
      md.table(
        [strings[.topic], strings[.statements], strings[.sources]].map(MarkdownText.cell), rows: rows,
        alignments: [.left, .right, .left])
      return
    }
    // The heat map, when it is drawn, carries the same counts: the table would repeat it.
    if options.svgCharts && hasCharts && !options.charts {
      chartImages(&md)
      return
    }
    let rows = topics.map { topic in
      [MarkdownText.cell(label(of: topic))] + sources.map { source in
        let n = count(topic, source)
        return n == 0 ? MarkdownText.cell(strings[.none]) : "\(n)"
      }
    }
    md.table(header([strings[.topic]]), rows: rows, alignments: [.left] + sources.map { _ in .right })
    chartImages(&md)
    guard options.charts else { return }
    for source in sources {
      md.fenced("mermaid", [
        "xychart-beta",
        "  title \(Self.mermaidString(source.label))",
        "  x-axis [\(topics.map { Self.mermaidString(label(of: $0)) }.joined(separator: ", "))]",
        "  y-axis \(Self.mermaidString(strings[.statements]))",
        "  bar [\(topics.map { "\(count($0, source))" }.joined(separator: ", "))]",
      ])
    }
  }

  /// A double-quoted Mermaid string: no quotes, backticks or line breaks from inputs.
  static func mermaidString(_ text: String) -> String {
    let cleaned = text.unicodeScalars.map { scalar -> String in
      switch scalar {
      case "\"", "`": "'"
      case "\n", "\r", "\u{2028}", "\u{2029}": " "
      case "<": "‹"
      case ">": "›"
      default: String(scalar)
      }
    }.joined()
    return "\"\(cleaned)\""
  }

  /// A statement as a table cell: its text (with a transliteration when it is in another
  /// script), its speaker and verb, and `file:line`.
  func cell(_ ref: StatementRef) -> String {
    guard let (statement, column) = lookup[ref] else { return " " }
    var out = MarkdownText.inline(statement.text)
    if let latin = transliteration(of: statement) {
      out += " (\(MarkdownText.inline(strings[.transliteration])): *\(MarkdownText.inline(latin))*)"
    }
    var who: [String] = []
    if let speaker = statement.speaker { who.append("**\(MarkdownText.inline(speakerLabel(speaker)))**") }
    if let verb = statement.verb { who.append("*\(MarkdownText.inline(verb.surface))*") }
    if !who.isEmpty { out += " — " + who.joined(separator: ", ") }
    out += " · " + MarkdownText.code("\(sources[column].fileName):\(statement.line)")
    return out
  }

  /// The name a speaker is shown under: the outlet's narration, an entity's name, or as written.
  func speakerLabel(_ speaker: Speaker) -> String {
    if speaker.isOutlet { return strings[.narration] }
    if let entity = speaker.entity, let name = context.entityNames[entity] { return name }
    return speaker.name
  }

  /// A statement as one row of a block: outlet, speaker and verb, the text (with a
  /// transliteration when it is in another script), what it says of the agent of harm, and
  /// its line.
  func row(_ ref: StatementRef, topics: [TopicID] = []) -> String {
    guard let (statement, column) = lookup[ref] else { return " " }
    var out = "**\(MarkdownText.inline(sources[column].label))**"
    if !topics.isEmpty { out += " · " + MarkdownText.inline(sortedTopics(topics).map { label(of: $0) }.joined(separator: "; ")) }
    var who: [String] = []
    if let speaker = statement.speaker, !speakerLabel(speaker).isEmpty { who.append(MarkdownText.inline(speakerLabel(speaker))) }
    if let verb = statement.verb { who.append("*\(MarkdownText.inline(verb.surface))*") }
    out += " — " + (who.isEmpty ? "" : who.joined(separator: ", ") + ": ")
    out += MarkdownText.inline(statement.text)
    out += gloss(statement)
    if let claim = claims[ref] { out += " · " + agentPhrase(claim) }
    out += " · " + location(statement.line)
    return out
  }

  /// For a statement in a script the report's readers may not read (one `report.yaml`
  /// transliterates), the names it mentions in the report language: "(Names: Kyiv, IAEA)".
  /// A whole transliterated sentence doubled every such row and told a reader little more
  /// than its names; empty when the statement is in a readable script or names no entity.
  func gloss(_ statement: Statement) -> String {
    guard transliteration(of: statement) != nil else { return "" }
    var seen = Set<String>()
    let names = statement.entities.compactMap { context.entityNames[$0] }.filter { seen.insert($0).inserted }
    guard !names.isEmpty else { return "" }
    return " (\(MarkdownText.inline(strings[.mentioned])): \(MarkdownText.inline(names.joined(separator: ", "))))"
  }

  /// Where a row's statement is: its line in the source's document, which the Method section
  /// names (each source is one document), so the file name is not repeated on every row.
  func location(_ line: Int) -> String {
    MarkdownText.inline(strings.sentence(.lineNumber, ["line": "\(line)"]))
  }

  /// The aligned statements, one block per alignment: a line with its number, topic, relation
  /// and score, then a row per member, in source order.
  func alignedSection(_ md: inout MarkdownWriter) {
    guard !event.alignments.isEmpty else { return }
    md.heading(2, MarkdownText.inline(strings[.aligned]))
    var items: [String] = []
    let byTopic = Dictionary(grouping: event.alignments.indices) { event.alignments[$0].topic }
    let order = sortedTopics(byTopic.keys).flatMap { byTopic[$0] ?? [] }
    for index in order {
      let alignment = event.alignments[index]
      var line = "**\(alignmentLabel(index))** · \(MarkdownText.inline(label(of: alignment.topic))) · "
      line += MarkdownText.inline(strings[Self.label(alignment.relation)] + ", " + strings[alignment.confidence == .confident ? .confident : .suggested])
      line += " (\(Self.score(alignment.score)))"
      if options.evidence { line += " · " + MarkdownText.inline(evidence(alignment.evidence)) }
      let members = alignment.members.sorted { (lookup[$0]?.column ?? 0, $0) < (lookup[$1]?.column ?? 0, $1) }
      items.append(line + members.map { "\n  - " + row($0) }.joined())
    }
    md.bullets(items)
  }

  static func label(_ relation: Alignment.Relation) -> ReportLabel {
    switch relation {
    case .same: .same
    case .paraphrase: .paraphrase
    case .partial: .partial
    case .conflicting: .conflicting
    }
  }

  /// The evidence of an alignment in words (unescaped).
  func evidence(_ evidence: AlignmentEvidence) -> String {
    var parts: [String] = []
    func add(_ label: ReportLabel, _ items: [String]) {
      if !items.isEmpty { parts.append("\(strings[label]): \(items.joined(separator: ", "))") }
    }
    add(.evidenceEntities, evidence.entities.map { name(of: $0) })
    add(.evidenceTopics, evidence.topics.map { label(of: $0) })
    add(.evidenceNumbers, evidence.numbers)
    add(.evidenceDates, evidence.dates)
    add(.evidenceWords, evidence.words)
    add(.evidenceConflicts, evidence.conflicts)
    return parts.joined(separator: "; ")
  }

  /// The statements found in one source only, a row each, by source then line.
  func uniqueSection(_ md: inout MarkdownWriter) {
    guard !event.unique.isEmpty else { return }
    md.heading(2, MarkdownText.inline(strings[.unique]))
    // Each source's unique statements, gathered in one pass.
    var byColumn = [[UniqueStatement]](repeating: [], count: sources.count)
    for unique in event.unique {
      if let column = lookup[unique.member]?.column { byColumn[column].append(unique) }
    }
    var items: [String] = []
    for column in sources.indices {
      let mine = byColumn[column]
        .sorted { (lookup[$0.member]?.statement.line ?? 0, $0.member.statement) < (lookup[$1.member]?.statement.line ?? 0, $1.member.statement) }
      items += mine.map { row($0.member, topics: $0.topics) }
    }
    md.bullets(items)
  }

  /// How the report was made: the settings on one line, then one line per source document
  /// with its language, dateline, publication date, statement count, file and digest.
  func methodSection(_ md: inout MarkdownWriter) {
    md.heading(2, MarkdownText.inline(strings[.method]))
    let s = comparison.settings
    func item(_ label: ReportLabel, _ value: String) -> String { "\(MarkdownText.inline(strings[label])): \(value)" }
    var items = [
      item(.version, MarkdownText.code("parallax \(context.parallaxVersion)")),
      item(.icu, MarkdownText.code(context.icuVersion) + " (\(MarkdownText.inline(strings[.unicode])) \(MarkdownText.inline(context.unicodeVersion)))"),
      item(.localeData, MarkdownText.code("sha256:\(context.localeDataHash)")),
      item(.style, MarkdownText.code(s.style ?? "")),
      item(.reportLocale, MarkdownText.code(strings.language.rawValue)),
      item(.suggestThreshold, MarkdownText.code(Self.number(s.suggestThreshold))),
      item(.confidentThreshold, MarkdownText.code(Self.number(s.confidentThreshold))),
      item(.eventThreshold, MarkdownText.code(Self.number(s.eventThreshold))),
      item(.window, MarkdownText.code("\(s.dayWindow)")),
      item(.asOne, MarkdownText.inline(strings[s.asOne ? .yes : .no])),
    ]
    if let asOf = context.asOf { items.append(item(.asOf, MarkdownText.code(asOf.description))) }
    // The folder every source file is in, said once rather than on every line.
    let folder = Self.commonFolder(sources.map(\.document.path))
    if !folder.isEmpty { items.append(item(.folder, MarkdownText.code(folder))) }
    md.paragraph(strings.sentence(.methodIntro, [:]) + " " + items.joined(separator: " · "))
    // One line per source document: a list wraps on a phone where a seven-column table
    // would squeeze its cells into slivers.
    let documents = sources.map { source -> String in
      let d = source.document
      var name = source.label
      if let agency = d.source.agency, !agency.isEmpty, agency != d.source.outlet, context.entityNames[ReportNames.outletKey(agency)] != source.label {
        name += " / " + (context.entityNames[ReportNames.outletKey(agency)] ?? agency)
      }
      if let relay = d.source.relayedBy, !relay.isEmpty, relay != d.source.outlet { name += " ← " + relay }
      var parts = ["**\(MarkdownText.inline(name))**", MarkdownText.inline(d.language.rawValue)]
      var dateline = d.dateline?.place ?? ""
      var datelineDate: PartialDate?
      if let date = d.dateline?.date {
        let resolved = date.year == nil ? PartialDate(year: d.published?.year, month: date.month, day: date.day) : date
        datelineDate = resolved
        dateline += (dateline.isEmpty ? "" : ", ") + dates.format(resolved)
      }
      if !dateline.trimmingCharacters(in: .whitespaces).isEmpty { parts.append(item(.dateline, MarkdownText.inline(dateline))) }
      // The publication date only when the dateline does not already say it.
      if let published = d.published, published != datelineDate { parts.append(item(.published, MarkdownText.inline(dates.format(published)))) }
      parts.append(item(.statements, "\(source.statements.count)"))
      parts.append(MarkdownText.code(String(d.path.dropFirst(folder.count))))
      parts.append(context.inputs[d.path].map { MarkdownText.code("sha256:\($0)") } ?? MarkdownText.inline(strings[.none]))
      return parts.joined(separator: " · ")
    }
    md.bullets(documents)
  }

  /// The longest folder prefix (ending in `/`) that every path shares; empty when none.
  static func commonFolder(_ paths: [String]) -> String {
    guard var prefix = paths.first.map({ Substring($0) }) else { return "" }
    for path in paths.dropFirst() {
      while !path.hasPrefix(prefix) { prefix = prefix.dropLast() }
    }
    guard let slash = prefix.lastIndex(of: "/") else { return "" }
    return String(prefix[...slash])
  }

  /// A similarity with two decimals, without Foundation's slow `String(format:)`.
  static func score(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// A threshold as written in options: up to three decimals, no trailing zeros.
  static func number(_ value: Double) -> String {
    var text = String(format: "%.3f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
