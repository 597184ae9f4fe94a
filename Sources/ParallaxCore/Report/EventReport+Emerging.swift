extension EventReport {
  /// The labels of the event's emerging topics in the report language: the entities its
  /// statements mention most, by their names in the report language ("Kyiv, Moscow" rather
  /// than "Kiev, Moscou, mutuellement"), up to three, most mentioned first, ties by name.
  /// Outlets are left out (a statement naming TASS or Interfax cites them; it is not about
  /// them). A topic whose statements name no other entity is numbered ("Emerging topic 2", in
  /// the order of its id within the event), never named by its terms: on real pages those are
  /// page furniture ("Advertisement", "File, photo") or inflected words ("Begründung,
  /// russische, Teil"). One pass over the event's statements.
  /// - Parameter topics: every topic of the event's statements, each once.
  static func emergingLabels(
    sources: [ReportSource], topics: [TopicID], strings: ReportStrings, names: [EntityID: String], outlets: Set<String>
  ) -> (labels: [TopicID: String], numbers: [Int]) {
    // The names of the statements that name entities, counted by emerging topic.
    var counts: [TopicID: [String: Int]] = [:]
    for source in sources {
      for statement in source.statements where !statement.entities.isEmpty {
        // The names a statement shows, worked out when it has an emerging topic.
        var shown: [String]?
        for raw in statement.topics {
          let topic = TopicID(raw)
          guard topic.isEmerging else { continue }
          let named = shown ?? shownNames(statement, names: names, outlets: outlets)
          shown = named
          for name in named { counts[topic, default: [:]][name, default: 0] += 1 }
        }
      }
    }
    var labels: [TopicID: String] = [:]
    var unnamed: [Int] = []
    for (position, topic) in topics.enumerated() where topic.isEmerging {
      guard !counts.isEmpty, let names = counts[topic], !names.isEmpty else {
        unnamed.append(position)
        continue
      }
      let top = names.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3).map(\.key)
      labels[topic] = "\(strings[.emerging]): \(top.joined(separator: ", "))"
    }
    // The numbered ones get their label when it is shown (a long list has a million); their
    // numbers go by position, with no table keyed by id.
    var numbers = [Int](repeating: 0, count: topics.count)
    for (number, k) in positionsInIDOrder(unnamed.map { topics[$0] }).enumerated() { numbers[unnamed[k]] = number + 1 }
    return (labels, numbers)
  }

  /// Each entity a statement names once, by its report name (two ids may share a name),
  /// outlets left out. (Filtered, not `subtracting`: that walks the whole set of outlets.)
  private static func shownNames(_ statement: Statement, names: [EntityID: String], outlets: Set<String>) -> [String] {
    var shown: [String] = []
    for entity in statement.entities {
      guard let name = names[entity], !outlets.contains(name), !shown.contains(name) else { continue }
      shown.append(name)
    }
    return shown
  }

  /// Topic ids in order, the number in `emerging.12` compared as a number.
  static func idOrder(_ a: TopicID, _ b: TopicID) -> Bool {
    var stems = RunNumbering<Substring>()
    return IDOrderKey.precedes(IDOrderKey(a, stems: &stems), IDOrderKey(b, stems: &stems))
  }

  /// `ids` in `idOrder`, each id split once (a long document has tens of thousands of unnamed
  /// emerging topics, most of them one stem with a number).
  static func inIDOrder(_ ids: [TopicID]) -> [TopicID] {
    positionsInIDOrder(ids).map { ids[$0] }
  }

  /// The positions of `ids`, in the `idOrder` of their ids.
  ///
  /// Ids of different heads compare as their text does, and that order depends only on the
  /// two heads and on whether anything follows each (the rest starts with a digit, the head
  /// has none): so the few distinct (head, rest or none) classes are put in order once, by one
  /// of their ids each, and a million ids of a long list are then ordered by numbers.
  static func positionsInIDOrder(_ ids: [TopicID]) -> [Int] {
    var stems = RunNumbering<Substring>()
    let keys = ids.map { IDOrderKey($0, stems: &stems) }
    // (Heads of other scripts end at any number character, whose order against the other
    // head's next character is its own: those ids are compared one by one, as before.)
    guard keys.allSatisfy(\.hasASCIIHead) else { return keys.indices.sorted { IDOrderKey.precedes(keys[$0], keys[$1]) } }
    var representative: [Int: Int] = [:]
    for (position, key) in keys.enumerated() where representative[key.kind] == nil { representative[key.kind] = position }
    var rank: [Int: Int] = [:]
    for (order, kind) in representative.keys.sorted(by: { keys[representative[$0]!].id < keys[representative[$1]!].id }).enumerated() {
      rank[kind] = order
    }
    let ranks = keys.map { rank[$0.kind]! }
    // Positions are sorted, not keys: moving a key moves its id's string, and every move
    // retains it.
    return keys.indices.sorted { a, b in
      ranks[a] != ranks[b] ? ranks[a] < ranks[b] : IDOrderKey.precedes(keys[a], keys[b])
    }
  }

  /// A topic id split for `idOrder`: the part before its first digit (as a number that is the
  /// same for the same part), and the rest as a number when it is one.
  struct IDOrderKey {
    let id: TopicID
    let stem: Int
    let number: Int?
    /// The head's number, doubled, plus one when something follows the head.
    let kind: Int
    /// Whether the head is ASCII and ends at an ASCII digit or at the id's end.
    let hasASCIIHead: Bool

    /// - Parameter stems: the heads met so far, numbered (ids of one stem often come in a
    ///   row: their stem is found without a lookup each).
    init(_ id: TopicID, stems: inout RunNumbering<Substring>) {
      self.id = id
      let raw = id.rawValue
      let (head, ascii) = Self.head(raw)
      hasASCIIHead = ascii
      stem = stems.number(of: head).number
      number = Int(raw[head.endIndex...])
      kind = 2 * stem + (head.endIndex < raw.endIndex ? 1 : 0)
    }

    /// The part of `raw` before its first number character: found on the bytes while they are
    /// ASCII (topic ids nearly always are), by `Character` past that.
    private static func head(_ raw: String) -> (head: Substring, ascii: Bool) {
      let utf8 = raw.utf8
      var index = utf8.startIndex
      while index < utf8.endIndex {
        let byte = utf8[index]
        if byte >= 0x80 { return (raw.prefix { !$0.isNumber }, false) }
        if byte >= 0x30 && byte <= 0x39 { return (raw[..<index], true) }
        index = utf8.index(after: index)
      }
      return (raw[...], true)
    }

    static func precedes(_ a: IDOrderKey, _ b: IDOrderKey) -> Bool {
      if a.stem == b.stem, let m = a.number, let n = b.number, m != n { return m < n }
      return a.id.rawValue < b.id.rawValue
    }
  }
}
