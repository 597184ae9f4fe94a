import Foundation
import Testing

import ParallaxCore

/// The subject before an appositive that ends at the verb (issue 16, the speaker floors on real
/// pages): with an auxiliary or an adverb between the appositive's closing comma and the verb,
/// the subject before the appositive speaks, an institution too, unless the name right after
/// the first comma is the appositive itself; on sentences of our own (never article text) read
/// with the shipped `Locales/`.
@Suite struct SpeakerAppositiveTests {
  private func speakers(_ text: String, resolver: any SpeakerResolving) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: resolver)
  }

  private let registry = NameListResolver(
    [
      "Harbour Ministry": EntityID("org.harbour-ministry"), "Ministère du Port": EntityID("org.harbour-ministry"),
      "Nordvik Group": EntityID("org.nordvik"), "Nordvik": EntityID("org.nordvik"), "Piet Vos": EntityID("person.piet-vos"),
      "Anna Berg": EntityID("person.anna-berg"),
    ],
    genders: [EntityID("person.piet-vos"): .male, EntityID("person.anna-berg"): .female])

  @Test("a subject speaks past an appositive that only mentions a person", arguments: [
    ("Port\n\nThe Nordvik Group, a long-time rival of Piet Vos, had announced that the port would close.", "Nordvik Group"),
    ("Port\n\nPlus tôt, le Ministère du Port, bête noire de Piet Vos, avait annoncé que le port fermerait.", "Ministère du Port"),
  ])
  func institutionBeforeAppositive(text: String, speaker: String) throws {
    #expect(try speakers(text, resolver: registry) == [speaker])
  }

  @Test("a person speaks past an appositive naming an institution and an adverb before the verb")
  func personBeforeAdverb() throws {
    let names = try speakers(
      "Port\n\nAnna Berg, a spokeswoman for the Harbour Ministry, later said that the port would close.", resolver: registry)
    #expect(names == ["Anna Berg"])
  }

  @Test("a name that is itself the appositive of a title still speaks past an auxiliary")
  func nameAsAppositive() throws {
    let names = try speakers(
      "Port\n\nPlus tôt, le chef du groupe Nordvik, Piet Vos, a annoncé que le port fermerait.", resolver: registry)
    #expect(names == ["Piet Vos"])
  }
}
