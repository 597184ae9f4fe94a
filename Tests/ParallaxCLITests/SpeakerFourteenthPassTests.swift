import Foundation
import Testing

import ParallaxCore

/// The fourteenth speaker pass (issue 16, round 37): the past tense agrees in gender and number,
/// so a verb listed by its masculine form also reports with a body's neuter or a plural subject;
/// a neuter verb without a subject is no person's; an outlet named in quotation marks after a
/// relay cue relays and does not speak, and a relay's source comes before any verb or reported
/// clause; a title joined by "of the" to a body and a name makes the name the speaker; a
/// participle after a form of "to be" is passive (its progressive is not); the Italian cleft
/// ("A confermarlo è stato X"), adverbs of manner inside the verb group and adverbs of place
/// opening a sentence; media nouns in the genitive and a Telegram channel relay; a name before
/// a noun for an unnamed group qualifies it, and a person in an oblique case after a common noun
/// is its possessor. Sentences and names of our own (never article text), read with the
/// shipped `Locales/`.
@Suite struct SpeakerFourteenthPassTests {
  private let registry = NameListResolver(
    [
      "Nordland": EntityID("place.nordland"),
      "Nordlandu": EntityID("place.nordland"),
      "Piet Vos": EntityID("person.piet-vos"),
      "Ministry of Transport of Nordland": EntityID("org.nordland-transport"),
    ], oblique: ["Nordlandu"])

