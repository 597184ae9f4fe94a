import Foundation
import Testing

import ParallaxCore

/// The eleventh speaker pass (issue 16, round 34; kinds of misses seen on the tenth blind set
/// that recur on unseen pages): an adverb opening a sentence names nobody ("Luego añadió");
/// a medium named after a relay cue, or by its common noun, relays and never speaks ("Об этом
/// сообщает CNN", "Russische Medien berichteten", "ТГ-канал X стверджує"); a secretary of
/// state named by the title and the state is the title's holder, not the state; a treaty named
/// by its name never speaks, nor is it whom a dropped subject means; a dropped subject is never
/// a person its sentence names in an oblique case; and a name inside a reported clause gives
/// way to the one that closes the sentence after the verb ("…, что X, вероятно,
/// …, заявил на брифинге Y"). Sentences and names of our own (never article text), read with
/// the shipped `Locales/`.
@Suite struct SpeakerEleventhPassTests {
  private let registry = NameListResolver(
    [
      "Piet Vos": EntityID("person.piet-vos"),
      "Пит Вос": EntityID("person.piet-vos"),
      "Піт Вос": EntityID("person.piet-vos"),
      "Anna Berg": EntityID("person.anna-berg"),
      "Анна Берг": EntityID("person.anna-berg"),
      "Anny Berg": EntityID("person.anna-berg"),
      "Nordland": EntityID("place.nordland"),
      "Нордланд": EntityID("place.nordland"),
      "Нордланда": EntityID("place.nordland"),
    ], genders: [EntityID("person.anna-berg"): .female, EntityID("person.piet-vos"): .male],
    oblique: ["Anny Berg", "Нордланда"])

  private func speakers(_ text: String) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: registry)
  }

  @Test("an adverb that opens a sentence names no speaker; the last one goes on", arguments: [
    "Puerto\n\n«El puerto abrirá el lunes», dijo Anna Berg. Luego añadió que el puerto cerrará en mayo.",
    "Puerto\n\n«El puerto abrirá el lunes», dijo Anna Berg.\n\nDespués añadió que el puerto cerrará en mayo.",
  ])
  func sentenceAdverb(text: String) throws {
    let found = try speakers(text)
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0 == "Anna Berg" })
  }

  @Test("a medium relays and never speaks: after a relay cue, or named by its common noun", arguments: [
    "Порт\n\nПорт откроется в понедельник. Об этом сообщает CNN.",
    "Hafen\n\nRussische Medien berichteten, dass der Hafen am Montag schließe.",
    "Порт\n\nТГ-канал Nordland Post стверджує, що порт закрито.",
  ])
  func mediaRelay(text: String) throws {
    #expect(try speakers(text) == [])
  }

  @Test("a secretary of state named by the title and the state is the title's holder, not the state")
  func secretaryOfState() throws {
    let text = """
      Порт

      Госсекретарь Нордланда Пит Вос заявил, что порт откроется в понедельник.

      «Порт откроется в понедельник», — сказал госсекретарь Нордланда журналистам.
      """
    #expect(try speakers(text) == ["Пит Вос", "Пит Вос"])
  }

  @Test("the head of the State Department is no body that speaks")
  func headOfStateDepartment() throws {
    let text = "Порт\n\n«Мы следим за портом», – добавил глава Госдепа."
    #expect(!(try speakers(text)).contains { $0.hasPrefix("Госдеп") })
  }

  @Test("a treaty named by its name is no speaker, and no dropped subject means it", arguments: [
    ("Puerto\n\nAnna Berg tildó de irresponsable la decisión de suspender el tratado de desarme Nuevo Puerto e insistió en que su país seguía dispuesto.\n\n«Seguimos dispuestos», añadió.", "Anna Berg"),
    ("Hafen\n\nDen Ausstieg aus dem \"Neuen Hafen-Vertrag\" kritisierte Piet Vos am Dienstag.", "Piet Vos"),
    ("Port\n\nAnna Berg ogłosiła, że Nordland zawiesza udział w porozumieniu o ochronie portów Nowy Port.\n\nMówiła o znaczeniu programu Nowy Port.", "Anna Berg"),
  ])
  func treatyName(text: String, speaker: String) throws {
    let found = try speakers(text)
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0 == speaker })
  }

  @Test("a dropped subject is never a person named in an oblique case before the verb")
  func droppedSubjectNotOblique() throws {
    let text = "Port\n\n„Port otworzymy w poniedziałek” – napisał Piet Vos.\n\nDoradca Anny Berg dodał, że port zostanie zamknięty."
    #expect(!(try speakers(text)).contains("Anna Berg"))
  }

  @Test("a name inside a reported clause gives way to the one that closes the sentence after the verb")
  func invertedAfterReportedClause() throws {
    let text = "Порт\n\nМинистерство считает, что Анна Берг, вероятно, покинула страну, заявил на брифинге пресс-секретарь ведомства Пит Вос."
    #expect(try speakers(text) == ["Пит Вос"])
  }
}
