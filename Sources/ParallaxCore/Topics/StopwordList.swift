/// A language's stop words and negation words, from `Locales/<language>/stopwords.yaml`
/// (`schema: parallax.stopwords/1`): stop words stay out of lexical overlap; negation words
/// mark a claim as denied, for `conflicting` alignments.
public struct StopwordList: Sendable, Hashable, Decodable {
  public var language: LocaleID
  public var words: [String]
  public var negations: [String]
  /// Words that multiply the number before them ("тисяч": 1000, "million": 1000000).
  public var multipliers: [String: Int]

  public static let schemaKind = "parallax.stopwords"
  public static let fileName = "stopwords.yaml"

  static let keySchema: KeySchema = .mapping(
    ["schema": .any, "language": .any, "words": .any, "negations": .any, "multipliers": .dictionary(value: .any)], required: ["language", "words"])

  enum CodingKeys: String, CodingKey { case language, words, negations, multipliers }

  public init(language: LocaleID, words: [String], negations: [String] = [], multipliers: [String: Int] = [:]) {
    self.language = language
    self.words = words
    self.negations = negations
    self.multipliers = multipliers
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    language = try c.decode(LocaleID.self, forKey: .language)
    words = try c.decode([String].self, forKey: .words)
    negations = try c.decodeIfPresent([String].self, forKey: .negations) ?? []
    multipliers = try c.decodeIfPresent([String: Int].self, forKey: .multipliers) ?? [:]
  }

  /// Loads one file, such as `de/stopwords.yaml`; its `language` must match its folder.
  public static func load(_ path: String, from data: any LocaleDataProvider) throws(LocaleDataError) -> StopwordList {
    let list = try LocaleFile.load(StopwordList.self, path: path, kind: schemaKind, keys: keySchema, from: data)
    let folder = LocaleFile.language(of: path)
    guard list.language == folder else {
      throw .invalidValue(file: data.displayPath(path), line: 1, column: 1, key: "language",
                          problem: "'\(list.language)' in the folder of '\(folder)'")
    }
    return list
  }

  /// Every language's list, by language.
  public static func loadAll(from data: any LocaleDataProvider) throws(LocaleDataError) -> [LocaleID: StopwordList] {
    var result: [LocaleID: StopwordList] = [:]
    for language in LocaleFile.languages(having: fileName, in: data) {
      result[language] = try load("\(language.rawValue)/\(fileName)", from: data)
    }
    return result
  }
}
