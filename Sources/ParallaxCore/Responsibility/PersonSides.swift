/// The people the registry puts on a side (`side:` on a person of `<language>/names/*.yaml`),
/// as agents the responsibility reader can name: with `side: org.russian-armed-forces` on
/// Vladimir Putin, "Putin ordered the strike" blames the Russian side, and a speaker named only
/// by name ("« L'ennemi a frappé », a dit Zelensky") tells whose enemy is meant.
///
/// Read at every start of a report, where the registry's 200 KB of names are otherwise served
/// from the names cache: so a names file is split into its entries (the items of `entities:` at
/// the indentation of its first one) and only those that mention `side:` are decoded, together.
/// The registry's checker reads every file whole and reports a bad side at its line and column
/// (`NameRegistry.sideProblems`); a file whose entries do not decode apart is decoded whole, for
/// the same positioned message.
enum PersonSides {
  /// A person with a side, as the reader needs it: the side and the forms by language.
  struct Person: Sendable, Hashable, Decodable {
    struct Form: Sendable, Hashable, Decodable {
      var form: String
      var lang: String
    }
    var id: EntityID
    var kind: EntityKind
    var side: EntityID?
    var variants: [Form]
  }

  /// The entries of a names file as `Person`s (the other keys are not decoded).
  struct File: Decodable { var entities: [Person] }

  /// The people with a side in `data`, sorted by id; a later layer's entry of the same person
  /// adds its forms and may change the side.
  /// - Throws: `LocaleDataError` for a names file that does not parse or decode.
  static func load(from data: any LocaleDataProvider) throws(LocaleDataError) -> [Person] {
    var people: [EntityID: Person] = [:]
    for layer in data.layers {
      for path in NameRegistry.files(in: layer) {
        let text = try layer.read(path)
        guard let sided = entriesWithSide(text) else { continue }
        let shown = layer.displayPath(path)
        let file: File
        do throws(LocaleDataError) {
          file = try YAMLDocument(text: sided, path: shown, kind: NameRegistry.namesKind, majors: 1...1).decode(File.self)
        } catch {
          // The whole file gives the message its true line and column.
          _ = try YAMLDocument(text: text, path: shown, kind: NameRegistry.namesKind, majors: 1...1).decode(NameRegistry.NamesFile.self)
          throw error
        }
        for person in file.entities where person.kind == .person && person.side != nil {
          if var known = people[person.id] {
            known.variants += person.variants
            known.side = person.side
            people[person.id] = known
          } else {
            people[person.id] = person
          }
        }
      }
    }
    return people.values.sorted { $0.id < $1.id }
  }

  /// The people with a side among `registry`'s entities, sorted by id: what `load(from:)` reads
  /// from the YAML, taken from a registry already loaded (from the names cache), which merges
  /// the layers the same way.
  static func people(in registry: NameRegistry) -> [Person] {
    registry.entities.lazy.filter { $0.kind == .person && $0.side != nil }
      .map { Person(id: $0.id, kind: $0.kind, side: $0.side, variants: $0.variants.map { Person.Form(form: $0.form, lang: $0.lang) }) }
      .sorted { $0.id < $1.id }
  }

  /// The text of a names file cut down to its header and the entries that mention `side:`, or
  /// nil when none does (an ambiguities file has no `entities:`).
  static func entriesWithSide(_ text: String) -> String? {
    let marker = Array("side:".utf8)
    let bytes = Array(text.utf8)
    guard contains(bytes[...], marker) else { return nil }
    var header: [ArraySlice<UInt8>] = []
    var entries: [[ArraySlice<UInt8>]] = []
    var itemIndent: Int?
    var inEntities = false
    for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
      let indent = line.prefix { $0 == 0x20 }.count
      let rest = line.dropFirst(indent)
      if !inEntities {
        header.append(line)
        inEntities = indent == 0 && rest.starts(with: Array("entities:".utf8))
        continue
      }
      if rest.first == 0x2D, rest.count == 1 || rest.dropFirst().first == 0x20, itemIndent == nil || itemIndent == indent {
        itemIndent = indent
        entries.append([line])
      } else if !entries.isEmpty {
        entries[entries.count - 1].append(line)
      }
    }
    let sided = entries.filter { entry in entry.contains { contains($0, marker) } }
    guard !sided.isEmpty else { return nil }
    return (header + sided.flatMap { $0 }).map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
  }

  private static func contains(_ bytes: ArraySlice<UInt8>, _ marker: [UInt8]) -> Bool {
    guard bytes.count >= marker.count else { return false }
    var index = bytes.startIndex
    while index <= bytes.endIndex - marker.count {
      if bytes[index] == marker[0], bytes[index..<(index + marker.count)].elementsEqual(marker) { return true }
      index += 1
    }
    return false
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
