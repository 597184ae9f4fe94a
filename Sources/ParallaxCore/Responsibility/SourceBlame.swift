/// A statement of one source that names the agent of the harm it reports: what a report
/// compares across the sources of an event, whether or not the statements were aligned (two
/// accounts of one strike rarely share enough words to be).
public struct SourceBlame: Sendable, Hashable {
  public var entity: EntityID
  /// How the statement names the agent, and the words that show it.
  public var claim: AgentClaim
  public var statement: StatementID
  /// The statement's line in its document.
  public var line: Int

  public init(entity: EntityID, claim: AgentClaim, statement: StatementID, line: Int) {
    self.entity = entity
    self.claim = claim
    self.statement = statement
    self.line = line
  }

  /// Each agent of `claims` once, with the first statement that names it.
  public static func firstPerAgent(_ claims: [SourceBlame]) -> [SourceBlame] {
    var seen = Set<EntityID>()
    return claims.filter { seen.insert($0.entity).inserted }
  }

  /// Whether sources name different agents: at least two sources name one, and not all of
  /// them name the same ones (a source naming Russia and one naming Ukraine differ; two that
  /// each name both do not).
  public static func differ(_ agentsBySource: [Set<EntityID>]) -> Bool {
    let naming = agentsBySource.filter { !$0.isEmpty }
    guard naming.count > 1, let first = naming.first else { return false }
    return naming.contains { $0 != first }
  }
}
