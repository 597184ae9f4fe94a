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
  /// A word of the statement: its stem, and the first surface that gave it.
  public struct Word: Sendable, Hashable {
    /// Numbers in the process's word vocabularies (`WordVocabulary`): equal words, equal
    /// numbers; their order means nothing.
    let stem: UInt32
    let surface: UInt32

    init(stem: UInt32, surface: UInt32) {
      self.stem = stem
      self.surface = surface
    }

    /// A word of `stem` first written `surface`.
    public init(stem: String, surface: String) {
      self.init(stem: WordVocabulary.stems.number(of: stem), surface: WordVocabulary.surfaces.number(of: surface))
    }

    /// The romanized, folded stem.
    public var stemText: String { WordVocabulary.stems[stem] }
    /// The word as the statement writes it.
    public var surfaceText: String { WordVocabulary.surfaces[surface] }
  }

  /// The statement's word stems, each once, in order, with the first surface of each.
  public var words: [Word]
  /// The stems of `words`, as text.
  public var stems: [String] { words.map(\.stemText) }
  /// The surfaces of `words`, as text.
  public var stemSurfaces: [String] { words.map(\.surfaceText) }
  /// Whether a negation word of its language occurs.
  public var negated: Bool
  public var names: [Form]
  public var framing: [Form]
  /// Numbers that count the people of an exchange ("115 prisoners", "146 на 146"), and the
  /// act ids the statement names (see `EventClueRules`): what event grouping tells happenings
  /// of one kind apart by.
  public var clues = EventClueLexicon.Clues()

  public init(entities: [EntityID] = [], topics: [TopicID] = [], numbers: [String] = [], dates: [String] = [],
              stems: [String] = [], stemSurfaces: [String] = [], negated: Bool = false, names: [Form] = [],
              framing: [Form] = []) {
    self.entities = entities
    self.topics = topics
    self.numbers = numbers
    self.dates = dates
    self.words = zip(stems, stemSurfaces).map { Word(stem: $0, surface: $1) }
    self.negated = negated
    self.names = names
    self.framing = framing
  }
}

/// A document ready for comparison: its statements (topics and entities filled) and their
/// profiles, plus the title's profile (for event grouping).
public struct ProfiledDocument: Sendable, Hashable {
  /// A heading inside the story, profiled: `position` statements come before it.
  public struct Heading: Sendable, Hashable {
    public var profile: StatementProfile
    public var position: Int

    public init(profile: StatementProfile, position: Int) {
      self.profile = profile
      self.position = position
    }
  }

  public var document: Document
  private var held: HeldStatements
  public var profiles: [StatementProfile]
  public var title: StatementProfile
  /// The story's headings (`Paragraph.Role.heading`): no statements, but what grouping reads
  /// of the story reads them in their places (`story`).
  public var headings: [Heading]

  public init(
    document: Document, statements: [Statement], profiles: [StatementProfile], title: StatementProfile, headings: [Heading] = []
  ) {
    self.document = document
    self.held = .memory(statements)
    self.profiles = profiles
    self.title = title
    self.headings = headings
  }

  /// The profiles of the story's first `count` statements and headings, in the page's order.
  public func story(prefix count: Int) -> [StatementProfile] {
    guard !headings.isEmpty else { return Array(profiles.prefix(count)) }
    var result: [StatementProfile] = []
    var next = 0
    for (index, profile) in profiles.enumerated() {
      while next < headings.count, headings[next].position <= index, result.count < count {
        result.append(headings[next].profile)
        next += 1
      }
      guard result.count < count else { return result }
      result.append(profile)
    }
    while next < headings.count, result.count < count {
      result.append(headings[next].profile)
      next += 1
    }
    return result
  }

  /// The profiles of all the story's statements and headings, in the page's order.
  public var story: [StatementProfile] { headings.isEmpty ? profiles : story(prefix: profiles.count + headings.count) }

  /// Its statements (read back from the spill when they were set aside: bind them once).
  public var statements: [Statement] {
    get { held.statements }
    _modify { yield &held.statements }
  }

  /// How many statements it has (without reading them back).
  public var statementCount: Int { held.count }

  /// Sets its statements aside in `spill` until they are read again.
  public mutating func spill(to spill: StatementSpill) { held.spill(to: spill) }

  /// Reads its statements back from the spill, if they were set aside, to keep them in memory.
  public mutating func unspill() {
    if case .spilled = held { held = .memory(held.statements) }
  }

  public static func == (a: ProfiledDocument, b: ProfiledDocument) -> Bool {
    a.document == b.document && a.profiles == b.profiles && a.title == b.title && a.headings == b.headings
      && a.statements == b.statements
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(document)
    hasher.combine(statements)
    hasher.combine(profiles)
    hasher.combine(title)
    hasher.combine(headings)
  }
}
