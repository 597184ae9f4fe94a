import Foundation
import Testing

import ParallaxCore

/// A name right after a common noun for a medium, past its adjectives, is that medium: it relays
/// and never speaks (issue 16, the speaker floors on real pages; `mediaNouns` in
/// attribution.yaml). Sentences of our own (never article text) read with the shipped `Locales/`.
@Suite struct SpeakerMediaNounTests {
  private let people = NameListResolver(["Piet Vos": EntityID("person.piet-vos")], genders: [EntityID("person.piet-vos"): .male])

  @Test("an outlet named after a media noun is no speaker", arguments: [
    "Puerto\n\nEl diario alemán Nordblatt dijo que el puerto cerraría en invierno.",
    "Порт\n\nПро це повідомило місцеве видання Nordblatt.",
    "Port\n\nThe local newspaper Nordblatt reported that the port would close.",
    "Port\n\nState TV said the port would close in winter.",
  ])
  func outletAfterMediaNoun(text: String) throws {
    #expect(try StatementsTestSupport.speakers(text, resolver: people).isEmpty)
  }

  @Test("a person who talks to a medium still speaks")
  func personTalkingToMedium() throws {
    let names = try StatementsTestSupport.speakers(
      "Port\n\nPiet Vos told the newspaper Nordblatt that the port would close.", resolver: people)
    #expect(names == ["Piet Vos"])
  }
}
