import Foundation
import Testing

import ParallaxCore

/// A run of capitalized words that opens with a capitalized preposition ("In Berlin", "Am
/// Dienstag") is a prepositional phrase: its name is the complement and does not speak, and
/// the verb's subject after it does (issue 16, the speaker floors on real pages). Sentences of
/// our own (never article text) read with the shipped `Locales/`.
@Suite struct SpeakerPrepositionRunTests {
  private let registry = NameListResolver(
    ["Piet Vos": EntityID("person.piet-vos"), "Nordhafen": EntityID("place.nordhafen")],
    genders: [EntityID("person.piet-vos"): .male])

  @Test("a place after a sentence-initial preposition is the setting; the inverted subject speaks", arguments: [
    "Hafen\n\nIn Nordhafen sagte Regierungssprecher Piet Vos, der Hafen bleibe geschlossen.",
    "Port\n\nIn Nordhafen, Piet Vos said the port would stay closed.",
  ])
  func placeAfterCapitalizedPreposition(text: String) throws {
    #expect(try StatementsTestSupport.speakers(text, resolver: registry) == ["Piet Vos"])
  }

  @Test("a place after a preposition and a capitalized article does not speak")
  func placeAfterPrepositionAndArticle() throws {
    let resolver = NameListResolver(["La Nordia": EntityID("place.nordia")])
    let names = try StatementsTestSupport.speakers(
      "Puerto\n\nEl tribunal ubicado en La Nordia menciona la deportación de menores.", resolver: resolver)
    #expect(!names.contains("Nordia") && !names.contains("La Nordia"))
  }
}
