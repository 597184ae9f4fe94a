/// Interns comparison features (kind + text) as dense integer ids, so the alignment core works
/// on sorted `UInt32` arrays and flat postings instead of strings.
///
/// Word stems come as their numbers in `WordVocabulary.stems` and are interned by number: an
/// event's many words are told apart without hashing their text, which is only looked up for
/// the few a report shows (`text(of:)`).
public struct FeatureSpace: Sendable {
  private var ids: [FeatureKey: UInt32] = [:]
  private var words: [UInt32: UInt32] = [:]
  /// The kind of each id.
  public private(set) var kinds: [FeatureKind] = []
  /// The text of each id that is not a word (entity id, topic id, normalized number, date);
  /// for a word, its stem number's decimal digits are not kept: see `stems`.
  private var texts: [String] = []
  /// The stem number of each word id (`UInt32.max` for the other kinds).
  private var stems: [UInt32] = []

  struct FeatureKey: Hashable, Sendable {
    var kind: FeatureKind
    var text: String
  }

  public init() {}

  /// The id of a feature, assigning the next one when it is new.
  public mutating func id(_ kind: FeatureKind, _ text: String) -> UInt32 {
    if kind == .word { return word(WordVocabulary.stems.number(of: text)) }
    let key = FeatureKey(kind: kind, text: text)
    if let id = ids[key] { return id }
    let id = UInt32(kinds.count)
    ids[key] = id
    kinds.append(kind)
    texts.append(text)
    stems.append(.max)
    return id
  }

  /// The id of the word whose stem has number `stem` in `WordVocabulary.stems`, assigning the
  /// next one when it is new.
  mutating func word(_ stem: UInt32) -> UInt32 {
    if let id = words[stem] { return id }
    let id = UInt32(kinds.count)
    words[stem] = id
    kinds.append(.word)
    texts.append("")
    stems.append(stem)
    return id
  }

  /// The text of feature `id`: an entity id, topic id, normalized number, date or stem.
  public func text(of id: UInt32) -> String {
    stems[Int(id)] == .max ? texts[Int(id)] : WordVocabulary.stems[stems[Int(id)]]
  }

  /// The stem number of word feature `id` (nil for the other kinds).
  func stem(of id: UInt32) -> UInt32? { stems[Int(id)] == .max ? nil : stems[Int(id)] }

  /// Per id, whether it is a place entity.
  var places: [Bool] {
    zip(kinds, texts).map { $0 == .entity && EntityID($1).hasKind("place") }
  }

  public var count: Int { kinds.count }
}
