public import ParallaxCore
/// Rendering speed of the Markdown reports, for `parallax-bench`: a seeded, generated comparison
/// of many events (four sources each, in four languages and two scripts, with alignments,
/// unique statements, naming, framing, number and verb differences) rendered to one report per
/// event plus the index. Generation is deterministic; only the timing reads the clock.
///
/// ```swift
/// let seconds = ReportBenchmark.run(events: 1_000, seed: 1)   // rendering only
/// ```
public enum ReportBenchmark {
  /// Seconds to render every report of a prepared `events`-event comparison.
  public static func run(events: Int, seed: UInt64) -> Double {
    let comparison = comparison(events: events, seed: seed)
    let renderer = MarkdownRenderer(strings: .keys(), options: ReportOptions(charts: true, evidence: true))
    let context = ReportContext(asOf: CalendarDate(year: 2025, month: 3, day: 13), icuVersion: "0", unicodeVersion: "0")
    let clock = ContinuousClock()
    var bytes = 0
    let elapsed = clock.measure {
      for file in renderer.render(comparison, context: context) { bytes += file.text.utf8.count }
    }
    precondition(bytes > 0)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  /// The generated comparison: `events` events of four documents with eight statements each.
  public static func comparison(events count: Int, seed: UInt64) -> Comparison {
    var random = SplitMix64(seed: seed)
    let outlets = ["Wire A", "Wire B", "Агентство В", "Агенція Г"]
    let languages: [LocaleID] = ["en", "de", "ru", "uk"]
    let words = [
      ["prisoners", "access", "civilians", "exchange", "talks", "ministry", "corridor", "grain", "power", "plant"],
      ["Gefangene", "Zugang", "Zivilisten", "Austausch", "Gespräche", "Ministerium", "Korridor", "Getreide", "Strom", "Anlage"],
      ["пленные", "доступ", "мирные", "обмен", "переговоры", "министерство", "коридор", "зерно", "энергия", "станция"],
      ["полонені", "доступ", "цивільні", "обмін", "переговори", "міністерство", "коридор", "зерно", "енергія", "станція"],
    ]
    let topics: [TopicID] = ["detention.prisoners", "humanitarian.access", "civilians.protection", "detention.exchanges"]
    var result: [ComparisonEvent] = []
    for e in 0..<count {
      var documents: [ComparedDocument] = []
      for d in 0..<4 {
        let path = "corpus/e\(e)-d\(d).txt"
        var statements: [Statement] = []
        for s in 0..<8 {
          let text = (0..<14).map { _ in words[d][random.next(below: 10)] }.joined(separator: " ")
            + " \(random.next(below: 500)) | *x* <b>."
          statements.append(Statement(
            id: StatementID(ordinal: s + 1), kind: .indirect, text: text, line: 3 + 2 * s, column: 1,
            speaker: Speaker(entity: s % 3 == 0 ? "person.sergey-lavrov" : nil, name: ["Lavrov", "Spoljaric", "the ministry"][s % 3], surface: "he"),
            verb: ReportingVerb(surface: ["said", "stressed", "claimed"][s % 3], lemma: "say"), language: languages[d],
            topics: [topics[s % 4].rawValue], numbers: ["\(100 + s)"], sentences: [s]))
        }
        let document = Document(
          id: DocumentID(rawValue: "e\(e)d\(d)"), path: path, format: .agencyText, source: DocumentSource(outlet: outlets[d]),
          title: "Event \(e)", published: PartialDate(year: 2025, month: 1 + e % 12, day: 1 + e % 28), language: languages[d],
          text: "", paragraphs: [], sourceMap: SourceMap(anchors: []))
        documents.append(ComparedDocument(document: document, statements: statements))
      }
      var alignments: [Alignment] = []
      var unique: [UniqueStatement] = []
      for s in 0..<8 {
        let refs = documents.map { StatementRef(document: $0.document.reference, statement: StatementID(ordinal: s + 1)) }
        if s < 5 {
          alignments.append(Alignment(
            topic: topics[s % 4], relation: s == 2 ? .conflicting : .paraphrase, confidence: s % 2 == 0 ? .confident : .suggested,
            score: 0.3, members: refs, evidence: AlignmentEvidence(entities: ["place.kyiv"], numbers: ["100"], words: ["access"])))
        } else {
          unique += refs.map { UniqueStatement(member: $0, topics: [topics[s % 4]]) }
        }
      }
      let uses = documents.enumerated().map { FormUse(document: $0.element.document.path, form: ["Kyiv", "Kiew", "Киев", "Київ"][$0.offset], count: 2) }
      let differences = Differences(
        naming: [NamingDifference(entity: "place.kyiv", canonical: "Kyiv", uses: uses)],
        framing: [FramingUsage(id: "framing.kiev-regime", loaded: [uses[2]], neutral: [uses[0]])],
        numbers: [NumberDisagreement(alignment: 2, values: alignments[2].members.map { MemberValues(member: $0, numbers: ["150"]) })],
        verbs: [VerbDifference(alignment: 1, verbs: alignments[1].members.map { MemberVerb(member: $0, verb: ReportingVerb(surface: "said", lemma: "say")) })])
      result.append(ComparisonEvent(id: "e\(e + 1)", documents: documents, alignments: alignments, unique: unique, copies: [], differences: differences))
    }
    let infos = topics.map { TopicInfo(id: $0, labels: ["en": $0.rawValue]) }
    let settings = ComparisonSettings(suggestThreshold: 0.1, confidentThreshold: 0.25, eventThreshold: 0.15, dayWindow: 3, asOne: false, style: "ap-en")
    return Comparison(events: result, topics: infos, settings: settings)
  }

}

extension SplitMix64 {
  /// A number in `0..<bound` by remainder, as the report benchmark has always drawn them.
  fileprivate mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
