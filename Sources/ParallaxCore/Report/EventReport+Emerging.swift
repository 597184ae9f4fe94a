extension EventReport {
  /// The labels of the event's emerging topics in the report language: the entities its
  /// statements mention most, by their names in the report language ("Kyiv, Moscow" rather
  /// than "Kiev, Moscou, mutuellement"), up to three, most mentioned first, ties by name.
  /// Outlets are left out (a statement naming TASS or Interfax cites them; it is not about
  /// them). A topic whose statements name no other entity is numbered ("Emerging topic 2", in
  /// the order of its id within the event), never named by its terms: on real pages those are
  /// page furniture ("Advertisement", "File, photo") or inflected words ("Begründung,
  /// russische, Teil"). One pass over the event's statements.
  static func emergingLabels(sources: [ReportSource], strings: ReportStrings, names: [EntityID: String]) -> [TopicID: String] {
    let outlets = Set(names.filter { $0.key.rawValue.hasPrefix(ReportNames.outletKey("").rawValue) }.values)
    var counts: [TopicID: [String: Int]] = [:]
    var all = Set<TopicID>()
    for source in sources {
      for statement in source.statements {
        let emerging = statement.topics.map { TopicID($0) }.filter(\.isEmerging)
        guard !emerging.isEmpty else { continue }
        all.formUnion(emerging)
        // Each entity once per statement, by its report name (two ids may share a name).
        let shown = Set(statement.entities.compactMap { names[$0] }).subtracting(outlets)
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
    for (number, topic) in unnamed.sorted(by: Self.idOrder).enumerated() {
      labels[topic] = "\(strings[.emerging]) \(number + 1)"
    }
    return labels
  }

  /// Topic ids in order, the number in `emerging.12` compared as a number.
  static func idOrder(_ a: TopicID, _ b: TopicID) -> Bool {
    let (x, y) = (a.rawValue, b.rawValue)
    let (p, q) = (x.prefix { !$0.isNumber }, y.prefix { !$0.isNumber })
    if p == q, let m = Int(x.dropFirst(p.count)), let n = Int(y.dropFirst(q.count)), m != n { return m < n }
    return x < y
  }
}
