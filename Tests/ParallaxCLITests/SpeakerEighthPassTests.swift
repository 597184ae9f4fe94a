import Foundation
import Testing

import ParallaxCore

/// The eighth speaker pass (issue 16; rules chosen on the misses of `speakers-blind8.yaml`,
/// `speakers-blind7.yaml`, `speakers-blind6.yaml` and `speakers-blind3.yaml`, with
/// `speakers-blind5.yaml` held out): speech verbs the data lacked (publishing a message,
/// exclaiming, revealing), a straight quotation mark that closes a curly one, sentence adverbs
/// and prepositions that open no name, a reporting clause opened by an auxiliary ("…, a déclaré
/// X"), a negated verb that silences a dropped subject too but no verb past the reported
/// clause's start nor inside a focus phrase ("not only", "не раз"), two subjects joined across an
/// article ("l'Ukraine et la Russie"), a possessive that ends a name, and an English name past a
/// comma after the verb, which opens another clause. Sentences and names of our own (never
/// article text), read with the shipped `Locales/`.
@Suite struct SpeakerEighthPassTests {
  private let registry = NameListResolver(
    [
      "Anna Berg": EntityID("person.anna-berg"),
      "Piet Vos": EntityID("person.piet-vos"),
      "Пит Вос": EntityID("person.piet-vos"),
      "Піт Вос": EntityID("person.piet-vos"),
      "Анна Берг": EntityID("person.anna-berg"),
      "Nordland": EntityID("place.nordland"),
      "Ostland": EntityID("place.ostland"),
    ], genders: [EntityID("person.anna-berg"): .female, EntityID("person.piet-vos"): .male])

  private func speakers(_ text: String) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: registry)
  }

  /// Each statement's speaker, "outlet" for the outlet's narration.
  private func statementSpeakers(_ text: String) throws -> [String] {
    let (_, statements, _, _) = try StatementsTestSupport.extract(text, resolver: registry)
    return statements.flatMap { $0 }.map { $0.speaker.map { $0.isOutlet ? "outlet" : $0.name } ?? "outlet" }
  }

  @Test("speech verbs the data lacked report speech", arguments: [
    ("Puerto\n\n«El puerto seguirá cerrado», publicó Piet Vos el lunes.", "Piet Vos"),
    ("Puerto\n\nAnna Berg adelantó que el puerto seguirá cerrado hasta mayo.", "Anna Berg"),
    ("Porto\n\nPiet Vos ha descritto la giornata come fondamentale per il porto.", "Piet Vos"),
    ("Porto\n\nAnna Berg ha parlato di una chiusura del porto fino a maggio.", "Anna Berg"),
    ("Port\n\nPiet Vos powiadomił, że port pozostanie zamknięty.", "Piet Vos"),
    ("Port\n\nAnna Berg ujawniła, że port zostanie otwarty w maju.", "Anna Berg"),
    ("Порт\n\n«Порт закрыт!», — воскликнул Пит Вос.", "Пит Вос"),
    ("Порт\n\n«Порт закрито!», — вигукнув Піт Вос.", "Піт Вос"),
  ])
  func lackedVerbs(text: String, speaker: String) throws {
    #expect(try speakers(text) == [speaker])
  }

  @Test("a straight quotation mark closes a curly one: the next sentence is not swallowed", arguments: [
    "Porto\n\n“Il porto è chiuso\", ha detto Piet Vos. Anna Berg ha dichiarato che riaprirà a maggio.",
    "Hafen\n\nPiet Vos sagte: „Der Hafen bleibt zu\". Anna Berg erklärte, er öffne im Mai.",
  ])
  func straightClosesCurly(text: String) throws {
    #expect(try speakers(text) == ["Piet Vos", "Anna Berg"])
  }

  @Test("a sentence adverb or a preposition opening a sentence opens no name")
  func openingAdverbAndPreposition() throws {
    #expect(try speakers("Puerto\n\nAsí, Piet Vos, quien dirige el puerto, indicó que seguirá cerrado.") == ["Piet Vos"])
    let dropped = "Puerto\n\nAnna Berg anunció el cierre del puerto. Desde Lisboa, la capital, indicó que seguirá cerrado."
    #expect(try speakers(dropped) == ["Anna Berg", "Anna Berg"])
  }

  @Test("a Spanish secretary of state named with a comma after the title speaks")
  func secretaryTitle() throws {
    #expect(try speakers("Puerto\n\n«El puerto seguirá cerrado», ha afirmado el Secretario de Estado de Nordland, Piet Vos.") == ["Piet Vos"])
  }

  @Test("a reporting clause opened by an auxiliary has its subject after the verb", arguments: [
    "Port\n\nIl est absurde de fermer le port, a déclaré Piet Vos.",
    "Port\n\nIl serait absurde que Nordland ferme le port, a déclaré Piet Vos.",
  ])
  func auxiliaryOpensReportingClause(text: String) throws {
    #expect(try speakers(text) == ["Piet Vos"])
  }

  @Test("a negated verb silences a dropped subject as it silences a named one", arguments: [
    "Порт\n\nАнна Берг заявила, що порт закрито. Водночас дату відкриття не повідомила.",
    "Port\n\nPiet Vos oświadczył, że port jest zamknięty. Nie potwierdził jednak daty otwarcia.",
  ])
  func negatedDroppedSubject(text: String) throws {
    #expect(try statementSpeakers(text).last == "outlet")
  }

  @Test("a negation in the reported clause does not silence the reporting verb", arguments: [
    ("Port\n\nPiet Vos said Nordland would not reopen the port.", ["Piet Vos"]),
    ("Puerto\n\nPiet Vos declaró que no se puede descartar un cierre del puerto.", ["Piet Vos"]),
    ("Hafen\n\nPiet Vos sagte, dass Nordland den Hafen nicht öffne.", ["Piet Vos"]),
    ("Hafen\n\nWann der Hafen öffne, sagte Piet Vos nicht.", []),
    ("Port\n\nPiet Vos not only warned that the port would close in May.", ["Piet Vos"]),
    ("Порт\n\nАнна Берг не раз заявила, что порт закроют.", ["Анна Берг"]),
  ])
  func negationInReportedClause(text: String, expected: [String]) throws {
    #expect(try speakers(text) == expected)
  }

  @Test("two subjects joined by a conjunction and an article both speak")
  func conjunctWithArticle() throws {
    let (_, statements, _, _) = try StatementsTestSupport.extract(
      "Port\n\nL'Ostland et le Nordland ont confirmé la fermeture du port.", resolver: registry)
    let statement = try #require(statements.flatMap { $0 }.first)
    #expect(statement.speaker?.name == "Ostland")
    #expect(statement.coSpeakers?.map(\.name) == ["Nordland"])
  }

  @Test("a possessive ends a name and names no source after a cue")
  func possessives() throws {
    let relayed = try speakers("Port\n\nNordland left the talks on the port, citing Ostland’s failure to pay its dues.")
    #expect(!relayed.contains { $0.hasPrefix("Ostland") })
    let cued = try speakers("Port\n\nAccording to the Nordland Bank’s October report, the port lost money.")
    #expect(cued.isEmpty)
  }

  @Test("in English a name past a comma right after the verb opens another clause")
  func commaAfterVerb() throws {
    #expect(try speakers("Port\n\nWhile no date was announced, talks included Nordland-style checks at the port.").isEmpty)
    #expect(try speakers("Port\n\nThe port will close, said Piet Vos.") == ["Piet Vos"])
  }
}
