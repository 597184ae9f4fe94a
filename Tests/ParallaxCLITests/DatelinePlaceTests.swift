import Foundation
import ParallaxCore
import Testing

/// Datelines whose place is written in small letters after its capital, as many web outlets
/// write them ("Berlin (dpa) -", "Москва, 9 февраля — ИА …"), beside those in capitals; on lines of
/// our own, read with the shipped `Locales/`.
@Suite struct DatelinePlaceTests {
  @Test("a place in small letters after its capital opens a dateline; the story starts after it")
  func titleCasePlaces() throws {
    let cases: [(text: String, place: String, first: String)] = [
      ("Neue Hilfen für die Ukraine\n\nBerlin (dpa) - Die Regierung hat am Montag neue Hilfen angekündigt.", "Berlin",
       "Die Regierung hat am Montag neue Hilfen angekündigt."),
      ("Обмен пленными состоялся\n\nМосква, 9 февраля — ИА Северные Вести. Очередной обмен пленными состоялся в четверг.", "Москва",
       "Очередной обмен пленными состоялся в четверг."),
      ("Переговоры продолжатся\n\nНижний Новгород, 4 июня, 2025, 16:42 — ИА Северные Вести. Переговоры продолжатся в пятницу.",
       "Нижний Новгород", "Переговоры продолжатся в пятницу."),
      ("Neue Hilfen für die Ukraine\n\nKYIV (dpa) - Die Regierung hat am Montag neue Hilfen angekündigt.", "KYIV",
       "Die Regierung hat am Montag neue Hilfen angekündigt."),
    ]
    for (text, place, first) in cases {
      let (documents, statements, _, _) = try StatementsTestSupport.extract(text)
      #expect(documents.first?.dateline?.place == place, "\(text)")
      #expect(statements.first?.first?.text == first, "\(text)")
    }
  }

  @Test("a byline before a place in capitals, or a sentence that opens with a name, is no dateline")
  func notPlaces() throws {
    for text in [
      "Talks in Moscow\n\nBy Anna Berg MOSCOW (Reuters) - Officials said the talks were useful.",
      "Talks in Moscow\n\nOfficials said on Monday, 9 February, that the talks were useful.",
      "Talks in Moscow\n\nAnna Berg, 9 February - notes from the talks in Moscow.",
    ] {
      let (documents, _, _, _) = try StatementsTestSupport.extract(text)
      #expect(documents.first?.dateline?.place == nil, "\(text)")
    }
  }
}
