/// What the comparer knows about one statement: its canonical entities, topics, numbers, word
/// stems (romanized, for cognates), negation, and the name and framing forms it uses.
public struct StatementProfile: Sendable, Hashable {
  /// A name or framing form as written, with what it stands for.
  public struct Form: Sendable, Hashable {
    /// An entity id, or a framing id.
    public var id: String
    public var surface: String
    /// For framing: whether it is the style's neutral alternative rather than the loaded term.
    public var neutral: Bool
  }

  public var entities: [EntityID]
  /// Lexicon topics found by the tagger.
  public var topics: [TopicID]
  /// Numbers, normalized (`1500`, `2.5`).
  public var numbers: [String]
  /// Calendar days the statement names, as month and day (`--03-12`): a year written or not,
  /// the same day meets.
  public var dates: [String]
  /// Word stems, and the first surface of each (parallel arrays).
  public var stems: [String]
  public var stemSurfaces: [String]
  /// Whether a negation word of its language occurs.
  public var negated: Bool
  public var names: [Form]
  public var framing: [Form]

  public init(entities: [EntityID] = [], topics: [TopicID] = [], numbers: [String] = [], dates: [String] = [],
              stems: [String] = [], stemSurfaces: [String] = [], negated: Bool = false, names: [Form] = [],
              framing: [Form] = []) {
    self.entities = entities
    self.topics = topics
    self.numbers = numbers
    self.dates = dates
    self.stems = stems
    self.stemSurfaces = stemSurfaces
    self.negated = negated
    self.names = names
    self.framing = framing
  }
}

/// A document ready for comparison: its statements (topics and entities filled) and their
/// profiles, plus the title's profile (for event grouping).
public struct ProfiledDocument: Sendable, Hashable {
  public var document: Document
  public var statements: [Statement]
  public var profiles: [StatementProfile]
  public var title: StatementProfile

  public init(document: Document, statements: [Statement], profiles: [StatementProfile], title: StatementProfile) {
    self.document = document
    self.statements = statements
    self.profiles = profiles
    self.title = title
  }
}
