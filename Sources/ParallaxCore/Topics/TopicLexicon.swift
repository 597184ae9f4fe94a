/// The topic lexicons: concepts with a label per report language and, per language, the
/// patterns that signal them. Data in `Locales/und/topics.yaml` (`schema: parallax.topics/1`).
///
/// A pattern is words separated by spaces that must appear next to each other, in order; each
/// word is compared by match key, and a trailing `*` makes it a prefix (`военнопленн*`).
public struct TopicLexicon: Sendable, Hashable, Decodable {
  /// One concept.
  public struct Concept: Sendable, Hashable, Decodable {
    /// Dotted lowercase id: `humanitarian.access`.
    public var id: TopicID
    /// Labels by report language (`en`, `ru`, `uk`).
    public var labels: [String: String]
    /// Patterns by language.
    public var terms: [String: [String]]
  }

  public var topics: [Concept]

  public static let schemaKind = "parallax.topics"
  public static let path = "und/topics.yaml"
  /// Report languages every concept must label.
  public static let labelLanguages = ["en", "ru", "uk"]
  /// Languages every concept must have terms in.
  public static let termLanguages = ["de", "en", "es", "fr", "ru", "uk"]
  /// The shortest prefix a one-word `*` pattern may have, in Unicode scalars (in a phrase the
  /// other words narrow it enough).
  public static let shortestPrefix = 4

  static let keySchema: KeySchema = .mapping(
    [
      "schema": .any,
      "topics": .sequence(
        .mapping(
          ["id": .any, "labels": .dictionary(value: .any), "terms": .dictionary(value: .any)],
          required: ["id", "labels", "terms"])),
    ], required: ["topics"])

  /// The concept with `id`, if any.
  public func concept(_ id: TopicID) -> Concept? { topics.first { $0.id == id } }

  /// Loads and checks `und/topics.yaml`: ids are dotted lowercase and unique, every concept has
  /// the report labels and the term languages, and prefixes are long enough.
  /// - Throws: the first `LocaleDataError`, positioned.
  public static func load(from data: any LocaleDataProvider, path: String = path) throws(LocaleDataError)
    -> TopicLexicon
  {
    if let problem = validate(path, from: data).first { throw problem }
    return try LocaleFile.load(TopicLexicon.self, path: path, kind: schemaKind, keys: keySchema, from: data)
  }

  /// Every problem of the file at `path`.
  public static func validate(_ path: String, from data: any LocaleDataProvider) -> [LocaleDataError] {
    let shown = data.displayPath(path)
    let lexicon: TopicLexicon
    let document: YAMLDocument
    do throws(LocaleDataError) {
      guard path == Self.path else {
        return [.invalidValue(file: shown, line: 1, column: 1, key: "schema", problem: "topic lexicons belong at \(Self.path)")]
      }
      lexicon = try LocaleFile.load(TopicLexicon.self, path: path, kind: schemaKind, keys: keySchema, from: data)
      document = try YAMLDocument(text: try data.read(path), path: shown, kind: schemaKind, majors: 1...1)
    } catch { return [error] }
    var problems: [LocaleDataError] = []
    var seen: [TopicID: Int] = [:]
    for (index, concept) in lexicon.topics.enumerated() {
      let at = document.position(at: [AnyKey("topics"), AnyKey(index), AnyKey("id")])
      if !TopicID.isValid(concept.id.rawValue) {
        problems.append(.invalidValue(file: shown, line: at.line, column: at.column, key: "id",
                                      problem: "'\(concept.id)' is not a dotted lowercase id such as humanitarian.access"))
      }
      if let first = seen[concept.id] {
        problems.append(.duplicateID(file: shown, line: at.line, column: at.column, id: concept.id.rawValue, first: "line \(first)"))
      } else {
        seen[concept.id] = at.line
      }
      for language in labelLanguages where (concept.labels[language] ?? "").isEmpty {
        problems.append(.missingKey(file: shown, line: at.line, column: at.column, key: "labels.\(language)"))
      }
      for language in termLanguages where (concept.terms[language] ?? []).isEmpty {
        problems.append(.missingKey(file: shown, line: at.line, column: at.column, key: "terms.\(language)"))
      }
      for (language, patterns) in concept.terms.sorted(by: { $0.key < $1.key }) {
        for (k, pattern) in patterns.enumerated() {
          let words = pattern.split(separator: " ")
          let short = words.first { $0.hasSuffix("*") && $0.unicodeScalars.count - 1 < shortestPrefix }
          if words.isEmpty || (words.count == 1 && short != nil) {
            let p = document.position(at: [AnyKey("topics"), AnyKey(index), AnyKey("terms"), AnyKey(language), AnyKey(k)])
            problems.append(.invalidValue(file: shown, line: p.line, column: p.column, key: "terms.\(language)",
                                          problem: "'\(pattern)' has a prefix shorter than \(shortestPrefix) letters; spell the forms out"))
          }
        }
      }
    }
    return problems
  }
}
