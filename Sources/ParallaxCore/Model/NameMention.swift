/// A name found in text and the entity it refers to.
public struct NameMention: Sendable, Hashable {
  /// How the mention was tied to its entity (the CLI contract's words, plus `inflected`).
  public enum Match: String, Sendable, Hashable, Codable, CaseIterable {
    /// The surface is a registered form, letter for letter.
    case exact
    /// The surface equals a registered form's match key (case, apostrophes, Latin marks).
    case key
    /// A Cyrillic surface whose stem matches a registered form's (Лавровым → Лавров).
    case inflected
    /// The surface matches a registered form in another script, through transliteration.
    case transliterated
    /// A spelling no one registered that looks like a registered name.
    case fuzzy
  }

  /// The span as UTF-8 offsets in the text.
  public var utf8Range: Range<Int>
  public var surface: String
  public var entity: EntityID
  /// The registered variant that matched (for a fuzzy match, the nearest one).
  public var variant: NameVariant
  public var match: Match
  /// 1 for exact and key matches; the similarity for fuzzy ones.
  public var confidence: Double
  /// A fuzzy match below the link threshold: shown for review, not linked.
  public var isSuggestion: Bool
  /// Other entities that share the form, when it is ambiguous.
  public var alternatives: [EntityID]
}
