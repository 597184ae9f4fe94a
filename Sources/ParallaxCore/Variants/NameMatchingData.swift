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

  enum CodingKeys: String, CodingKey {
    case language, inflectionEndings, possessiveSuffixes, adjectivalSuffixes, romanization, shortestStem
    case commonWords
  }

  public init(
    language: String, inflectionEndings: [String] = [], possessiveSuffixes: [String] = [],
    adjectivalSuffixes: [String] = [], romanization: String? = nil, shortestStem: Int = 3,
    commonWords: [String] = []
  ) {
    self.language = language
    self.inflectionEndings = inflectionEndings
    self.possessiveSuffixes = possessiveSuffixes
    self.adjectivalSuffixes = adjectivalSuffixes
    self.romanization = romanization
    self.shortestStem = shortestStem
    self.commonWords = commonWords
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
  }

  public static let schemaKind = "parallax.names-matching"
  static let keySchema = KeySchema.mapping(
    [
      "schema": .any, "language": .any, "inflectionEndings": .any, "possessiveSuffixes": .any,
      "adjectivalSuffixes": .any, "romanization": .any, "shortestStem": .any, "commonWords": .any,
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
