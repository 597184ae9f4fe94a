/// One event: the documents that report it, what they say in common (alignments), what only one
/// says (unique statements), which documents are copies of one story, and the differences.
public struct ComparisonEvent: Sendable, Hashable {
  /// `e1`, `e2`, … in the order of their first document's path.
  public var id: String
  /// The documents, by path, each with its statements (topics and entities filled).
  public var documents: [ComparedDocument]
  public var alignments: [Alignment]
  public var unique: [UniqueStatement]
  /// Documents recognised as copies or translations of one wire story.
  public var copies: [DocumentCopy]
  public var differences: Differences

  public init(id: String, documents: [ComparedDocument], alignments: [Alignment], unique: [UniqueStatement],
              copies: [DocumentCopy], differences: Differences) {
    self.id = id
    self.documents = documents
    self.alignments = alignments
    self.unique = unique
    self.copies = copies
    self.differences = differences
  }

  /// This event with the statements of its documents in memory (a report reads them many
  /// times).
  public func inMemory() -> ComparisonEvent {
    var event = self
    event.documents = documents.map { $0.inMemory() }
    return event
  }

  /// The statement a reference points to.
  public func statement(_ ref: StatementRef) -> Statement? {
    documents.first { $0.document.reference == ref.document }?.statements.first { $0.id == ref.statement }
  }
}

/// A document in a comparison with its statements.
public struct ComparedDocument: Sendable, Hashable {
  public var document: Document
  private var held: HeldStatements

  public init(document: Document, statements: [Statement]) {
    self.document = document
    self.held = .memory(statements)
  }

  /// Its statements (read back from the spill when they were set aside: bind them once, or
  /// take the event `inMemory()`).
  public var statements: [Statement] {
    get { held.statements }
    _modify { yield &held.statements }
  }

  /// How many statements it has (without reading them back).
  public var statementCount: Int { held.count }

  /// Sets its statements aside in `spill` until they are read again.
  public mutating func spill(to spill: StatementSpill) { held.spill(to: spill) }

  /// This document with its statements in memory.
  public func inMemory() -> ComparedDocument {
    guard case .spilled = held else { return self }
    return ComparedDocument(document: document, statements: statements)
  }

  public static func == (a: ComparedDocument, b: ComparedDocument) -> Bool {
    a.document == b.document && a.statements == b.statements
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(document)
    hasher.combine(statements)
  }
}
