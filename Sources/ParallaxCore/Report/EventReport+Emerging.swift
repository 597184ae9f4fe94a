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
    emergingLabels(counts: emergingNameCounts(sources: sources, names: names, outlets: outlets), topics: topics, strings: strings)
  }

  /// The names of the event's statements that name entities, counted by emerging topic: the
  /// part of `emergingLabels` that needs no coverage table.
  static func emergingNameCounts(
    sources: [ReportSource], names: [EntityID: String], outlets: Set<String>
  ) -> [TopicID: [String: Int]] {
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
    return counts
  }

  /// `emergingLabels` from the name counts of `emergingNameCounts`.
  static func emergingLabels(
    counts: [TopicID: [String: Int]], topics: [TopicID], strings: ReportStrings
  ) -> (labels: [TopicID: String], numbers: [Int]) {
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

  /// The positions of `ids`, in the `idOrder` of their ids: ids of different heads by the
  /// text order of their classes (`TopicIDTextOrder`, ranked once, so a long list's million ids
  /// are not compared as strings), ids of one class by `IDOrderKey`.
  static func positionsInIDOrder(_ ids: [TopicID]) -> [Int] {
    // Positions are sorted, not keys: moving a key moves its id's string, and every move
    // retains it.
    guard let classes = TopicIDTextOrder.classes(ids) else {
      var stems = RunNumbering<Substring>()
      let keys = ids.map { IDOrderKey($0, stems: &stems) }
      return keys.indices.sorted { IDOrderKey.precedes(keys[$0], keys[$1]) }
    }
    // Ids of one class share their head, so `IDOrderKey` compares them by their rests'
    // numbers. A comparison hands out the suffixes of one name in turn and an event meets its
    // topics in that order, so a class is nearly always in order already (and not sorted).
    let numbers = classes.rests.map { Int($0) }
    return TopicIDTextOrder.inClassOrder(classes.ranks) { a, b in
      if let m = numbers[a], let n = numbers[b], m != n { return m < n }
      return ids[a].rawValue < ids[b].rawValue
    }
  }

  /// A topic id split for `idOrder`: the part before its first digit (as a number that is the
  /// same for the same part), and the rest as a number when it is one.
  struct IDOrderKey {
    let id: TopicID
    let stem: Int
    let number: Int?

    /// - Parameter stems: the heads met so far, numbered (ids of one stem often come in a
    ///   row: their stem is found without a lookup each).
    init(_ id: TopicID, stems: inout RunNumbering<Substring>) {
      self.id = id
      let raw = id.rawValue
      let head = Self.head(raw)
      stem = stems.number(of: head).number
      number = Int(raw[head.endIndex...])
    }

    /// The part of `raw` before its first number character: found on the bytes while they are
    /// ASCII (topic ids nearly always are), by `Character` past that.
    private static func head(_ raw: String) -> Substring {
      let utf8 = raw.utf8
      var index = utf8.startIndex
      while index < utf8.endIndex {
        let byte = utf8[index]
        if byte >= 0x80 { return raw.prefix { !$0.isNumber } }
        if byte >= 0x30 && byte <= 0x39 { return raw[..<index] }
        index = utf8.index(after: index)
      }
      return raw[...]
    }

    static func precedes(_ a: IDOrderKey, _ b: IDOrderKey) -> Bool {
      if a.stem == b.stem, let m = a.number, let n = b.number, m != n { return m < n }
      return a.id.rawValue < b.id.rawValue
    }
  }
}
