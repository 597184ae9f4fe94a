import Foundation

extension EventReport {
  func sourcesSection(_ md: inout MarkdownWriter) {
    guard !sources.isEmpty else { return }
    md.heading(2, MarkdownText.inline(strings[.sourcesSection]))
    let rows = sources.map { source -> [String] in
      let d = source.document
      var dateline = d.dateline?.place ?? ""
      if let date = d.dateline?.date {
        let resolved = date.year == nil ? PartialDate(year: d.published?.year, month: date.month, day: date.day) : date
        dateline += (dateline.isEmpty ? "" : ", ") + dates.format(resolved)
      }
      return [
        MarkdownText.cell(source.label), MarkdownText.cell(d.source.outlet ?? ""), MarkdownText.cell(d.source.agency ?? ""),
        MarkdownText.cell(d.source.relayedBy ?? ""), MarkdownText.cell(dateline),
        MarkdownText.cell(d.published.map(dates.format) ?? ""), MarkdownText.cell(d.language.rawValue),
        "\(source.statements.count)", MarkdownText.code(d.path),
      ]
    }
    md.table(
      [.source, .outlet, .agency, .relayedBy, .dateline, .published, .language, .statements, .file].map { MarkdownText.cell(strings[$0]) },
      rows: rows, alignments: [.left, .left, .left, .left, .left, .left, .left, .right, .left])
    let copies = event.copies.compactMap { copy -> String? in
      guard copy.documents.count > 1, let first = column(of: copy.documents[0]), let second = column(of: copy.documents[1]) else { return nil }
      return strings.sentence(.copyOf, [
        "first": MarkdownText.inline(sources[first].label), "second": MarkdownText.inline(sources[second].label),
        "kind": MarkdownText.inline(strings[copy.kind == .copy ? .copy : .translation]),
      ])
    }
    md.bullets(copies)
  }

