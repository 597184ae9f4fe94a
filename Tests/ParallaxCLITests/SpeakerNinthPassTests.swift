import Foundation
import Testing

import ParallaxCore

/// The ninth speaker pass (issue 16; rules chosen on the misses of `speakers-blind9.yaml`,
/// `speakers-blind7.yaml` and `speakers-blind3.yaml`): a title's holder inside a prepositional
/// phrase ("con il capo … X") is no subject. Sentences and names of our own (never article
/// text), read with the shipped `Locales/`.
@Suite struct SpeakerNinthPassTests {
  private let registry = NameListResolver(
    [
      "Anna Berg": EntityID("person.anna-berg"),
      "Piet Vos": EntityID("person.piet-vos"),
      "Пит Вос": EntityID("person.piet-vos"),
      "Піт Вос": EntityID("person.piet-vos"),
      "Анна Берг": EntityID("person.anna-berg"),
      "Ратуша": EntityID("org.town-hall"),
      "Ратуши": EntityID("org.town-hall"),
      "Ратуші": EntityID("org.town-hall"),
      "Ratusz": EntityID("org.town-hall"),
      "Ratusza": EntityID("org.town-hall"),
    ], genders: [EntityID("person.anna-berg"): .female, EntityID("person.piet-vos"): .male],
    oblique: ["Ратуши", "Ратуші", "Ratusza"])

  private func speakers(_ text: String) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: registry)
  }

  /// The entity of each statement's speaker (its name when unresolved), "outlet" for the
  /// outlet's narration.
  private func speakerEntities(_ text: String) throws -> [String] {
    let (_, statements, _, _) = try StatementsTestSupport.extract(text, resolver: registry)
    return statements.flatMap { $0 }.map { $0.speaker.map { $0.isOutlet ? "outlet" : ($0.entity?.rawValue ?? $0.name) } ?? "outlet" }
  }

  @Test("a title's holder inside a prepositional phrase is no subject", arguments: [
    "Porto\n\nPiet Vos lo ha detto durante un incontro con il capo del porto Anna Berg, dichiarando che resterà chiuso.",
    "Puerto\n\nDurante una reunión con el jefe del puerto, Anna Berg, transmitida por la radio, Piet Vos, que llegó ayer, afirmó que seguirá cerrado.",
  ])
  func prepositionalTitle(text: String) throws {
    #expect(try speakerEntities(text) == ["person.piet-vos"])
  }

  @Test("a cue before the title keeps its holder a source")
  func cueKeepsHolder() throws {
    let found = try speakerEntities("Puerto\n\nDe acuerdo con el portavoz, Piet Vos, el puerto seguirá cerrado hasta mayo.")
    #expect(found == ["person.piet-vos"])
  }
}
