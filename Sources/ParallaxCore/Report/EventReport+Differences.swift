/// The section that opens an event report: what differs between the sources, ranked. Opposite
/// blame first, then blame only some sources name, numbers and dates that conflict (with their
/// units), framing terms against neutral forms, what only one source reports, names written
/// differently, and wire copies. Each item is one line built from the data.
extension EventReport {
  func differsSection(_ md: inout MarkdownWriter) {
    guard sources.count > 1 else { return }
    md.heading(2, MarkdownText.inline(strings[.differs]))
    var items = blameLines() + numberLines() + framingLines() + onlyOneLines()
    // The naming charts under the line that names the differences, in its list item (a
    // paragraph of their own after the list took two more lines).
    let images =
      options.svgCharts
      ? namingChartEntries().map { chart in "![\(MarkdownText.inline("\(strings[.namingOverTime]) · \(chart.entity)"))](\(chart.name))" }
      : []
    if let names = namingLine() { items.append(images.isEmpty ? names : names + "\\\n  " + images.joined(separator: " ")) }
    items += copyLines()
    md.bullets(items.isEmpty ? [strings.sentence(.nothingDiffers, [:])] : items)
  }

  /// `A3`, the label of an alignment.
  func alignmentLabel(_ index: Int) -> String { "A\(index + 1)" }

  /// One line per alignment whose statements about harm blame different agents, or where some
  /// name an agent and others do not: each source with its agent and the words that show it.
  func blameLines() -> [String] {
    var opposite: [String] = []
    var missing: [String] = []
    for (index, alignment) in event.alignments.enumerated() {
      let members = alignment.members.compactMap { member -> (Int, AgentClaim)? in
        guard let claim = claims[member], let column = lookup.column(of: member) else { return nil }
        return (column, claim)
      }.sorted { $0.0 < $1.0 }
      guard members.count > 1 else { continue }
      let agents = members.compactMap(\.1.entity)
      let opposes = SourceBlame.opposes(agents)
      let named = members.filter { $0.1.namesAgent }.count
      guard !agents.isEmpty, opposes || named < members.count else { continue }
      let text = members.map { column, claim in
        "\(MarkdownText.inline(sources[column].label)) \(agentPhrase(claim))"
      }.joined(separator: "; ")
      let values = ["alignment": alignmentLabel(index), "topic": MarkdownText.inline(label(of: alignment.topic)), "claims": text]
      if opposes { opposite.append(strings.sentence(.blameOpposite, values)) } else { missing.append(strings.sentence(.blameMissing, values)) }
    }
    return opposite + sourceBlameLines() + missing
  }

  /// One line when, across the whole event, the sources name different agents for the harm
  /// they report, beyond the alignments that already show opposite blame: each source that
  /// names one, with each agent, the words that show it and the line of the first statement
  /// naming it.
  func sourceBlameLines() -> [String] {
    let alignments = event.alignments.map { alignment in
      alignment.members.compactMap { member in lookup.column(of: member).map { (source: $0, statement: member.statement) } }
    }
    guard let agents = SourceBlame.acrossEvent(blamed, alignments: alignments) else { return [] }
    let text = agents.enumerated().filter { !$0.element.isEmpty }.map { column, named in
      MarkdownText.inline(sources[column].label) + " "
        + named.map { "\(agentPhrase($0.claim)) · \(location($0.line))" }.joined(separator: ", ")
    }.joined(separator: "; ")
    return [strings.sentence(.blameSources, ["claims": text])]
  }

  /// "blames Armed Forces of Ukraine (“со стороны ВСУ”)", "passive, no agent (“damaged”)".
  func agentPhrase(_ claim: AgentClaim) -> String {
    let evidence = "(\(quoted(claim.evidence)))"
    if let entity = claim.entity { return "\(MarkdownText.inline(strings[.agent])) \(MarkdownText.inline(name(of: entity))) \(evidence)" }
    return "\(MarkdownText.inline(strings[claim.kind == .passive ? .agentPassive : .agentNone])) \(evidence)"
  }

