/// Whom a statement about an attack, damage, a violation or a casualty names as its agent.
public struct AgentClaim: Sendable, Hashable {
  /// How the statement names (or does not name) the agent.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// An agent, through a by-phrase ("by Russian troops", "со стороны ВСУ").
    case byPhrase = "by-phrase"
    /// An agent as the one a source accuses ("accused Russia of blowing up the dam").
    case accused
    /// An agent as the subject of the action ("Ukrainian drones attacked").
    case subject
    /// An agent after the action noun ("обстрел ВСУ", "удар ЗСУ").
    case genitive
    /// A passive with no agent ("the line was damaged").
    case passive
    /// Neither an agent nor a passive: the statement says what happened, not who did it.
    case unnamed
  }

  public var kind: Kind
  /// The agent, for `byPhrase`, `accused`, `subject` and `genitive`.
  public var entity: EntityID?
  /// The words that show it, as written ("со стороны ВСУ", "was damaged").
  public var evidence: String

  public init(kind: Kind, entity: EntityID? = nil, evidence: String) {
    self.kind = kind
    self.entity = entity
    self.evidence = evidence
  }

  /// Whether the claim names an agent.
  public var namesAgent: Bool { entity != nil }
}
