/// Every word a Markdown report prints in one report language, read from
/// `Locales/<language>/report.yaml` (`schema: parallax.report/1`): labels, template sentences,
/// the CLDR date skeletons and, per statement language, the transliteration scheme that shows
/// statements in another script to this report's readers.
///
/// ```swift
/// let strings = try ReportStrings.load(for: "uk", from: data)
/// strings[.sources]                                   // "Джерела"
/// strings.sentence(.allReport, ["topics": "…"])       // "Усі джерела повідомляють про: …"
/// ```
public struct ReportStrings: Sendable, Hashable {
  /// The report language (`en`, `ru`, `uk`): labels, ICU dates and collation follow it.
  public var language: LocaleID
  /// The CLDR skeleton of full dates (`yMMMMd`).
  public var dateSkeleton: String
  /// The CLDR skeleton of dates without a year (`MMMMd`).
  public var monthDaySkeleton: String
  /// The CLDR skeleton of a month of a year (`yMMMM`), for the naming-over-time table.
  public var monthSkeleton: String
  /// Transliteration scheme ids by statement language (`ru: ru-Latn-BGN`).
  public var transliterate: [String: String]
  public var labels: [String: String]
  public var sentences: [String: String]
  /// The statement cues of every language (units, responsibility), read with the strings so
  /// the renderer stays a pure function of what it is given.
  public var cues = StatementCueSet()

  public static let schemaKind = "parallax.report"
  public static let fileName = "report.yaml"

  static let keySchema: KeySchema = .mapping(
    ["schema": .any, "language": .any, "dateSkeleton": .any, "monthDaySkeleton": .any, "monthSkeleton": .any,
     "transliterate": .dictionary(value: .any), "labels": .dictionary(value: .any),
     "sentences": .dictionary(value: .any)],
    required: ["language", "labels", "sentences"])

  public init(language: LocaleID, dateSkeleton: String = "yMMMMd", monthDaySkeleton: String = "MMMMd",
              monthSkeleton: String = "yMMMM", transliterate: [String: String] = [:], labels: [String: String],
              sentences: [String: String]) {
    self.language = language
    self.dateSkeleton = dateSkeleton
    self.monthDaySkeleton = monthDaySkeleton
    self.monthSkeleton = monthSkeleton
    self.transliterate = transliterate
    self.labels = labels
    self.sentences = sentences
  }

  /// Strings whose every label and sentence is its own key, for benchmarks and tests that
  /// measure or check structure rather than wording.
  public static func keys(language: LocaleID = "en") -> ReportStrings {
    ReportStrings(
      language: language,
      labels: Dictionary(uniqueKeysWithValues: ReportLabel.allCases.map { ($0.rawValue, $0.rawValue) }),
      sentences: Dictionary(uniqueKeysWithValues: ReportSentence.allCases.map { sentence in
        (sentence.rawValue, sentence.rawValue + ": " + sentence.placeholders.sorted().map { "{\($0)}" }.joined(separator: " "))
      }))
  }

  /// The text of a label (its key when missing, which validation rules out).
  public subscript(_ label: ReportLabel) -> String { labels[label.rawValue] ?? label.rawValue }

  /// A template sentence with its placeholders replaced by `values` (already Markdown-safe).
  public func sentence(_ sentence: ReportSentence, _ values: [String: String]) -> String {
    let template = sentences[sentence.rawValue] ?? sentence.rawValue
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      out += rest[rest.startIndex..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      let name = String(rest[rest.index(after: open)..<close])
      out += values[name] ?? ""
      rest = rest[rest.index(after: close)...]
    }
    return out + rest
  }

  /// A sentence split around its one `{name}` placeholder (any other placeholder empty):
  /// `before + value + after` is `sentence(sentence, [name: value])`. Nil when `name` is not
  /// in it exactly once. For a sentence filled once per row (the line of each statement).
  public func split(_ sentence: ReportSentence, at name: String) -> (before: String, after: String)? {
    let template = sentences[sentence.rawValue] ?? sentence.rawValue
    var parts = [""]
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      parts[parts.count - 1] += rest[rest.startIndex..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      if rest[rest.index(after: open)..<close] == name { parts.append("") }
      rest = rest[rest.index(after: close)...]
    }
    parts[parts.count - 1] += rest
    return parts.count == 2 ? (parts[0], parts[1]) : nil
  }

  /// The report languages that have a `report.yaml`, sorted.
  public static func languages(in data: any LocaleDataProvider) -> [LocaleID] {
    LocaleFile.languages(having: fileName, in: data)
  }

  /// Loads `<language>/report.yaml`.
  /// - Throws: `LocaleDataError` with file:line:column for a missing file, unknown or missing
  ///   keys, or a sentence with an unknown placeholder.
  public static func load(for language: LocaleID, from data: any LocaleDataProvider) throws(LocaleDataError) -> ReportStrings {
    try load(for: language, from: data, people: try PersonSides.load(from: data))
  }

  /// `load(for:from:)` with the names already loaded (from the cache): the agent reader's
  /// people by side are taken from them instead of the names files being read again.
  public static func load(for language: LocaleID, from data: any LocaleDataProvider, names: NameSetup) throws(LocaleDataError) -> ReportStrings {
    try load(for: language, from: data, people: PersonSides.people(in: names.registry))
  }

