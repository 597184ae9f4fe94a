import Foundation

extension EventReport {
  func coverageSection(_ md: inout MarkdownWriter) {
    guard !coverage.isEmpty else { return }
    md.heading(2, MarkdownText.inline(strings[.coverage]))
    // The coverage rows by topic (each row's counts are by path, a path once, in order).
    var rowOf: [TopicID: Int] = [:]
    rowOf.reserveCapacity(coverage.count)
    for (index, row) in coverage.enumerated() { rowOf[row.topic] = index }
    func counts(_ topic: TopicID) -> [(document: String, statements: Int)] { rowOf[topic].map { coverage[$0].counts } ?? [] }
    let topics = sortedTopics(coverage.map(\.topic))
    func count(_ topic: TopicID, _ source: ReportSource) -> Int {
      let row = counts(topic)
      let path = source.document.reference
      var low = 0
      var high = row.count
      while low < high {
        let middle = (low + high) / 2
        if row[middle].document < path { low = middle + 1 } else { high = middle }
      }
      return low < row.count && row[low].document == path ? row[low].statements : 0
    }
    guard sources.count <= Self.widestTable else {
      // Too many sources for a column each: per topic, its statements and the sources with
      // the most of them.
      let rows = topics.map { topic -> [String] in
        let counts = counts(topic).compactMap { document, n in column(of: document).map { (column: $0, n: n) } }
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
    return row(statement, column: column, ref: ref, topics: topics)
  }

  /// The row of `statement`, in source `column`, referred to by `ref`.
  func row(_ statement: Statement, column: Int, ref: StatementRef, topics: [TopicID]) -> String {
    var out = "**\(MarkdownText.inline(sources[column].label))**"
    if !topics.isEmpty { out += " · " + MarkdownText.inline(sortedTopics(topics).map { label(of: $0) }.joined(separator: "; ")) }
    out += " — " + attribution(statement)
    out += MarkdownText.inline(statement.text)
    out += gloss(statement)
    if !claims.isEmpty, let claim = claims[ref] { out += " · " + agentPhrase(claim) }
    out += " · " + location(statement.line)
    return out
  }

  /// Who a row's statement is attributed to and the verb, then a colon ("Sergey Lavrov,
  /// *said*: "); empty for the outlet's own narration, which a row without a speaker is (the
  /// word "narration" on most rows of a real page took a phone line of its own).
  func attribution(_ statement: Statement) -> String {
    var who: [String] = []
    if let speaker = statement.speaker, !speaker.isOutlet, !speakerLabel(speaker).isEmpty {
      who.append(MarkdownText.inline(speakerLabel(speaker)))
    }
    if let verb = statement.verb { who.append("*\(MarkdownText.inline(verb.surface))*") }
    return who.isEmpty ? "" : who.joined(separator: ", ") + ": "
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

  /// The aligned statements, one block per alignment: a list item whose first line gives its
  /// number, topic, relation and score, then a line per member, in source order. Blocks go by topic, and a block's
  /// line names its topic only when it differs from the block above (on real pages one
  /// emerging topic's long label headed ten blocks in a row).
  func alignedSection(_ md: inout MarkdownWriter) {
    guard !event.alignments.isEmpty else { return }
    md.heading(2, MarkdownText.inline(strings[.aligned]))
    var items: [String] = []
    let byTopic = Dictionary(grouping: event.alignments.indices) { event.alignments[$0].topic }
    let order = sortedTopics(byTopic.keys).flatMap { byTopic[$0] ?? [] }
    var previous: TopicID?
    for index in order {
      let alignment = event.alignments[index]
      var line = "**\(alignmentLabel(index))** · "
      if alignment.topic != previous { line += MarkdownText.inline(label(of: alignment.topic)) + " · " }
      previous = alignment.topic
      line += MarkdownText.inline(strings[Self.label(alignment.relation)] + ", " + strings[alignment.confidence == .confident ? .confident : .suggested])
      line += " (\(Self.score(alignment.score)))"
      if options.evidence { line += " · " + MarkdownText.inline(evidence(alignment.evidence)) }
      let members = alignment.members.sorted { (lookup.column(of: $0) ?? 0, $0) < (lookup.column(of: $1) ?? 0, $1) }
      // Members on lines of their own inside the block's item (hard breaks), not a nested
      // list: a second indent took a tenth of a phone's width from every row.
      items.append(line + members.map { "\\\n  " + row($0) }.joined())
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
    // Each source's unique statements, gathered in one pass, each looked up once.
    var byColumn = [[(line: Int, index: Int, unique: UniqueStatement)]](repeating: [], count: sources.count)
    for unique in event.unique {
      guard let place = lookup.place(of: unique.member) else { continue }
      byColumn[place.column].append((lookup.statement(at: place).line, place.index, unique))
    }
    var items: [String] = []
    items.reserveCapacity(event.unique.count)
    for column in sources.indices {
      let mine = byColumn[column].sorted {
        ($0.line, $0.unique.member.statement) < ($1.line, $1.unique.member.statement)
      }
      for (_, index, unique) in mine {
        let statement = lookup.statement(at: (column, index))
        items.append(row(statement, column: column, ref: unique.member, topics: unique.topics))
      }
    }
    md.bullets(items)
  }

  /// A similarity with two decimals, without Foundation's slow `String(format:)`.
  static func score(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
