/// The people the registry puts on a side (`side:` on a person of `<language>/names/*.yaml`),
/// as agents the responsibility reader can name: with `side: org.russian-armed-forces` on
/// Vladimir Putin, "Putin ordered the strike" blames the Russian side, and a speaker named only
/// by name ("« L'ennemi a frappé », a dit Zelensky") tells whose enemy is meant.
///
/// Taken from the registry (`people(in:)`): `compare` hands over the one it loaded from the
/// names cache, so the names are read once; the registry reports a bad side at its line and
/// column (`NameRegistry.sideProblems`).
enum PersonSides {
  /// A person with a side, as the reader needs it: the side and the forms by language.
  struct Person: Sendable, Hashable {
    struct Form: Sendable, Hashable {
      var form: String
      var lang: String
    }
    var id: EntityID
    var kind: EntityKind
    var side: EntityID?
    var variants: [Form]
  }

  /// The people with a side in `data`'s registry, sorted by id (a later layer's entry of the
  /// same person adds its forms and may change the side, as the registry merges layers).
  /// - Throws: `LocaleDataError`, at its file, line and column, for names that do not load.
  static func load(from data: any LocaleDataProvider) throws(LocaleDataError) -> [Person] {
    people(in: try NameRegistry.load(from: data))
  }

  /// The people with a side among `registry`'s entities, sorted by id: taken from a registry
  /// already loaded (the names cache), so no names file is read again.
  static func people(in registry: NameRegistry) -> [Person] {
    registry.entities.lazy.filter { $0.kind == .person && $0.side != nil }
      .map { Person(id: $0.id, kind: $0.kind, side: $0.side, variants: $0.variants.map { Person.Form(form: $0.form, lang: $0.lang) }) }
      .sorted { $0.id < $1.id }
  }

  /// The agents of `language` its people stand for: per side among `sides` (the sides its cues
  /// name, in their order), the forms of that language of each person on it. A form another
  /// one-word form of the same person begins is left out ("Путина" after "Путин"; "Vladimir
  /// Putin" after "Putin"), as forms are matched as word prefixes.
  static func agents(_ people: [Person], language: LocaleID, sides: [EntityID]) -> [StatementCues.Agent] {
    var forms: [EntityID: [String]] = [:]
    for person in people {
      guard let side = person.side, sides.contains(side) else { continue }
      forms[side, default: []] += covering(person.variants.filter { $0.lang == language.rawValue }.map(\.form))
    }
    return sides.compactMap { side in forms[side].flatMap { $0.isEmpty ? nil : StatementCues.Agent(entity: side, forms: $0) } }
  }

  /// `forms` without those another one-word form begins, word by word, as written (the
  /// registry capitalizes a name's forms alike). Compared byte by byte: this runs on every
  /// start, for every form of every person in every language.
  static func covering(_ forms: [String]) -> [String] {
    let bytes = forms.map { Array($0.utf8) }
    let single = bytes.indices.filter { !bytes[$0].contains(0x20) }
    return forms.indices.filter { index in
      let isDuplicate = bytes[..<index].contains(bytes[index])
      let covered = bytes[index].split(separator: 0x20).contains { word in
        single.contains { other in other != index && bytes[other] != bytes[index] && word.starts(with: bytes[other]) }
      }
      return !isDuplicate && !covered
    }.map { forms[$0] }
  }
}
