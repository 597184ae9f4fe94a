import Foundation

/// The review file of fuzzy name suggestions (`schema: parallax.name-suggestions/1`): `check
/// --suggestions FILE` writes it; an editor sets `accept: true` on real spellings; `names accept`
/// adds those as variants to the registry files.
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
      out += "  - {form: \(quote(finding.match)), entity: \(entity), accept: false, similarity: \(similarity), "
      out += "seen: \(quote("\(finding.path):\(finding.line):\(finding.column)"))}\n"
    }
    if seen.isEmpty { out += "  []\n" }
    return out.replacingOccurrences(of: "suggestions:\n  []", with: "suggestions: []")
  }

  /// Reads a review file.
  public static func load(text: String, path: String) throws(LocaleDataError) -> [Suggestion] {
    let document = try YAMLDocument(text: text, path: path, kind: schemaKind, majors: 1...1)
    return try document.decode(File.self).suggestions
  }

  /// Inserts each accepted suggestion as a variant line (`how: transliteration` unless it is
  /// Cyrillic) right after the last variant of its entity in the registry file that defines it.
  /// Returns the changed files (relative path → new text) and the forms already registered.
  public static func merge(_ accepted: [Suggestion], into data: any LocaleDataProvider, registry: NameRegistry)
    throws(LocaleDataError) -> (files: [String: String], skipped: [String])
  {
    var texts: [String: [String]] = [:]
    var skipped: [String] = []
    for suggestion in accepted where suggestion.accept == true {
      guard let entity = registry.entity(suggestion.entity) else {
        skipped.append("\(suggestion.form): no entity \(suggestion.entity)")
        continue
      }
      if entity.variants.contains(where: { $0.form == suggestion.form }) {
        skipped.append("\(suggestion.form): already a variant of \(entity.id)")
        continue
      }
      guard let (path, line, indent) = try location(of: entity.id, in: data) else {
        skipped.append("\(suggestion.form): cannot find \(entity.id) in the registry files")
        continue
      }
      var lines: [String]
      if let known = texts[path] { lines = known } else { lines = try data.read(path).components(separatedBy: "\n") }
      let cyrillic = suggestion.form.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
      let language = suggestion.lang ?? (cyrillic ? "ru" : "en")
      let how = "transliteration"
      let entry = String(repeating: " ", count: indent)
        + "- {form: \(quote(suggestion.form)), lang: \(language), how: \(how), note: \"accepted from review\"}"
      // Insert after the last variant line of the entity (its flow mapping may span one line).
      lines.insert(entry, at: min(line, lines.count))
      texts[path] = lines
    }
    return (texts.mapValues { $0.joined(separator: "\n") }, skipped)
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

  static func quote(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
