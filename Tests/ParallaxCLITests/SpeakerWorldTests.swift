import Foundation
import Testing

import ParallaxCore

/// The sixth speaker pass (issue 16; rules chosen on the misses of `speakers-blind2.yaml` to
/// `speakers-blind6.yaml` together): speech verbs and acts the data lacked, news outlets of the
/// registry that relay and never speak, a quote an outlet passes on without its speaker, two or
/// more subjects of one speech verb, who all speak, a title before a body's adjectives, whose
/// holder speaks rather than the body, and phrases inserted between a subject and its verb
/// ("quant à lui", "for his part"), which name nobody, and a dropped subject after a state
/// that spoke, which is the person named since.
/// Sentences and names of our own (never article text), read with the shipped `Locales/`.
@Suite struct SpeakerWorldTests {
  private let registry = NameListResolver(
    [
      "Nordland": EntityID("place.nordland"),
      "Ostland": EntityID("place.ostland"),
      "Anna Berg": EntityID("person.anna-berg"),
      "Piet Vos": EntityID("person.piet-vos"),
      "Вісник-Норд": EntityID("org.visnyk-nord"),
      "Diário Norte": EntityID("org.diario-norte"),
      "Nordpost": EntityID("org.nordpost"),
      "Nordland's Foreign Ministry": EntityID("org.mfa-nordland"),
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
    ("Port\n\nPiet Vos uznał rozmowy w sprawie portu za sukces.", "Piet Vos"),
    ("Port\n\nNo reply came yet, with Nordland's Foreign Ministry stating that talks are expected soon.", "Nordland's Foreign Ministry"),
    ("Hafen\n\nAnna Berg und Piet Vos fordern eine Öffnung des Hafens.", "Anna Berg"),
  ])
  func lackedVerbs(text: String, speaker: String) throws {
    #expect(try speakers(text) == [speaker])
  }

  /// "described" reports speech since round 37 ("Nordland described the closure as …"); after a
  /// form of "to be" it is passive, and the name before it is what was spoken of.
  @Test("a passive 'described' reports nobody's words", arguments: [
    "Port\n\nThe closure of the Nordland port has been described as the worst in years.",
    "Port\n\nThe talks in Nordland were described as long on words but short on decisions.",
  ])
  func describedPassive(text: String) throws {
    #expect(try speakers(text).isEmpty)
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

  /// Each attributed statement's speaker and the others who say it with them.
  private func speakerGroups(_ text: String) throws -> [[String]] {
    let (_, statements, _, _) = try StatementsTestSupport.extract(text, resolver: registry)
    return statements.flatMap { $0 }.compactMap { statement in
      guard let speaker = statement.speaker, !speaker.isOutlet else { return nil }
      return [speaker.name] + (statement.coSpeakers ?? []).map(\.name)
    }
  }

  @Test("two or more subjects of one speech verb all speak", arguments: [
    ("Port\n\nNordland and Ostland said the port would stay closed until May.", ["Nordland", "Ostland"]),
    ("Porto\n\nNordland e Ostland hanno affermato che il porto resterà chiuso fino a maggio.", ["Nordland", "Ostland"]),
    ("Hafen\n\nAnna Berg und Piet Vos sagten, der Hafen bleibe bis Mai geschlossen.", ["Anna Berg", "Piet Vos"]),
    ("Port\n\nNordland, Ostland and Piet Vos said the port would stay closed.", ["Nordland", "Ostland", "Piet Vos"]),
  ])
  func joinedSubjects(text: String, group: [String]) throws {
    #expect(try speakerGroups(text) == [group])
  }

  @Test("names after the verb, or in a phrase of their own, are no co-speakers", arguments: [
    "Port\n\nAnna Berg said after talks with Nordland and Ostland that the port would stay closed.",
    "Port\n\nAnna Berg said, after Nordland and Ostland met, that the port would stay closed.",
  ])
  func noPartnersAfterVerb(text: String) throws {
    #expect(try speakerGroups(text) == [["Anna Berg"]])
  }

  @Test("a statement carries co-speakers only where its subject joins several names")
  func coSpeakersOnlyWhereJoined() throws {
    let (_, statements, _, _) = try StatementsTestSupport.extract(
      "Port\n\nNordland and Ostland said the port would stay closed. Anna Berg said it would reopen.", resolver: registry)
    let joined = statements.flatMap { $0 }
    #expect(joined.count == 2)
    #expect(joined.first?.coSpeakers?.map(\.name) == ["Ostland"])
    #expect(joined.last?.coSpeakers == nil)
  }

  @Test("a title before a body's adjectives makes the body its complement: the body does not speak", arguments: [
    "Port\n\nSzef nordlandzkiego MSZ oskarżył Ostland o zamknięcie portu.",
    "Port\n\nRzeczniczka nordlandzkiego MSZ wydała oświadczenie w sprawie portu.",
    "Port\n\n- Port pozostanie zamknięty - podkreślił szef nordlandzkiego MSZ.",
  ])
  func titleBeforeBodyAdjectives(text: String) throws {
    #expect(!(try speakers(text)).contains("MSZ"))
  }

  @Test("a body after its adjectives, without a title before them, still speaks")
  func bodyWithoutTitleSpeaks() throws {
    #expect(try speakers("Port\n\nNordlandzkie MSZ oskarżyło Ostland o zamknięcie portu.") == ["Nordlandzkie MSZ"])
  }

  @Test("a phrase inserted between the subject and its verb names nobody: the subject speaks", arguments: [
    ("Port\n\nLe chef de la délégation, Piet Vos, a quant à lui fait état de “progrès” sur le port.", "Piet Vos"),
    ("Port\n\nAnna Berg a pour sa part déclaré que le port restera fermé.", "Anna Berg"),
    ("Puerto\n\nPiet Vos, por su parte, afirmó que el puerto seguirá cerrado.", "Piet Vos"),
  ])
  func insertedPhrase(text: String, speaker: String) throws {
    #expect(try speakers(text) == [speaker])
  }

  @Test("a dropped subject after a state that spoke goes to the person named since")
  func droppedSubjectAfterState() throws {
    let text = """
      Port

      Nordland informuje, że port jest zamknięty.

      Na konferencji głos zabrał premier Piet Vos. „Port pozostanie zamknięty” – stwierdził.
      """
    #expect(try speakers(text) == ["Nordland", "Piet Vos"])
  }
}
