import Testing

@testable import ParallaxCore

/// The comparer's small parts: numbers, cognate stems, topic and stop-word data checks, and the
/// sparse core's one-statement-per-document rule.
@Suite struct ComparerUnitTests {
  @Test(arguments: [
    ("1,500 people", ["1500"]), ("1 500 людей", ["1500"]), ("1.500 Menschen", ["1500"]), ("2,5 Prozent", ["2.5"]),
    ("300 тисяч абонентів", ["300000"]), ("480 million francs", ["480000000"]), ("1000 на 1000", ["1000"]),
    ("in 2025 300 people", ["2025", "300"]), ("COVID19 and 12", ["12"]),
    // No-break and narrow no-break spaces between groups, a multiplier after a no-break space,
    // digits glued to a Cyrillic letter, a fraction, leading zeros, a repeat.
    ("1\u{A0}500 и 12\u{202F}000", ["1500", "12000"]), ("300\u{A0}ТИСЯЧ", ["300000"]), ("Ту154 и 7", ["7"]),
    ("3,25 und 007", ["3.25", "7"]), ("12 and 12", ["12"]), ("2,5 million", ["2500000"]), ("1,5000", ["1", "5000"]),
  ])
  func numbers(_ text: String, _ expected: [String]) {
    let multipliers = ["тисяч": 1000, "million": 1_000_000]
    #expect(NumberNormalizer.numbers(in: text, multipliers: multipliers) == expected)
  }

  /// Spelling folds like the shipped ones, written here so the Core tests stay independent of
  /// the real Locales/.
  static let folds: SpellingFolds? = try? SpellingFolds.load(from: InMemoryLocaleData([
    SpellingFolds.path: """
      schema: parallax.spelling-folds/1
      names: {pairs: {kh: h}, letters: {y: i, j: i, w: v}, drop: ["'", "-"]}
      cognates: {pairs: {kh: g, ph: f}, letters: {c: k, q: k, h: g, y: i, j: i, w: v, z: s}, lettersOnly: true, maxLength: 6, minLength: 3}
      """
  ]))

  @Test("cognate stems meet across romanizations and inflections")
  func stems() throws {
    let cognates = try #require(Self.folds).cognates
    #expect(cognates.fold("humanitarian") == cognates.fold("gumanitarnyi"))
    #expect(cognates.fold("evacuation") == cognates.fold("evakuatsiia"))
    #expect(cognates.fold("civilians") == cognates.fold("civilian"))
    #expect(cognates.fold("of") == nil)
  }

  @Test("name skeletons meet across romanizations of one name")
  func nameSkeletons() throws {
    let names = try #require(Self.folds).names
    #expect(names.fold("spoljarich") == names.fold("spolyarich"))
    #expect(names.fold("kyjiw") == names.fold("kyiv"))
    #expect(names.fold("kharkiv") == names.fold("harkiv"))
    #expect(names.fold("kyiv") != names.fold("kiev"))
  }

  @Test("a fold that is not ASCII letters of the right length is refused at its position")
  func badFolds() {
    let data = InMemoryLocaleData([
      SpellingFolds.path: "schema: parallax.spelling-folds/1\nnames: {letters: {yy: i}}\ncognates: {}\n"
    ])
    #expect {
      try SpellingFolds.load(from: data)
    } throws: { error in
      (error as? LocaleDataError)?.description.hasPrefix("Locales/und/spelling-folds.yaml:2:") == true
    }
  }

  static let topicsHeader = "# test\nschema: parallax.topics/1\ntopics:\n"
  static let fullTerms = "    terms: {en: [\"grain*\"], ru: [\"зерн*\"], uk: [\"зерн*\"], de: [\"getreide*\"], fr: [\"cereale*\"], es: [\"grano*\"]}\n"

  @Test("topic lexicon problems are reported with their positions")
  func topicProblems() {
    let bad = Self.topicsHeader
      + "  - id: Food\n    labels: {en: Food}\n" + Self.fullTerms
      + "  - id: food.grain\n    labels: {en: Food, ru: Еда, uk: Їжа}\n    terms: {en: [\"gr*\"], ru: [\"зерн*\"], uk: [\"зерн*\"], de: [\"getreide*\"], fr: [\"cereale*\"], es: [\"grano*\"]}\n"
      + "  - id: food.grain\n    labels: {en: Food, ru: Еда, uk: Їжа}\n" + Self.fullTerms
    let data = InMemoryLocaleData(["und/topics.yaml": bad])
    let problems = TopicLexicon.validate("und/topics.yaml", from: data).map(\.description)
    #expect(problems.contains { $0.contains("'Food' is not a dotted lowercase id") && $0.hasPrefix("Locales/und/topics.yaml:4:") })
    #expect(problems.contains { $0.contains("missing required key 'labels.ru'") })
    #expect(problems.contains { $0.contains("'gr*' has a prefix shorter than 4") })
    #expect(problems.contains { $0.contains("duplicate id 'food.grain'") })
    let misplaced = InMemoryLocaleData(["en/topics.yaml": bad])
    #expect(TopicLexicon.validate("en/topics.yaml", from: misplaced).first?.description.contains("belong at und/topics.yaml") == true)
    let unknown = InMemoryLocaleData(["und/topics.yaml": Self.topicsHeader + "  - id: food.grain\n    lables: {en: x}\n" + Self.fullTerms])
    #expect(TopicLexicon.validate("und/topics.yaml", from: unknown).first?.description.contains("unknown key 'lables'") == true)
  }

  @Test("a stop-word list names its folder's language")
  func stopwordLanguage() {
    let data = InMemoryLocaleData(["de/stopwords.yaml": "# t\nschema: parallax.stopwords/1\nlanguage: fr\nwords: [le]\n"])
    #expect(throws: LocaleDataError.self) { try StopwordList.load("de/stopwords.yaml", from: data) }
    var checker = LocaleDataChecker()
    checker.register(kind: "parallax.other") { _, _ in [] }
    #expect(checker.kinds.contains(StopwordList.schemaKind) && checker.kinds.contains(TopicLexicon.schemaKind))
  }

  @Test("an alignment never holds two statements of one document, and candidates skip capped postings")
  func oneStatementPerDocument() {
    var items = SparseItems()
    // Three near-identical statements: two in document 0, one in document 1.
    items.append(group: 0, language: 0, features: [0, 1, 2, 3])
    items.append(group: 0, language: 0, features: [0, 1, 2, 3])
    items.append(group: 1, language: 0, features: [0, 1, 2, 3])
    items.append(group: 2, language: 0, features: [9])
    let kinds: [FeatureKind] = [.entity, .topic, .word, .word, .word, .word, .word, .word, .word, .word]
    let (clusters, similarity) = StatementAligner().align(items, kinds: kinds, places: Array(repeating: false, count: kinds.count))
    #expect(clusters.count == 1)
    #expect(clusters[0].members == [0, 2])
    #expect(similarity.score(0, 3) == 0)
    var capped = SimilarityOptions(postingCap: 1)
    capped.requireSharedTopic = true
    #expect(SparseSimilarity(items: items, kinds: kinds, places: Array(repeating: false, count: kinds.count), options: capped).pairs(minimum: 0).isEmpty)
  }
}
