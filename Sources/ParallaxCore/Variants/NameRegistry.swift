import Foundation
import ParallaxICU

/// The registered entities and their names, read from `Locales/*/names/*.yaml`
/// (`schema: parallax.names/1`) and the shared forms from `parallax.name-ambiguities/1` files.
///
/// ```swift
/// let registry = try NameRegistry.load(from: data)
/// registry.entity("place.kyiv")?.variants.map(\.form)   // ["Kyiv", "Kiev", "Kiew", "Київ", …]
/// ```
public struct NameRegistry: Sendable {
  public static let namesKind = "parallax.names"
  public static let ambiguitiesKind = "parallax.name-ambiguities"

  /// Every entity, sorted by id (from a names cache, each decoded when it is read).
  public let entities: EntityList
  /// Forms shared by several entities, with their disambiguation rules.
  public let ambiguities: [NameAmbiguity]
  /// Entity indexes by id, for entities in an array; encoded ones are found by binary search.
  private let byID: [EntityID: Int]

  public init(entities: [Entity], ambiguities: [NameAmbiguity] = []) {
    let sorted = entities.sorted { $0.id < $1.id }
    self.entities = EntityList(sorted)
    self.ambiguities = ambiguities
    var byID: [EntityID: Int] = [:]
    for (index, entity) in sorted.enumerated() where byID[entity.id] == nil { byID[entity.id] = index }
    self.byID = byID
  }

  /// A registry over the records of a names cache, sorted by id and with ids that ascend
  /// bytewise (`EncodedEntities.idsAscendBytewise`).
  init(encoded: EncodedEntities, ambiguities: [NameAmbiguity]) {
    self.entities = EntityList(encoded)
    self.ambiguities = ambiguities
    self.byID = [:]
  }

  /// The entity with `id`.
  public func entity(_ id: EntityID) -> Entity? {
    let index = entities.isEncoded ? entities.encodedIndex(of: id) : byID[id]
    return index.map { entities[$0] }
  }

  /// The number of variants over all entities.
  public var variantCount: Int { entities.reduce(0) { $0 + $1.variants.count } }

  // MARK: - Loading

  struct NamesFile: Decodable { var entities: [Entity] }
  struct AmbiguitiesFile: Decodable { var ambiguities: [NameAmbiguity] }

  static let variantSchema = KeySchema.mapping(
    [
      "form": .any, "lang": .any, "how": .any, "script": .any, "scheme": .any, "case": .any,
      "from": .any, "until": .any, "note": .any, "source": .any,
    ], required: ["form", "lang", "how"])
  static let namesSchema = KeySchema.mapping(
    [
      "schema": .any,
      "entities": .sequence(
        .mapping(
          [
            "id": .any, "kind": .any, "type": .any, "within": .any, "note": .any, "source": .any,
            "gender": .any, "side": .any, "variants": .sequence(variantSchema),
          ], required: ["id", "kind", "variants"])),
    ], required: ["entities"])
  static let ambiguitiesSchema = KeySchema.mapping(
    [
      "schema": .any,
      "ambiguities": .sequence(
        .mapping(
          ["form": .any, "entities": .any, "default": .any, "cues": .any, "note": .any, "ordinaryWordIn": .any],
          required: ["form", "entities", "default"])),
    ], required: ["ambiguities"])

  /// The registry's files: every `<language>/names/*.yaml`.
  static func files(in data: any LocaleDataProvider) -> [String] {
    data.allFiles().filter {
      let parts = $0.split(separator: "/")
      return parts.count == 3 && parts[1] == "names"
    }
  }

  /// Loads the registry; the first problem found is thrown.
  /// - Throws: `LocaleDataError` with file:line:column.
  public static func load(from data: any LocaleDataProvider) throws(LocaleDataError) -> NameRegistry {
    let (registry, problems) = read(from: data, checking: false)
    if let first = problems.first { throw first }
    return registry
  }

  /// Every problem in the registry's files: syntax, unknown keys, duplicate ids, bad dates,
  /// dangling references, and forms claimed by two entities with no ambiguity rule.
  public static func validate(_ data: any LocaleDataProvider) -> [LocaleDataError] {
    let (_, problems) = read(from: data, checking: true)
    return problems
  }

  /// Where each entity and variant came from, for positioned messages: the document, the
  /// entity's index in it, and the layer (0 for the shipped data, then the overlay).
  struct Origin {
    let document: YAMLDocument
    let index: Int
    var layer = 0
  }

