import Foundation
import Testing

import ParallaxCore

/// Speakers that real pages name in shapes beyond "name, verb" (issue 16), each rule on
/// sentences of our own (never article text), read with the shipped `Locales/`: quoted names,
/// a headline's colon, a resumptive sentence without a verb, quotative inversion, the passive's
/// agent, an attribution inserted between dashes, descriptions and titles that point back to a
/// name, bodies that name themselves, and a dropped subject out of the verb's reach.
@Suite struct SpeakerRecallTests {
  private func speakers(_ text: String, resolver: (any SpeakerResolving)? = nil) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: resolver)
  }

  @Test("reporting verbs added from the development set attribute", arguments: [
    ("Pourparlers\n\nPaul Martin dément ces accusations depuis lundi.", "Paul Martin"),
    ("Colloqui\n\nIeri Marco Bellini ha chiesto una riunione urgente del consiglio di sicurezza per discutere della tregua e degli aiuti.", "Marco Bellini"),
    ("Conversações\n\nJoão Ferreira pediu aos moradores que deixem a cidade.", "João Ferreira"),
    ("Переговоры\n\nИван Петров отрицал, что переговоры сорваны.", "Иван Петров"),
    ("Переговори\n\nІван Петренко запропонував відновити переговори.", "Іван Петренко"),
    ("Talks\n\nAnna Smith had been complaining that the talks were slow.", "Anna Smith"),
  ])
  func verbs(text: String, speaker: String) throws {
    #expect(try speakers(text) == [speaker])
  }

  @Test("a name in quotation marks is no quotation: it stays in the clause and may speak")
  func quotedNames() throws {
    let spanish = try speakers("Presa\n\nLa empresa «Hidrored» ucraniana dijo que la presa está dañada.")
    #expect(spanish == ["Hidrored"])
    // Between a common noun and a person's name it qualifies the title, and the person speaks.
    let ukrainian = try speakers("Переговори\n\nОбстріли тривають, повідомив речник командування «Схід» Петро Коваленко.")
    #expect(ukrainian == ["Петро Коваленко"])
  }

  @Test("a name and a colon before a quote attribute it without a verb")
  func headlineColon() throws {
    let names = try speakers("Flood\n\nAfter the flood – Marta Novak: “We will rebuild the town”")
    #expect(names == ["Marta Novak"])
  }

  @Test("a resumptive sentence without a verb gives the quote before it to the name it opens with")
  func verblessResumptive() throws {
    let names = try speakers(
      "Colloqui\n\n«La tregua regge e i colloqui continueranno» domani. Così il ministro degli Esteri Marco Bellini al termine dell'incontro.")
    #expect(names.first == "Marco Bellini")
  }

  @Test("English: a reporting clause that closes the sentence speaks, not the subject of the clause it reports")
  func quotativeInversion() throws {
    let names = try speakers("Talks\n\nThe agency welcomed the progress of the talks, said Anna Smith, a spokesperson for the body.")
    #expect(names == ["Anna Smith"])
  }

  @Test("English: a name after the verb is its object when a subject precedes it")
  func objectAfterVerb() throws {
    let resolver = NameListResolver(["Norway": EntityID("place.norway"), "Denmark": EntityID("place.denmark")])
    let names = try speakers("Talks\n\nThe government of Norway has accused Denmark of delaying the talks.", resolver: resolver)
    #expect(!names.contains("Denmark"))
  }

  @Test("the agent of a passive speech verb speaks, not what was said")
  func passiveAgent() throws {
    let names = try speakers("Colloqui\n\nScambio confermato dal ministro degli Esteri Marco Bellini.")
    #expect(names == ["Marco Bellini"])
  }

  @Test("an attribution inserted between dashes inside a quote, without a comma before the dash")
  func dashInsert() throws {
    let names = try speakers(
      "Colloqui\n\n“La tregua nella regione – scrive il ministro degli Esteri Marco Bellini – regge ancora e i colloqui continueranno nella prossima settimana”.")
    #expect(names == ["Marco Bellini"])
  }

  @Test("a role with its title words finds a name in a prepositional phrase")
  func describedAntecedent() throws {
    let names = try speakers("Talks\n\nThe envoy met with President Anna Smith on Monday.\n\nThe president said the talks were useful.")
    #expect(names == ["Anna Smith"])
  }

  @Test("a title qualified by a body speaks as its holder")
  func titleHolder() throws {
    let resolver = NameListResolver(["Aiea": EntityID("org.iaea")])
    let names = try speakers(
      "Colloqui\n\nIl direttore dell'Aiea, Marco Bellini, è arrivato a Ginevra.\n\nIeri il direttore Aiea aveva denunciato lo stato della centrale.",
      resolver: resolver)
    #expect(names == ["Marco Bellini"])
  }

  @Test("a body the registry knows, named by its role alone, names itself")
  func selfNamingBody() throws {
    let resolver = NameListResolver(["Kremlin": EntityID("org.kremlin")])
    let names = try speakers("Grain\n\nThe grain deal is over, the Kremlin said on Monday.", resolver: resolver)
    #expect(names == ["Kremlin"])
  }

  @Test("German: a separable verb reports speech when its particle closes the clause, and only then")
  func separableVerbs() throws {
    let names = try speakers(
      "Gespräche\n\n„Es gab eine lange Pause“, stellte die Ministerin Anna Berger klar, „aber keine Pause in den Gesprächen.“\n\n"
        + "Der Botschafter Paul Weber stellte den Antrag am Montag.")
    #expect(names == ["Anna Berger"])
  }

  @Test("a relay chain: the medium passes on the words of the source its cue names, a role yielding to the name")
  func relayChain() throws {
    let (_, statements, _, _) = try StatementsTestSupport.extract(
      "Conversações\n\n\"As conversações foram úteis e vão continuar na próxima semana\", informou a agência Lusa, "
        + "que cita a porta-voz do ministério dos Negócios Estrangeiros, Ana Costa.")
    let statement = try #require(statements.first?.first)
    #expect(statement.speaker?.name == "Ana Costa")
    #expect(statement.attribution.contains { $0.role == .relay && $0.name == "Lusa" })
    let russian = try speakers("Переговоры\n\nПереговоры продолжатся на следующей неделе, сообщает ТАСС со ссылкой на Ивана Петрова.")
    #expect(russian == ["Ивана Петрова"])
  }

  @Test("a dropped subject out of the verb's reach is the last person named")
  func distantDroppedSubject() throws {
    let names = try speakers(
      "Conversaciones\n\nEl ministro Juan Pérez ha sacado una conclusión favorable del primer encuentro mantenido en tres años "
        + "con la delegación en Ginebra, y se ha declarado dispuesto a continuar.")
    #expect(names == ["Juan Pérez"])
  }
}
