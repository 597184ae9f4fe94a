/// Per-language data the name matcher needs besides the registry: inflection endings for
/// Cyrillic names, possessive suffixes, adjectival suffixes that must not fuzzy-match a name,
/// and the scheme that romanizes the language. Kept in `Locales/<language>/names-matching.yaml`
/// (`schema: parallax.names-matching/1`).
public struct NameMatchingProfile: Sendable, Hashable, Decodable {
  public var language: String
  /// Case endings a name may take ("ым", "ом", "е"): a mention matches a registered
  /// nominative form when both reduce to the same stem.
  public var inflectionEndings: [String]
  /// Suffixes removed before matching ("'s"); the mention does not include them.
  public var possessiveSuffixes: [String]
  /// Endings that make a name into an adjective or demonym ("ian", "ский"); a token that is a
  /// registered name plus one of these is never a fuzzy match.
  public var adjectivalSuffixes: [String]
  /// The transliteration scheme for this language's Cyrillic forms (uk-Latn-KMU2010).
  public var romanization: String?
  /// The fewest letters a stem may keep after an ending is removed.
  public var shortestStem: Int
  /// Ordinary words of the language that look like names when capitalized (sentence-initial
  /// words, German nouns): `check` never suggests them as misspellings of a registered name.
  public var commonWords: [String]
  /// How names of one shape decline, beyond sharing a stem: a Cyrillic name plural in form
  /// (Кринки) takes plural endings only, so a singular word on its stem (кринка) is another word.
  public var paradigms: [Paradigm]
  /// Case endings of Latin-script names of this language: the forms a registered name of the
  /// language is also found in (Polish Prigożyn → Prigożynem, Ołeniwka → Ołeniwce).
  public var latinEndings: [LatinEnding]

  /// A declension class of Cyrillic names, by the ending of a registered form.
  public struct Paradigm: Sendable, Hashable, Codable {
    /// Endings of an uninflected registered form that put it in this class (и of Кринки).
    public var base: [String]
    /// Endings that put an inflected registered form in this class (ах of Кринках).
    public var marks: [String]
    /// The endings a mention on the same stem may have.
    public var endings: [String]

    public init(base: [String], marks: [String] = [], endings: [String]) {
      self.base = base
      self.marks = marks
      self.endings = endings
    }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      base = try c.decode([String].self, forKey: .base)
      marks = try c.decodeIfPresent([String].self, forKey: .marks) ?? []
      endings = try c.decode([String].self, forKey: .endings)
    }
  }

  /// A Latin-script name's last letters and what they become in the other cases: the first
  /// entry whose `ending` a word ends with applies ("" fits any word, so it comes last).
  public struct LatinEnding: Sendable, Hashable, Codable {
    public var ending: String
    public var becomes: [String]

    public init(ending: String, becomes: [String]) {
      self.ending = ending
      self.becomes = becomes
    }
  }

  enum CodingKeys: String, CodingKey {
    case language, inflectionEndings, possessiveSuffixes, adjectivalSuffixes, romanization, shortestStem
    case commonWords, paradigms, latinEndings
  }

  public init(
    language: String, inflectionEndings: [String] = [], possessiveSuffixes: [String] = [],
    adjectivalSuffixes: [String] = [], romanization: String? = nil, shortestStem: Int = 3,
    commonWords: [String] = [], paradigms: [Paradigm] = [], latinEndings: [LatinEnding] = []
  ) {
    self.language = language
    self.inflectionEndings = inflectionEndings
    self.possessiveSuffixes = possessiveSuffixes
    self.adjectivalSuffixes = adjectivalSuffixes
    self.romanization = romanization
    self.shortestStem = shortestStem
    self.commonWords = commonWords
    self.paradigms = paradigms
    self.latinEndings = latinEndings
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    language = try c.decode(String.self, forKey: .language)
    inflectionEndings = try c.decodeIfPresent([String].self, forKey: .inflectionEndings) ?? []
    possessiveSuffixes = try c.decodeIfPresent([String].self, forKey: .possessiveSuffixes) ?? []
    adjectivalSuffixes = try c.decodeIfPresent([String].self, forKey: .adjectivalSuffixes) ?? []
    romanization = try c.decodeIfPresent(String.self, forKey: .romanization)
    shortestStem = try c.decodeIfPresent(Int.self, forKey: .shortestStem) ?? 3
    commonWords = try c.decodeIfPresent([String].self, forKey: .commonWords) ?? []
    paradigms = try c.decodeIfPresent([Paradigm].self, forKey: .paradigms) ?? []
    latinEndings = try c.decodeIfPresent([LatinEnding].self, forKey: .latinEndings) ?? []
  }

  /// The forms a Latin-script word (a match key) of this language takes in the other cases, by
  /// the first `latinEndings` entry that fits it; none for a word shorter than four letters.
  func declined(_ word: String) -> [String] {
    guard word.unicodeScalars.count >= 4 else { return [] }
    guard let rule = latinEndings.first(where: { word.hasSuffix($0.ending) }) else { return [] }
    let stem = String(word.unicodeScalars.dropLast(rule.ending.unicodeScalars.count))
    return rule.becomes.map { stem + $0 }
  }

  public static let schemaKind = "parallax.names-matching"
  static let keySchema = KeySchema.mapping(
    [
      "schema": .any, "language": .any, "inflectionEndings": .any, "possessiveSuffixes": .any,
      "adjectivalSuffixes": .any, "romanization": .any, "shortestStem": .any, "commonWords": .any,
      "paradigms": .sequence(.mapping(["base": .any, "marks": .any, "endings": .any], required: ["base", "endings"])),
      "latinEndings": .sequence(.mapping(["ending": .any, "becomes": .any], required: ["ending", "becomes"])),
    ], required: ["language"])

  /// Every language's profile found in the data, sorted by language.
  public static func loadAll(from data: any LocaleDataProvider) throws(LocaleDataError) -> [NameMatchingProfile] {
    var result: [NameMatchingProfile] = []
    for path in data.allFiles() where path.hasSuffix("/names-matching.yaml") {
      result.append(try load(path, from: data))
    }
    return result.sorted { $0.language < $1.language }
  }

  static func load(_ path: String, from data: any LocaleDataProvider) throws(LocaleDataError) -> NameMatchingProfile {
    let document = try YAMLDocument(
      text: try data.read(path), path: data.displayPath(path), kind: schemaKind, majors: 1...1)
    if let problem = document.unknownKeys(against: keySchema).first { throw problem }
    return try document.decode(NameMatchingProfile.self)
  }
}
