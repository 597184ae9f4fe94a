/// The review file of `names discover` (`schema: parallax.provisional-names/1`) as `names
/// accept` reads it: an editor sets `accept: true` on a real entity, gives its `kind` when the
/// file has none (place, person or organization) and may replace the `provisional.` id with one
/// of their choice; each accepted entity becomes an entity of the team's overlay, every form
/// it was seen in a customary variant in the form's first language.
public enum ProvisionalReview {
  public static let schemaKind = "parallax.provisional-names"

  public struct Entry: Sendable, Hashable, Decodable {
    public struct Form: Sendable, Hashable, Decodable {
      public var form: String
      public var languages: [String]?
    }

    public var id: String
    public var display: String?
    public var kind: EntityKind?
    public var accept: Bool?
    public var forms: [Form]
  }

  struct File: Decodable { var entities: [Entry] }

  /// Reads a review file.
  public static func load(text: String, path: String) throws(LocaleDataError) -> [Entry] {
    let document = try YAMLDocument(text: text, path: path, kind: schemaKind, majors: 1...1)
    return try document.decode(File.self).entities
  }

  /// The registry id an accepted entry gets: its own when the editor gave one, else the kind's
  /// prefix (`place.`, `person.`, `org.`) and the provisional id's slug.
  static func registryID(of entry: Entry, kind: EntityKind) -> EntityID {
    let prefix = "provisional."
    guard entry.id.hasPrefix(prefix) else { return EntityID(entry.id) }
    let kindPrefix = kind == .organization ? "org" : kind.rawValue
    return EntityID("\(kindPrefix).\(entry.id.dropFirst(prefix.count))")
  }

  /// Adds each accepted entry to `overlay` as a new entity in `und/names/accepted.yaml`.
  /// `registry` is the registry in effect: an entry whose id it already has is skipped, as is
  /// one without a kind.
  /// - Returns: the changed files (relative path → new text) and the entries skipped, with why.
  public static func merge(_ entries: [Entry], into overlay: any LocaleDataProvider, registry: NameRegistry)
    throws(LocaleDataError) -> (files: [String: String], skipped: [String])
  {
    var skipped: [String] = []
    var accepted: [(id: EntityID, kind: EntityKind, lines: [String])] = []
    var ids: Set<EntityID> = []
    for entry in entries where entry.accept == true {
      guard let kind = entry.kind else {
        skipped.append("\(entry.id): no kind (set kind: place, person or organization)")
        continue
      }
      let id = registryID(of: entry, kind: kind)
      guard registry.entity(id) == nil, ids.insert(id).inserted else {
        skipped.append("\(entry.id): \(id) is taken")
        continue
      }
      var seen: Set<String> = []
      let lines = entry.forms.compactMap { form -> String? in
        guard seen.insert(form.form).inserted else { return nil }
        let language = form.languages?.first ?? "und"
        return "- {form: \(YAMLText.quoted(form.form)), lang: \(language), how: customary, note: \"accepted from discovery\"}"
      }
      guard !lines.isEmpty else {
        skipped.append("\(entry.id): no forms")
        continue
      }
      accepted.append((id, kind, lines))
    }
    guard !accepted.isEmpty else { return ([:], skipped) }
    return ([NameSuggestions.acceptedPath: try NameSuggestions.appendEntries(accepted, in: overlay)], skipped)
  }
}
