import Foundation

/// The review file of fuzzy name suggestions (`schema: parallax.name-suggestions/1`): `check
/// --suggestions FILE` writes it; an editor sets `accept: true` on real spellings; `names accept`
/// adds those as variants to the team's overlay folder, never to the shipped data.
public enum NameSuggestions {
  public static let schemaKind = "parallax.name-suggestions"

  public struct Suggestion: Sendable, Hashable, Decodable {
    public var form: String
    public var entity: EntityID
    public var lang: String?
    public var accept: Bool?
    public var nearest: String?
    public var similarity: Double?
    public var seen: String?
  }

  struct File: Decodable { var suggestions: [Suggestion] }

  /// The review file for `findings` (suggestion findings), one entry per form and entity.
  public static func render(_ findings: [StyleFinding]) -> String {
    var out = """
      # Names that look like registered ones but are not registered. Set accept: true on each
      # real spelling of its entity, then run: parallax names accept THIS-FILE
      schema: \(schemaKind)/1
      suggestions:

      """
    var seen: Set<String> = []
    let sorted = findings.sorted { ($0.match, $0.entity?.rawValue ?? "") < ($1.match, $1.entity?.rawValue ?? "") }
    for finding in sorted {
      guard let entity = finding.entity, seen.insert("\(finding.match)|\(entity)").inserted else { continue }
      let similarity = finding.confidence.map { String($0) } ?? "0"
      out += "  - {form: \(YAMLText.quoted(finding.match)), entity: \(entity), accept: false, similarity: \(similarity), "
      out += "seen: \(YAMLText.quoted("\(finding.path):\(finding.line):\(finding.column)"))}\n"
    }
    if seen.isEmpty { out += "  []\n" }
    return out.replacingOccurrences(of: "suggestions:\n  []", with: "suggestions: []")
  }

  /// Reads a review file.
  public static func load(text: String, path: String) throws(LocaleDataError) -> [Suggestion] {
    let document = try YAMLDocument(text: text, path: path, kind: schemaKind, majors: 1...1)
    return try document.decode(File.self).suggestions
  }

  /// The overlay file that holds accepted spellings of entities the overlay does not define.
  public static let acceptedPath = "und/names/accepted.yaml"

  /// Adds each accepted suggestion to `overlay` (a team's folder, never the shipped data) as a
  /// variant (`how: transliteration`): right after the last variant of its entity when an
  /// overlay file defines it, else in `und/names/accepted.yaml` under an entry with the
  /// entity's id, which extends the shipped entity. `registry` is the registry in effect (the
  /// shipped data with the overlay), for telling forms already registered.
  /// - Returns: the changed files (relative path → new text) and the suggestions skipped, with why.
  public static func merge(_ accepted: [Suggestion], into overlay: any LocaleDataProvider, registry: NameRegistry)
    throws(LocaleDataError) -> (files: [String: String], skipped: [String])
  {
    var texts: [String: [String]] = [:]
    var skipped: [String] = []
    var added: Set<String> = []
    var newEntries: [(entity: Entity, lines: [String])] = []
    for suggestion in accepted where suggestion.accept == true {
      guard let entity = registry.entity(suggestion.entity) else {
        skipped.append("\(suggestion.form): no entity \(suggestion.entity)")
        continue
      }
      if entity.variants.contains(where: { $0.form == suggestion.form })
        || !added.insert("\(entity.id)\u{1F}\(suggestion.form)").inserted
      {
        skipped.append("\(suggestion.form): already a variant of \(entity.id)")
        continue
      }
      let cyrillic = suggestion.form.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
      let language = suggestion.lang ?? (cyrillic ? "ru" : "en")
      let variant = "- {form: \(YAMLText.quoted(suggestion.form)), lang: \(language), how: transliteration, note: \"accepted from review\"}"
      guard let (path, line, indent) = try location(of: entity.id, in: overlay) else {
        if let index = newEntries.firstIndex(where: { $0.entity.id == entity.id }) {
          newEntries[index].lines.append(variant)
        } else {
          newEntries.append((entity, [variant]))
        }
        continue
      }
      var lines: [String]
      if let known = texts[path] { lines = known } else { lines = try overlay.read(path).components(separatedBy: "\n") }
      // Insert after the last variant line of the entity (its flow mapping may span one line).
      lines.insert(String(repeating: " ", count: indent) + variant, at: min(line, lines.count))
      texts[path] = lines
    }
    var files = texts.mapValues { $0.joined(separator: "\n") }
    if !newEntries.isEmpty {
      files[acceptedPath] = try appendEntries(newEntries.map { ($0.entity.id, $0.entity.kind, $0.lines) }, in: overlay)
    }
    return (files, skipped)
  }

  /// `und/names/accepted.yaml` of `overlay` (begun when missing) with `entries` added, each an
  /// entity id, its kind and its variant lines.
  static func appendEntries(_ entries: [(id: EntityID, kind: EntityKind, lines: [String])], in overlay: any LocaleDataProvider)
    throws(LocaleDataError) -> String
  {
    var text =
      overlay.exists(acceptedPath)
      ? try overlay.read(acceptedPath)
      : """
        # Spellings accepted from review with 'parallax names accept'. An entry with the id of a
        # shipped entity adds these variants to it. Owner: the team that keeps this overlay.
        schema: \(NameRegistry.namesKind)/1
        entities:

        """
    text = text.replacingOccurrences(of: "entities: []", with: "entities:")
    if !text.hasSuffix("\n") { text += "\n" }
    for (id, kind, lines) in entries {
      text += "  - id: \(id)\n    kind: \(kind.rawValue)\n    variants:\n"
      for line in lines { text += "      \(line)\n" }
    }
    return text
  }

  /// The file, the 0-based line after the entity's last variant, and the variant indentation.
  static func location(of id: EntityID, in data: any LocaleDataProvider) throws(LocaleDataError) -> (String, Int, Int)? {
    for path in NameRegistry.files(in: data) {
      let text = try data.read(path)
      guard text.contains(id.rawValue) else { continue }
      guard YAMLDocument.schemaKind(of: text) == NameRegistry.namesKind else { continue }
      let document = try YAMLDocument(text: text, path: data.displayPath(path), kind: NameRegistry.namesKind, majors: 1...1)
      let file = try document.decode(NameRegistry.NamesFile.self)
      guard let index = file.entities.firstIndex(where: { $0.id == id }) else { continue }
      let last = file.entities[index].variants.count - 1
      let at = document.position(at: [
        NameRegistry.Key.named("entities"), .index(index), .named("variants"), .index(last),
      ])
      return (path, at.line, max(0, at.column - 3))
    }
    return nil
  }
}
