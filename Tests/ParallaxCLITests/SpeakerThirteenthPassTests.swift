import Foundation
import Testing

import ParallaxCore

/// The thirteenth speaker pass (issue 16, round 36): an auxiliary or adverb of the verb group
/// never ends an institution's name ("the ministry has said"); a word the registry does not know
/// right after an institution word is that body's complement, and the body speaks ("Министерство
/// энергетики Нордландии заявило"), unless a title a few words before makes it the title's
/// holder; a body the registry knows whole speaks though its last word is a state in the
/// genitive ("Siły Zbrojne Nordlandu poinformowały"); a body the registry knows under a name
/// that opens in lowercase speaks ("les forces armées nordiques ont indiqué"), but not after a
/// preposition nor in an oblique case; bodies in the locative after a preposition of source
/// speak ("В Офісі президента сказали"); broadcasters are media; a possessive is no subject.
/// Sentences and names of our own (never article text), read with the shipped `Locales/`.
@Suite struct SpeakerThirteenthPassTests {
  private let registry = NameListResolver(
    [
      "Nordland": EntityID("place.nordland"),
      "Nordlandu": EntityID("place.nordland"),
      "Siły Zbrojne Nordlandu": EntityID("org.nordland-armed-forces"),
      "Siły Zbrojne": EntityID("org.nordland-armed-forces"),
      "forces armées nordiques": EntityID("org.nordland-armed-forces"),
      "l’armée de l’air nordique": EntityID("org.nordland-air-force"),
      "nordländische Luftwaffe": EntityID("org.nordland-air-force"),
      "nordländischen Luftwaffe": EntityID("org.nordland-air-force"),
      "centrale nucléaire nordique": EntityID("org.nordic-plant"),
      "Piet Vos": EntityID("person.piet-vos"),
    ], oblique: ["Nordlandu", "nordländischen Luftwaffe"])

