import Testing
@testable import ParallaxICU

@Suite struct MatchKeyBuilderTests {
  /// A profile like the shipped one, written here so this target stays independent of Locales/.
  static let profile = MatchKeyProfile(
    mappings: [
      "\u{2019}": "'", "\u{02BC}": "'", "\u{02B9}": "'",
      "\u{201C}": "\"", "\u{201D}": "\"", "\u{00AB}": "\"", "\u{00BB}": "\"",
      "\u{2013}": "-", "\u{2014}": "-", "\u{200B}": nil,
    ],
    stripMarksFrom: ["Latn"])

  @Test("the three apostrophes of Ukrainian words give one key")
  func apostrophes() throws {
    let keys = try MatchKeyBuilder(profile: Self.profile)
    let forms = ["Знам'янка", "Знам’янка", "Знамʼянка", "ЗНАМ’ЯНКА"]
    let results = try forms.map { try keys.key($0) }
    #expect(Set(results) == ["знам'янка"])
  }

  @Test("marks are stripped from Latin letters only")
  func latinMarksOnly() throws {
    let keys = try MatchKeyBuilder(profile: Self.profile)
    #expect(try keys.key("Spolyarić") == keys.key("SPOLYARIC"))
    #expect(try keys.key("Kraków") == "krakow")
    // Cyrillic й, ї and ё are letters of their own and keep their marks.
    #expect(try keys.key("Йосипівка") == "йосипівка")
    #expect(try keys.key("Їжакевич") == "їжакевич")
    #expect(try keys.key("Щёлково") == "щёлково")
  }

  @Test("quotes and dashes are unified; zero-width spaces vanish")
  func quotesAndDashes() throws {
    let keys = try MatchKeyBuilder(profile: Self.profile)
    #expect(try keys.key("«Kiev regime» — “quoted”") == "\"kiev regime\" - \"quoted\"")
    #expect(try keys.key("Lu\u{200B}hansk") == "luhansk")
  }

  @Test("full-width forms and ligatures fold like NFKC")
  func compatibility() throws {
    let keys = try MatchKeyBuilder(profile: Self.profile)
    #expect(try keys.key("ＫＩＥＶ") == "kiev")
    #expect(try keys.key("ﬁnance") == "finance")
  }

  @Test("an unknown script code is refused")
  func unknownScript() {
    #expect(throws: ICUError.self) {
      try MatchKeyBuilder(profile: MatchKeyProfile(mappings: [:], stripMarksFrom: ["Nope"]))
    }
  }
}
