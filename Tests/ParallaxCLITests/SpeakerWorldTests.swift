import Foundation
import Testing

import ParallaxCore

/// The sixth speaker pass (issue 16; rules chosen on the misses of `speakers-blind2.yaml` to
/// `speakers-blind6.yaml` together): speech verbs and acts the data lacked, news outlets of the
/// registry that relay and never speak, and a quote an outlet passes on without its speaker.
/// Sentences and names of our own (never article text), read with the shipped `Locales/`.
@Suite struct SpeakerWorldTests {
  private let registry = NameListResolver(
    [
      "Nordland": EntityID("place.nordland"),
      "Anna Berg": EntityID("person.anna-berg"),
      "Piet Vos": EntityID("person.piet-vos"),
      "Вісник-Норд": EntityID("org.visnyk-nord"),
      "Diário Norte": EntityID("org.diario-norte"),
      "Nordpost": EntityID("org.nordpost"),
    ], genders: [EntityID("person.anna-berg"): .female, EntityID("person.piet-vos"): .male],
    outlets: [EntityID("org.visnyk-nord"), EntityID("org.diario-norte"), EntityID("org.nordpost")])

  private func speakers(_ text: String) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: registry)
  }

  @Test("speech verbs and acts the data lacked report speech", arguments: [
    ("Port\n\nAnna Berg a réitéré que le port restera fermé jusqu'en mai.", "Anna Berg"),
    ("Port\n\nPiet Vos a évoqué la nécessité de rouvrir le port.", "Piet Vos"),
    ("Port\n\nPiet Vos a salué l'accord sur le port.", "Piet Vos"),
    ("Port\n\nAnna Berg spoke of an “understanding” on the port.", "Anna Berg"),
    ("Port\n\nPiet Vos suggested that the port could reopen in May.", "Piet Vos"),
    ("Puerto\n\n«El puerto seguirá cerrado», ha apostillado Piet Vos.", "Piet Vos"),
  ])
  func lackedVerbs(text: String, speaker: String) throws {
    #expect(try speakers(text) == [speaker])
  }

  @Test("a passive or relative 'described' reports nobody's words")
  func describedIsNoVerb() throws {
    #expect(try speakers("Port\n\nThe closure of the port has been described as the worst in years by Nordland.").isEmpty)
  }

  @Test("a news outlet the registry knows relays: it never speaks, whatever the verb", arguments: [
    "Порт\n\nПро це повідомляє Вісник-Норд з посиланням на джерела в порту.",
    "Port\n\nThe port will stay closed until May, Nordpost reported.",
  ])
  func outletRelays(text: String) throws {
    #expect(try speakers(text).isEmpty)
  }

  @Test("a quote an outlet passes on without its speaker goes on with the last speaker")
  func relayedQuoteKeepsSpeaker() throws {
    let text = """
      Porto

      Piet Vos afirmou que o porto ficará fechado até maio. “Não há outra saída”, completou ele, citado pela agência Diário Norte.
      """
    let names = try speakers(text)
    #expect(names == ["Piet Vos", "Piet Vos"])
    #expect(!names.contains("Diário Norte"))
  }
}