  private func speakers(_ text: String, resolver: (any SpeakerResolving)? = nil) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: resolver)
  }

  @Test("an auxiliary or adverb after an institution is no part of its name", arguments: [
    "Port\n\nNordland's transport ministry has said that the port would stay closed until May.",
    "Port\n\nNordland's transport ministry later said that the port would stay closed until May.",
  ])
  func auxiliaryAfterBody(text: String) throws {
    #expect(try speakers(text) == ["Nordland's transport ministry"])
  }

  @Test("an unknown word after an institution word is its complement: the body speaks (Russian)")
  func unknownComplement() throws {
    let text = "Порт\n\nМинистерство транспорта Нордландии заявило, что порт будет закрыт до мая."
    #expect(try speakers(text) == ["Министерство транспорта Нордландии"])
  }

  @Test("a body after a title is the title's, and the name after it is no complement (Polish)")
  func titledBody() throws {
    let text = "Port\n\nRzecznik ministerstwa Kowalczyk poinformował, że port pozostanie zamknięty do maja."
    #expect(try !speakers(text).contains { $0.hasPrefix("ministerstwa") })
  }

  @Test("a body the registry knows whole speaks, its last word a state in the genitive (Polish)")
  func registeredBodyInGenitive() throws {
    let text = "Port\n\nSiły Zbrojne Nordlandu poinformowały, że port pozostanie zamknięty do maja."
    #expect(try speakers(text, resolver: registry) == ["Siły Zbrojne Nordlandu"])
    // The state alone in the genitive still names no speaker.
    let state = "Port\n\nW imieniu Nordlandu poinformowano, że port pozostanie zamknięty do maja."
    #expect(try !speakers(state, resolver: registry).contains("Nordlandu"))
  }

  @Test("a body the registry knows under a lowercase name speaks", arguments: [
    ("Port\n\nLes forces armées nordiques ont indiqué que le port restera fermé jusqu'en mai.", "forces armées nordiques"),
    ("Port\n\nLe port restera fermé jusqu'en mai, a indiqué l’armée de l’air nordique.", "l’armée de l’air nordique"),
    ("Port\n\nL’armée de l’air nordique a indiqué que le port restera fermé jusqu'en mai.", "L’armée de l’air nordique"),
    ("Hafen\n\nDie nordländische Luftwaffe teilte mit, der Hafen bleibe bis Mai geschlossen.", "nordländische Luftwaffe"),
  ])
  func lowercaseBody(text: String, name: String) throws {
    #expect(try speakers(text, resolver: registry) == [name])
  }

  @Test("a lowercase body after a preposition or in an oblique case names no speaker")
  func lowercaseComplement() throws {
    let french = "Port\n\nCela pourrait affecter les réacteurs de la centrale nucléaire nordique, a ajouté Piet Vos."
    #expect(try speakers(french, resolver: registry) == ["Piet Vos"])
    let german = "Hafen\n\nDer Sprecher der nordländischen Luftwaffe sagte, der Hafen bleibe bis Mai geschlossen."
    #expect(try !speakers(german, resolver: registry).contains("nordländischen Luftwaffe"))
  }

  @Test("after a preposition of source, a body in the locative is the impersonal plural's source (Ukrainian, Russian)")
  func locativeSource() throws {
    let registry = NameListResolver(
      [
        "Офіс президента": EntityID("org.nordland-office"), "Офісі президента": EntityID("org.nordland-office"),
        "Міністерстві закордонних справ Нордландії": EntityID("org.nordland-mfa"),
        "Министерстве обороны Нордландии": EntityID("org.nordland-mod"),
      ], oblique: ["Офісі президента", "Міністерстві закордонних справ Нордландії", "Министерстве обороны Нордландии"])
    #expect(try speakers("Порт\n\nВ Офісі президента сказали, що порт буде закритий до травня.", resolver: registry) == ["Офісі президента"])
    #expect(
      try speakers("Порт\n\nУ Міністерстві закордонних справ Нордландії заявили, що порт буде закритий до травня.", resolver: registry)
        == ["Міністерстві закордонних справ Нордландії"])
    #expect(
      try speakers("Порт\n\nВ Министерстве обороны Нордландии заявили, что порт будет закрыт до мая.", resolver: registry)
        == ["Министерстве обороны Нордландии"])
  }

  @Test("a broadcaster is a medium, never a speaker", arguments: [
    ("Порт\n\nОб этом в разговоре с корреспондентом ВГТРК Иваном Петровым заявил губернатор Пётр Ивов.", ["Пётр Ивов"]),
    ("Port\n\nThe port will stay closed until May, Anna Berg told MSNBC on Monday.", ["Anna Berg"]),
    ("Port\n\nLe port restera fermé jusqu'en mai, a déclaré Anna Berg sur TF1.", ["Anna Berg"]),
  ])
  func broadcasters(text: String, expected: [String]) throws {
    #expect(try speakers(text) == expected)
  }

  @Test("a possessive before the verb determines a noun and is no subject")
  func possessiveBeforeVerb() throws {
    let aside = "Port\n\nThe port closed after Nordland said it found a mine near Anna Berg’s house and accused its neighbour of sabotage."
    #expect(try !speakers(aside).contains { $0.hasPrefix("Anna Berg") })
    #expect(try speakers("Port\n\nAnna Berg’s spokesman Piet Vos said the port would stay closed.") == ["Piet Vos"])
  }

  @Test("a name right after the end of a quote finishes the quoted words; the inverted subject speaks (French)")
  func nameAfterQuote() throws {
    let text = "Port\n\n\"Le port restera fermé jusqu'en mai, sur ordre du ministre\" Piet Vos, a ajouté Nordland."
    #expect(try speakers(text, resolver: registry) == ["Nordland"])
  }

  @Test("the holder named after a title's genitive complement speaks, not the complement (Ukrainian, Russian)")
  func titleHolderAfterGenitive() throws {
    let registry = NameListResolver(
      [
        "Нордландії": EntityID("place.nordland"), "Петра Ивова": EntityID("person.petr-ivov"), "Петро Ивов": EntityID("person.petr-ivov"),
        "Офиса президента Нордландии": EntityID("org.nordland-office"),
      ], oblique: ["Нордландії", "Петра Ивова", "Офиса президента Нордландии"])
    #expect(
      try speakers("Порт\n\nПро це повідомив речник президента Нордландії Сергій Ковальчук.", resolver: registry) == ["Сергій Ковальчук"])
    #expect(
      try speakers("Порт\n\nПро це сказав речник президента Петра Ивова Сергій Ковальчук.", resolver: registry) == ["Сергій Ковальчук"])
    #expect(
      try speakers("Порт\n\nСоветник главы Офиса президента Нордландии Михаил Ковальчук заявил, что порт закрыт.", resolver: registry)
        == ["Михаил Ковальчук"])
  }
}
