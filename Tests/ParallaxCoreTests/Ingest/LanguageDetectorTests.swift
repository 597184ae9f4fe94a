import Testing
@testable import ParallaxCore

/// The detector's function-word keys and sample bound, on small profiles made up for the test
/// (the shipped profiles are tested through the statement fixtures and the seeds).
@Suite struct LanguageDetectorTests {
  /// Two languages of one script (Latin, or Cyrillic for Cyrillic words) told apart by function
  /// words alone.
  private func detector(_ first: [String], _ second: [String], limit: Int? = nil) -> LanguageDetector {
    var detector = LanguageDetector(profiles: [
      LanguageProfile(language: "aa", script: first.first?.unicodeScalars.first?.value ?? 0 < 0x80 ? "Latn" : "Cyrl", words: first),
      LanguageProfile(language: "bb", script: first.first?.unicodeScalars.first?.value ?? 0 < 0x80 ? "Latn" : "Cyrl", words: second),
    ])
    if let limit { detector.sampleLimit = limit }
    return detector
  }

  @Test("a function word counts only as a whole word: not inside a longer one, nor after a letter no function word has")
  func wholeWords() {
    let detector = detector(["ab"], ["cd"])
    #expect(detector.detect("ab cd ab").language == "aa")
    #expect(detector.detect("cd ab cd").language == "bb")
    // "zab" ends with "ab", "xab" starts with a letter of no function word, "abab" holds it twice.
    #expect(detector.detect("zab xab abab cd").language == "bb")
    #expect(detector.detect("ab, (ab) «ab» cd").language == "aa")
    #expect(detector.detect("zab xab").language == .undetermined)
  }

  @Test("function words of up to twelve letters count, in any case, and long neighbours do not")
  func longWords() {
    let detector = detector(["переговорами"], ["и"])
    #expect(detector.detect("Переговорами и переговорами").language == "aa")
    #expect(detector.detect("переговорамии и").language == "bb")
    #expect(detector.detect("ПЕРЕГОВОРАМИ").language == "aa")
  }

  @Test("the sample bound counts scalars, whatever their UTF-8 size")
  func sampleBound() {
    // "éé " is three scalars in five bytes: the deciding word starts at scalar 10.
    let text = "éé éé éé ab"
    #expect(detector(["ab"], ["cd"], limit: 11).detect(text).language == "aa")
    #expect(detector(["ab"], ["cd"], limit: 10).detect(text).language == .undetermined)
    #expect(detector(["ab"], ["cd"], limit: 0).detect(text).scripts.isEmpty)
  }

  @Test("letters beyond the BMP are counted in their script and end no word early")
  func beyondBMP() {
    let detector = detector(["ab"], ["cd"])
    // Deseret letters (U+10428…) are alphabetic and in no profile's script.
    let result = detector.detect("𐐨𐐩𐐪 𐐫𐐬 ab")
    #expect(result.scripts == ["Dsrt", "Latn"])
    #expect(result.language == .undetermined)  // Deseret is the main script, and no profile has it
    #expect(detector.detect("ab cd ab 𐐨").language == "aa")
    #expect(detector.detect("a𐐨b cd").language == "bb")  // "a𐐨b" is no "ab"
  }
}