  func coverageSection(_ md: inout MarkdownWriter) {
    guard !coverage.isEmpty else { return }
    md.heading(2, MarkdownText.inline(strings[.coverage]))
    let byTopic = Dictionary(uniqueKeysWithValues: coverage.map { ($0.topic, $0.counts) })
    let topics = sortedTopics(byTopic.keys)
    func count(_ topic: TopicID, _ source: ReportSource) -> Int {
      byTopic[topic]?.first { $0.document == source.document.path }?.statements ?? 0
    }
    let rows = topics.map { topic in
      [MarkdownText.cell(label(of: topic))] + sources.map { source in
        let n = count(topic, source)
        return n == 0 ? MarkdownText.cell(strings[.none]) : "\(n)"
      }
    }
    md.table(header([strings[.topic]]), rows: rows, alignments: [.left] + sources.map { _ in .right })
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
    if let latin = context.transliteration(of: statement.text) {
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

  func alignedSection(_ md: inout MarkdownWriter) {
    guard !event.alignments.isEmpty else { return }
    md.heading(2, MarkdownText.inline(strings[.aligned]))
    let indexes = Dictionary(grouping: event.alignments.indices) { event.alignments[$0].topic }
    for topic in sortedTopics(indexes.keys) {
      md.heading(3, MarkdownText.inline(label(of: topic)))
      var rows: [[String]] = []
      for index in indexes[topic] ?? [] {
        let alignment = event.alignments[index]
        var relation = strings[Self.label(alignment.relation)] + " · " + strings[alignment.confidence == .confident ? .confident : .suggested]
        relation += " (\(Self.score(alignment.score)))"
        var row = ["A\(index + 1)", MarkdownText.cell(relation)]
        var cells = sources.map { _ in " " }
        for member in alignment.members {
          guard let column = lookup[member]?.column else { continue }
          cells[column] = cells[column] == " " ? cell(member) : cells[column] + " / " + cell(member)
        }
        row += cells
        if options.evidence { row.append(MarkdownText.cell(evidence(alignment.evidence))) }
        rows.append(row)
      }
      let leading = [strings[.alignment], strings[.relation]]
      var head = header(leading)
      if options.evidence { head.append(MarkdownText.cell(strings[.evidence])) }
      md.table(head, rows: rows)
    }
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

  func uniqueSection(_ md: inout MarkdownWriter) {
    guard !event.unique.isEmpty else { return }
    md.heading(2, MarkdownText.inline(strings[.unique]))
    // Each source's unique statements, gathered in one pass.
    var byColumn = [[UniqueStatement]](repeating: [], count: sources.count)
    for unique in event.unique {
      if let column = lookup[unique.member]?.column { byColumn[column].append(unique) }
    }
    for (column, source) in sources.enumerated() {
      let mine = byColumn[column]
        .sorted { (lookup[$0.member]?.statement.line ?? 0, $0.member.statement) < (lookup[$1.member]?.statement.line ?? 0, $1.member.statement) }
      guard !mine.isEmpty else { continue }
      md.heading(3, MarkdownText.inline(source.label))
      let rows = mine.map { unique in
        [MarkdownText.cell(sortedTopics(unique.topics).map { label(of: $0) }.joined(separator: "; ")), cell(unique.member)]
      }
      md.table([strings[.topic], strings[.statement]].map(MarkdownText.cell), rows: rows)
    }
  }

  func speakersSection(_ md: inout MarkdownWriter) {
    struct Row {
      var label: String
      var key: String
      var counts: [Int: Int] = [:]
      var forms: [Int: Set<String>] = [:]
    }
    var rows: [String: Row] = [:]
    for (column, source) in sources.enumerated() {
      for statement in source.statements {
        guard let speaker = statement.speaker else { continue }
        let key = speaker.isOutlet ? "~outlet" : speaker.entity.map { "entity:\($0.rawValue)" } ?? "name:\(speaker.name)"
        var row = rows[key] ?? Row(label: speakerLabel(speaker), key: key)
        row.counts[column, default: 0] += 1
        if !speaker.isOutlet, speaker.name != row.label { row.forms[column, default: []].insert(speaker.name) }
        rows[key] = row
      }
    }
    guard !rows.isEmpty else { return }
    md.heading(2, MarkdownText.inline(strings[.speakers]))
    let table = collation.sorted(Array(rows.values)) { ($0.label, $0.key) }.map { row in
      [MarkdownText.cell(row.label)] + sources.indices.map { column in
        guard let count = row.counts[column] else { return MarkdownText.cell(strings[.none]) }
        let forms = collation.sorted(Array(row.forms[column] ?? [])) { ($0, $0) }
        return forms.isEmpty ? "\(count)" : "\(count) (\(MarkdownText.inline(forms.joined(separator: ", "))))"
      }
    }
    md.table(header([strings[.speaker]]), rows: table, alignments: [.left] + sources.map { _ in .right })
  }

  /// Form uses as cells by column: `Kiev (3), Kyiv (1)`, escaped; columns without a use are absent.
  func uses(_ uses: [FormUse]) -> [Int: String] {
    var parts: [Int: [String]] = [:]
    for use in uses {
      guard let column = column(of: use.document) else { continue }
      parts[column, default: []].append("\(MarkdownText.inline(use.form)) (\(use.count))")
    }
    return parts.mapValues { $0.joined(separator: ", ") }
  }

  func namingSection(_ md: inout MarkdownWriter) {
    let naming = event.differences.naming
    let framing = event.differences.framing
    guard !naming.isEmpty || !framing.isEmpty else { return }
    md.heading(2, MarkdownText.inline(strings[.naming]))
    if !naming.isEmpty {
      let sorted = collation.sorted(naming) { (name(of: $0.entity, canonical: $0.canonical), $0.entity.rawValue) }
      let rows = sorted.map { difference in
        let cells = uses(difference.uses)
        return [MarkdownText.cell(name(of: difference.entity, canonical: difference.canonical))] + sources.indices.map { column in
          cells[column] ?? MarkdownText.cell(strings[.none])
        }
      }
      md.table(header([strings[.entity]]), rows: rows)
    }
    if !framing.isEmpty {
      md.heading(3, MarkdownText.inline(strings[.framing]))
      let sorted = collation.sorted(framing) { (context.framingLabels[$0.id] ?? $0.id, $0.id) }
      let rows = sorted.map { usage in
        let (loadedCells, neutralCells) = (uses(usage.loaded), uses(usage.neutral))
        return [MarkdownText.cell(context.framingLabels[usage.id] ?? usage.id)] + sources.indices.map { column in
          var parts: [String] = []
          if let loaded = loadedCells[column] { parts.append("\(MarkdownText.inline(strings[.loaded])): \(loaded)") }
          if let neutral = neutralCells[column] { parts.append("\(MarkdownText.inline(strings[.neutral])): \(neutral)") }
          return parts.isEmpty ? MarkdownText.cell(strings[.none]) : parts.joined(separator: "; ")
        }
      }
      md.table(header([strings[.term]]), rows: rows)
    }
  }

  func numbersSection(_ md: inout MarkdownWriter) {
    var rows: [[String]] = []
    var listed = Set<Int>()
    for disagreement in event.differences.numbers where disagreement.alignment < event.alignments.count {
      listed.insert(disagreement.alignment)
      var cells = sources.map { _ in MarkdownText.cell(strings[.none]) }
      for value in disagreement.values {
        if let column = column(of: value.member.document) { cells[column] = MarkdownText.cell(value.numbers.joined(separator: ", ")) }
      }
      rows.append(["A\(disagreement.alignment + 1)", MarkdownText.cell(label(of: event.alignments[disagreement.alignment].topic))] + cells)
    }
    // Dates that disagree: conflicting alignments whose conflicts name dates.
    for (index, alignment) in event.alignments.enumerated()
    where !listed.contains(index) && alignment.evidence.conflicts.contains(where: { $0.hasPrefix("dates") }) {
      var cells = sources.map { _ in MarkdownText.cell(strings[.none]) }
      for member in alignment.members {
        if let (statement, column) = lookup[member] { cells[column] = MarkdownText.cell(statement.dates.joined(separator: ", ")) }
      }
      rows.append(["A\(index + 1)", MarkdownText.cell(label(of: alignment.topic))] + cells)
    }
    guard !rows.isEmpty else { return }
    md.heading(2, MarkdownText.inline(strings[.numbers]))
    md.table(header([strings[.alignment], strings[.topic]]), rows: rows)
  }

  func verbsSection(_ md: inout MarkdownWriter) {
    let differences = event.differences.verbs.filter { $0.alignment < event.alignments.count }
    guard !differences.isEmpty else { return }
    md.heading(2, MarkdownText.inline(strings[.verbs]))
    let rows = differences.map { difference in
      var cells = sources.map { _ in MarkdownText.cell(strings[.none]) }
      for verb in difference.verbs {
        if let column = column(of: verb.member.document) {
          let text = MarkdownText.inline(verb.verb.surface)
          cells[column] = cells[column] == MarkdownText.cell(strings[.none]) ? text : cells[column] + ", " + text
        }
      }
      return ["A\(difference.alignment + 1)", MarkdownText.cell(label(of: event.alignments[difference.alignment].topic))] + cells
    }
    md.table(header([strings[.alignment], strings[.topic]]), rows: rows)
  }

  func methodSection(_ md: inout MarkdownWriter) {
    md.heading(2, MarkdownText.inline(strings[.method]))
    md.paragraph(strings.sentence(.methodIntro, [:]))
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
    md.bullets(items)
    let paths = Set(sources.map(\.document.path)).sorted()
    md.heading(3, MarkdownText.inline(strings[.inputs]))
    md.table([strings[.file], strings[.digest]].map(MarkdownText.cell), rows: paths.map { path in
      [MarkdownText.code(path), context.inputs[path].map { MarkdownText.code("sha256:\($0)") } ?? MarkdownText.cell(strings[.none])]
    })
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
