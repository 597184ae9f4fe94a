import Foundation
import Testing

import ParallaxCore

/// The fortieth speaker pass (issue 16, round 40): speech acts the data lacked, a name the
/// registry does not know that ends as only an oblique case does (an adjective or noun that
/// qualifies another word) speaks no more, and neither does a medium in a phrase between a
/// name and its verb. Sentences and names of our own (never article text), read with the
/// shipped `Locales/`.
@Suite struct SpeakerFortiethPassTests {
  private let registry = NameListResolver([
    "Nordland": EntityID("place.nordland"),
    "Piet Vos": EntityID("person.piet-vos"),
    "Піт Вос": EntityID("person.piet-vos"),
    "Пит Вос": EntityID("person.piet-vos"),
  ])

  /// The speakers of `text` read as `language` (front matter), with the suite's registry.
  private func speakers(in language: String, _ text: String) throws -> [String] {
    try StatementsTestSupport.speakers(in: language, text, resolver: registry)
  }

  @Test("an unknown word in an oblique case that qualifies a noun is no speaker (Ukrainian)")
  func unregisteredOblique() throws {
    let text = """
      Порт

      Місцева влада Нордландської області повідомила про закриття порту.

      Глава Нордландської держави наголосив, що порт відкриється в травні.

      Піт Вос повідомив, що судна чекатимуть.
      """
    #expect(try speakers(in: "uk", text) == ["Піт Вос"])
  }

  @Test("a medium in a phrase between the speaker and the verb is where the speaker spoke", arguments: [
    ("Porto\n\nIl sindaco Piet Vos sulla sua pagina Facebook precisa: il porto resterà chiuso fino a maggio.", "it", "Piet Vos"),
    ("Порт\n\nПресс-секретарь порта Пит Вос в интервью CNN заявил, что порт закроют.", "ru", "Пит Вос"),
  ])
  func governedMedium(text: String, language: String, speaker: String) throws {
    #expect(try speakers(in: language, text) == [speaker])
  }

  @Test("speech acts the data lacked: a call for something, blame", arguments: [
    ("Port\n\nPiet Vos called for an end to the blockade.", "en"),
    ("Puerto\n\nPiet Vos culpó a Nordland del cierre del puerto.", "es"),
  ])
  func speechActs(text: String, language: String) throws {
    #expect(try speakers(in: language, text) == ["Piet Vos"])
  }
}
