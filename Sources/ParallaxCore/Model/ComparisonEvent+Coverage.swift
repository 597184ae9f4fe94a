extension ComparisonEvent {
  /// How many statements each document has on each topic: topics by id, documents by path,
  /// documents without statements on a topic left out. The coverage table of a report.
  public var coverage: [(topic: TopicID, counts: [(document: String, statements: Int)])] {
    var table: [TopicID: [String: Int]] = [:]
    for compared in documents {
      // Counted per document first: the document's path is hashed once per topic, not once
      // per statement (an event can be one document of a million statements).
      var counts: [String: Int] = [:]
      for statement in compared.statements {
        for topic in statement.topics { counts[topic, default: 0] += 1 }
      }
      for (topic, count) in counts { table[TopicID(topic), default: [:]][compared.document.reference, default: 0] += count }
    }
    return table.sorted { $0.key < $1.key }.map { topic, counts in
      (topic, counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }
  }
}
