/// A transliteration scheme kept as data: ICU transform rules with their provenance.
///
/// Files live at `Locales/<language>/transliteration/<id>.yaml` with
/// `schema: parallax.transliteration/1`; adding a scheme is adding a file.
public struct TransliterationScheme: Sendable, Hashable, Decodable {
  public var id: String
  public var name: String
  public var description: String
  /// The standard the rules implement.
  public var source: String
  /// The languages whose text the scheme is for.
  public var languages: [String]
  /// A UnicodeSet pattern of the characters the rules treat as one word. When given, the rules
  /// promise that no context looks past a word, so text may be transliterated word by word
  /// through a memo table.
  public var wordCharacters: String?
  /// Rules applied after `rules` when ASCII-only output is asked for; `::Latin-ASCII;` when nil.
  public var ascii: String?
  /// ICU transform rules.
  public var rules: String

  /// The file the scheme came from, as shown in messages.
  public internal(set) var file: String = ""
  /// The file line where the rule text starts (rule line 1).
  public internal(set) var rulesFirstLine: Int = 1
  /// The file line where the ASCII rule text starts.
  public internal(set) var asciiFirstLine: Int = 1

  enum CodingKeys: String, CodingKey {
    case id, name, description, source, languages, wordCharacters, ascii, rules
  }

  /// The keys a scheme file may have.
  static let keySchema = KeySchema.mapping(
    [
      "schema": .any, "id": .any, "name": .any, "description": .any, "source": .any,
      "languages": .any, "wordCharacters": .any, "ascii": .any, "rules": .any,
    ],
    required: ["id", "name", "description", "rules"])

  public init(
    id: String, name: String, description: String, source: String = "", languages: [String] = [],
    wordCharacters: String? = nil, ascii: String? = nil, rules: String
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.source = source
    self.languages = languages
    self.wordCharacters = wordCharacters
    self.ascii = ascii
    self.rules = rules
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    name = try container.decode(String.self, forKey: .name)
    description = try container.decode(String.self, forKey: .description)
    source = try container.decodeIfPresent(String.self, forKey: .source) ?? ""
    languages = try container.decodeIfPresent([String].self, forKey: .languages) ?? []
    wordCharacters = try container.decodeIfPresent(String.self, forKey: .wordCharacters)
    ascii = try container.decodeIfPresent(String.self, forKey: .ascii)
    rules = try container.decode(String.self, forKey: .rules)
  }
}
