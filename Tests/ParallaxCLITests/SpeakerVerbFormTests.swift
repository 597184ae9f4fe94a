import Foundation
import Testing

import ParallaxCore

/// Forms of the grammar the speaker rules read from the shipped `Locales/` (issue 16, the
/// speaker floors on real pages): a negated exclusion as a speech act ("did not rule out", "не
/// исключил"), the imperfective past of Russian and Ukrainian speech verbs ("заявлял"), a cue
/// naming an opinion's holder ("по мнению", "на думку", "zdaniem"), the gerund of a Spanish or
/// Portuguese progressive ("vinha dizendo") and "mencionó", on sentences of our own (never
/// article text).
@Suite struct SpeakerVerbFormTests {
  private func speakers(_ text: String, resolver: (any SpeakerResolving)? = nil) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: resolver)
  }

  /// The entity ids of `text`'s speakers in order (the outlet's narration left out).
  private func speakerIDs(_ text: String, resolver: any SpeakerResolving) throws -> [String] {
    let (_, statements, _, _) = try StatementsTestSupport.extract(text, resolver: resolver)
    return statements.flatMap { $0 }.compactMap(\.speaker).filter { !$0.isOutlet }.compactMap { $0.entity?.rawValue }
  }

  private let people = NameListResolver(
    [
      "Piet Vos": EntityID("person.piet-vos"), "Пит Вос": EntityID("person.piet-vos"),
      "Піт Вос": EntityID("person.piet-vos"), "Anna Berg": EntityID("person.anna-berg"),
      "Анна Берг": EntityID("person.anna-berg"),
    ],
    genders: [EntityID("person.piet-vos"): .male, EntityID("person.anna-berg"): .female])

  @Test("a speaker who did not rule out a thing is reported as saying it", arguments: [
    ("Port\n\nPiet Vos did not rule out that the port would close in winter.", "Piet Vos"),
    ("Порт\n\nПит Вос не исключил, что порт закроется зимой.", "Пит Вос"),
    ("Порт\n\nПіт Вос не виключив, що порт закриють узимку.", "Піт Вос"),
    ("Port\n\nPiet Vos nie wykluczył, że port zostanie zamknięty zimą.", "Piet Vos"),
    ("Port\n\nPiet Vos n'a pas exclu que le port ferme cet hiver.", "Piet Vos"),
    ("Puerto\n\nPiet Vos no descartó que el puerto cierre en invierno.", "Piet Vos"),
    ("Porto\n\nPiet Vos non ha escluso che il porto chiuda in inverno.", "Piet Vos"),
    ("Porto\n\nPiet Vos não descartou que o porto feche no inverno.", "Piet Vos"),
  ])
  func negatedExclusion(text: String, speaker: String) throws {
    #expect(try speakers(text, resolver: people) == [speaker])
  }

  @Test("a negation outside the speech act still reports silence")
  func silenceStays() throws {
    #expect(try speakers("Port\n\nPiet Vos did not comment on the port on Monday.", resolver: people).isEmpty)
  }

  @Test("the imperfective past of a speech verb reports speech", arguments: [
    ("Порт\n\nРанее Пит Вос публично заявлял, что порт не закроется.", "Пит Вос"),
    ("Порт\n\nАнна Берг не раз подчеркивала, что суда в безопасности.", "Анна Берг"),
    ("Порт\n\nРаніше Піт Вос неодноразово наголошував, що порт не закриють.", "Піт Вос"),
  ])
  func imperfectivePast(text: String, speaker: String) throws {
    #expect(try speakers(text, resolver: people) == [speaker])
  }

  @Test("the holder of an opinion a cue names speaks", arguments: [
    "Порт\n\nАнна Берг открыла гавань в понедельник.\n\nПо мнению Берг, суда в безопасности.",
    "Порт\n\nАнна Берг відкрила гавань у понеділок.\n\nНа думку Берг, судна в безпеці.",
    "Port\n\nAnna Berg otworzyła port w poniedziałek.\n\nZdaniem Berg statki są bezpieczne.",
  ])
  func opinionCue(text: String) throws {
    let resolver = NameListResolver(
      ["Анна Берг": EntityID("person.anna-berg"), "Anna Berg": EntityID("person.anna-berg")],
      genders: [EntityID("person.anna-berg"): .female])
    #expect(try speakerIDs(text, resolver: resolver) == ["person.anna-berg"])
  }

  @Test("a progressive's gerund and verbs of mentioning report speech", arguments: [
    ("Porto\n\nDesde março, o ministro Piet Vos vinha dizendo que o porto fecharia.", "Piet Vos"),
    ("Puerto\n\nEl ministro Piet Vos venía diciendo que el puerto cerraría.", "Piet Vos"),
    ("Puerto\n\nEl ministro Piet Vos mencionó que el puerto cerraría en invierno.", "Piet Vos"),
  ])
  func gerundsAndMentioning(text: String, speaker: String) throws {
    #expect(try speakers(text, resolver: people) == [speaker])
  }
}
