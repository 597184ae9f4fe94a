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
    /// Words of absence by language ("no", "sans", "без"): a term with one of them among the
    /// `TopicTagger.absenceReach` words before it says the thing did not happen ("no
    /// casualties", "n'a pas fait de victimes") and tags nothing.
    public var absence: [String: [String]]?
    /// Words by language that, right after a word of absence, take its sense away ("не менее",
    /// "pas moins", "no fewer": at least).
    public var absenceUnless: [String: [String]]?
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
          ["id": .any, "labels": .dictionary(value: .any), "terms": .dictionary(value: .any), "absence": .dictionary(value: .any),
           "absenceUnless": .dictionary(value: .any)],
          required: ["id", "labels", "terms"])),
    ], required: ["topics"])

  /// The concept with `id`, if any.
  public func concept(_ id: TopicID) -> Concept? { topics.first { $0.id == id } }

  /// Loads and checks `und/topics.yaml` of every layer (the shipped data, then a team's
  /// overlay): ids are dotted lowercase and unique within a file, every concept has the report
  /// labels and the term languages, and prefixes are long enough. An overlay concept with a new
  /// id adds a topic; one with a known id extends it (its labels replace, its terms add), and
  /// then needs only the labels and terms it changes.
  /// - Throws: the first `LocaleDataError`, positioned.
  public static func load(from data: any LocaleDataProvider, path: String = path) throws(LocaleDataError)
    -> TopicLexicon
  {
    let checked = checkedLayers(path, from: data)
    if let problem = checked.problems.first { throw problem }
    var merged = TopicLexicon(topics: [])
    for lexicon in checked.lexicons { merged.add(lexicon) }
    return merged
  }

  init(topics: [Concept]) { self.topics = topics }

  /// Adds `other`'s concepts: new ids at the end, known ids extended.
  mutating func add(_ other: TopicLexicon) {
    for concept in other.topics {
      guard let index = topics.firstIndex(where: { $0.id == concept.id }) else {
        topics.append(concept)
        continue
      }
      topics[index].labels.merge(concept.labels) { _, new in new }
      for (language, patterns) in concept.terms {
        let known = topics[index].terms[language] ?? []
        topics[index].terms[language] = known + patterns.filter { !known.contains($0) }
      }
      topics[index].absence = Self.merged(topics[index].absence, concept.absence)
      topics[index].absenceUnless = Self.merged(topics[index].absenceUnless, concept.absenceUnless)
    }
  }

  /// The word lists of `base` with those of `extra` added, language by language.
  private static func merged(_ base: [String: [String]]?, _ extra: [String: [String]]?) -> [String: [String]]? {
    guard let extra else { return base }
    var merged = base ?? [:]
    for (language, words) in extra {
      let known = merged[language] ?? []
      merged[language] = known + words.filter { !known.contains($0) }
    }
    return merged
  }

  /// Every problem of the file at `path` in every layer that has it.
  public static func validate(_ path: String, from data: any LocaleDataProvider) -> [LocaleDataError] {
    guard path == Self.path else {
      return [.invalidValue(file: data.displayPath(path), line: 1, column: 1, key: "schema", problem: "topic lexicons belong at \(Self.path)")]
    }
    return checkedLayers(path, from: data).problems
  }

  /// Each layer's lexicon at `path`, bottom first, read once, and the problems of all of them.
  private static func checkedLayers(_ path: String, from data: any LocaleDataProvider)
    -> (lexicons: [TopicLexicon], problems: [LocaleDataError])
  {
    var problems: [LocaleDataError] = []
    var lexicons: [TopicLexicon] = []
    var known: Set<TopicID> = []
    for layer in data.layers where layer.exists(path) {
      let checked = validate(path, in: layer, extending: &known)
      problems += checked.problems
      if let lexicon = checked.lexicon { lexicons.append(lexicon) }
    }
    return (lexicons, problems)
  }

  /// The problems of one layer's file; concepts whose ids are in `known` (from the layers
  /// below) extend those and need not repeat every language. Adds the file's ids to `known`.
  static func validate(_ path: String, in data: any LocaleDataProvider, extending known: inout Set<TopicID>)
    -> (lexicon: TopicLexicon?, problems: [LocaleDataError])
  {
    let shown = data.displayPath(path)
    let lexicon: TopicLexicon
    let document: YAMLDocument
    do throws(LocaleDataError) {
      document = try YAMLDocument(text: try data.read(path), path: shown, kind: schemaKind, majors: 1...1)
      if let problem = document.unknownKeys(against: keySchema).first { throw problem }
      lexicon = try document.decode(TopicLexicon.self)
    } catch { return (nil, [error]) }
    var problems: [LocaleDataError] = []
    var seen: [TopicID: Int] = [:]
    let below = known
    for (index, concept) in lexicon.topics.enumerated() {
      let at = document.position(at: [AnyKey("topics"), AnyKey(index), AnyKey("id")])
      known.insert(concept.id)
      if !TopicID.isValid(concept.id.rawValue) {
        problems.append(.invalidValue(file: shown, line: at.line, column: at.column, key: "id",
                                      problem: "'\(concept.id)' is not a dotted lowercase id such as humanitarian.access"))
      }
      if let first = seen[concept.id] {
        problems.append(.duplicateID(file: shown, line: at.line, column: at.column, id: concept.id.rawValue, first: "line \(first)"))
      } else {
        seen[concept.id] = at.line
      }
      let extending = below.contains(concept.id)
      for language in labelLanguages where !extending && (concept.labels[language] ?? "").isEmpty {
        problems.append(.missingKey(file: shown, line: at.line, column: at.column, key: "labels.\(language)"))
      }
      for language in termLanguages where !extending && (concept.terms[language] ?? []).isEmpty {
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
    return (lexicon, problems)
  }
}
