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

  /// The statement a reference points to.
  public func statement(_ ref: StatementRef) -> Statement? {
    documents.first { $0.document.reference == ref.document }?.statements.first { $0.id == ref.statement }
  }
}

/// A document in a comparison with its statements.
public struct ComparedDocument: Sendable, Hashable {
  public var document: Document
  public var statements: [Statement]

  public init(document: Document, statements: [Statement]) {
    self.document = document
    self.statements = statements
  }
}
