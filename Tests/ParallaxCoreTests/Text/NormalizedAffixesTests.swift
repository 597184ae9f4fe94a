import Testing

@testable import ParallaxCore

@Suite struct NormalizedAffixesTests {
  @Test("a key's ending is found as hasSuffix finds it, in Latin and Cyrillic, and never inside a character")
  func sameAsCharacters() {
    let cases: [(String, String)] = [
      ("russian", "ian"), ("украинский", "ский"), ("київського", "ого"), ("kyiv", "kyiv"), ("kyiv", "akyiv"),
      ("", "a"), ("abc", ""), ("cafe\u{301}", "e"), ("cafe\u{301}", "e\u{301}"), ("grossiego", "ego"),
    ]
    for (word, suffix) in cases {
      #expect(word.hasNormalizedSuffix(suffix) == word.hasSuffix(suffix), "\(word) / \(suffix)")
    }
    // The bytes of "e" end "cafe" + U+0301 only inside its last character: not a suffix.
    #expect(!"cafe\u{301}".hasNormalizedSuffix("\u{301}"))
    #expect("украинский".hasNormalizedSuffix("ский"))
  }

  @Test("a folded word's stem is found as hasPrefix finds it, and never ends inside a character")
  func prefixes() {
    let cases: [(String, String)] = [
      ("обстрелы", "обстрел"), ("attacks", "attack"), ("атак", "атака"), ("e\u{301}clat", "e"), ("e\u{301}clat", "e\u{301}"), ("", ""),
      ("bombardeo", ""), ("ракета", "ракета"),
    ]
    for (word, stem) in cases {
      #expect(word.hasNormalizedPrefix(stem) == word.hasPrefix(stem), "\(word) / \(stem)")
    }
    #expect(!"e\u{301}clat".hasNormalizedPrefix("e"))
  }
}
