import Foundation
import Testing

@testable import ParallaxCore

/// The latest full date a page names, with the shipped month names.
@Suite struct PageDateFinderTests {
  private static func finder() throws -> PageDateFinder {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Locales")
    return PageDateFinder(rules: try DatelineRules.loadAll(from: DirectoryLocaleData(root: root)))
  }

  @Test("the latest full date in words or digits wins; a page with no four-digit year has none")
  func latest() throws {
    let finder = try Self.finder()
    #expect(finder.latest(in: "Talks began on 7 March 2023 and resumed on 9 March 2023 in Riyadh.")
      == PartialDate(year: 2023, month: 3, day: 9))
    #expect(finder.latest(in: "Опубліковано 07.06.2023, оновлено 08.06.2023") == PartialDate(year: 2023, month: 6, day: 8))
    #expect(finder.latest(in: "Les discussions du 17 juillet de 2023 ont échoué.") == PartialDate(year: 2023, month: 7, day: 17))
    #expect(finder.latest(in: "The minister spoke on 12 March about 300 prisoners and 450 tonnes.") == nil)
    #expect(finder.latest(in: "Room 123, 9 May, line 2024b") == nil)
    #expect(PageDateFinder.digitRuns(Array("12 March, 300 prisoners, 45.67".utf8)).isEmpty)
    #expect(PageDateFinder.digitRuns(Array("in 2023, 12345 and 99".utf8)) == [3..<7, 9..<14])
  }

  @Test("only the words before each year are read, however far they are, and wherever the year is")
  func aroundYears() throws {
    let finder = try Self.finder()
    // The day and month are separated from the year by 30 dashes (90 bytes) and no space.
    let dashes = String(repeating: "—", count: 30)
    #expect(finder.latest(in: "The talks of 17 March \(dashes) 2023 ended.") == PartialDate(year: 2023, month: 3, day: 17))
    // A long page: the latest date is in the middle, the earlier one at the very end.
    let filler = String(repeating: "Nothing was said about it then. ", count: 40)
    #expect(finder.latest(in: filler + "It resumed on 9 March 2024. " + filler + "The first round, 7 March 2023")
      == PartialDate(year: 2024, month: 3, day: 9))
    // Two dates in one stretch, and a year alone at the start.
    #expect(finder.latest(in: "2022: on 1 May 2023 and 2 May 2023.") == PartialDate(year: 2023, month: 5, day: 2))
    #expect(finder.latest(in: "Kyiv, 12.10.2022\n\n" + filler) == PartialDate(year: 2022, month: 10, day: 12))
    // The words of a date reach back past an earlier year: read as one page.
    #expect(finder.latest(in: "In 2022 on 12 March \(dashes) 2023") == PartialDate(year: 2023, month: 3, day: 12))
    #expect(finder.latest(in: "On 1 May 2023 \(dashes) 2024") == PartialDate(year: 2023, month: 5, day: 1))
  }

  @Test("a digit or full stop with a combining mark on it is neither; a letter with marks is a letter")
  func marks() throws {
    let finder = try Self.finder()
    // "3\u{301}" is not a digit: the year is 202, out of range.
    #expect(finder.latest(in: "Room 07.06.2023\u{301} and nothing else") == nil)
    // ".\u{301}" is not a full stop: 07 and 06.2023 are not one date.
    #expect(finder.latest(in: "Room 07.\u{301}06.2023 and nothing else") == nil)
    // A marked letter in a word keeps the word whole, so the date after it is still read.
    #expect(finder.latest(in: "Cafe\u{301} 9 March 2023") == PartialDate(year: 2023, month: 3, day: 9))
    #expect(finder.latest(in: "Opublikowano 07.06.2023") == PartialDate(year: 2023, month: 6, day: 7))
  }

  @Test("a date with slashes is read in the page language's order, or only when no other reading is a date")
  func slashes() throws {
    let finder = try Self.finder()
    // A Portuguese page's publication line: day first, as pt/datelines.yaml says.
    #expect(finder.latest(in: "  • 06/11/2022 11:00\n  Por Estadão", language: "pt") == PartialDate(year: 2022, month: 11, day: 6))
    // English writes both orders: "06/11/2022" is left alone, "02/16/2024" can only be February.
    #expect(finder.latest(in: "Updated 06/11/2022 at noon", language: "en") == nil)
    #expect(finder.latest(in: "On 02/16/2024, in the colony", language: "en") == PartialDate(year: 2024, month: 2, day: 16))
    #expect(finder.latest(in: "Filed 16/11/2022 | 15:02") == PartialDate(year: 2022, month: 11, day: 16))
    // Not a date: a fraction before a year, a longer chain of numbers, a year of five digits.
    #expect(finder.latest(in: "3/4 of 2022", language: "de") == nil)
    #expect(finder.latest(in: "ref 1/16/11/2022 and 16/11/20223", language: "de") == nil)
    #expect(PageDateFinder.slashedDates(Array("a 1/2/2023, 31/12/2022/x".utf8), 0..<24).map { [$0.0, $0.1, $0.2] }
      == [[1, 2, 2023]])
  }

  @Test("a page's address files it under its day: yyyymmdd, yyyy/mm/dd or yyyy-mm-dd in the path")
  func address() {
    #expect(PageDateFinder.date(inAddress: "https://ria.ru/20250926/grossi-2044654768.html")
      == PartialDate(year: 2025, month: 9, day: 26))
    #expect(PageDateFinder.date(inAddress: "https://example.com/world/2023/06/06/dam-breach/")
      == PartialDate(year: 2023, month: 6, day: 6))
    #expect(PageDateFinder.date(inAddress: "https://example.com/news/2022-10-21-barrage-mine")
      == PartialDate(year: 2022, month: 10, day: 21))
    // An article number, a number in the host or the query, and text that is not an address
    // give none.
    #expect(PageDateFinder.date(inAddress: "https://www.handelsblatt.com/politik/28543166.html") == nil)
    #expect(PageDateFinder.date(inAddress: "https://20230606.example.com/a?d=20230606") == nil)
    #expect(PageDateFinder.date(inAddress: "Published 2023/06/06") == nil)
  }
}
