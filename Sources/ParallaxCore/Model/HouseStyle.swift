/// A house style: the preferred form of each entity, loaded terms to report, contexts to leave
/// alone, and how severe each kind of finding is. Data in `Locales/und/styles/<id>.yaml`
/// (`schema: parallax.style/1`).
public struct HouseStyle: Sendable, Hashable, Decodable {
  public struct Severities: Sendable, Hashable, Decodable {
    public var variant: Severity
    public var renamed: Severity
    public var framing: Severity
    public var suggestion: Severity
    public var mixedScript: Severity

    enum CodingKeys: String, CodingKey { case variant, renamed, framing, suggestion, mixedScript = "mixed-script" }

    public init(variant: Severity = .warning, renamed: Severity = .error, framing: Severity = .warning,
                suggestion: Severity = .info, mixedScript: Severity = .error) {
      self.variant = variant
      self.renamed = renamed
      self.framing = framing
      self.suggestion = suggestion
      self.mixedScript = mixedScript
    }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      let defaults = Severities()
      variant = try c.decodeIfPresent(Severity.self, forKey: .variant) ?? defaults.variant
      renamed = try c.decodeIfPresent(Severity.self, forKey: .renamed) ?? defaults.renamed
      framing = try c.decodeIfPresent(Severity.self, forKey: .framing) ?? defaults.framing
      suggestion = try c.decodeIfPresent(Severity.self, forKey: .suggestion) ?? defaults.suggestion
      mixedScript = try c.decodeIfPresent(Severity.self, forKey: .mixedScript) ?? defaults.mixedScript
    }
  }

  /// A loaded term, reported as its own class and never rewritten.
  public struct FramingTerm: Sendable, Hashable, Decodable {
    public var id: String
    public var terms: [String]
    public var entity: EntityID?
    public var severity: Severity?
    public var message: String
    public var alternatives: [String]?
  }

  /// A literal context in which nothing is reported.
  public struct Exception: Sendable, Hashable, Decodable {
    public var text: String
    public var note: String?
  }

  public var id: String
  public var name: String
  public var description: String?
  /// The languages of copy this style reviews.
  public var languages: [String]
  /// The scripts whose spellings the style rules on (a Cyrillic form in English copy is left
  /// alone); every script when empty.
  public var scripts: [String]
  /// Whether `--fix` may rewrite variants.
  public var fix: Bool
  public var severity: Severities
  public var canonical: [EntityID: String]
  public var allowed: [EntityID: [String]]
  public var framing: [FramingTerm]
  public var exceptions: [Exception]

  enum CodingKeys: String, CodingKey {
    case id, name, description, languages, scripts, fix, severity, canonical, allowed, framing, exceptions
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    description = try c.decodeIfPresent(String.self, forKey: .description)
    languages = try c.decodeIfPresent([String].self, forKey: .languages) ?? []
    scripts = try c.decodeIfPresent([String].self, forKey: .scripts) ?? []
    fix = try c.decodeIfPresent(Bool.self, forKey: .fix) ?? false
    severity = try c.decodeIfPresent(Severities.self, forKey: .severity) ?? Severities()
    let canonicalRaw = try c.decodeIfPresent([String: String].self, forKey: .canonical) ?? [:]
    canonical = Dictionary(uniqueKeysWithValues: canonicalRaw.map { (EntityID($0.key), $0.value) })
    let allowedRaw = try c.decodeIfPresent([String: [String]].self, forKey: .allowed) ?? [:]
    allowed = Dictionary(uniqueKeysWithValues: allowedRaw.map { (EntityID($0.key), $0.value) })
    framing = try c.decodeIfPresent([FramingTerm].self, forKey: .framing) ?? []
    exceptions = try c.decodeIfPresent([Exception].self, forKey: .exceptions) ?? []
  }

  public static let schemaKind = "parallax.style"
  static let keySchema = KeySchema.mapping(
    [
      "schema": .any, "id": .any, "name": .any, "description": .any, "languages": .any, "scripts": .any,
      "fix": .any,
      "severity": .mapping([
        "variant": .any, "renamed": .any, "framing": .any, "suggestion": .any, "mixed-script": .any,
      ]),
      "canonical": .any, "allowed": .any,
      "framing": .sequence(
        .mapping(
          ["id": .any, "terms": .any, "entity": .any, "severity": .any, "message": .any, "alternatives": .any,
           "note": .any],
          required: ["id", "terms", "message"])),
      "exceptions": .sequence(.mapping(["text": .any, "note": .any], required: ["text"])),
    ], required: ["id", "name"])

  /// The IDs of the styles in the data (file names under `und/styles/`), sorted.
  public static func ids(in data: any LocaleDataProvider) -> [String] {
    data.allFiles().compactMap { path in
      let parts = path.split(separator: "/")
      guard parts.count == 3, parts[1] == "styles", parts[2].hasSuffix(".yaml") else { return nil }
      return String(parts[2].dropLast(5))
    }.sorted()
  }

  /// Loads style `id`, checking its references against `registry` when given.
  public static func load(_ id: String, from data: any LocaleDataProvider, registry: NameRegistry? = nil)
    throws(LocaleDataError) -> HouseStyle
  {
    guard let path = data.allFiles().first(where: { $0.hasSuffix("/styles/\(id).yaml") }) else {
      throw .invalidValue(
        file: data.displayPath("und/styles"), line: 1, column: 1, key: "style",
        problem: "no style '\(id)'; known: \(ids(in: data).joined(separator: ", "))")
    }
    let (style, problems) = checked(path, from: data, registry: registry)
    if let first = problems.first { throw first }
    guard let style else { throw .unreadable(file: data.displayPath(path), reason: "the style could not be read") }
    return style
  }

  static func parse(_ path: String, from data: any LocaleDataProvider) throws(LocaleDataError) -> (HouseStyle, YAMLDocument) {
    let document = try YAMLDocument(
      text: try data.read(path), path: data.displayPath(path), kind: schemaKind, majors: 1...1)
    return (try document.decode(HouseStyle.self), document)
  }

  /// Every problem in a style file: keys, values, and (with a registry) entity ids that do not
  /// exist and canonical forms that are not registered variants of their entity.
  public static func validate(_ path: String, from data: any LocaleDataProvider, registry: NameRegistry?) -> [LocaleDataError] {
    checked(path, from: data, registry: registry).problems
  }

  /// The style at `path`, parsed once, and every problem found in it.
  static func checked(
    _ path: String, from data: any LocaleDataProvider, registry: NameRegistry?
  ) -> (style: HouseStyle?, problems: [LocaleDataError]) {
    do throws(LocaleDataError) {
      let (style, document) = try parse(path, from: data)
      var problems = document.unknownKeys(against: keySchema)
      let expected = String(path.split(separator: "/").last?.dropLast(5) ?? "")
      if style.id != expected {
        let at = document.position(at: [NameRegistry.Key.named("id")])
        problems.append(.invalidValue(file: document.path, line: at.line, column: at.column, key: "id",
                                      problem: "the id '\(style.id)' must match the file name '\(expected).yaml'"))
      }
      if let registry {
        for (entity, form) in style.canonical.sorted(by: { $0.key < $1.key }) {
          // Positions are looked up only for problems: finding one walks the document.
          var at: (line: Int, column: Int) {
            document.position(at: [NameRegistry.Key.named("canonical"), NameRegistry.Key.named(entity.rawValue)])
          }
          guard let known = registry.entity(entity) else {
            problems.append(.invalidValue(file: document.path, line: at.line, column: at.column, key: "canonical",
                                          problem: "no entity has the id '\(entity)'"))
            continue
          }
          if !known.variants.contains(where: { $0.form == form }) {
            problems.append(.invalidValue(file: document.path, line: at.line, column: at.column, key: "canonical",
                                          problem: "'\(form)' is not a registered variant of \(entity); add it to the registry"))
          }
        }
        for (entity, _) in style.allowed.sorted(by: { $0.key < $1.key }) where registry.entity(entity) == nil {
          let at = document.position(at: [NameRegistry.Key.named("allowed"), NameRegistry.Key.named(entity.rawValue)])
          problems.append(.invalidValue(file: document.path, line: at.line, column: at.column, key: "allowed",
                                        problem: "no entity has the id '\(entity)'"))
        }
        for (index, term) in style.framing.enumerated() {
          if let entity = term.entity, registry.entity(entity) == nil {
            let at = document.position(at: [NameRegistry.Key.named("framing"), NameRegistry.Key.index(index)])
            problems.append(.invalidValue(file: document.path, line: at.line, column: at.column, key: "entity",
                                          problem: "no entity has the id '\(entity)'"))
          }
        }
      }
      var seen: [String: Int] = [:]
      for (index, term) in style.framing.enumerated() {
        if let first = seen[term.id] {
          let at = document.position(at: [NameRegistry.Key.named("framing"), NameRegistry.Key.index(index)])
          let firstAt = document.position(at: [NameRegistry.Key.named("framing"), NameRegistry.Key.index(first)])
          problems.append(.duplicateID(file: document.path, line: at.line, column: at.column, id: term.id,
                                       first: "\(document.path):\(firstAt.line):\(firstAt.column)"))
        } else {
          seen[term.id] = index
        }
      }
      return (style, problems)
    } catch {
      return (nil, [error])
    }
  }
}
