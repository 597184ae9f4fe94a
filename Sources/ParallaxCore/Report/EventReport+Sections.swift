import Foundation

extension EventReport {
  /// The coverage rows a report shows, as positions in `coverage` in label order: every
  /// topic, or past `widestTable` topics the `widestTable` with the most statements (ties by
  /// id), with how many are left out. (A table or heat map of thousands of one-statement
  /// topics reads as noise; every statement is in the sections above it.)
  func shownCoverage() -> (rows: [Int], more: Int) {
    var rows = Array(coverage.indices)
    var more = 0
    if rows.count > Self.widestTable {
      let totals = coverage.map { $0.counts.reduce(0) { $0 + $1.statements } }
      rows.sortPrefix(Self.widestTable) {
        totals[$0] != totals[$1] ? totals[$0] > totals[$1] : coverage[$0].topic < coverage[$1].topic
      }
      more = rows.count - Self.widestTable
      rows.removeLast(more)
    }
    return (collation.sorted(rows) { (label(of: coverage[$0].topic), coverage[$0].topic.rawValue) }, more)
  }

  func coverageSection(_ md: inout MarkdownWriter) {
    guard !coverage.isEmpty else { return }
    md.heading(2, MarkdownText.inline(strings[.coverage]))
    // The coverage rows shown (each row's counts are by path, a path once, in order).
    let (shown, more) = shownCoverage()
    let topics = shown.map { coverage[$0].topic }
    func count(_ row: Int, _ source: ReportSource) -> Int {
      let counts = coverage[row].counts
      let path = source.document.reference
      var low = 0
      var high = counts.count
      while low < high {
        let middle = (low + high) / 2
        if counts[middle].document < path { low = middle + 1 } else { high = middle }
      }
      return low < counts.count && counts[low].document == path ? counts[low].statements : 0
    }
    defer { if more > 0 { md.paragraph(MarkdownText.inline(strings.sentence(.notShown, ["count": "\(more)"]))) } }
    guard sources.count <= Self.widestTable else {
      // Too many sources for a column each: per topic, its statements and the sources with
      // the most of them.
      let rows = shown.map { row -> [String] in
        let counts = coverage[row].counts.compactMap { document, n in column(of: document).map { (column: $0, n: n) } }
          .sorted { $0.n != $1.n ? $0.n > $1.n : $0.column < $1.column }
        let top = counts.prefix(5).map { "\(MarkdownText.inline(sources[$0.column].label)) (\($0.n))" }.joined(separator: ", ")
        let more = counts.count > 5 ? " " + strings.sentence(.notShown, ["count": "\(counts.count - 5)"]) : ""
        return [MarkdownText.cell(label(of: coverage[row].topic)), "\(counts.reduce(0) { $0 + $1.n })", top + more]
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
    let rows = shown.map { row in
      [MarkdownText.cell(label(of: coverage[row].topic))] + sources.map { source in
        let n = count(row, source)
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
        "  bar [\(shown.map { "\(count($0, source))" }.joined(separator: ", "))]",
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

  /// A statement as a row says it after the outlet: who said it, the text, the names it
  /// mentions in the report language when it is in another script, what it says of the agent
  /// of harm, and its line.
  func statementText(_ statement: Statement, ref: StatementRef) -> String {
    var out = ""
    writeStatement(statement, ref: ref, into: &out)
    return out
  }

  /// `statementText` appended to `out`, with no string of its own.
  func writeStatement(_ statement: Statement, ref: StatementRef, into out: inout String) {
    writeBody(statement, ref: ref, into: &out)
    out += " · "
    out += location(statement.line)
  }

  /// A row's statement without its line: who said it, the text, the names it mentions, what
  /// it says of the agent of harm.
  func statementBody(_ statement: Statement, ref: StatementRef) -> String {
    var out = ""
    writeBody(statement, ref: ref, into: &out)
    return out
  }

  /// `statementBody` appended to `out`.
  func writeBody(_ statement: Statement, ref: StatementRef, into out: inout String) {
    out += attribution(statement, verbAlways: false)
    out += MarkdownText.inline(statement.text)
    out += gloss(statement)
    if !claims.isEmpty, let claim = claims[ref] {
      out += " · "
      out += agentPhrase(claim)
    }
  }

  /// The rows of an alignment's members, in source order. Members that say the same thing in
  /// the same words (copies of one wire story) share a row, at the place of the first, with
  /// their sources listed and each one's line ("**AFP**, **RTL** — … · line 4 (AFP), line 6
  /// (RTL)"): the text is there once, and every statement still is.
  func memberRows(_ members: [StatementRef]) -> [String] {
    var order: [String] = []
    var shared: [String: [(ref: StatementRef, statement: Statement, column: Int)]] = [:]
    for ref in members {
      guard let (statement, column) = lookup[ref] else { continue }
      let body = statementBody(statement, ref: ref)
      if shared[body] == nil { order.append(body) }
      shared[body, default: []].append((ref, statement, column))
    }
    return order.map { body in
      let group = shared[body] ?? []
      let who = group.map { "**\(MarkdownText.inline(sources[$0.column].label))**" }.joined(separator: ", ")
      let lines = Set(group.map(\.statement.line))
      let whereText =
        group.count == 1 || lines.count == 1
        ? location(group[0].statement.line)
        : group.map { "\(location($0.statement.line)) (\(MarkdownText.inline(sources[$0.column].label)))" }.joined(separator: ", ")
      return who + " — " + body + " · " + whereText
    }
  }

  /// Who a row's statement is attributed to and the verb, then a colon ("Sergey Lavrov,
  /// *said*: "); empty for the outlet's own narration, which a row without a speaker is (the
  /// word "narration" on most rows of a real page took a phone line of its own).
  ///
  /// - Parameter verbAlways: whether to show the verb when the text itself has it. The rows of
  ///   an event report leave it to the text, where it nearly always is ("Grossi, *said*: …,
  ///   Grossi said." said it twice on most rows); the verb is shown when it is not there.
  func attribution(_ statement: Statement, verbAlways: Bool = true) -> String {
    var who: [String] = []
    if let speaker = statement.speaker, !speaker.isOutlet, !speakerLabel(speaker).isEmpty {
      who.append(MarkdownText.inline(speakerLabel(speaker)))
    }
    if let verb = statement.verb, verbAlways || !statement.text.contains(verb.surface) {
      who.append("*\(MarkdownText.inline(verb.surface))*")
    }
    return who.isEmpty ? "" : who.joined(separator: ", ") + ": "
  }

  /// For a statement in a script the report's readers may not read (one `report.yaml`
  /// transliterates), the names it mentions in the report language: "(Names: Kyiv, IAEA)".
  /// A whole transliterated sentence doubled every such row and told a reader little more
  /// than its names; empty when the statement is in a readable script or names no entity.
  func gloss(_ statement: Statement) -> String {
    // The names first: a statement that names none needs no transliteration to say so.
    guard !statement.entities.isEmpty else { return "" }
    var seen = Set<String>()
    let names = statement.entities.compactMap { context.entityNames[$0] }.filter { seen.insert($0).inserted }
    guard !names.isEmpty, transliteration(of: statement) != nil else { return "" }
    return " (\(MarkdownText.inline(strings[.mentioned])): \(MarkdownText.inline(names.joined(separator: ", "))))"
  }

  /// Where a row's statement is: its line in the source's document, which the Method section
  /// names (each source is one document), so the file name is not repeated on every row.
  func location(_ line: Int) -> String {
    guard let (before, after) = lineLabel else { return MarkdownText.inline(strings.sentence(.lineNumber, ["line": "\(line)"])) }
    return MarkdownText.inline(before + String(line) + after)
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
      items.append(line + memberRows(members).map { "\\\n  " + $0 }.joined())
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

  /// Between the statements of one source in Only in one source, and between the sources of
  /// the Method: a larger dot than the ` · ` between the parts of one statement.
  static let itemSeparator = " • "

  /// The statements found in one source only: a list item per source, its statements run on
  /// as a paragraph (a row each repeated the outlet and the topic, and took a line and a phone
  /// line's worth of height per statement). Within a source, the statements without a named
  /// topic come first, then those of each topic, its label in italics once before them (topics
  /// in the report's collation order); by line within each. An emerging topic whose statements
  /// name no entity is not named: "Emerging topic 5" would say nothing its statements do not.
  func uniqueSection(_ md: inout MarkdownWriter) {
    guard !event.unique.isEmpty else { return }
    md.heading(2, MarkdownText.inline(strings[.unique]))
    let byColumn = uniquePlaces()
    // Each source's statements in their order (by line, then id) and grouped by the label of
    // their named topics ("" for none), labels in first-seen order; a run of statements with
    // one label is grouped without a lookup each.
    var items: [(column: Int, mine: [(line: Int, index: Int, unique: Int)], labels: [String], groups: [[Int]])] = []
    var bytes = 0
    for column in sources.indices where !byColumn[column].isEmpty {
      let statements = sources[column].statements
      // Positions sorted, not the statements: by line, then id.
      let mine = byColumn[column].sorted {
        ($0.line, event.unique[$0.unique].member.statement) < ($1.line, event.unique[$1.unique].member.statement)
      }
      var labels: [String] = []
      var groups: [[Int]] = []
      var groupOf = RunNumbering<String>()
      for (position, entry) in mine.enumerated() {
        // Every topic but the numbered ones has its label (none has, in a long list of
        // numbered topics: no lookup then).
        let topics = event.unique[entry.unique].topics
        let named = topicLabels.isEmpty ? [] : topics.filter { topicLabels[$0] != nil }
        let shown = named.isEmpty ? "" : sortedTopics(named).map { label(of: $0) }.joined(separator: "; ")
        let (group, isNew) = groupOf.number(of: shown)
        if isNew {
          labels.append(shown)
          groups.append([])
        }
        groups[group].append(position)
        bytes += statements[entry.index].text.utf8.count + Self.statementOverhead
      }
      // Labels in the report's collation order, their groups with them.
      let order = collation.sorted(Array(labels.indices), by: { (labels[$0], labels[$0]) })
      items.append((column, mine, order.map { labels[$0] }, order.map { groups[$0] }))
    }
    // Each item written straight into the report: each run after its label, its statements
    // one after another (a list of a million lines is one item).
    md.bullets(count: items.count, reserving: bytes) { number, text in
      let item = UniqueItem(items[number])
      text += "**\(MarkdownText.inline(sources[item.column].label))** — "
      // A long one (a list of a million lines) in parts, a part per core, joined in order.
      guard item.count >= Self.uniqueInParts else { return writeItem(item, item.all, into: &text) }
      let pool = WorkerPool()
      let size = (item.count + pool.jobs - 1) / pool.jobs
      let parts = stride(from: 0, to: item.count, by: size).map { $0..<min($0 + size, item.count) }
      pool.run(count: parts.count, makeTask: { self.withOwnTransliterators() }) { report, k in
        var part = ""
        report.writeItem(item, parts[k], into: &part)
        return part
      } deliver: { k, part in
        if let part { text += part } else { writeItem(item, parts[k], into: &text) }
      }
    }
  }

  /// The fewest statements of one source's list written in parts.
  static let uniqueInParts = 20_000

  /// One source's statements in the list of what only one source says: runs of statements,
  /// each after its label, numbered through as one sequence.
  struct UniqueItem: Sendable {
    let column: Int
    let mine: [(line: Int, index: Int, unique: Int)]
    let labels: [String]
    let groups: [[Int]]
    /// Where each run starts in the sequence.
    let starts: [Int]
    let count: Int
    var all: Range<Int> { 0..<count }

    init(_ item: (column: Int, mine: [(line: Int, index: Int, unique: Int)], labels: [String], groups: [[Int]])) {
      (column, mine, labels, groups) = item
      var starts: [Int] = []
      var count = 0
      for group in groups {
        starts.append(count)
        count += group.count
      }
      self.starts = starts
      self.count = count
    }

    /// The run and the place in it of the statement at `position` of the sequence.
    func place(of position: Int) -> (run: Int, offset: Int) {
      var low = 0
      var high = starts.count - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if starts[middle] <= position { low = middle } else { high = middle - 1 }
      }
      return (low, position - starts[low])
    }
  }

  /// The statements at `positions` of `item`'s sequence, with the separators and labels
  /// before them: the parts of a whole sequence, written one after another, are the whole.
  func writeItem(_ item: UniqueItem, _ positions: Range<Int>, into text: inout String) {
    guard !positions.isEmpty else { return }
    let statements = sources[item.column].statements
    var (k, n) = item.place(of: positions.lowerBound)
    for _ in positions {
      if n == 0 {
        if k > 0 { text += Self.itemSeparator }
        let shown = item.labels[k]
        if !shown.isEmpty { text += "*\(MarkdownText.inline(shown))* — " }
      } else {
        text += Self.itemSeparator
      }
      let entry = item.mine[item.groups[k][n]]
      writeStatement(statements[entry.index], ref: event.unique[entry.unique].member, into: &text)
      n += 1
      if n == item.groups[k].count { (k, n) = (k + 1, 0) }
    }
  }

  /// About how many bytes a listed statement adds to its text (separator, line, speaker).
  static let statementOverhead = 24

  /// Where each of the event's unique statements is, by column: its line, its index among
  /// the column's statements and its position in `event.unique`. Unique statements come in
  /// statement order, so each is found by walking a few statements on from the one before;
  /// one further on or out of that order is found through a table of the column's ids, made
  /// once.
  func uniquePlaces() -> [[(line: Int, index: Int, unique: Int)]] {
    var byColumn = [[(line: Int, index: Int, unique: Int)]](repeating: [], count: sources.count)
    // The column of each path (of two sources with one path, the later, as `lookup` has it).
    var columnOf: [String: Int] = [:]
    for (column, source) in sources.enumerated() { columnOf[source.document.reference] = column }
    var cursor = [Int](repeating: 0, count: sources.count)
    var tables: [Int: [StatementID: Int]] = [:]
    var last: (path: String, column: Int)?
    for (k, unique) in event.unique.enumerated() {
      let member = unique.member
      let column: Int
      if let last, last.path == member.document {
        column = last.column
      } else {
        guard let found = columnOf[member.document] else { continue }
        column = found
        last = (member.document, found)
      }
      let statements = sources[column].statements
      // A few statements on (the aligned ones between two unique ones), else the table.
      var index = cursor[column]
      let end = min(statements.count, index + 8)
      while index < end, statements[index].id != member.statement { index += 1 }
      if index == end {
        if tables[column] == nil {
          var table: [StatementID: Int] = [:]
          for (i, statement) in statements.enumerated() { table[statement.id] = i }
          tables[column] = table
        }
        guard let found = tables[column]?[member.statement] else { continue }
        index = found
      }
      cursor[column] = index + 1
      byColumn[column].append((statements[index].line, index, k))
    }
    return byColumn
  }

  /// A similarity with two decimals, without Foundation's slow `String(format:)`.
  static func score(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
