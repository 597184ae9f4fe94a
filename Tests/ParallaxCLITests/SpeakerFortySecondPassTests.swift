import Foundation
import Testing

import ParallaxCore

/// The forty-second speaker pass (issue 16, round 42): a reporting clause set off by commas on
/// both sides ("…, ha scritto X, «…»") is an incise whose name speaks, whatever stands before
/// it; where the subject may follow its verb, a subject written right before the verb group
/// leaves a name after the verb its object; a place after a role holds no title; an adverb of
/// the verb group may stand between a passive participle and its agent. Sentences and
/// names of our own (never article text), read with the shipped `Locales/`.
@Suite struct SpeakerFortySecondPassTests {
  @Test("an incise set off by commas: the name that closes it speaks, not the name before it")
  func incise() throws {
    let text = """
      Porto

      Il Nordland, ha scritto Piet Vos, "chiude il porto senza alcun motivo".
      """
    #expect(try StatementsTestSupport.speaker(of: "chiude il porto", in: "it", text) == "Piet Vos")
  }

  @Test("a subject right before the verb group leaves the place after the verb its object")
  func objectAfterVerb() throws {
    let text = """
      Porto

      Jan Berg ha parlato ai giornalisti del porto.

      Il presidente ha accusato Nordland di avere chiuso il porto "senza alcun motivo".
      """
    #expect(try StatementsTestSupport.speaker(of: "ha accusato Nordland", in: "it", text) != "Nordland")
  }

  @Test("a capitalized word that opens the clause is no subject: the role and its holder after the verb speak")
  func clauseOpenerIsNoSubject() throws {
    let text = """
      Porto

      Il porto resta chiuso. Come ha sottolineato il consigliere del porto, Piet Vos, "non vediamo alcun segno di apertura".
      """
    #expect(try StatementsTestSupport.speaker(of: "non vediamo alcun segno", in: "it", text) == "Piet Vos")
  }

  @Test("an adverb of the verb group between a passive participle and its agent: the agent speaks")
  func agentPastAdverb() throws {
    let text = """
      Porto

      Il piano del porto, definito "inaccettabile", è stato respinto oggi da Piet Vos.
      """
    #expect(try StatementsTestSupport.speaker(of: "respinto oggi", in: "it", text) == "Piet Vos")
  }
}
