/// How often a `MemoizingTransliterator` found a token in its memo.
public struct MemoStatistics: Sendable, Hashable {
  /// Tokens that needed transliteration (they hold a code point the rules may change).
  public var lookups: Int
  /// Of those, the tokens the memo already knew.
  public var hits: Int

  public init(lookups: Int = 0, hits: Int = 0) {
    self.lookups = lookups
    self.hits = hits
  }

  /// Hits over lookups; 0 before the first lookup.
  public var hitRate: Double { lookups == 0 ? 0 : Double(hits) / Double(lookups) }
}
