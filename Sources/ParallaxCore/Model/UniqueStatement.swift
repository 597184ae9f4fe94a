/// A statement that aligns with nothing: only its source reports it (an omission of the others).
public struct UniqueStatement: Sendable, Hashable {
  public var member: StatementRef
  public var topics: [TopicID]

  public init(member: StatementRef, topics: [TopicID]) {
    self.member = member
    self.topics = topics
  }
}
