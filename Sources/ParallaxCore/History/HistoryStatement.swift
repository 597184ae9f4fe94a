/// A statement as the history store keeps it: enough to list it in a later report and to tell
/// whether a later version of its document still makes it.
public struct HistoryStatement: Sendable, Hashable {
  /// Its position among its document's statements, from 0.
  public var ordinal: Int
  public var kind: Statement.Kind
  /// The speaker's name as resolved ("Sergey Lavrov"); nil when nobody is named.
  public var speaker: String?
  /// The speaker's registry entity, when resolved.
  public var speakerEntity: EntityID?
  /// Whether the outlet narrates it.
  public var isNarration: Bool
  /// The reporting verb as written.
  public var verb: String?
  public var text: String
  /// The quoted parts, in order.
  public var quotes: [String]
  /// The line of its first sentence in the file.
  public var line: Int

  public init(
    ordinal: Int, kind: Statement.Kind, speaker: String?, speakerEntity: EntityID? = nil, isNarration: Bool = false,
    verb: String? = nil, text: String, quotes: [String] = [], line: Int
  ) {
    self.ordinal = ordinal
    self.kind = kind
    self.speaker = speaker
    self.speakerEntity = speakerEntity
    self.isNarration = isNarration
    self.verb = verb
    self.text = text
    self.quotes = quotes
    self.line = line
  }

  /// The statement at `ordinal` of its document.
  public init(_ statement: Statement, ordinal: Int) {
    self.init(
      ordinal: ordinal, kind: statement.kind, speaker: statement.speaker?.name, speakerEntity: statement.speaker?.entity,
      isNarration: statement.speaker?.isOutlet ?? false, verb: statement.verb?.surface, text: statement.text,
      quotes: statement.quotes.map(\.text), line: statement.line)
  }

  /// Who says it, as one key: the outlet's narration, an entity, or a name as written.
  public var speakerKey: String {
    if isNarration { return "~narration" }
    if let speakerEntity { return "entity:\(speakerEntity.rawValue)" }
    return speaker.map { "name:\($0)" } ?? ""
  }

  /// What makes two statements the same across runs: the same speaker saying the same words.
  public var identity: String { speakerKey + "\u{1F}" + text }
}

/// How often a document writes one form of an entity's name.
public struct NameUse: Sendable, Hashable {
  public var entity: EntityID
  /// The form as written ("Kiev", "Kyiv", "Киев").
  public var form: String
  public var count: Int

  public init(entity: EntityID, form: String, count: Int) {
    self.entity = entity
    self.form = form
    self.count = count
  }
}
