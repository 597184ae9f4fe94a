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

  /// A statement of an event: its source's position and its id.
  public typealias Place = (source: Int, statement: StatementID)

  /// What a report says of blame across an event: per source, each agent its statements name
  /// (the first statement naming it), leaving out the statements of alignments whose members
  /// name different agents (those alignments say it already); nil when the sources do not
  /// differ (`differ`).
  /// - Parameters:
  ///   - claims: per source, its statements that name an agent, in order.
  ///   - alignments: each alignment's members.
  public static func acrossEvent(_ claims: [[SourceBlame]], alignments: [[Place]]) -> [[SourceBlame]]? {
    func key(_ source: Int, _ statement: StatementID) -> String { "\(source)#\(statement.rawValue)" }
    var agentOf: [String: EntityID] = [:]
    for (source, named) in claims.enumerated() {
      for claim in named { agentOf[key(source, claim.statement)] = claim.entity }
    }
    var shown = Set<String>()
    for members in alignments {
      let keys = members.map { key($0.source, $0.statement) }
      if opposes(keys.compactMap { agentOf[$0] }) { shown.formUnion(keys) }
    }
    let rest = claims.enumerated().map { source, named in
      var seen = Set<EntityID>()
      return named.filter { !shown.contains(key(source, $0.statement)) && seen.insert($0.entity).inserted }
    }
    return differ(rest.map { Set($0.map(\.entity)) }) ? rest : nil
  }

  /// Whether the statements of one alignment blame opposite sides: between them they name
  /// more than one agent (the report's "Opposite blame" and the agreement chart read it so).
  public static func opposes(_ agents: some Sequence<EntityID>) -> Bool {
    Set(agents).count > 1
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
