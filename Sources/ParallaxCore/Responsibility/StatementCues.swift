/// What a language's statements say beyond their words, for the differences a report ranks:
/// the units written after numbers ("11 heures" is 11 h) and the cues of responsibility (which
/// words make a statement about an attack, damage, a violation or a casualty; which phrases
/// introduce its agent; which forms name the agents). Read from `Locales/<language>/cues.yaml`
/// (`schema: parallax.cues/1`).
///
/// Words and forms are matched word by word as prefixes of the case-folded words of a
/// statement, so a stem ("обстрел") covers its inflections ("обстрела", "обстрелом").
public struct StatementCues: Sendable, Hashable, Decodable {
  /// A unit: its symbol in reports of this language and the words that write it after a number.
  public struct Unit: Sendable, Hashable, Decodable {
    public var symbol: String?
    public var words: [String]
    public init(symbol: String? = nil, words: [String]) {
      self.symbol = symbol
      self.words = words
    }
  }

  /// An agent a statement can blame: a registry entity and the word-prefix sequences naming it.
  public struct Agent: Sendable, Hashable, Decodable {
    public var entity: EntityID
    public var forms: [String]
    public init(entity: EntityID, forms: [String]) {
      self.entity = entity
      self.forms = forms
    }
  }

  public var language: LocaleID
  /// Units by id (`hour`, `kilovolt`): the same ids in every language.
  public var units: [String: Unit]
  public var responsibility: Responsibility
  /// The case endings a name takes in running text ("Украина", "Украиной", "Украине"), longest
  /// first when matched: two forms that differ only by them are one name inflected, not a name
  /// written differently.
  public var endings: [String] {
    didSet { longestFirst = Self.longestFirst(endings) }
  }
  /// `endings` in the order `stem` tries them (longest first, then by spelling), sorted once.
  private var longestFirst: [String] = []

  public static let schemaKind = "parallax.cues"
  public static let fileName = "cues.yaml"

  static let keySchema: KeySchema = .mapping(
    [
      "schema": .any, "language": .any,
      "units": .dictionary(value: .mapping(["symbol": .any, "words": .any], required: ["words"])),
      "responsibility": .mapping([
        "events": .any, "by": .any, "targets": .any, "passive": .any, "subjectWindow": .any, "agentAfter": .any,
        "accusations": .any, "sources": .any, "links": .any, "auxiliaries": .any, "responsible": .any, "obliqueEndings": .any,
        "complementizers": .any, "causes": .any, "possessives": .any, "gerundEndings": .any, "speech": .any, "victims": .any, "pronouns": .any, "purposes": .any, "blame": .any, "mutual": .any, "supports": .any,
        "eventPrefixes": .any, "relatives": .any, "launches": .any, "deeds": .any, "behind": .any, "standing": .any, "interrogatives": .any, "negations": .any, "enemies": .any, "negators": .any, "denials": .any, "clitics": .any, "holding": .any, "orders": .any, "agentCase": .any, "belonging": .any,
        "answering": .any, "before": .any, "intercepting": .any, "parts": .any, "making": .any,
        "agents": .sequence(.mapping(["entity": .any, "forms": .any], required: ["entity", "forms"])),
      ]),
      "endings": .any,
    ], required: ["language"])

  enum CodingKeys: String, CodingKey { case language, units, responsibility, endings }

  public init(language: LocaleID, units: [String: Unit] = [:], responsibility: Responsibility = Responsibility(), endings: [String] = []) {
    self.language = language
    self.units = units
    self.responsibility = responsibility
    self.endings = endings
    self.longestFirst = Self.longestFirst(endings)
  }

  private static func longestFirst(_ endings: [String]) -> [String] {
    endings.sorted(by: { $0.count != $1.count ? $0.count > $1.count : $0 < $1 })
  }

  /// `word` (case-folded) without the longest of the language's endings that leaves at least
  /// four letters: the stem two inflected forms of one name share.
  public func stem(_ word: String) -> String {
    let letters = Array(word)
    for ending in longestFirst where letters.count - ending.count >= 4 && word.hasSuffix(ending) {
      return String(letters.dropLast(ending.count))
    }
    return word
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    language = try c.decode(LocaleID.self, forKey: .language)
    units = try c.decodeIfPresent([String: Unit].self, forKey: .units) ?? [:]
    responsibility = try c.decodeIfPresent(Responsibility.self, forKey: .responsibility) ?? Responsibility()
    endings = try c.decodeIfPresent([String].self, forKey: .endings) ?? []
    longestFirst = Self.longestFirst(endings)
  }

