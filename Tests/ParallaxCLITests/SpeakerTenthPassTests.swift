import Foundation
import Testing

import ParallaxCore

/// The tenth speaker pass (issue 16, round 33; rules chosen on misses that recur across the
/// blind sets): the Kremlin named as the place where something was said ("анонсували в
/// Кремлі", "анонсировали в Кремле") speaks as the Kremlin, also after the verb; the German
/// participle "bezeichnet" closes a compound tense ("X hat … als … bezeichnet"); a word quoted
/// inside the middle field of a German compound tense does not cut the subject before the
/// auxiliary off from its participle ("X hat den Plan als „voreilig“ bezeichnet"); and the
/// shipped registry knows Moscow by its Italian name, which speaks for Russia as the other
/// languages' names do ("Mosca smentisce …"). Sentences and names of our own (never article
/// text), read with the shipped `Locales/`.
@Suite struct SpeakerTenthPassTests {
  private let registry = NameListResolver(
    [
      "Piet Vos": EntityID("person.piet-vos"),
      "Anna Berg": EntityID("person.anna-berg"),
      "Nordland": EntityID("place.nordland"),
      "Кремль": EntityID("org.kremlin"),
      "Кремле": EntityID("org.kremlin"),
      "Кремлі": EntityID("org.kremlin"),
    ], genders: [EntityID("person.anna-berg"): .female, EntityID("person.piet-vos"): .male],
    oblique: ["Кремле", "Кремлі"])

  private func speakers(_ text: String) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: registry)
  }

  /// The entity of each statement's speaker (its name when unresolved), "outlet" for the
  /// outlet's narration.
  private func speakerEntities(_ text: String) throws -> [String] {
    let (_, statements, _, _) = try StatementsTestSupport.extract(text, resolver: registry)
    return statements.flatMap { $0 }.map { $0.speaker.map { $0.isOutlet ? "outlet" : ($0.entity?.rawValue ?? $0.name) } ?? "outlet" }
  }

  @Test("the Kremlin named as where it was said speaks as the Kremlin, before or after the verb", arguments: [
    "Саміт\n\nСаміт почнеться в понеділок, як анонсували в Кремлі.",
    "Саміт\n\nУ Кремлі заявили, що саміт почнеться в понеділок.",
    "Саммит\n\nСаммит начнётся в понедельник, как анонсировали в Кремле.",
    "Саммит\n\nВ Кремле заявили, что саммит начнётся в понедельник.",
  ])
  func kremlinAsPlace(text: String) throws {
    #expect(try speakerEntities(text) == ["org.kremlin"])
  }

  @Test("the German participle 'bezeichnet' closes a compound tense whose subject speaks")
  func germanParticiple() throws {
    #expect(try speakers("Hafen\n\nPiet Vos hat die Sperrung des Hafens als voreilig bezeichnet.") == ["Piet Vos"])
  }

  @Test("a word quoted inside a German middle field keeps the subject before the auxiliary", arguments: [
    "Hafen\n\nPiet Vos hatte den Plan aus Nordland als \"voreilig\" bezeichnet, weil Nordland den Hafen schließe.",
    "Hafen\n\nPiet Vos hat die Pläne aus Nordland als „übereilt“ bezeichnet, weil Nordland den Hafen schließe.",
  ])
  func quotedMiddleField(text: String) throws {
    #expect(try speakerEntities(text) == ["person.piet-vos"])
  }

  static let setup: NameSetup? = try? NameSetup.load(from: CLI.data)

  @Test("the shipped registry knows Moscow by its Italian name")
  func italianMoscow() throws {
    let matcher = try #require(Self.setup).makeMatcher()
    #expect(try matcher.mentions(in: "Mosca smentisce la chiusura del porto.").map(\.entity).contains("place.moscow"))
  }
}
