/// What tells one language from its neighbours in the same script: distinctive letters and
/// frequent function words, from `Locales/<language>/language-profile.yaml`
/// (`schema: parallax.language-profiles/1`).
public struct LanguageProfile: Sendable, Hashable, Decodable {
  public var language: LocaleID
  /// The ISO 15924 script it is written in (`Latn`, `Cyrl`).
  public var script: String
  /// Letters that point to this language, each with a weight ("ї": 3 for Ukrainian).
  public var letters: [String: Int]
  /// Letters that rule this language out (Ukrainian has no "ы").
  public var excludedLetters: [String]
  /// Frequent short words ("the", "и", "та").
  public var words: [String]
  /// Letters so frequent in the language that a text of its script with at least `within`
  /// letters and none of them is not in it, when letters and words leave the choice open
  /// (Ukrainian: і, ї, є).
  public var frequentLetters: FrequentLetters?

  public struct FrequentLetters: Sendable, Hashable, Decodable {
    public var letters: [String]
    public var within: Int

    public init(letters: [String], within: Int) {
      self.letters = letters
      self.within = within
    }
  }

  /// A profile built in code (files go through `load(_:from:)`).
  public init(
    language: LocaleID, script: String, letters: [String: Int] = [:], excludedLetters: [String] = [],
    words: [String], frequentLetters: FrequentLetters? = nil
  ) {
    self.language = language
    self.script = script
    self.letters = letters
    self.excludedLetters = excludedLetters
    self.words = words
    self.frequentLetters = frequentLetters
  }

  enum CodingKeys: String, CodingKey { case language, script, letters, excludedLetters, words, frequentLetters }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    language = try c.decode(LocaleID.self, forKey: .language)
    script = try c.decode(String.self, forKey: .script)
    letters = try c.decodeIfPresent([String: Int].self, forKey: .letters) ?? [:]
    excludedLetters = try c.decodeIfPresent([String].self, forKey: .excludedLetters) ?? []
    words = try c.decodeIfPresent([String].self, forKey: .words) ?? []
    frequentLetters = try c.decodeIfPresent(FrequentLetters.self, forKey: .frequentLetters)
  }

  public static let schemaKind = "parallax.language-profiles"
  public static let fileName = "language-profile.yaml"

  static let keySchema = KeySchema.mapping(
    [
      "schema": .any, "language": .any, "script": .any, "letters": .any, "excludedLetters": .any, "words": .any,
      "frequentLetters": .mapping(["letters": .any, "within": .any], required: ["letters", "within"]),
    ],
    required: ["language", "script", "words"])

  /// Loads one file, such as `uk/language-profile.yaml`.
  public static func load(_ path: String, from data: any LocaleDataProvider) throws(LocaleDataError) -> LanguageProfile {
    let profile = try LocaleFile.load(LanguageProfile.self, path: path, kind: schemaKind, keys: keySchema, from: data)
    let shown = data.displayPath(path)
    for key in profile.letters.keys.sorted() + profile.excludedLetters + (profile.frequentLetters?.letters ?? [])
    where key.unicodeScalars.count != 1 {
      let document = try YAMLDocument(text: try data.read(path), path: shown, kind: schemaKind, majors: 1...1)
      let at = document.position(at: [AnyKey("letters")])
      throw .invalidValue(file: shown, line: at.line, column: at.column, key: "letters", problem: "'\(key)' is not a single letter")
    }
    return profile
  }

  /// Every language's profile in `data`, sorted by language.
  public static func loadAll(from data: any LocaleDataProvider) throws(LocaleDataError) -> [LanguageProfile] {
    var result: [LanguageProfile] = []
    for language in LocaleFile.languages(having: fileName, in: data) {
      result.append(try load("\(language.rawValue)/\(fileName)", from: data))
    }
    return result
  }
}
