extension ComparisonEvent {
  /// The statements of all its documents.
  var statementCount: Int { documents.reduce(0) { $0 + $1.statementCount } }

  /// How many statements each document has on each topic: topics by id, documents by path,
  /// documents without statements on a topic left out. The coverage table of a report.
  public var coverage: [(topic: TopicID, counts: [(document: String, statements: Int)])] {
    let rows = coverageRows
    // Positions sorted, not rows: moving a row retains its strings.
    return rows.indices.sorted { rows[$0].topic < rows[$1].topic }.map { rows[$0] }
  }

  /// The rows of `coverage` in the order their topics are first met (what a report needs: it
  /// orders the rows it shows itself; an event of a million topics is not sorted by id).
  var coverageRows: [(topic: TopicID, counts: [(document: String, statements: Int)])] { coverageTable.rows }

  /// `coverageRows`, with the row of each topic by its id.
  var coverageTable: (rows: [(topic: TopicID, counts: [(document: String, statements: Int)])], rowOf: [String: Int]) {
    // A row per topic, found by its id once per statement topic; a document's statements are
    // counted into the row's last entry while they are the same document's. (No table of
    // tables: an event can be one document of a million statements and half a million topics.)
    var rowOf: [String: Int] = [:]
    var rows: [(topic: TopicID, counts: [(document: String, statements: Int)])] = []
    var lastDocument: [Int] = []
    // Room for a topic per statement (most statements no lexicon topic claims are an emerging
    // topic of their own), so the table is not rehashed as it grows.
    rowOf.reserveCapacity(documents.reduce(0) { $0 + $1.statementCount })
    for (number, compared) in documents.enumerated() {
      let path = compared.document.reference
      // By index: a statement is not copied (retaining each of its strings) to read its topics.
      for index in compared.statements.indices {
        for topic in compared.statements[index].topics {
          // One probe: a topic met for the first time gets the next row's number there.
          let row = Self.value(&rowOf[topic, default: rows.count])
          if row == rows.count {
            rows.append((TopicID(topic), [(path, 1)]))
            lastDocument.append(number)
          } else if lastDocument[row] == number {
            rows[row].counts[rows[row].counts.count - 1].statements += 1
          } else {
            lastDocument[row] = number
            rows[row].counts.append((path, 1))
          }
        }
      }
    }
    for row in rows.indices where rows[row].counts.count > 1 {
      rows[row].counts = Self.merged(rows[row].counts)
    }
    return (rows, rowOf)
  }

  /// The value an entry holds (its dictionary's entry made, when new, in the same probe).
  private static func value(_ entry: inout Int) -> Int { entry }

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
