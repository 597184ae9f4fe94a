/// A report's statements by reference: where each one is (its source's column and its place
/// among that source's statements) rather than a copy of it, so an event of a million
/// statements is indexed without copying one.
struct StatementLookup {
  private let statements: [[Statement]]
  private let places: [StatementRef: (column: Int, index: Int)]

  /// No statements (the index pass of a report reads none).
  init() {
    statements = []
    places = [:]
  }

  /// The statements of `sources`, column by column (a reference met twice points to the later).
  init(sources: [ReportSource]) {
    statements = sources.map(\.statements)
    var places: [StatementRef: (column: Int, index: Int)] = [:]
    places.reserveCapacity(statements.reduce(0) { $0 + $1.count })
    for (column, source) in sources.enumerated() {
      let path = source.document.reference
      for (index, statement) in source.statements.enumerated() {
        places[StatementRef(document: path, statement: statement.id)] = (column, index)
      }
    }
    self.places = places
  }

  /// The statement `ref` points to and its column.
  subscript(ref: StatementRef) -> (statement: Statement, column: Int)? {
    guard let place = places[ref] else { return nil }
    return (statements[place.column][place.index], place.column)
  }

  /// Where the statement `ref` points to is: its column and its place among that column's
  /// statements.
  func place(of ref: StatementRef) -> (column: Int, index: Int)? { places[ref] }

  /// The statement at a place `place(of:)` gave.
  func statement(at place: (column: Int, index: Int)) -> Statement { statements[place.column][place.index] }

  /// The column of the statement `ref` points to.
  func column(of ref: StatementRef) -> Int? { places[ref]?.column }
}