  private func speakers(_ text: String, resolver: (any SpeakerResolving)? = nil) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: resolver)
  }

  private func lexicon(_ language: String) throws -> AttributionLexicon {
    try AttributionLexicon.load("\(language)/attribution.yaml", from: StatementsTestSupport.locales)
  }

  @Test("a verb listed by its masculine past gets its feminine, neuter and plural forms")
  func pastParadigm() throws {
    let russian = try lexicon("ru").verbs.filter { $0.lemma == "сообщить" }.flatMap(\.forms)
    #expect(Set(["сообщила", "сообщило", "сообщили"]).isSubset(of: Set(russian)))
    let ukrainian = try lexicon("uk").verbs.filter { $0.lemma == "заявити" }.flatMap(\.forms)
    #expect(Set(["заявила", "заявило", "заявили"]).isSubset(of: Set(ukrainian)))
    let polish = try lexicon("pl").verbs.filter { $0.lemma == "ocenić" }.flatMap(\.forms)
    #expect(Set(["oceniło", "ocenili", "oceniły"]).isSubset(of: Set(polish)))
    // A cue closed by a past verb agrees too ("как сообщала").
    let cues = try lexicon("ru").cues.map(\.form)
    #expect(cues.contains("как сообщала") && cues.contains("как сообщали"))
    // Only a stem of two letters or more: the preposition "в" opening a cue is no past tense.
    #expect(try !lexicon("uk").cues.contains { $0.form.hasPrefix("ла ") })
  }

  @Test("a ministry's neuter verb reports its speech (Russian, Polish)", arguments: [
    ("Порт\n\nМинистерство транспорта Нордландии сообщило, что порт будет закрыт до конца мая.", "Министерство транспорта Нордландии"),
    ("Port\n\nMinisterstwo Infrastruktury Nordlandu oceniło, że port pozostanie zamknięty do końca maja.", "Ministerstwo Infrastruktury Nordlandu"),
  ])
  func neuterBody(text: String, speaker: String) throws {
    let found = try speakers(text, resolver: registry)
    #expect(found == [speaker])
  }

  @Test("a neuter verb without a subject is no person's (Polish)")
  func neuterDroppedSubject() throws {
    let text = """
      Port

      Rzecznik portu Piet Vos powiedział, że pożar wybuchł w nocy w magazynie. Następnie nordlandzkie wojsko przyznało, że doszło do uszkodzenia statku.
      """
    #expect(try speakers(text, resolver: registry) == ["Piet Vos"])
  }

  @Test("an outlet in quotation marks after a relay cue relays and does not speak (Ukrainian)")
  func quotedRelay() throws {
    let text = "Порт\n\nЯк уже повідомляли «Вісті Нордланду», у порту вночі спалахнула велика пожежа на складі."
    #expect(try speakers(text).isEmpty)
  }

  @Test("a relay's source comes before any verb or reported clause (Russian)")
  func relaySourceReach() throws {
    let text = """
      Порт

      Как сообщало ИА Нордпресс, источник в порту рассказал, что пожар начался ночью в здании Морского агентства Нордландии.
      """
    #expect(try speakers(text).isEmpty)
  }

  @Test("a title joined by a link to a body and a name: the name speaks")
  func titleLinkedToBody() throws {
    let text = "Port\n\nThe spokesman of the Ministry of Transport of Nordland Piet Vos stated that the port would reopen in May."
    #expect(try speakers(text, resolver: registry) == ["Piet Vos"])
  }

  @Test("before a passive participle stands what was spoken of; a progressive is active")
  func passiveParticiple() throws {
    let passive = "Port\n\nThe Nordland talks on the port were described as constructive by several delegates."
    #expect(try !speakers(passive, resolver: registry).contains("Nordland"))
    let progressive = "Port\n\nNordland had been complaining that its grain exports through the port were blocked."
    #expect(try speakers(progressive, resolver: registry) == ["Nordland"])
  }

  @Test("the Italian cleft puts the speaker last")
  func italianCleft() throws {
    let text = "Porto\n\nA confermarlo è stato il portavoce del porto Piet Vos, durante una conferenza stampa a Nordland."
    #expect(try speakers(text, resolver: registry) == ["Piet Vos"])
  }

  @Test("an adverb of manner inside the verb group, an adverb of place opening the sentence", arguments: [
    "Port\n\nPiet Vos a fermement condamné le bombardement du port, selon un communiqué publié lundi.",
    "Puerto\n\nAllí, el portavoz del puerto, Piet Vos, advirtió que el puerto seguiría cerrado hasta mayo.",
  ])
  func adverbs(text: String) throws {
    #expect(try speakers(text, resolver: registry) == ["Piet Vos"])
  }

  @Test("a medium named after its common noun in the genitive relays (Polish); a Telegram channel is a medium", arguments: [
    "Port\n\nWedług portalu Nordinfo do ataku na port doszło w nocy z poniedziałku na wtorek.",
    "Porto\n\nO canal Rybar indicou que dezenas de navios foram atingidos no porto durante a noite.",
  ])
  func media(text: String) throws {
    #expect(try speakers(text).isEmpty)
  }

  @Test("a name right before a noun for an unnamed group qualifies it: nobody is named", arguments: [
    "Port\n\nNordland officials said the port would stay closed until the end of May.",
    "Port\n\nSome Nordland residents say the fire in the port was started on purpose.",
  ])
  func groupQualifier(text: String) throws {
    #expect(try speakers(text, resolver: registry).isEmpty)
    // The state alone still speaks.
    #expect(try speakers("Port\n\nNordland said the port would stay closed until the end of May.", resolver: registry) == ["Nordland"])
  }

  @Test("a person in an oblique case right after a common noun is its possessor, not a subject", arguments: [
    "Порт\n\nМеж тем команда Ивана Петрова заявила, что порт будет закрыт до конца мая.",
    "Port\n\nTymczasem współpracownicy Jana Kowala przekazali, że port pozostanie zamknięty do końca maja.",
  ])
  func possessorOfNoun(text: String) throws {
    let people = NameListResolver(
      [
        "Иван Петров": EntityID("person.ivan-petrov"), "Ивана Петрова": EntityID("person.ivan-petrov"),
        "Jan Kowal": EntityID("person.jan-kowal"), "Jana Kowala": EntityID("person.jan-kowal"),
      ], oblique: ["Ивана Петрова", "Jana Kowala"])
    #expect(try speakers(text, resolver: people).isEmpty)
    // In the nominative the person speaks.
    #expect(try speakers("Порт\n\nИван Петров заявил, что порт будет закрыт до конца мая.", resolver: people) == ["Иван Петров"])
  }

  @Test("'le parole del' names whose words they are (Italian)")
  func italianWordsOf() throws {
    let text = "Porto\n\nSono le parole del sindaco di Nordland Piet Vos, che ha parlato ai giornalisti davanti al porto."
    #expect(try speakers(text, resolver: registry) == ["Piet Vos"])
  }

  @Test("a comment form's notice is page furniture, not a statement")
  func commentNotice() throws {
    let text = """
      Port

      Piet Vos said that the port would reopen in May after the repairs were done.

      Your email address will not be published. Required fields are marked *
      """
    let (_, statements, _, _) = try StatementsTestSupport.extract(text, resolver: registry)
    #expect(!statements.flatMap { $0 }.contains { $0.text.contains("email address") })
  }
}
