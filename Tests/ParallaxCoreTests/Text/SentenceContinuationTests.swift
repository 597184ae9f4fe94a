import Testing
@testable import ParallaxCore

/// The byte-level rules that join sentences across ICU's boundaries, on their own: `at` is the
/// offset just after the full stop and its space, where ICU puts a boundary.
@Suite struct SentenceContinuationTests {
  static let rules: SentenceContinuation = {
    var profile = SegmentationProfile(
      noBreakAfter: ["Mr.", "т. е."], breakBeforeCapitalOnly: ["etc."],
      afterNumberBreakBeforeCapitalOnly: ["г."], initials: true)
    profile.ordinalsBefore = ["März"]
    return SentenceContinuation(profile: profile)
  }()

  /// Whether the sentence goes on after the first "÷" in `marked` (the mark removed).
  func continues(_ marked: String) -> Bool {
    let parts = marked.split(separator: "÷", maxSplits: 1).map(String.init)
    return Self.rules.continues(Array((parts[0] + parts[1]).utf8), at: parts[0].utf8.count)
  }

  @Test func abbreviationsOfOneAndTwoWordsJoin() {
    #expect(continues("Mr. ÷Vos spoke."))
    #expect(continues("в Нордланде, т. е. ÷на севере."))
  }

  @Test func anInitialJoinsOnlyBeforeACapital() {
    #expect(continues("talks with P. ÷Vos ended."))
    #expect(continues("переговоры с П. ÷Восом."))
    #expect(!continues("the letter P. ÷it was."))
  }

  @Test func capitalOnlyFormsEndTheSentenceBeforeACapital() {
    #expect(continues("grain, oil etc. ÷and more."))
    #expect(!continues("grain, oil etc. ÷The talks went on."))
  }

  @Test func aFormAfterANumberJoinsUnlessACapitalFollows() {
    #expect(continues("в 2022 г. ÷в Нордланде."))
    #expect(!continues("в 2022 г. ÷Они ушли."))
  }

  @Test func aNumberBeforeAnOrdinalWordJoins() {
    #expect(continues("am 12. ÷März in Nordland."))
    #expect(!continues("sie kamen um 12. ÷Dann gingen sie."))
  }

  @Test func anOrdinaryWordEndsTheSentence() {
    #expect(!continues("The talks ended. ÷Nothing was signed."))
    #expect(!continues("no full stop here ÷Next."))
  }
}
