import ParallaxICU
import Testing

@testable import ParallaxCore

/// The pieces of name discovery that need no registry: where a sentence starts, which words
/// stand together, the clusters' union-find and the discovery data files.
@Suite struct NameDiscoveryTests {
  /// `text` with ÷ before the word asked about, stripped, and the word's byte offset.
  static func marked(_ text: String) -> ([UInt8], Int) {
    let parts = text.components(separatedBy: "÷")
    return (Array((parts[0] + parts[1]).utf8), parts[0].utf8.count)
  }

  @Test(
    "a word starts a sentence after final punctuation, quotes and dashes, not after a word",
    arguments: [
      ("÷Shelling resumed.", true),
      ("It stopped. ÷Shelling resumed.", true),
      ("It stopped. «÷Обстріли тривали»", true),
      ("Він сказав: — ÷Обстріли тривали", true),
      ("Чекали… ÷Обстріли", true),
      ("near the village of ÷Klishchiivka", false),
      ("біля села ÷Кліщіївка", false),
    ])
  func sentenceStarts(_ example: (String, Bool)) {
    let (bytes, offset) = Self.marked(example.0)
    #expect(DiscoveryRun.startsSentence(bytes, at: offset) == example.1, "\(example.0)")
  }

  @Test("words of one name are joined by spaces or a hyphen, not by punctuation")
  func joins() {
    let bytes = Array("Nova Kakhovka, Kherson-Oblast".utf8)
    #expect(DiscoveryRun.joins(bytes, 4, 5))
    #expect(!DiscoveryRun.joins(bytes, 13, 15))
    #expect(DiscoveryRun.joins(bytes, 22, 23))
  }

  @Test("union-find keeps the smallest member as representative, whatever the order of unions")
  func disjointSets() {
    var forward = DisjointSets(count: 6)
    forward.union(4, 2)
    forward.union(2, 5)
    forward.union(1, 3)
    var backward = DisjointSets(count: 6)
    backward.union(1, 3)
    backward.union(5, 2)
    backward.union(2, 4)
    #expect((0..<6).map { forward.find($0) } == [0, 1, 2, 1, 2, 2])
    #expect((0..<6).map { backward.find($0) } == (0..<6).map { forward.find($0) })
  }

  @Test("a discovery data file must sit in its language's folder, and unknown keys are reported")
  func profileFile() throws {
    let good = Self.discoveryFile("uk", """
      titles: [пан]
      placeWords: [Нова]
      """)
    let data = InMemoryLocaleData(["uk/names-discovery.yaml": good, "ru/names-discovery.yaml": good])
    #expect(try NameDiscoveryProfile.load("uk/names-discovery.yaml", from: data).titles == ["пан"])
    #expect(throws: LocaleDataError.self) { try NameDiscoveryProfile.load("ru/names-discovery.yaml", from: data) }
    let typo = InMemoryLocaleData(["uk/names-discovery.yaml": good + "\ntitels: [x]\n"])
    #expect(throws: LocaleDataError.self) { try NameDiscoveryProfile.load("uk/names-discovery.yaml", from: typo) }
    #expect(LocaleDataChecker().check(data).count == 1)
  }

  /// A `names-discovery.yaml` of `language` with `body` after its header.
  static func discoveryFile(_ language: String, _ body: String) -> String {
    "# test\nschema: parallax.names-discovery/1\nlanguage: \(language)\n" + body
  }

  /// A match-key builder like the shipped one (apostrophes unified, Latin marks stripped).
  static func keys() throws -> MatchKeyBuilder {
    try MatchKeyBuilder(profile: MatchKeyProfile(mappings: ["\u{2019}": "'"], stripMarksFrom: ["Latn"]))
  }

  @Test("a generic term is found inflected (греблі), whole (ГЭС) and as a compound's tail (Krimbrücke, with its head)")
  func genericTerms() throws {
    let keys = try Self.keys()
    var terms = GenericTerms()
    try terms.add("гребл*", concepts: "dam", keys: keys)
    try terms.add("ГЭС", concepts: "hydro power-plant", keys: keys)
    try terms.add("*brücke*", concepts: "bridge", keys: keys)
    #expect(terms.hit(try keys.key("Греблі")) == TermHit(concepts: ["dam"], head: nil))
    #expect(terms.hit(try keys.key("гребля")) == TermHit(concepts: ["dam"], head: nil))
    #expect(terms.hit(try keys.key("ГЭС")) == TermHit(concepts: ["hydro", "power-plant"], head: nil))
    #expect(terms.hit(try keys.key("Brücken")) == TermHit(concepts: ["bridge"], head: nil))
    #expect(terms.hit(try keys.key("Krimbrücke")) == TermHit(concepts: ["bridge"], head: "krim"))
    // Four letters more are another word, not a case ending.
    #expect(terms.hit(try keys.key("гребльована")) == nil)
    #expect(terms.hit(try keys.key("Kyiv")) == nil)
  }

