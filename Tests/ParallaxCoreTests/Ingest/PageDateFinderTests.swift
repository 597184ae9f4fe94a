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
    #expect(!PageDateFinder.hasFourDigits("12 March, 300 prisoners, 45.67"))
    #expect(PageDateFinder.hasFourDigits("in 2023"))
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
