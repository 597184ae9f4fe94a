extension EventReport {
  /// The labels of the event's emerging topics in the report language: the entities its
  /// statements mention most, by their names in the report language ("Kyiv, Moscow" rather
  /// than "Kiev, Moscou, mutuellement"), up to three, most mentioned first, ties by name.
  /// A topic whose statements mention no named entity keeps its terms. One pass over the
  /// event's statements.
  static func emergingLabels(sources: [ReportSource], strings: ReportStrings, names: [EntityID: String]) -> [TopicID: String] {
    var counts: [TopicID: [String: Int]] = [:]
    for source in sources {
      for statement in source.statements {
        let emerging = statement.topics.map { TopicID($0) }.filter(\.isEmerging)
        guard !emerging.isEmpty else { continue }
        // Each entity once per statement, by its report name (two ids may share a name).
        let shown = Set(statement.entities.compactMap { names[$0] })
        for topic in emerging {
          for name in shown { counts[topic, default: [:]][name, default: 0] += 1 }
        }
      }
    }
    var labels: [TopicID: String] = [:]
    for (topic, names) in counts where !names.isEmpty {
      let top = names.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3).map(\.key)
      labels[topic] = "\(strings[.emerging]): \(top.joined(separator: ", "))"
    }
    return labels
  }
}
