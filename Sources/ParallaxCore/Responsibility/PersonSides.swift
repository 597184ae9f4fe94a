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
  /// The people with a side in `data`, sorted by id; a later layer's entry of the same person
  /// adds its forms and may change the side.
  /// - Throws: `LocaleDataError` for a names file that does not parse or decode.
  static func load(from data: any LocaleDataProvider) throws(LocaleDataError) -> [Entity] {
    var people: [EntityID: Entity] = [:]
    for layer in data.layers {
      for path in NameRegistry.files(in: layer) {
        let text = try layer.read(path)
        guard let sided = entriesWithSide(text) else { continue }
        let shown = layer.displayPath(path)
        let file: NameRegistry.NamesFile
        do throws(LocaleDataError) {
          file = try YAMLDocument(text: sided, path: shown, kind: NameRegistry.namesKind, majors: 1...1).decode(NameRegistry.NamesFile.self)
        } catch {
          // The whole file gives the message its true line and column.
          _ = try YAMLDocument(text: text, path: shown, kind: NameRegistry.namesKind, majors: 1...1).decode(NameRegistry.NamesFile.self)
          throw error
        }
        for entity in file.entities where entity.kind == .person && entity.side != nil {
          if var known = people[entity.id] {
            known.variants += entity.variants
            known.side = entity.side
            people[entity.id] = known
          } else {
            people[entity.id] = entity
          }
        }
      }
    }
    return people.values.sorted { $0.id < $1.id }
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
  static func agents(_ people: [Entity], language: LocaleID, sides: [EntityID]) -> [StatementCues.Agent] {
    sides.compactMap { side in
      let forms = people.filter { $0.side == side }.flatMap { person in
        covering(person.variants.filter { $0.lang == language.rawValue }.map(\.form))
      }
      return forms.isEmpty ? nil : StatementCues.Agent(entity: side, forms: forms)
    }
  }

  /// `forms` without those another one-word form begins, word by word, ignoring case.
  static func covering(_ forms: [String]) -> [String] {
    var seen = Set<String>()
    let unique = forms.filter { seen.insert($0.lowercased()).inserted }
    let single = unique.map { $0.lowercased() }.filter { !$0.contains(" ") }
    return unique.filter { form in
      let words = form.lowercased().split(separator: " ")
      return !words.contains { word in single.contains { $0 != form.lowercased() && word.hasPrefix($0) } }
    }
  }
}
