import ParallaxCore
import ParallaxICU
import Testing

/// The segmenter's byte-level abbreviation lookups must answer like `Set<String>` lookups did.
@Suite struct AbbreviationSetTests {
  static let english = SegmentationProfile(
    noBreakAfter: ["Mr.", "Dr.", "e.g."], breakBeforeCapitalOnly: ["U.S.", "etc."])
  static let russian = SegmentationProfile(
    noBreakAfter: ["г-н", "т. е.", "ул."], breakBeforeCapitalOnly: ["т. д."],
    afterNumberBreakBeforeCapitalOnly: ["г."])

  func sentences(_ text: String, _ profile: SegmentationProfile, _ language: LocaleID) throws
    -> [String]
  {
    let segmenter = try Segmenter(language: language, profile: profile)
    return try segmenter.sentences(in: text).map { String(text[$0]) }
  }

  @Test("titles and pairs of words never end a sentence")
  func noBreak() throws {
    #expect(
      try sentences("Mr. Lavrov spoke. He left.", Self.english, "en")
        == ["Mr. Lavrov spoke. ", "He left."])
    #expect(
      try sentences("Он вернулся, т. е. Сергей вернулся. Потом ушёл.", Self.russian, "ru")
        == ["Он вернулся, т. е. Сергей вернулся. ", "Потом ушёл."])
  }

  @Test("forms after a number end a sentence only before a capital")
  func afterNumber() throws {
    #expect(
      try sentences("В 2022 г. цены выросли. Потом упали.", Self.russian, "ru")
        == ["В 2022 г. цены выросли. ", "Потом упали."])
    #expect(
      try sentences("Это было в 2022 г. Потом всё изменилось.", Self.russian, "ru")
        == ["Это было в 2022 г. ", "Потом всё изменилось."])
  }

  @Test("an initial before a capital goes on")
  func initials() throws {
    #expect(try sentences("С. Лавров заявил это. Всё.", Self.russian, "ru").count == 2)
    #expect(try sentences("Talks with S. Lavrov ended. Then rain.", Self.english, "en").count == 2)
  }

  @Test("canonically equivalent spellings match, whichever side is decomposed")
  func canonicalEquivalence() throws {
    let precomposed = SegmentationProfile(noBreakAfter: ["voir\u{E9}."])
    let decomposed = SegmentationProfile(noBreakAfter: ["voire\u{301}."])
    for (profile, text) in [
      (precomposed, "Il faut voire\u{301}. Ensuite rien."),
      (decomposed, "Il faut voir\u{E9}. Ensuite rien."),
      (precomposed, "Il faut voir\u{E9}. Ensuite rien."),
    ] {
      #expect(try sentences(text, profile, "fr").count == 1, "\(text)")
    }
  }
}