  @Test("terms, loanword readings and head concepts load from the discovery files; every language's terms also serve 'und'")
  func termsLoad() throws {
    let uk = Self.discoveryFile("uk", """
      terms:
        dam: [гребл*]
        "hydro power-plant": [ГЕС]
      """)
    let und = Self.discoveryFile("und", """
      loanReadings: {ie: e, iev: eu}
      headConcepts: [dam]
      """)
    let data = InMemoryLocaleData(["uk/names-discovery.yaml": uk, "und/names-discovery.yaml": und])
    let keys = try Self.keys()
    let lexicon = try NameDiscoveryLexicon.load(from: data, keys: keys)
    #expect(lexicon.genericTerms(of: "uk")?.hit(try keys.key("греблі"))?.concepts == ["dam"])
    #expect(lexicon.genericTerms(of: "fr")?.hit(try keys.key("ГЕС"))?.concepts == ["hydro", "power-plant"])
    #expect(lexicon.loanReadings.map { String(decoding: $0.from, as: UTF8.self) } == ["iev", "ie"])
    #expect(lexicon.headConcepts == ["dam"])
    #expect(LocaleDataChecker().check(data).isEmpty)
  }

  @Test("renderings, name concepts, an alphabet and 'von der' load from the discovery files")
  func renderingsLoad() throws {
    let ru = Self.discoveryFile("ru", """
      renderings:
        ro: |
          ::NFC; ::Any-Lower;
          cio > чо ; ce > че ; ci > чи ; c > к ; a > а ; l > л ; m > м ; o > о ; r > р ; u > у ; e > е ;
      """)
    let de = Self.discoveryFile("de", """
      connectors: [von, "von der"]
      alphabet: "abcdefghijklmnopqrstuvwxyzäöüß"
      kindNouns: [Dorf*, "*konzern*"]
      """)
    let und = Self.discoveryFile("und", "nameConcepts: [south]\n")
    let data = InMemoryLocaleData(["ru/names-discovery.yaml": ru, "de/names-discovery.yaml": de, "und/names-discovery.yaml": und])
    let keys = try Self.keys()
    let lexicon = try NameDiscoveryLexicon.load(from: data, keys: keys)
    #expect(lexicon.renderings.map(\.id) == ["ro-ru-names"])
    let ciolacu = try lexicon.renderings[0].compile(file: "ru/names-discovery.yaml", text: ru)
    #expect(try ciolacu.transliterate("Marcel Ciolacu") == "марчел чолаку")
    #expect(lexicon.nameConcepts == ["south"])
    // "der" joins only after "von".
    #expect(lexicon.isConnector("von", in: "de") && !lexicon.isConnector("der", in: "de"))
    #expect(lexicon.isInnerConnector("der", in: "de"))
    // A name with a letter German does not use is no German noun.
    #expect(lexicon.hasForeignLetter("Spânu", in: "de") && lexicon.hasForeignLetter("Nufăru", in: "de"))
    #expect(!lexicon.hasForeignLetter("Drohnenüberreste", in: "de") && !lexicon.hasForeignLetter("Spânu", in: "en"))
    // Kind nouns are read like terms: case endings and compounds.
    let dorfes = try keys.key("Dorfes")
    let konzerns = try keys.key("Mineralölkonzerns")
    let druschba = try keys.key("Druschba")
    #expect(lexicon.isKindNoun(dorfes, in: "de") && lexicon.isKindNoun(konzerns, in: "de"))
    #expect(!lexicon.isKindNoun(druschba, in: "de"))
    #expect(LocaleDataChecker().check(data).isEmpty)
  }

  @Test("a rendering that does not compile is reported at its line in the file")
  func badRendering() throws {
    let ru = Self.discoveryFile("ru", """
      titles: [пан]
      renderings:
        ro: |
          ::Any-Lower;
          ce > че ;
          ci > $missing ;
      """)
    let problems = LocaleDataChecker().check(InMemoryLocaleData(["ru/names-discovery.yaml": ru]))
    try #require(problems.count == 1, "\(problems)")
    guard case .badRules(_, let line, _, let scheme, _) = problems[0] else {
      Issue.record("expected bad rules: \(problems)")
      return
    }
    #expect(scheme == "ro-ru-names")
    #expect(line == 9, "the line of the undefined variable: \(problems[0])")
  }
}
