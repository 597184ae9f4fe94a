import Foundation
import Testing

import ParallaxCore

/// Speech acts of several words, pronouns that mean the subject of the sentence before, a
/// title's holder named after a known body, and a stray closing quotation mark (issue 16, the
/// speaker floors), on sentences of our own (never article text) read with the shipped
/// `Locales/`.
@Suite struct SpeakerSpeechActTests {
  private func speakers(_ text: String, resolver: (any SpeakerResolving)? = nil) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: resolver)
  }

  /// People of our own, with the genders a registry gives them.
  private let people = NameListResolver(
    [
      "Piet Vos": EntityID("person.piet-vos"), "Jan Mol": EntityID("person.jan-mol"),
      "Karl Dorn": EntityID("person.karl-dorn"), "Anna Berg": EntityID("person.anna-berg"),
      "Пит Вос": EntityID("person.piet-vos"), "Ян Мол": EntityID("person.jan-mol"),
      "Анна Берг": EntityID("person.anna-berg"),
    ],
    genders: [
      EntityID("person.piet-vos"): .male, EntityID("person.jan-mol"): .male,
      EntityID("person.karl-dorn"): .male, EntityID("person.anna-berg"): .female,
    ])

  @Test("a speech act of several words reports speech as one verb does", arguments: [
    ("Port\n\nMinister Anna Berg issued an ultimatum to the port authority on Monday.", "Anna Berg"),
    ("Порт\n\nМинистр Анна Берг выступила с заявлением о работе порта.", "Анна Берг"),
    ("Порт\n\nМіністр Анна Берг висунула ультиматум адміністрації порту.", "Анна Берг"),
    ("Hafen\n\nMinisterin Anna Berg fand deutliche Worte für die Verwaltung des Hafens.", "Anna Berg"),
    ("Port\n\nLa ministre Anna Berg a fait une déclaration sur le port lundi.", "Anna Berg"),
    ("Puerto\n\nLa ministra Anna Berg lanzó un ultimátum a la autoridad portuaria.", "Anna Berg"),
    ("Colloqui\n\nIeri la ministra Anna Berg ha lanciato un ultimatum all'autorità portuale della città per la riapertura del molo.", "Anna Berg"),
    ("Port\n\nMinister Anna Berg wydała oświadczenie w sprawie portu.", "Anna Berg"),
    ("Porto\n\nA ministra Anna Berg fez uma declaração sobre o porto.", "Anna Berg"),
  ])
  func speechActs(text: String, speaker: String) throws {
    #expect(try speakers(text) == [speaker])
  }

  @Test("a speech act whose last word is in quotation marks still reports speech")
  func scareQuotedSpeechAct() throws {
    let names = try speakers("Port\n\nThe port director, Jan Mol, issued an “ultimatum” to the shipping firms on Monday.")
    #expect(names == ["Jan Mol"])
  }

  @Test("a place after a locative preposition and an adjective is the setting, not the subject")
  func placeAfterAdjective() throws {
    let resolver = NameListResolver(["Нордби": EntityID("place.nordby"), "Нордбю": EntityID("place.nordby")])
    let names = try speakers(
      "Порт\n\nВечером пятницы пресс-служба портового комитета в северной Нордби сообщила, что суда вышли в море.",
      resolver: resolver)
    #expect(!names.contains("Нордби"))
  }

  @Test("a pronoun means the person the sentence before is about, not the last speaker")
  func previousSubject() throws {
    let english = try speakers(
      "Port talks\n\nPiet Vos said the talks would go on.\n\nJan Mol opened the harbour on Monday. He said the ships were safe.",
      resolver: people)
    #expect(english == ["Piet Vos", "Jan Mol"])
    let russian = try speakers(
      "Переговоры\n\nПит Вос заявил, что переговоры продолжатся.\n\nЯн Мол открыл гавань в понедельник. Он сказал, что суда в безопасности.",
      resolver: people)
    #expect(russian == ["Пит Вос", "Ян Мол"])
  }

  @Test("a pronoun of one person means neither of two people named as one subject")
  func twoPeopleAsOneSubject() throws {
    let names = try speakers(
      "Port talks\n\nPiet Vos said the talks would go on.\n\nJan Mol and Karl Dorn opened the harbour on Monday. He said the ships were safe.",
      resolver: people)
    #expect(names == ["Piet Vos"])
  }

  @Test("a pronoun never means a person of the other gender, even the only one named")
  func otherGender() throws {
    let names = try speakers(
      "Переговоры\n\nАнна Берг открыла гавань в понедельник. Он сказал, что суда в безопасности.", resolver: people)
    #expect(names.isEmpty)
  }

  @Test("a title and a name after a body the registry knows: the title's holder speaks")
  func holderAfterKnownBody() throws {
    let resolver = NameListResolver(["Northern Appeals Court": EntityID("org.northern-appeals-court")])
    let names = try speakers(
      "Ruling\n\nNorthern Appeals Court President Piet Vos said the ruling would stand.", resolver: resolver)
    #expect(names == ["Piet Vos"])
  }

  @Test("a closing mark glued to a word opens no quotation that would swallow what follows")
  func strayClosingMark() throws {
    let names = try speakers(
      "Port\n\nThe port reopened on Monday after the long storm.\" Piet Vos said the ships could sail again.")
    #expect(names == ["Piet Vos"])
  }
}