  /// `load(for:from:)` with the responsibility reader's people given (from a names setup
  /// already loaded, or none yet: see `StatementCues.adding`).
  static func load(
    for language: LocaleID, from data: any LocaleDataProvider, people: [PersonSides.Person]
  ) throws(LocaleDataError) -> ReportStrings {
    let path = "\(language.rawValue)/\(fileName)"
    guard data.exists(path) else {
      throw .invalidValue(file: data.displayPath(path), line: 1, column: 1, key: "language",
                          problem: "no report strings for '\(language)'; known: \(languages(in: data).map(\.rawValue).joined(separator: ", "))")
    }
    let (file, problems) = checked(path, from: data)
    if let problem = problems.first { throw problem }
    guard var strings = file?.strings else { preconditionFailure("a report file without problems decodes") }
    strings.cues = try StatementCues.loadAllDeferred(from: data).adding(people: people)
    return strings
  }

  /// Every problem of one report file: schema, unknown keys, the language and its folder,
  /// missing or unknown labels and sentences, unknown placeholders, unknown schemes.
  public static func validate(_ path: String, from data: any LocaleDataProvider) -> [LocaleDataError] {
    checked(path, from: data).problems
  }

  /// The decoded file at `path` (nil when it does not decode) and every problem of it, read once.
  private static func checked(_ path: String, from data: any LocaleDataProvider) -> (file: ReportFile?, problems: [LocaleDataError]) {
    let shown = data.displayPath(path)
    let document: YAMLDocument
    let file: ReportFile
    do throws(LocaleDataError) {
      document = try YAMLDocument(text: try data.read(path), path: shown, kind: schemaKind, majors: 1...1)
      let unknown = document.unknownKeys(against: keySchema)
      if !unknown.isEmpty { return (nil, unknown) }
      file = try document.decode(ReportFile.self)
    } catch { return (nil, [error]) }
    var problems: [LocaleDataError] = []
    let parts = path.split(separator: "/")
    if parts.count != 2 || parts[1] != fileName {
      problems.append(.invalidValue(file: shown, line: 1, column: 1, key: "schema",
                                    problem: "this kind belongs at <language>/\(fileName)"))
    } else if file.language != LocaleFile.language(of: path) {
      let at = document.position(at: [Key("language")])
      problems.append(.invalidValue(file: shown, line: at.line, column: at.column, key: "language",
                                    problem: "'\(file.language)' in the folder of '\(LocaleFile.language(of: path))'"))
    }
    func check(_ section: String, given: [String: String], known: Set<String>) {
      let at = document.position(at: [Key(section)])
      for key in known.subtracting(given.keys).sorted() {
        problems.append(.missingKey(file: shown, line: at.line, column: at.column, key: "\(section).\(key)"))
      }
      for key in Set(given.keys).subtracting(known).sorted() {
        let position = document.position(at: [Key(section), Key(key)])
        problems.append(.unknownKey(file: shown, line: position.line, column: position.column, key: key, known: known.sorted()))
      }
    }
    check("labels", given: file.labels, known: Set(ReportLabel.allCases.map(\.rawValue)))
    check("sentences", given: file.sentences, known: Set(ReportSentence.allCases.map(\.rawValue)))
    for sentence in ReportSentence.allCases {
      guard let template = file.sentences[sentence.rawValue] else { continue }
      for name in placeholders(in: template) where !sentence.placeholders.contains(name) {
        let at = document.position(at: [Key("sentences"), Key(sentence.rawValue)])
        problems.append(.invalidValue(
          file: shown, line: at.line, column: at.column, key: "sentences.\(sentence.rawValue)",
          problem: "unknown placeholder {\(name)}; this sentence knows \(sentence.placeholders.sorted().map { "{\($0)}" }.joined(separator: " "))"))
      }
    }
    let schemes = Set(SchemeCatalog(data: data).ids)
    for (language, scheme) in (file.transliterate ?? [:]).sorted(by: { $0.key < $1.key }) where !schemes.contains(scheme) {
      let at = document.position(at: [Key("transliterate"), Key(language)])
      problems.append(.invalidValue(file: shown, line: at.line, column: at.column, key: "transliterate.\(language)",
                                    problem: "no transliteration scheme '\(scheme)' under <language>/transliteration"))
    }
    return (file, problems)
  }

  /// The `{name}`s of a template.
  static func placeholders(in template: String) -> [String] {
    var names: [String] = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      names.append(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return names
  }

  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ value: String) { stringValue = value }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }
}

/// The decoded shape of a `report.yaml`.
private struct ReportFile: Decodable {
  var language: LocaleID
  var dateSkeleton: String?
  var monthDaySkeleton: String?
  var monthSkeleton: String?
  var transliterate: [String: String]?
  var labels: [String: String]
  var sentences: [String: String]

  var strings: ReportStrings {
    ReportStrings(language: language, dateSkeleton: dateSkeleton ?? "yMMMMd", monthDaySkeleton: monthDaySkeleton ?? "MMMMd",
                  monthSkeleton: monthSkeleton ?? "yMMMM", transliterate: transliterate ?? [:], labels: labels,
                  sentences: sentences)
  }
}
