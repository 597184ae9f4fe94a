extension EventReport {
  /// The labels of the event's emerging topics in the report language: the entities its
  /// statements mention most, by their names in the report language ("Kyiv, Moscow" rather
  /// than "Kiev, Moscou, mutuellement"), up to three, most mentioned first, ties by name.
  /// Outlets are left out (a statement naming TASS or Interfax cites them; it is not about
  /// them). A topic whose statements name no other entity is numbered ("Emerging topic 2", in
  /// the order of its id within the event), never named by its terms: on real pages those are
  /// page furniture ("Advertisement", "File, photo") or inflected words ("Begründung,
  /// russische, Teil"). One pass over the event's statements.
  static func emergingLabels(
    sources: [ReportSource], strings: ReportStrings, names: [EntityID: String], outlets: Set<String>
  ) -> [TopicID: String] {
    var counts: [TopicID: [String: Int]] = [:]
    var all = Set<TopicID>()
    for source in sources {
      for statement in source.statements {
        let emerging = statement.topics.map { TopicID($0) }.filter(\.isEmerging)
        guard !emerging.isEmpty else { continue }
        all.formUnion(emerging)
        // Each entity once per statement, by its report name (two ids may share a name).
        // (Filtered, not `subtracting`: that walks the whole set of outlets for each statement.)
        let shown = Set(statement.entities.compactMap { names[$0] }.filter { !outlets.contains($0) })
        for topic in emerging {
          for name in shown { counts[topic, default: [:]][name, default: 0] += 1 }
        }
      }
    }
    var labels: [TopicID: String] = [:]
    var unnamed: [TopicID] = []
    for topic in all {
      guard let names = counts[topic], !names.isEmpty else {
        unnamed.append(topic)
        continue
      }
      let top = names.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3).map(\.key)
      labels[topic] = "\(strings[.emerging]): \(top.joined(separator: ", "))"
    }
    // Each id's sort key made once, not at every comparison (a long document has tens of
    // thousands of unnamed emerging topics).
    let keys = unnamed.map(IDOrderKey.init)
    for (number, key) in keys.sorted(by: IDOrderKey.precedes).enumerated() {
      labels[key.id] = "\(strings[.emerging]) \(number + 1)"
    }
    return labels
  }

  /// Topic ids in order, the number in `emerging.12` compared as a number.
  static func idOrder(_ a: TopicID, _ b: TopicID) -> Bool {
    IDOrderKey.precedes(IDOrderKey(a), IDOrderKey(b))
  }

  /// A topic id split for `idOrder`: the part before its first digit, and the rest as a number
  /// when it is one.
  struct IDOrderKey {
    let id: TopicID
    /// A string of its own (short ones are stored inline, so comparing two is cheap).
    let stem: String
    let number: Int?

    init(_ id: TopicID) {
      self.id = id
      let raw = id.rawValue
      let head = raw.prefix { !$0.isNumber }
      stem = String(head)
      number = Int(raw.dropFirst(head.count))
    }

    static func precedes(_ a: IDOrderKey, _ b: IDOrderKey) -> Bool {
      if a.stem == b.stem, let m = a.number, let n = b.number, m != n { return m < n }
      return a.id.rawValue < b.id.rawValue
    }
  }
}
