/// One claim with its attribution: who says it, how, and where it is in the file.
public struct Statement: Sendable, Hashable, Codable {
  /// How the claim is reported.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Quoted words only ("…," the ministry said).
    case direct
    /// Reported speech without quotation marks (Lavrov said that …; according to …).
    case indirect
    /// Reported speech that quotes some of the words (expressed the hope that "…").
    case mixed
    /// Nobody in the text says it: the outlet's own narration.
    case narration
  }

  public var id: StatementID
  public var kind: Kind
  /// Its sentences' text, joined by single spaces.
  public var text: String
  /// The quoted parts: the text between the marks, in order.
  public var quotes: [QuoteSpan]
  /// Where its first sentence starts in the file.
  public var line: Int
  public var column: Int
  /// Who says it; for narration, the outlet.
  public var speaker: Speaker?
  /// Who else says it: the other subjects of one speech verb ("Denmark and Sweden said": Sweden
  /// beside Denmark), in the order written; nil when the speaker speaks alone.
  public var coSpeakers: [Speaker]?
  /// The reporting verb as written and as a lemma, when there is one.
  public var verb: ReportingVerb?
  /// From the speaker outward: speaker → statement or document → relaying outlet.
  public var attribution: [AttributionLink]
  public var language: LocaleID
  /// Topic ids (filled by the topic tagger).
  public var topics: [String]
  /// Entities mentioned (filled by the variant resolver).
  public var entities: [EntityID]
  /// Numbers as written ("300", "1,5").
  public var numbers: [String]
  /// Dates as written ("December 18").
  public var dates: [String]
  /// Indexes of its sentences in the extraction's sentence list.
  public var sentences: [Int]

  public init(
    id: StatementID, kind: Kind, text: String, quotes: [QuoteSpan] = [], line: Int, column: Int,
    speaker: Speaker?, verb: ReportingVerb? = nil, attribution: [AttributionLink] = [],
    language: LocaleID, topics: [String] = [], entities: [EntityID] = [], numbers: [String] = [],
    dates: [String] = [], sentences: [Int], coSpeakers: [Speaker]? = nil
  ) {
    self.id = id
    self.kind = kind
    self.text = text
    self.quotes = quotes
    self.line = line
    self.column = column
    self.speaker = speaker
    self.coSpeakers = coSpeakers
    self.verb = verb
    self.attribution = attribution
    self.language = language
    self.topics = topics
    self.entities = entities
    self.numbers = numbers
    self.dates = dates
    self.sentences = sentences
  }
}

/// A quoted part of a statement.
public struct QuoteSpan: Sendable, Hashable, Codable {
  /// The words between the marks, without a trailing comma that belongs to the sentence.
  public var text: String
  /// UTF-8 byte range of those words in `Document.text`.
  public var range: Range<Int>
  public var line: Int
  public var column: Int

  public init(text: String, range: Range<Int>, line: Int, column: Int) {
    self.text = text
    self.range = range
    self.line = line
    self.column = column
  }
}

/// Who says a statement.
public struct Speaker: Sendable, Hashable, Codable {
  /// The registry entity, when resolved.
  public var entity: EntityID?
  /// The name it resolves to in the text ("Sergey Lavrov"), after coreference.
  public var name: String
  /// The words that name the speaker at this statement ("he", "the ministry", "Lavrov").
  public var surface: String
  /// Whether it is the outlet narrating.
  public var isOutlet: Bool

  public init(entity: EntityID? = nil, name: String, surface: String, isOutlet: Bool = false) {
    self.entity = entity
    self.name = name
    self.surface = surface
    self.isOutlet = isOutlet
  }
}

/// A reporting verb as written and as its dictionary form.
public struct ReportingVerb: Sendable, Hashable, Codable {
  public var surface: String
  public var lemma: String

  public init(surface: String, lemma: String) {
    self.surface = surface
    self.lemma = lemma
  }
}

/// One link of an attribution chain.
public struct AttributionLink: Sendable, Hashable, Codable {
  public enum Role: String, Sendable, Hashable, Codable {
    /// The person or body that speaks.
    case speaker
    /// The statement, readout or document that carries the words.
    case document
    /// An outlet or agency that relays them ("as reported by TASS").
    case relay
  }

  public var role: Role
  public var name: String

  public init(role: Role, name: String) {
    self.role = role
    self.name = name
  }
}
