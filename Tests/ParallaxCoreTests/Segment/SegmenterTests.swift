import Testing
@testable import ParallaxCore

@Suite struct SegmenterTests {
  static let english = SegmentationProfile(
    noBreakAfter: ["Mr.", "Dr."], breakBeforeCapitalOnly: ["U.S.", "etc."], initials: true)
  static let russian = SegmentationProfile(
    noBreakAfter: ["т. е.", "ул."], breakBeforeCapitalOnly: ["т. д."],
    afterNumberBreakBeforeCapitalOnly: ["г."], initials: true)

  func split(_ marked: String, _ language: LocaleID, _ profile: SegmentationProfile) throws -> ([String], [String]) {
    let expected = marked.split(separator: "÷").map(String.init)
    let text = expected.joined()
    let segmenter = try Segmenter(language: language, profile: profile)
    return (try segmenter.sentences(in: text).map { String(text[$0]) }, expected)
  }

  @Test("English titles and initials do not end sentences", arguments: [
    "Mr. Lavrov met Dr. Maurer in Geneva. ÷They spoke for an hour.",
    "The talks with S. Lavrov ended. ÷Nothing was signed.",
    "Aid reached the U.S. embassy on time. ÷It was the first convoy.",
    "Officials from the U.S. ÷They arrived on Monday.",
  ])
  func english(marked: String) throws {
    let (actual, expected) = try split(marked, "en", Self.english)
    #expect(actual == expected)
  }

  @Test("Russian abbreviations: т. е., ул., and г. after a year or before a city", arguments: [
    "Встреча прошла в Женеве, т. е. на нейтральной территории. ÷Стороны договорились.",
    "Офис на ул. Смоленской закрыт. ÷Сотрудники работают удаленно.",
    "Переговоры начались в 2022 г. ÷Они продолжаются.",
    "Делегация прибыла в г. Женеву утром. ÷Встреча началась в полдень.",
    "Обсуждали гуманитарные вопросы, обмены и т. д. ÷Итоги подвели вечером.",
  ])
  func russian(marked: String) throws {
    let (actual, expected) = try split(marked, "ru", Self.russian)
    #expect(actual == expected)
  }

  @Test("a German day ordinal before a month ends no sentence; a year before a capital does")
  func germanOrdinal() throws {
    var german = SegmentationProfile(initials: true)
    german.ordinalsBefore = ["März"]
    let (actual, expected) = try split("MOSKAU, 12. März. ÷Der Minister sprach im Jahr 2022. ÷Danach nicht.", "de", german)
    #expect(actual == expected)
  }

  @Test("sentences inside a quotation and after it")
  func quotes() throws {
    let (actual, expected) = try split(
      "“We will prepare ideas. ÷We will be ready,” Mr. Lavrov said. ÷He left.", "en", Self.english)
    #expect(actual == expected)
  }

  @Test("the sentences cover the text exactly")
  func coverage() throws {
    let text = "One. Two!  Three?\n\nFour"
    let segmenter = try Segmenter(language: "en", profile: Self.english)
    let sentences = try segmenter.sentences(in: text)
    #expect(sentences.map { String(text[$0]) }.joined() == text)
    #expect(sentences.count == 4)
  }
}
