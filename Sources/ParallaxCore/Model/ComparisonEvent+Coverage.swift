extension ComparisonEvent {
  /// How many statements each document has on each topic: topics by id, documents by path,
  /// documents without statements on a topic left out. The coverage table of a report.
  public var coverage: [(topic: TopicID, counts: [(document: String, statements: Int)])] {
    var table: [TopicID: [String: Int]] = [:]
    for compared in documents {
      for statement in compared.statements {
        for topic in statement.topics { table[TopicID(topic), default: [:]][compared.document.reference, default: 0] += 1 }
      }
    }
    return table.sorted { $0.key < $1.key }.map { topic, counts in
      (topic, counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }
  }
}