  /// Loads one file, such as `uk/cues.yaml`; its `language` must match its folder.
  public static func load(_ path: String, from data: any LocaleDataProvider) throws(LocaleDataError) -> StatementCues {
    try load(text: try data.read(path), shown: data.displayPath(path), folder: LocaleFile.language(of: path))
  }

  /// `load` of a file's `text`, shown in messages as `shown`, from the folder of `folder`.
  static func load(text: String, shown: String, folder: LocaleID) throws(LocaleDataError) -> StatementCues {
    let cues = try LocaleFile.loadWithDocument(StatementCues.self, text: text, shown: shown, kind: schemaKind, keys: keySchema).value
    guard cues.language == folder else {
      throw .invalidValue(file: shown, line: 1, column: 1, key: "language",
                          problem: "'\(cues.language)' in the folder of '\(folder)'")
    }
    for (key, value) in [("subjectWindow", cues.responsibility.subjectWindow), ("agentAfter", cues.responsibility.agentAfter)]
    where !(0...12).contains(value) {
      throw .invalidValue(file: shown, line: 1, column: 1, key: "responsibility.\(key)", problem: "\(value) is not a number of words from 0 to 12")
    }
    for (id, unit) in cues.units.sorted(by: { $0.key < $1.key }) where unit.words.isEmpty {
      throw .invalidValue(file: shown, line: 1, column: 1, key: "units.\(id).words", problem: "a unit needs at least one word")
    }
    return cues
  }

  /// Every language's cues, by language, each with the people the registry puts on a side its
  /// cues name (`PersonSides`), for "Putin ordered the strike".
  public static func loadAll(from data: any LocaleDataProvider) throws(LocaleDataError) -> [LocaleID: StatementCues] {
    try loadAll(from: data, people: try PersonSides.load(from: data))
  }

  /// Every language's cues with the agents `people` stand for: the people of a names setup
  /// already loaded (`PersonSides.people(in:)`), or none, to be added later (`adding`).
  static func loadAll(from data: any LocaleDataProvider, people: [PersonSides.Person]) throws(LocaleDataError) -> [LocaleID: StatementCues] {
    var result: [LocaleID: StatementCues] = [:]
    for language in LocaleFile.languages(having: fileName, in: data) {
      result[language] = try load("\(language.rawValue)/\(fileName)", from: data)
    }
    return adding(people: people, to: result)
  }

  /// `all` with each language's people agents worked out from `people`: per side its cues name,
  /// in their order, the forms of that language of each person on it.
  static func adding(people: [PersonSides.Person], to all: [LocaleID: StatementCues]) -> [LocaleID: StatementCues] {
    var result = all
    for (language, cues) in all { result[language] = cues.adding(people: people, language: language) }
    return result
  }

  /// These cues (of the folder of `language`) with the people on each side they name.
  func adding(people: [PersonSides.Person], language: LocaleID) -> StatementCues {
    var cues = self
    var sides: [EntityID] = []
    for agent in cues.responsibility.agents where !sides.contains(agent.entity) { sides.append(agent.entity) }
    cues.responsibility.people = PersonSides.agents(people, language: language, sides: sides)
    return cues
  }

  /// Every language's cues, each decoded when first asked for when this build has loaded the
  /// same file before (`LocaleFile.loadAllDeferred`), with no people yet (`StatementCueSet.adding`).
  static func loadAllDeferred(from data: any LocaleDataProvider) throws(LocaleDataError) -> StatementCueSet {
    StatementCueSet(
      deferred: try LocaleFile.loadAllDeferred(kind: schemaKind, having: fileName, from: data) { text, shown, language throws(LocaleDataError) in
        try load(text: text, shown: shown, folder: language)
      })
  }
}

extension LocaleDataChecker {
  /// The validator of the statement cues (`<language>/cues.yaml`).
  mutating func registerCueKinds() {
    register(kind: StatementCues.schemaKind, atLanguage: StatementCues.fileName) { path, data throws(LocaleDataError) in
      _ = try StatementCues.load(path, from: data)
      return []
    }
  }
}
