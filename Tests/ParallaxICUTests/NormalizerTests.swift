import Testing
@testable import ParallaxICU

@Suite struct NormalizerTests {
  @Test("NFKC unfolds ligatures, full-width forms and no-break spaces")
  func compatibilityForms() throws {
    let nfkc = try Normalizer(.nfkc)
    #expect(try nfkc.normalize("ﬁle ﬂow") == "file flow")
    #expect(try nfkc.normalize("ＫＩＥＶ ２０２４") == "KIEV 2024")
    #expect(try nfkc.normalize("Kyiv\u{00A0}region") == "Kyiv region")
  }

  @Test("NFKC keeps a soft hyphen; NFKC case folding removes it")
  func softHyphen() throws {
    #expect(try Normalizer(.nfkc).normalize("Lu\u{00AD}hansk") == "Lu\u{00AD}hansk")
    #expect(try Normalizer(.nfkcCaseFold).normalize("Lu\u{00AD}hansk") == "luhansk")
  }

  @Test("NFC composes decomposed Cyrillic й and ї")
  func composesCyrillic() throws {
    let nfc = try Normalizer(.nfc)
    let decomposed = "Київ и\u{0306}"  // и + combining breve
    #expect(try nfc.normalize(decomposed) == "Київ й")
    #expect(try nfc.normalize("Ки\u{0456}\u{0308}в") == "Київ")
  }

  @Test("text already in the form comes back unchanged")
  func alreadyNormalized() throws {
    let nfc = try Normalizer(.nfc)
    let text = "Сполярич met Lavrov in Geneva."
    #expect(try nfc.normalize(text) == text)
    #expect(try nfc.normalize("") == "")
  }

  @Test("case folding is full, not simple: ß folds to ss")
  func fullCaseFold() throws {
    #expect(try Normalizer(.nfkcCaseFold).normalize("Straße ДОНБАС") == "strasse донбас")
  }
}
