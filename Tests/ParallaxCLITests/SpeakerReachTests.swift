import Foundation
import Testing

import ParallaxCore

/// The fifth speaker pass (issue 16; rules chosen on the misses of `speakers-blind2.yaml` to
/// `speakers-blind5.yaml`): an inverted subject past an auxiliary and adjuncts of time, place and
/// addressee, the verbs of the reported clause before it, a title's holder named after the place
/// that qualifies the title, feminine role nouns that never mean a man, name particles, and speech
/// verbs the data lacked. Sentences and names of our own (never article text), read with the
/// shipped `Locales/`.
@Suite struct SpeakerReachTests {
  private let registry = NameListResolver([
    "Nordland": EntityID("place.nordland"),
    "Нордланда": EntityID("place.nordland"),
    "Нордланду": EntityID("place.nordland"),
    "Ostland": EntityID("place.ostland"),
    "Остланде": EntityID("place.ostland"),
    "Anna Berg": EntityID("person.anna-berg"),
    "Piet Vos": EntityID("person.piet-vos"),
    "Остландом": EntityID("place.ostland"),
    "Нордландом": EntityID("place.nordland"),
    "Nordlandu": EntityID("place.nordland"),
  ], genders: [EntityID("person.anna-berg"): .female, EntityID("person.piet-vos"): .male],
  oblique: ["Остландом", "Нордландом", "Nordlandu"])