  static func read(from data: any LocaleDataProvider, checking: Bool) -> (registry: NameRegistry, problems: [LocaleDataError]) {
    var problems: [LocaleDataError] = []
    var entities: [Entity] = []
    var origins: [Origin] = []
    var ambiguities: [NameAmbiguity] = []
    var ambiguityOrigins: [Origin] = []
    for (layerIndex, layer) in data.layers.enumerated() {
      for path in files(in: layer) {
        do throws(LocaleDataError) {
          let text = try layer.read(path)
          let kind = YAMLDocument.schemaKind(of: text)
          let shown = layer.displayPath(path)
          if kind == ambiguitiesKind {
            let document = try YAMLDocument(text: text, path: shown, kind: ambiguitiesKind, majors: 1...1)
            if checking { problems += document.unknownKeys(against: ambiguitiesSchema) }
            let file = try document.decode(AmbiguitiesFile.self)
            for (index, ambiguity) in file.ambiguities.enumerated() {
              ambiguities.append(ambiguity)
              ambiguityOrigins.append(Origin(document: document, index: index, layer: layerIndex))
            }
          } else {
            let document = try YAMLDocument(text: text, path: shown, kind: namesKind, majors: 1...1)
            if checking { problems += document.unknownKeys(against: namesSchema) }
            if let file = try? document.decode(NamesFile.self) {
              for (index, entity) in file.entities.enumerated() {
                entities.append(entity)
                origins.append(Origin(document: document, index: index, layer: layerIndex))
              }
            } else {
              // Read entity by entity, so one bad entry is reported and the rest still checked.
              for index in 0..<document.count(at: [Key.named("entities")]) {
                do throws(LocaleDataError) {
                  entities.append(try document.decode(Entity.self, at: [Key.named("entities"), Key.index(index)]))
                  origins.append(Origin(document: document, index: index, layer: layerIndex))
                } catch {
                  problems.append(error)
                }
              }
            }
          }
        } catch {
          problems.append(error)
        }
      }
    }
    problems += structuralProblems(entities, origins, ambiguities, ambiguityOrigins)
    if checking, let profile = try? MatchKeyData.load(from: data) {
      problems += collisions(entities, origins, ambiguities, profile: profile)
    }
    return (NameRegistry(entities: merged(entities, origins), ambiguities: ambiguities), problems)
  }

  /// The entities with each id once: an entry of a higher layer (the overlay) whose id a lower
  /// one defined extends that entity with its new variants (a form already registered in the
  /// same language is not repeated) and its `type`, `within`, `note`, `gender` and `side` when
  /// given.
  static func merged(_ entities: [Entity], _ origins: [Origin]) -> [Entity] {
    guard origins.contains(where: { $0.layer > 0 }) else { return entities }
    var result: [Entity] = []
    var at: [EntityID: (index: Int, layer: Int)] = [:]
    for (entity, origin) in zip(entities, origins) {
      guard let first = at[entity.id], first.layer < origin.layer else {
        if at[entity.id] == nil { at[entity.id] = (result.count, origin.layer) }
        result.append(entity)
        continue
      }
      var base = result[first.index]
      var known = Set(base.variants.map { "\($0.lang)\u{1F}\($0.form)" })
      for variant in entity.variants where known.insert("\(variant.lang)\u{1F}\(variant.form)").inserted {
        base.variants.append(variant)
      }
      if let type = entity.type { base.type = type }
      if let within = entity.within { base.within = within }
      if let note = entity.note { base.note = note }
      if let gender = entity.gender { base.gender = gender }
      if let side = entity.side { base.side = side }
      result[first.index] = base
    }
    return result
  }

  static func position(_ origin: Origin, _ path: [Key]) -> (file: String, line: Int, column: Int) {
    let at = origin.document.position(at: [Key.named("entities"), Key.index(origin.index)] + path)
    return (origin.document.path, at.line, at.column)
  }