  /// One line per alignment whose numbers disagree: for each unit, the values with the sources
  /// that state them, fewest sources first ("12 h (Ukrinform) vs 11 h (AFP, IAEA)").
  func numberLines() -> [String] {
    var lines: [String] = []
    var listed = Set<Int>()
    for disagreement in event.differences.numbers where disagreement.alignment < event.alignments.count {
      listed.insert(disagreement.alignment)
      // unit key → value → columns, in first-seen order.
      var units: [String] = []
      var values: [String: [(value: String, columns: [Int])]] = [:]
      for member in disagreement.values {
        guard let (statement, column) = lookup[member.member] else { continue }
        for number in member.numbers {
          let unit = unit(after: number, in: statement)
          if values[unit] == nil { units.append(unit); values[unit] = [] }
          if let at = values[unit]?.firstIndex(where: { $0.value == number }) {
            if values[unit]?[at].columns.contains(column) == false { values[unit]?[at].columns.append(column) }
          } else {
            values[unit]?.append((number, [column]))
          }
        }
      }
      // A unit shows when sources give it different values and no source gives it two. Bare
      // numbers are left out: on real pages "14 vs 29 vs 1" set experts against days of a
      // month, and "6 vs 2022" a count against a year; only a unit says two numbers count
      // the same thing.
      let differing = units.filter { unit in
        let groups = values[unit] ?? []
        guard !unit.isEmpty else { return false }
        let columns = groups.flatMap(\.columns)
        return groups.count > 1 && Set(columns).count == columns.count
      }
      let parts = differing.map { unit -> String in
        let groups = (values[unit] ?? []).sorted { $0.columns.count != $1.columns.count ? $0.columns.count < $1.columns.count : ($0.columns.min() ?? 0) < ($1.columns.min() ?? 0) }
        return groups.map { group in
          let who = group.columns.sorted().map { MarkdownText.inline(sources[$0].label) }.joined(separator: ", ")
          return "\(MarkdownText.inline(unit.isEmpty ? group.value : "\(group.value) \(unit)")) (\(who))"
        }.joined(separator: " \(MarkdownText.inline(strings[.versus])) ")
      }
      guard !parts.isEmpty else { continue }
      let alignment = event.alignments[disagreement.alignment]
      lines.append(strings.sentence(.numbersConflict, [
        "alignment": alignmentLabel(disagreement.alignment), "topic": MarkdownText.inline(label(of: alignment.topic)),
        "values": parts.joined(separator: "; "),
      ]))
    }
    for (index, alignment) in event.alignments.enumerated()
    where !listed.contains(index) && alignment.evidence.conflicts.contains(where: { $0.hasPrefix("dates") }) {
      let parts = alignment.members.compactMap { member -> (Int, String)? in
        guard let (statement, column) = lookup[member], !statement.dates.isEmpty else { return nil }
        return (column, "\(MarkdownText.inline(statement.dates.joined(separator: ", "))) (\(MarkdownText.inline(sources[column].label)))")
      }.sorted { $0.0 < $1.0 }.map(\.1)
      lines.append(strings.sentence(.datesConflict, [
        "alignment": alignmentLabel(index), "topic": MarkdownText.inline(label(of: alignment.topic)),
        "values": parts.joined(separator: " \(MarkdownText.inline(strings[.versus])) "),
      ]))
    }
    return lines
  }

  /// The unit written right after `number` in the statement, as the report language writes
  /// its symbol (`h` for "heures", "годин"); empty when no known unit follows.
  func unit(after number: String, in statement: Statement) -> String {
    guard let finder, let cues = strings.cues[statement.language] ?? strings.cues[LocaleID(statement.language.language)],
      let word = Self.word(after: number, in: statement.text)
    else { return "" }
    let folded = finder.fold(word)
    for (id, unit) in cues.units.sorted(by: { $0.key < $1.key }) where unit.words.contains(where: { finder.fold($0) == folded }) {
      let mine = strings.cues[strings.language]?.units[id]
      return mine?.symbol ?? mine?.words.first ?? unit.symbol ?? id
    }
    return ""
  }

  /// The word (letters, or a `%` sign) after the first standalone occurrence of `number`.
  static func word(after number: String, in text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    let target = Array(number.unicodeScalars)
    guard !target.isEmpty, scalars.count >= target.count else { return nil }
    func isDigitLike(_ s: Unicode.Scalar) -> Bool { s.properties.numericType != nil }
    var start = 0
    while start + target.count <= scalars.count {
      let end = start + target.count
      if Array(scalars[start..<end]) == target, start == 0 || !isDigitLike(scalars[start - 1]),
        end == scalars.count || !isDigitLike(scalars[end])
      {
        var i = end
        while i < scalars.count, scalars[i].properties.isWhitespace || scalars[i] == "\u{A0}" || scalars[i] == "\u{202F}" { i += 1 }
        if i < scalars.count, scalars[i] == "%" { return "%" }
        var word = String.UnicodeScalarView()
        while i < scalars.count, scalars[i].properties.isAlphabetic { word.append(scalars[i]); i += 1 }
        return word.isEmpty ? nil : String(word)
      }
      start += 1
    }
    return nil
  }