  private func speakers(_ text: String) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: registry)
  }

  @Test("an inverted subject past an auxiliary and adjuncts speaks, not the reported clause's subject", arguments: [
    ("Porto\n\nLa parte nordica ha detto che il porto resterà chiuso, ha detto martedì ai giornalisti a Ostland il capo della delegazione Piet Vos.", "Piet Vos"),
    ("Порт\n\nВ ходе переговоров в Остланде северная сторона предложила новый план, сообщил член делегации Пит Вос.", "Пит Вос"),
    ("Port\n\nLe port restera fermé jusqu'en mai, a déclaré mercredi 12 mai Anna Berg.", "Anna Berg"),
  ])
  func invertedPastAdjuncts(text: String, speaker: String) throws {
    let names = try speakers(text)
    #expect(names == [speaker])
  }

  @Test("the subject of the reported clause before '…, said X' does not speak", arguments: [
    ("Порт\n\nНордланд предложил перемирие, заявил Пит Вос.", "Пит Вос"),
    ("Puerto\n\nNordland propuso una tregua, dijo Piet Vos.", "Piet Vos"),
  ])
  func reportedClauseSubject(text: String, speaker: String) throws {
    let names = try speakers(text)
    #expect(names == [speaker])
  }

  @Test("a title, the place that qualifies it and a name after them: the name speaks, known or not", arguments: [
    ("Порт\n\nПрезидентка Нордланду Ганна Вербова заявила, що порт закрито до травня.", "Ганна Вербова"),
    ("Порт\n\nПрезидент Нордланда Пётр Ивов заявил, что порт закрыт до мая.", "Пётр Ивов"),
  ])
  func titlePlaceName(text: String, speaker: String) throws {
    let names = try speakers(text)
    #expect(names == [speaker])
  }

  @Test("a feminine role noun never means a man the registry knows")
  func feminineRole() throws {
    let named = try speakers(
      "Port\n\nLe président Piet Vos a déclaré que le port restera fermé. La présidente de la commission, Anna Berg, est arrivée lundi. "
        + "« Il y a des exceptions », a expliqué la présidente.")
    #expect(named == ["Piet Vos", "Anna Berg"])
    let alone = try speakers(
      "Port\n\nLe président Piet Vos a déclaré que le port restera fermé. « Il y a des exceptions », a expliqué la présidente.")
    #expect(alone == ["Piet Vos"])
    let german = try speakers(
      "Hafen\n\nDer Präsident Piet Vos sagte, der Hafen bleibe geschlossen. „Es gibt Ausnahmen“, sagte die Präsidentin.")
    #expect(german == ["Piet Vos"])
  }

  @Test("a name's particles continue it", arguments: [
    ("Port\n\nThe port will stay closed until May, said Jan van der Berg, the harbour master.", "Jan van der Berg"),
    ("Puerto\n\n«El puerto seguirá cerrado», subrayó el lunes Jan van der Berg.", "Jan van der Berg"),
    ("Port\n\nPort pozostanie zamknięty - oświadczyła przewodnicząca komisji Anna von Dalen.", "Anna von Dalen"),
  ])
  func nameParticles(text: String, speaker: String) throws {
    let names = try speakers(text)
    #expect(names == [speaker])
  }

  @Test("German keeps 'von der' out of names: it is an ordinary preposition and article there")
  func germanParticles() throws {
    let names = try speakers("Hafen\n\nDer Bericht von der Konferenz Nordland sagte wenig, sagte Piet Vos.")
    #expect(!names.contains { $0.contains("von der") })
  }

  @Test("speech verbs and acts of thanks, praise, explanation, assessment and reaction", arguments: [
    ("Port\n\nAnna Berg thanked the crews for their work in the storm.", "Anna Berg"),
    ("Port\n\nPiet Vos congratulated the crews on the new pier.", "Piet Vos"),
    ("Hafen\n\nPiet Vos gratulierte den Mannschaften zum neuen Kai.", "Piet Vos"),
    ("Hafen\n\nPiet Vos lobte die Arbeit der Mannschaften als vorbildlich.", "Piet Vos"),
    ("Hafen\n\nDer Minister Piet Vos sprach von einem guten Tag für den Hafen.", "Piet Vos"),
    ("Port\n\nAnna Berg a fait état de progrès au port.", "Anna Berg"),
    ("Port\n\nPiet Vos a laissé entendre que le port rouvrirait en mai.", "Piet Vos"),
    ("Port\n\nPiet Vos tłumaczył, że port pozostanie zamknięty do maja.", "Piet Vos"),
    ("Port\n\nAnna Berg wyraziła przekonanie, że port zostanie otwarty w maju.", "Anna Berg"),
    ("Порт\n\nПит Вос оценил ущерб в порту как значительный.", "Пит Вос"),
    ("Порт\n\nПит Вос отреагировал на закрытие порта.", "Пит Вос"),
    ("Порт\n\nПіт Вос відреагував на закриття порту.", "Піт Вос"),
  ])
  func newVerbs(text: String, speaker: String) throws {
    let names = try speakers(text)
    #expect(names == [speaker])
  }

  @Test("a name in an oblique case or an oblique noun phrase before the verb is no subject")
  func obliqueBeforeVerb() throws {
    let russian = try speakers("Порт\n\nПорт закроют из-за спора между Нордландом и Остландом, сообщил журналистам Пит Вос.")
    #expect(russian == ["Пит Вос"])
    let german = try speakers("Hafen\n\nDer Berater des nordischen Präsidenten Piet Vos erklärte, der Hafen bleibe geschlossen.")
    #expect(!german.contains("Piet Vos"))
    let relative = try speakers("Hafen\n\nDas folgt einer Aussage des Ministers Piet Vos, der warnte, der Hafen bleibe geschlossen.")
    #expect(relative == ["Piet Vos"])
    let cue = try speakers("Hafen\n\nNach Angaben des nordischen Außenministeriums bleibt der Hafen geschlossen.")
    #expect(cue == ["nordischen Außenministeriums"] || cue == ["Außenministeriums"])
    let polish = try speakers("Port\n\nRosyjska administracja Nordlandu oskarżyła stronę przeciwną o atak na port.")
    #expect(polish == ["administracja Nordlandu"])
  }

  @Test("a demonym and a title after a preposition: the holder is inside the phrase")
  func titleInPrepositionalPhrase() throws {
    let names = try speakers("Port\n\nThe port, a gift of Nordic President Piet Vos, will stay closed, Anna Berg said.")
    #expect(names == ["Anna Berg"])
  }

  @Test("a name joined to a preposition's complement is in the phrase, and a capitalized verb form is part of a name")
  func conjunctsAndCapitalizedVerbs() throws {
    let conjunct = try speakers("Port\n\nThe ships sail between Nordland and Ostland, Anna Berg said.")
    #expect(conjunct == ["Anna Berg"])
    let states = try speakers("Port\n\nSailors from the United States and Britain were taken to Ostland, Piet Vos said.")
    #expect(states == ["Piet Vos"])
  }

  @Test("French: a state named in full speaks, and inside a clause a name after the verb is its object")
  func frenchStatesAndObjects() throws {
    let state = try speakers("Port\n\nLa Russie a annoncé mercredi la fermeture du port de Nordland.")
    #expect(state == ["Russie"])
    let object = try speakers("Port\n\nLa présidence nordique a accusé la Russie d'avoir fermé le port.")
    #expect(!object.contains("Russie"))
    let incise = try speakers("Port\n\n« Le port restera fermé », a affirmé la Russie.")
    #expect(incise == ["Russie"])
  }

  @Test("a name after a broadcast's 'air' noun is the broadcaster, which relays", arguments: [
    "Порт\n\nКолишній посол Пит Вос в ефірі Nordland Radio повідомив, що порт закрито.",
    "Порт\n\nБывший посол Пит Вос в эфире Nordland Radio сообщил, что порт закрыт.",
  ])
  func broadcastAir(text: String) throws {
    let names = try speakers(text)
    #expect(!names.contains("Nordland Radio"))
  }

  @Test("a sentence that opens with a document as its subject gives its later verbs no dropped subject")
  func documentSubject() throws {
    let spanish = try speakers(
      "Puerto\n\nPiet Vos rechazó la invitación. El documento reafirmó \"la libertad de navegación\", llamó a abrir el puerto y pidió el regreso de los barcos.")
    #expect(spanish == ["Piet Vos"])
    let portuguese = try speakers(
      "Porto\n\nPiet Vos rejeitou o convite. O documento \"reafirma a liberdade de navegação\" e apela à abertura do porto.")
    #expect(portuguese == ["Piet Vos"])
  }
}
