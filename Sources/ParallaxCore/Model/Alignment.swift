/// Statements of different sources that report the same thing, on one topic, with how they
/// relate, how sure the comparer is, and the evidence that tied them.
public struct Alignment: Sendable, Hashable {
  /// How the aligned statements relate.
  public enum Relation: String, Sendable, Hashable, Codable, CaseIterable {
    /// Near-verbatim, including translations of one wire text.
    case same
    /// The same claim in other words.
    case paraphrase
    /// Overlapping claims: one says part of what the other says.
    case partial
    /// The same topic and entities with different numbers, dates or a negation.
    case conflicting
  }

  /// From the two thresholds: `confident` when the weakest link reaches the higher one.
  public enum Confidence: String, Sendable, Hashable, Codable, CaseIterable {
    case confident, suggested
  }

  public var topic: TopicID
  public var relation: Relation
  public var confidence: Confidence
  /// The weakest similarity that joined the members (0…1).
  public var score: Double
  /// One statement per document, in document order.
  public var members: [StatementRef]
  public var evidence: AlignmentEvidence

  public init(topic: TopicID, relation: Relation, confidence: Confidence, score: Double, members: [StatementRef],
              evidence: AlignmentEvidence) {
    self.topic = topic
    self.relation = relation
    self.confidence = confidence
    self.score = score
    self.members = members
    self.evidence = evidence
  }
}

/// A statement of a document: the document's path and the statement's id.
public struct StatementRef: Sendable, Hashable, Comparable {
  public var document: String
  public var statement: StatementID

  public init(document: String, statement: StatementID) {
    self.document = document
    self.statement = statement
  }

  public static func < (lhs: StatementRef, rhs: StatementRef) -> Bool {
    lhs.document != rhs.document ? lhs.document < rhs.document : lhs.statement < rhs.statement
  }
}

/// What aligned statements share: features held by at least two members, and what disagrees.
public struct AlignmentEvidence: Sendable, Hashable {
  public var entities: [EntityID]
  public var topics: [TopicID]
  public var numbers: [String]
  public var dates: [String]
  /// Shared words (within a language) and cognates (across), as the first member writes them.
  public var words: [String]
  /// What disagrees, in words: `numbers: 150 / 175`, `negation`.
  public var conflicts: [String]

  public init(entities: [EntityID] = [], topics: [TopicID] = [], numbers: [String] = [], dates: [String] = [],
              words: [String] = [], conflicts: [String] = []) {
    self.entities = entities
    self.topics = topics
    self.numbers = numbers
    self.dates = dates
    self.words = words
    self.conflicts = conflicts
  }
}
