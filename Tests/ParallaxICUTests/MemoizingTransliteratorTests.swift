import Testing
@testable import ParallaxICU

@Suite struct MemoizingTransliteratorTests {
  /// Word-bounded rules: word-initial я is "ya", inside a word "ia".
  static let rules = """
    $w = [[:L:][:M:]\\u0027\\u2019\\u02BC] ;
    $w { я → ia ; я → ya ;
    $w { Я → Ia ; Я → Ya ;
    ['\\u2019\\u02BC] → ;
    ж → zh ; Ж → Zh ;
    """

  @Test("word by word through the memo equals the whole-text result")
  func equalsWholeText() throws {
    let base = try Transliterator(id: "memo-test", rules: Self.rules)
    let memo = try MemoizingTransliterator(base, wordCharacters: UnicodeSet(pattern: "[[:L:][:M:]'’ʼ]"))
    let text = "Яма, яма; жаляю ЖЯ — я’я 12 ab. Я\nмяу жжж я"
    #expect(try memo.transliterate(text) == base.transliterate(text))
    // A second pass is served from the memo and still equal.
    #expect(try memo.transliterate(text) == base.transliterate(text))
    #expect(memo.memoCount > 0)
  }

  @Test("text with nothing to change is copied through")
  func passThrough() throws {
    let base = try Transliterator(id: "memo-test", rules: Self.rules)
    let memo = try MemoizingTransliterator(base, wordCharacters: UnicodeSet(pattern: "[[:L:]]"))
    #expect(try memo.transliterate("Plain Latin text, 2024.") == "Plain Latin text, 2024.")
    #expect(memo.memoCount == 0)
  }
}
