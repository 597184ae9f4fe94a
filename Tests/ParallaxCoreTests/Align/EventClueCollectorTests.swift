import Testing

@testable import ParallaxCore

/// The days a page's opening states, and when a date inferred from its text is its own: pages
/// written for these tests, given as the dates their statements' profiles hold.
@Suite struct EventClueCollectorTests {
  /// A page whose title states no date and whose statements state `dates` (a profile's dates,
  /// `YYYY-MM-DD` or `--MM-DD`; an empty list for a statement that states none).
  private func page(_ dates: [[String]]) -> ProfiledDocument {
    let document = Document(
      id: DocumentID("page"), path: "page.txt", format: .agencyText, text: "", paragraphs: [], sourceMap: .verbatim())
    return ProfiledDocument(
      document: document, statements: [], profiles: dates.map { StatementProfile(dates: $0) }, title: StatementProfile())
  }

  private func day(_ month: Int, _ day: Int) -> Int32 { EventEvidence.dayOfYear(month: month, day: day)! }

  @Test("a caption's dated photo in the lead is not the page's day when the story then names another")
  func caption() {
    // "The spokesman denied any part in the blasts." / "The spokesman, on 3 March 2019, in the
    // capital (Agency / Photographer)" / "Nothing, he said on Wednesday 14 August, points to us."
    let captioned = page([[], ["2019-03-03"], ["--08-14"]])
    #expect(!EventClueCollector.leadConfirms(day(3, 3), in: captioned, window: 3))
    // Its lead's days are widened by the opening's: the page meets the coverage of either day.
    #expect(EventClueCollector.leadDays(captioned, window: 3) == [day(3, 3), day(8, 14)])
    // A lead that states its day, and an opening that names the day before: the day stands.
    let signed = page([["2019-08-14"], [], ["--08-13"]])
    #expect(EventClueCollector.leadConfirms(day(8, 14), in: signed, window: 3))
    #expect(EventClueCollector.leadDays(signed, window: 3) == [day(8, 14)])
    // A date the lead does not state is never the page's day.
    #expect(!EventClueCollector.leadConfirms(day(8, 14), in: page([[], [], ["2019-08-14"]]), window: 3))
  }

  @Test("a lead that states no day gets none from its opening")
  func noLeadDay() {
    #expect(EventClueCollector.leadDays(page([[], [], ["--08-14"]]), window: 3).isEmpty)
  }

  @Test("the opening's days are read only up to its length; days further on do not doubt the lead")
  func openingLength() {
    let later = [[String]](repeating: [], count: EventClueLexicon.opening - 1) + [["--01-20"]]
    let page = page([["2019-08-14"]] + later)
    #expect(EventClueCollector.leadConfirms(day(8, 14), in: page, window: 3))
    #expect(EventClueCollector.leadDays(page, window: 3) == [day(8, 14)])
  }

  @Test("widened days keep a captioned page out of no event of its story's day")
  func widenedDaysMeet() {
    var collector = EventClueCollector(count: 2, window: 3)
    collector.add(page([[], ["2019-03-03"], ["--08-14"]]), own: nil, floor: nil)
    collector.add(page([["--08-15"]]), own: nil, floor: nil)
    #expect(collector.evidence().cluesConflict(0, 1, window: 3) == 0)
    var plain = EventClueCollector(count: 2, window: 3)
    plain.add(page([["2019-03-03"]]), own: nil, floor: nil)
    plain.add(page([["--08-15"]]), own: nil, floor: nil)
    #expect(plain.evidence().cluesConflict(0, 1, window: 3) == 1)
  }
}