  /// Framing terms: who uses the loaded term, and who the neutral forms.
  func framingLines() -> [String] {
    let sorted = collation.sorted(event.differences.framing) { (context.framingLabels[$0.id] ?? $0.id, $0.id) }
    return sorted.compactMap { usage -> String? in
      func list(_ uses: [FormUse]) -> String {
        uses.compactMap { use -> (Int, String)? in
          guard let column = column(of: use.document) else { return nil }
          return (column, "\(quoted(use.form)) (\(MarkdownText.inline(sources[column].label)), \(use.count))")
        }.sorted { $0.0 < $1.0 }.map(\.1).joined(separator: ", ")
      }
      guard !usage.loaded.isEmpty else { return nil }
      if usage.neutral.isEmpty, let use = usage.loaded.first, let column = column(of: use.document), usage.loaded.count == 1 {
        return strings.sentence(.framingUsed, [
          "source": MarkdownText.inline(sources[column].label), "form": MarkdownText.inline(use.form), "count": "\(use.count)",
        ])
      }
      return strings.sentence(.framingAgainst, [
        "term": MarkdownText.inline(context.framingLabels[usage.id] ?? usage.id), "loaded": list(usage.loaded),
        "neutral": usage.neutral.isEmpty ? MarkdownText.inline(strings[.none]) : list(usage.neutral),
      ])
    }
  }

  /// The most topics the line of what only one source reports names; past it, the line says
  /// how many more (on a large event every source has topics of its own).
  static let shownOnlyOne = 12

  /// The topics only one source reports on, in one line: each named topic with its source, by
  /// source; the emerging topics that name no entity counted per source, not listed
  /// ("Emerging topic 5" tells nothing their statements, in Only in one source, do not). A
  /// line per source took a line and a phone screen's worth of height for each. Topics are
  /// told apart by their labels, as a reader sees them: two emerging topics both named after
  /// Dmitry Peskov, each in one source, are one topic that two sources report, not two that
  /// only one does.
  func onlyOneLines() -> [String] {
    var documents: [String: Set<String>] = [:]
    var firstTopic: [String: TopicID] = [:]
    for row in coverage {
      let shown = label(of: row.topic)
      documents[shown, default: []].formUnion(row.counts.map(\.document))
      if let first = firstTopic[shown], first.rawValue <= row.topic.rawValue { continue }
      firstTopic[shown] = row.topic
    }
    var onlyIn: [String: [TopicID]] = [:]
    for (shown, set) in documents where set.count == 1 {
      if let document = set.first, let topic = firstTopic[shown] { onlyIn[document, default: []].append(topic) }
    }
    var named: [String] = []
    var unnamed: [String] = []  // "Ukrainska Pravda (3)"
    for source in sources {
      let only = onlyIn[source.document.reference] ?? []
      let nameless = only.filter { number(of: $0) != nil }.count
      if nameless > 0 { unnamed.append("\(MarkdownText.inline(source.label)) (\(nameless))") }
      for topic in sortedTopics(only.filter { number(of: $0) == nil }) {
        named.append("\(MarkdownText.inline(label(of: topic))) (\(MarkdownText.inline(source.label)))")
      }
    }
    guard !named.isEmpty || !unnamed.isEmpty else { return [] }
    var parts = Array(named.prefix(Self.shownOnlyOne))
    if !unnamed.isEmpty {
      let shown = unnamed.prefix(5).joined(separator: ", ") + (unnamed.count > 5 ? ", …" : "")
      parts.append(strings.sentence(.unnamedTopics, ["sources": shown]))
    }
    var line = strings.sentence(.onlyOneAny, ["topics": parts.joined(separator: "; ")])
    if named.count > Self.shownOnlyOne {
      line += " " + strings.sentence(.notShown, ["count": "\(named.count - Self.shownOnlyOne)"])
    }
    return [line]
  }

  /// Entities whose names differ where a difference means something: sources writing in one
  /// language use different forms, or a source in the report language writes another form than
  /// the report's. Short forms (a surname, an acronym) contained in the report's name are not
  /// differences. Each such entity lists every form, each with the sources that write it.
  func namingLine() -> String? {
    let parts = self.notable.map { notable -> String in
      // Each form once, with the sources that write it ("Türkiye (IOL, Ukrainska Pravda),
      // Turkey (UPI)"), in the order of their first source.
      var order: [String] = []
      var writers: [String: [String]] = [:]
      for (column, form) in notable.forms {
        if writers[form] == nil { order.append(form) }
        writers[form, default: []].append(MarkdownText.inline(sources[column].label))
      }
      let forms = order.map { "\(MarkdownText.inline($0)) (\((writers[$0] ?? []).joined(separator: ", ")))" }
      return "\(MarkdownText.inline(notable.name)): \(forms.joined(separator: ", "))"
    }
    return parts.isEmpty ? nil : strings.sentence(.namesVary, ["names": parts.joined(separator: "; ")])
  }

  /// An entity whose naming differs: its name in the report, the languages in which it differs,
  /// and the form each source of those languages writes (the one that differs, if any).
  struct NotableNaming {
    var difference: NamingDifference
    var name: String
    var languages: Set<String>
    var forms: [(column: Int, form: String)]
  }