  private static func structuralProblems(
    _ entities: [Entity], _ origins: [Origin], _ ambiguities: [NameAmbiguity], _ ambiguityOrigins: [Origin]
  ) -> [LocaleDataError] {
    var problems: [LocaleDataError] = []
    var firstSeen: [EntityID: (String, Int, Int)] = [:]
    var firstOf: [EntityID: (layer: Int, kind: EntityKind)] = [:]
    for (entity, origin) in zip(entities, origins) {
      // Positions are looked up only for problems: finding one walks the document.
      var at: (file: String, line: Int, column: Int) { position(origin, [.named("id")]) }
      if let first = firstOf[entity.id], first.layer == origin.layer, let shown = firstSeen[entity.id] {
        problems.append(
          .duplicateID(file: at.file, line: at.line, column: at.column, id: entity.id.rawValue,
                       first: "\(shown.0):\(shown.1):\(shown.2)"))
      } else if let first = firstOf[entity.id], first.kind != entity.kind {
        // An overlay entry extends the entity the shipped data defines; it cannot change its kind.
        let kindAt = position(origin, [.named("kind")])
        problems.append(
          .invalidValue(file: kindAt.file, line: kindAt.line, column: kindAt.column, key: "kind",
                        problem: "\(entity.id) is a \(first.kind.rawValue) in the data below this overlay, not a \(entity.kind.rawValue)"))
      } else if firstOf[entity.id] == nil {
        firstOf[entity.id] = (origin.layer, entity.kind)
        firstSeen[entity.id] = at
      }
      if entity.gender != nil, entity.kind != .person {
        let g = position(origin, [.named("gender")])
        problems.append(
          .invalidValue(file: g.file, line: g.line, column: g.column, key: "gender",
                        problem: "\(entity.id) is a \(entity.kind.rawValue); only a person has a gender"))
      }
      if !isWellFormed(entity.id) {
        problems.append(
          .invalidValue(file: at.file, line: at.line, column: at.column, key: "id",
                        problem: "'\(entity.id)' is not a dotted lowercase id such as place.kyiv"))
      }
      for (index, variant) in entity.variants.enumerated() {
        if variant.how == .renamed, variant.until == nil {
          let v = position(origin, [.named("variants"), .index(index)])
          problems.append(
            .missingKey(file: v.file, line: v.line, column: v.column, key: "until"))
        }
        if let from = variant.from, let until = variant.until, until < from {
          let v = position(origin, [.named("variants"), .index(index)])
          problems.append(
            .invalidValue(file: v.file, line: v.line, column: v.column, key: "until",
                          problem: "\(until) is before from \(from)"))
        }
        if variant.form.trimmingCharacters(in: .whitespaces).isEmpty {
          let v = position(origin, [.named("variants"), .index(index)])
          problems.append(.invalidValue(file: v.file, line: v.line, column: v.column, key: "form", problem: "empty"))
        }
      }
    }
    problems += sideProblems(entities, origins, kinds: firstOf.mapValues(\.kind))
    for (entity, origin) in zip(entities, origins) {
      if let within = entity.within, firstSeen[within] == nil {
        let at = position(origin, [.named("within")])
        problems.append(
          .invalidValue(file: at.file, line: at.line, column: at.column, key: "within",
                        problem: "no entity has the id '\(within)'"))
      }
    }
    for (ambiguity, origin) in zip(ambiguities, ambiguityOrigins) {
      let at = origin.document.position(at: [Key.named("ambiguities"), Key.index(origin.index)])
      for id in ambiguity.entities + [ambiguity.default] + Array(ambiguity.cues.keys) where firstSeen[id] == nil {
        problems.append(
          .invalidValue(file: origin.document.path, line: at.line, column: at.column, key: "entities",
                        problem: "no entity has the id '\(id)'"))
      }
      if !ambiguity.entities.contains(ambiguity.default) {
        problems.append(
          .invalidValue(file: origin.document.path, line: at.line, column: at.column, key: "default",
                        problem: "'\(ambiguity.default)' is not one of the entities"))
      }
    }
    return problems
  }

  /// Forms (compared by match key) that two entities claim with no ambiguity rule, reported at
  /// the later variant with the position of the first. Imported forms (those with a `source`)
  /// are left out: a gazetteer is full of homonyms (dozens of places called Oleksandrivka), and
  /// the matcher treats a shared form it has no rule for as unresolved rather than guessing.
  private static func collisions(
    _ entities: [Entity], _ origins: [Origin], _ ambiguities: [NameAmbiguity], profile: MatchKeyProfile
  ) -> [LocaleDataError] {
    guard let keys = try? MatchKeyBuilder(profile: profile), let words = try? WordBreaker(locale: "und") else { return [] }
    let tokenizer = NameTokenizer(keys: keys, words: words)
    func key(_ form: String) -> String { (try? tokenizer.keys(of: form).joined(separator: " ")) ?? form }
    let ruled = Set(ambiguities.map { key($0.form) })
    var first: [String: (entity: EntityID, at: (file: String, line: Int, column: Int))] = [:]
    var problems: [LocaleDataError] = []
    for (entity, origin) in zip(entities, origins) {
      for (index, variant) in entity.variants.enumerated() where variant.source == nil {
        let k = key(variant.form)
        guard !k.isEmpty, !ruled.contains(k) else { continue }
        let at = position(origin, [.named("variants"), .index(index)])
        if let earlier = first[k] {
          if earlier.entity != entity.id {
            problems.append(.invalidValue(
              file: at.file, line: at.line, column: at.column, key: "form",
              problem: "'\(variant.form)' is also a form of \(earlier.entity) (\(earlier.at.file):\(earlier.at.line):\(earlier.at.column)); add a rule to an ambiguities file"))
          }
        } else {
          first[k] = (entity.id, at)
        }
      }
    }
    return problems
  }

  /// `kind.slug` with lowercase ASCII letters, digits and hyphens.
  static func isWellFormed(_ id: EntityID) -> Bool {
    let parts = id.rawValue.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 2 else { return false }
    return parts.allSatisfy { part in
      !part.isEmpty && part.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }
  }

  enum Key: CodingKey {
    case named(String), index(Int)
    var stringValue: String {
      switch self {
      case .named(let name): name
      case .index(let i): "\(i)"
      }
    }
    var intValue: Int? {
      if case .index(let i) = self { return i }
      return nil
    }
    init?(stringValue: String) { self = .named(stringValue) }
    init?(intValue: Int) { self = .index(intValue) }
  }
}
