/// The differences worth reporting in one event: names and framing terms each source uses,
/// numbers that disagree between aligned statements, and reporting verbs that differ.
public struct Differences: Sendable, Hashable {
  public var naming: [NamingDifference]
  public var framing: [FramingUsage]
  public var numbers: [NumberDisagreement]
  public var verbs: [VerbDifference]

  public init(naming: [NamingDifference] = [], framing: [FramingUsage] = [], numbers: [NumberDisagreement] = [],
              verbs: [VerbDifference] = []) {
    self.naming = naming
    self.framing = framing
    self.numbers = numbers
    self.verbs = verbs
  }
}

/// How often a document uses a form.
public struct FormUse: Sendable, Hashable {
  public var document: String
  public var form: String
  public var count: Int

  public init(document: String, form: String, count: Int) {
    self.document = document
    self.form = form
    self.count = count
  }
}

/// The forms sources use for one entity (Kiev, Kyiv, Киев), when they differ.
public struct NamingDifference: Sendable, Hashable {
  public var entity: EntityID
  /// The style's canonical form, when the style has one.
  public var canonical: String?
  /// Per document and form, ordered by document then count (descending) then form.
  public var uses: [FormUse]

  public init(entity: EntityID, canonical: String?, uses: [FormUse]) {
    self.entity = entity
    self.canonical = canonical
    self.uses = uses
  }
}

/// A framing term of the house style ("Kiev regime") and the neutral alternatives
/// ("Ukrainian authorities"): who used which.
public struct FramingUsage: Sendable, Hashable {
  /// The style's framing id (`framing.kiev-regime`).
  public var id: String
  public var loaded: [FormUse]
  public var neutral: [FormUse]

  public init(id: String, loaded: [FormUse], neutral: [FormUse]) {
    self.id = id
    self.loaded = loaded
    self.neutral = neutral
  }
}

/// Numbers that disagree between the members of an alignment.
public struct NumberDisagreement: Sendable, Hashable {
  /// The index of the alignment in its event.
  public var alignment: Int
  public var values: [MemberValues]

  public init(alignment: Int, values: [MemberValues]) {
    self.alignment = alignment
    self.values = values
  }
}

/// The numbers one member states.
public struct MemberValues: Sendable, Hashable {
  public var member: StatementRef
  public var numbers: [String]

  public init(member: StatementRef, numbers: [String]) {
    self.member = member
    self.numbers = numbers
  }
}

/// Reporting verbs that differ between the members of an alignment (said / claimed / stressed).
public struct VerbDifference: Sendable, Hashable {
  public var alignment: Int
  public var verbs: [MemberVerb]

  public init(alignment: Int, verbs: [MemberVerb]) {
    self.alignment = alignment
    self.verbs = verbs
  }
}

/// One member's reporting verb.
public struct MemberVerb: Sendable, Hashable {
  public var member: StatementRef
  public var verb: ReportingVerb

  public init(member: StatementRef, verb: ReportingVerb) {
    self.member = member
    self.verb = verb
  }
}
