import Foundation
import Testing

import ParallaxCore

/// Names that sit inside another phrase and do not speak, on sentences of our own (never
/// article text) read with the shipped `Locales/`: a cue's complement closed by a comma, a
/// reported clause before an inverted subject, a possessive in the object, a web address, and
/// a demonstrative that completes a prepositional phrase before the subject.
@Suite struct SpeakerPhraseTests {
  private func speakers(_ text: String, resolver: (any SpeakerResolving)? = nil) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: resolver)
  }

  @Test("a demonstrative completes the prepositional phrase: the name after it speaks")
  func demonstrative() throws {
    let ukrainian = try speakers("Переговори\n\nПро це Іван Петренко сказав в ефірі телеканалу 5 травня.")
    #expect(ukrainian == ["Іван Петренко"])
    let russian = try speakers("Переговоры\n\nПри этом Иван Петров отметил, что переговоры продолжатся.")
    #expect(russian == ["Иван Петров"])
  }

  @Test("a cue's complement ends at its comma: a name after the comma is in the reported clause")
  func cueComplement() throws {
    let english = try speakers("Talks\n\nAccording to media reports, Norway had been considering new talks.")
    #expect(!english.contains { $0.hasPrefix("Norway") })
    let ukrainian = try speakers("Переговори\n\nЗа словами речника, Норвегія нібито повернеться до переговорів.")
    #expect(!ukrainian.contains { $0.hasPrefix("Норвег") })
    // A verb right after the cue that goes on is a verb, and its subject speaks.
    let spanish = try speakers(
      "Evacuación\n\nSegún informó el ministro del interior, Juan Pérez, 700 personas fueron evacuadas.")
    #expect(spanish == ["Juan Pérez"])
  }

  @Test("after a comma, a reporting verb's subject follows it: the names before are reported")
  func invertedAfterComma() throws {
    let german = try speakers(
      "Getreide\n\nSchweden hat die Türkei, Polen und das Uno-Sekretariat informiert, berichtet die Nachrichtenagentur Reuters.")
    #expect(!german.contains("Türkei"))
    #expect(!german.contains("Schweden"))
    let russian = try speakers("Переговоры\n\nНорвегия и Швеция проведут переговоры, заявил Иван Петров.")
    #expect(russian == ["Иван Петров"])
    // An apposition closing at the verb keeps its subject.
    let appositive = try speakers("Gespräche\n\nAnna Berger, Chefin der Behörde, sagte am Montag, die Gespräche seien nützlich.")
    #expect(appositive == ["Anna Berger"])
  }

  @Test("a possessive after the verb determines its object and does not speak")
  func possessive() throws {
    let names = try speakers("Exchange\n\nLater the coordination centre acknowledged Norway’s role in the exchange.")
    #expect(!names.contains { $0.hasPrefix("Norway") })
  }

  @Test("a web address relays like a medium and does not speak")
  func webAddress() throws {
    let names = try speakers(
      "Talks\n\nSpeaking after the meeting, Anna Smith was quoted as saying by Nordnews.com: “We are satisfied with the outcome.”")
    #expect(!names.contains("Nordnews.com"))
  }

  @Test("names qualifying a title before its holder's name do not speak; the holder does, and 'he' is the holder")
  func titleChains() throws {
    let russian = try speakers(
      "Плотина\n\nОб обстреле сегодня утром сообщил глава Северной областной военной администрации Иван Петров. "
        + "Позже он сказал, что вода отступает.")
    #expect(russian == ["Иван Петров", "Иван Петров"])
    let polish = try speakers(
      "Zapora\n\nDecyzję podjął prezydent - oznajmił w środę sekretarz Rady Obrony i Bezpieczeństwa Norwegii (ROBN) Jan Kowalski.")
    #expect(polish == ["Jan Kowalski"])
    // A preposition or a date ends the chain: the name after it is no holder.
    let ukrainian = try speakers(
      "Ставка\n\nПро це повідомив президент Норвегії Іван Петренко 6 червня за підсумками Ради Оборони Норвегії.")
    #expect(ukrainian == ["Іван Петренко"])
  }

  @Test("'in the message' is the message of the institution that just spoke, an acronym too")
  func documentOfAcronym() throws {
    let resolver = NameListResolver(["НАМА": EntityID("org.nama")])
    let names = try speakers(
      "Візит\n\nГенеральний директор агентства (НАМА) Іван Петренко приїхав на станцію. Про це повідомляє НАЕК \"Норенерго\" в Телеграм-каналі.\n\n"
        + "\"Директор розпочав візит на станцію\", - йдеться в повідомленні.",
      resolver: resolver)
    #expect(names.last == "НАЕК")
  }

  @Test("a name opening with a demonym that the registry does not know is no antecedent of 'er'")
  func demonymNoAntecedent() throws {
    let names = try speakers(
      "Getreide\n\nAnton Weber gab am Montag eine Erklärung ab.\n\nSie wird von den Medien der Russischen Föderation zitiert.\n\n"
        + "„Die Gespräche sind beendet“, sagte er.")
    #expect(!names.contains("Russischen Föderation"))
  }

  @Test("a role after the verb yields to the name set off by a comma after its complement")
  func roleThenName() throws {
    let spanish = try speakers(
      "Presa\n\n“La presa ha sido destruida”, manifestó el jefe de la Administración Militar de la provincia del Norte, Juan Pérez, en un video.")
    #expect(spanish == ["Juan Pérez"])
    let german = try speakers(
      "Damm\n\nDas Wasser werde bald steigen, schrieb der Militärgouverneur des Gebiets, Anton Weber auf Telegram.")
    #expect(german == ["Anton Weber"])
  }

  @Test("'echoed' reports speech: the subject before an apposition speaks")
  func echoed() throws {
    let names = try speakers(
      "Talks\n\nAnna Smith, head of the Nordic delegation and an adviser to the prime minister, echoed the minister’s optimism at a press conference.")
    #expect(names == ["Anna Smith"])
  }

  @Test("thanking and condemning report speech, and Swiss German spells ß as ss", arguments: [
    ("Zapora\n\nSzefowa norweskiego MSZ Anna Nowak potępiła działania wojsk.", "Anna Nowak"),
    ("Обмін\n\nІван Петренко подякував за посередницькі зусилля партнерам.", "Іван Петренко"),
    ("Обмен\n\nИван Петров поблагодарил партнеров за посредничество.", "Иван Петров"),
    ("Getreide\n\nPräsident Anton Weber äusserte sich unlängst kritisch zu den Zielen des Abkommens.", "Anton Weber"),
  ])
  func moreVerbs(text: String, speaker: String) throws {
    #expect(try speakers(text) == [speaker])
  }

  @Test("a state's authorities with no earlier name of the state speak as written")
  func authorities() throws {
    let ukrainian = try speakers("Дамба\n\nУкраїнська влада заявила, що дамбу заміновано.")
    #expect(ukrainian == ["Українська влада"])
    let polish = try speakers("Zapora\n\nWładze Ukrainy poinformowały we wtorek, że zapora została zniszczona.")
    #expect(polish == ["Władze Ukrainy"])
    // A bare role names nobody.
    #expect(try speakers("Exchange\n\nThe ministry said the exchange was over.").isEmpty)
  }

  @Test("a known body linked to a title by 'of' qualifies the title and does not speak")
  func titleOfBody() throws {
    let resolver = NameListResolver(["NEA": EntityID("org.nea")])
    let names = try speakers("Visit\n\nThe Chief of the NEA nuclear watchdog said at a press conference that the visit went well.", resolver: resolver)
    #expect(!names.contains("NEA"))
    // Without a title before it, the body speaks.
    let body = try speakers("Visit\n\nThe NEA said at a press conference that the visit went well.", resolver: resolver)
    #expect(body == ["NEA"])
  }
}
