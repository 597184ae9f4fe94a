extension ComparisonEvent {
  /// How many statements each document has on each topic: topics by id, documents by path,
  /// documents without statements on a topic left out. The coverage table of a report.
  public var coverage: [(topic: TopicID, counts: [(document: String, statements: Int)])] {
    // A row per topic, found by its id; each document adds at most one count to a row, in
    // document order. (No table of tables: an event can be one document of a million
    // statements and half a million topics.)
    var rowOf: [String: Int] = [:]
    var rows: [(topic: TopicID, counts: [(document: String, statements: Int)])] = []
    for compared in documents {
      // Counted per document first: the document's path is handled once per topic, not once
      // per statement.
      var counts: [String: Int] = [:]
      for statement in compared.statements {
        for topic in statement.topics { counts[topic, default: 0] += 1 }
      }
      let path = compared.document.reference
      for (topic, count) in counts {
        if let row = rowOf[topic] {
          rows[row].counts.append((path, count))
        } else {
          rowOf[topic] = rows.count
          rows.append((TopicID(topic), [(path, count)]))
        }
      }
    }
    for row in rows.indices where rows[row].counts.count > 1 {
      rows[row].counts = Self.merged(rows[row].counts)
    }
    // Positions sorted, not rows: moving a row retains its strings.
    return rows.indices.sorted { rows[$0].topic < rows[$1].topic }.map { rows[$0] }
  }

  /// Counts by path, paths in order (two documents may share a path).
  private static func merged(_ counts: [(document: String, statements: Int)]) -> [(document: String, statements: Int)] {
    let sorted = counts.sorted { $0.document < $1.document }
    var out: [(document: String, statements: Int)] = []
    out.reserveCapacity(sorted.count)
    for entry in sorted {
      if let last = out.last, last.document == entry.document {
        out[out.count - 1].statements += entry.statements
      } else {
        out.append(entry)
      }
    }
    return out
  }
}
