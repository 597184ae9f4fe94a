import ParallaxICU
import Testing

/// The byte-keyed memo must give exactly what the plain transliterator gives.
@Suite struct MemoizingTransliteratorTests {
  static let rules = """
    й → y ; и → i ; ж → zh ; а → a ; к → k ; в → v ; ї → yi ; і → i ; \\u0306 → ;
    """

  func make(memoLimit: Int = 200_000) throws -> (Transliterator, MemoizingTransliterator) {
    let base = try Transliterator(id: "test", rules: Self.rules)
    let memo = try MemoizingTransliterator(
      try base.clone(), wordCharacters: try UnicodeSet(pattern: "[[:L:][:M:]]"),
      memoLimit: memoLimit)
    return (base, memo)
  }

  @Test("memo output equals the plain transliterator, precomposed and decomposed alike")
  func equalsPlain() throws {
    let (base, memo) = try make()
    let text = "жак жак, йа и\u{306}а ї 😀 жак! Київ Киї"
    #expect(try memo.transliterate(text) == base.transliterate(text))
    #expect(try memo.transliterate(text) == base.transliterate(text))
    #expect(memo.statistics.hits > 0)
    #expect(memo.statistics.lookups > memo.statistics.hits)
  }

  @Test("a full memo is emptied and the output stays right")
  func limit() throws {
    let (base, memo) = try make(memoLimit: 2)
    let text = "ак ка жа йа ак ка жа йа"
    #expect(try memo.transliterate(text) == base.transliterate(text))
    #expect(memo.memoCount <= 2)
  }

  @Test("long tokens are transliterated without being remembered")
  func longTokens() throws {
    let (base, memo) = try make()
    let text = String(repeating: "жа", count: 400) + " ак"
    #expect(try memo.transliterate(text) == base.transliterate(text))
    #expect(memo.memoCount == 1)
  }
}