  /// The entities whose names differ where a difference means something, in the report's
  /// collation order (see `namingLine`).
  func notableNaming() -> [NotableNaming] {
    let reportLanguage = strings.language.language
    let sorted = collation.sorted(event.differences.naming) { (name(of: $0.entity, canonical: $0.canonical), $0.entity.rawValue) }
    var notable: [NotableNaming] = []
    for difference in sorted {
      let shown = name(of: difference.entity, canonical: difference.canonical)
      let shownKey = stemmed(fold(shown), in: strings.language)
      // Full forms (no acronym, no part of the report's name or of another form) by language and column.
      var full: [String: [(column: Int, key: String)]] = [:]
      var firstForm: [Int: String] = [:]
      var fullForm: [Int: String] = [:]
      for use in difference.uses {
        guard let column = column(of: use.document) else { continue }
        if firstForm[column] == nil { firstForm[column] = use.form }
        let language = sources[column].document.language
        let key = stemmed(fold(use.form), in: language)
        guard use.form != use.form.uppercased(), !shownKey.contains(key), !key.contains(shownKey) else { continue }
        // The form that makes the difference is the one listed for its source.
        if fullForm[column] == nil { fullForm[column] = use.form }
        full[language.language, default: []].append((column, key))
      }
      // The languages in which the naming differs: the report's, when a source in it writes
      // another full form than the report's name; any other where two sources write two
      // spellings, neither part of the other (compared spelling by spelling, not use by use).
      // Only those languages' forms are listed: French "Moscou" beside English "Moscow" is
      // translation, not a naming difference.
      var languages = Set<String>()
      if !(full[reportLanguage] ?? []).isEmpty { languages.insert(reportLanguage) }
      for (language, forms) in full where language != reportLanguage {
        var columns: [String: Set<Int>] = [:]
        for form in forms { columns[form.key, default: []].insert(form.column) }
        let keys = columns.keys.sorted()
        let differs = keys.indices.contains { i in
          keys[(i + 1)...].contains { other in
            let (a, b) = (columns[keys[i]] ?? [], columns[other] ?? [])
            // "Zaporizhzhya" beside "Запорожье" is a transliteration, not another spelling.
            guard Self.script(of: keys[i]) == Self.script(of: other) else { return false }
            return !keys[i].contains(other) && !other.contains(keys[i]) && !(a.count == 1 && a == b)
          }
        }
        if differs { languages.insert(language) }
      }
      guard !languages.isEmpty else { continue }
      for (column, form) in fullForm { firstForm[column] = form }
      let forms = firstForm.filter { languages.contains(sources[$0.key].document.language.language) }.sorted { $0.key < $1.key }
      notable.append(NotableNaming(difference: difference, name: shown, languages: languages, forms: forms.map { ($0.key, $0.value) }))
    }
    return notable
  }

  /// The script of a name's first letter, roughly: Latin, Cyrillic, Greek, or another.
  static func script(of text: String) -> Int {
    guard let letter = text.unicodeScalars.first(where: \.properties.isAlphabetic) else { return 0 }
    switch letter.value {
    case 0..<0x370, 0x1E00..<0x1F00: return 1
    case 0x370..<0x400: return 2
    case 0x400..<0x530: return 3
    default: return 4
    }
  }

  /// A folded name with each word cut to its stem by the language's case endings, so
  /// "украиной" and "украине" are one key ("украин").
  func stemmed(_ folded: String, in language: LocaleID) -> String {
    guard let cues = strings.cues[language] ?? strings.cues[LocaleID(language.language)], !cues.endings.isEmpty else { return folded }
    return folded.split(separator: " ").map { cues.stem(String($0)) }.joined(separator: " ")
  }

  /// Words from a statement in the report language's quotation marks, escaped.
  func quoted(_ text: String) -> String {
    MarkdownText.inline(strings[.openQuote]) + MarkdownText.inline(text) + MarkdownText.inline(strings[.closeQuote])
  }

  /// A name case-folded for comparison ("Nuclear Power Plant" is "nuclear power plant").
  func fold(_ text: String) -> String { finder?.fold(text) ?? text }

  /// Documents that carry one wire story.
  func copyLines() -> [String] {
    event.copies.compactMap { copy -> String? in
      guard copy.documents.count > 1, let first = column(of: copy.documents[0]), let second = column(of: copy.documents[1]) else { return nil }
      return strings.sentence(.copyOf, [
        "first": MarkdownText.inline(sources[first].label), "second": MarkdownText.inline(sources[second].label),
        "kind": MarkdownText.inline(strings[copy.kind == .copy ? .copy : .translation]),
      ])
    }
  }
}
