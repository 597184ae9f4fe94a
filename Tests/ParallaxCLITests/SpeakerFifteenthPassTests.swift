import Foundation
import Testing

import ParallaxCore

/// The fifteenth speaker pass (issue 16, round 38): quotation marks as web copy gets them wrong
/// (a stray closing '"' before a full stop, a closing quote written as an opening «), a few
/// quoted words inside a sentence that goes on past them, and a place ending the title before
/// the name that is its appositive. Sentences and names of our own (never article text), read
/// with the shipped `Locales/`.
@Suite struct SpeakerFifteenthPassTests {
  private let registry = NameListResolver([
    "Nordland": EntityID("place.nordland"),
    "Nordlands": EntityID("place.nordland"),
    "Piet Vos": EntityID("person.piet-vos"),
  ])

  private func speakers(_ text: String, resolver: (any SpeakerResolving)? = nil) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: resolver)
  }

  /// The speakers of `text` read as `language` (front matter), with the suite's registry.
  private func speakers(in language: String, _ text: String) throws -> [String] {
    try StatementsTestSupport.speakers(in: language, text, resolver: registry)
  }

  @Test("a stray closing mark before a full stop opens no quote that swallows the page (Italian)")
  func strayCloserBeforePunctuation() throws {
    let text = """
      Porto

      Il porto di Nordland chiude da oggi". Lo ha annunciato il ministro Piet Vos.
      "Le navi aspetteranno al largo", ha spiegato Piet Vos.
      "Non ci saranno ritardi", ha detto ancora Piet Vos.
      """
    let (_, statements, _, _) = try StatementsTestSupport.extract(text, resolver: registry)
    let said = statements.flatMap { $0 }.filter { $0.speaker?.name == "Piet Vos" }
    #expect(said.count >= 3)
    #expect(!said.contains { $0.text.contains("Lo ha annunciato") && $0.text.contains("Le navi") })
  }

  @Test("a closing quote written as an opening « closes the quote its twin opened (Spanish)")
  func reversedGuillemet() throws {
    let text = """
      Puerto

      «Los barcos esperarán fuera del puerto«, ha dicho Piet Vos.
      «No habrá retrasos», ha dicho Piet Vos.
      """
    #expect(try speakers(text, resolver: registry) == ["Piet Vos", "Piet Vos"])
  }

  @Test("a few quoted words inside a sentence leave its subject to the verbs after them", arguments: [
    ("Port\n\nPiet Vos called the closure “regrettable” and said the port would reopen in May.", "en"),
    ("Порт\n\nПит Вос назвал закрытие «досадным» и заявил, что порт откроется в мае.", "ru"),
  ])
  func embeddedQuotedWords(text: String, language: String) throws {
    let found = try speakers("---\nlanguage: \(language)\n---\n" + text, resolver: NameListResolver([
      "Piet Vos": EntityID("person.piet-vos"), "Пит Вос": EntityID("person.piet-vos"),
    ]))
    #expect(found.count == 1)
    #expect(found.first == "Piet Vos" || found.first == "Пит Вос")
  }

  @Test("a quoted sentence of its own still stands apart from the words after it")
  func quotedSentenceStaysAQuote() throws {
    // Not a few words inside a sentence: punctuation inside the quote.
    let text = "Port\n\n“We will reopen in May,” said Piet Vos, and the ministry agreed."
    #expect(try speakers(text, resolver: registry) == ["Piet Vos"])
  }

  @Test("a place ending the title before an appositive name does not speak (German)")
  func placeBeforeAppositiveName() throws {
    let text = "Hafen\n\nDer Sprecher der Regierung Nordlands, Jan Berg, erklärte, der Hafen bleibe bis Mai geschlossen."
    #expect(try speakers(text, resolver: registry) == ["Jan Berg"])
  }

  @Test("a name closing a long clause before a colon is no headline speaker (Ukrainian)")
  func colonAfterLongClause() throws {
    let text = """
      Порт

      Міністр погодився з пропозицією перенести роботу порту на берег річки Нордланд: "Починайте переїзд".
      Пит Вос: "Порт відкриється в травні".
      """
    let found = try speakers(text, resolver: NameListResolver([
      "Нордланд": EntityID("place.nordland"), "Пит Вос": EntityID("person.piet-vos"),
    ]))
    #expect(!found.contains("Нордланд"))
    #expect(found.contains("Пит Вос"))
  }

  @Test("the hearsay modal and a speech verb's infinitive report speech (Polish)")
  func hearsayModal() throws {
    let text = """
      Port

      Piet Vos miał powiedzieć, że port pozostanie zamknięty do maja.
      Statki mają czekać na redzie - miała oznajmić minister Anna Berg.
      """
    let found = try speakers(text, resolver: NameListResolver([
      "Piet Vos": EntityID("person.piet-vos"), "Anna Berg": EntityID("person.anna-berg"),
    ]))
    #expect(found == ["Piet Vos", "Anna Berg"])
  }

  @Test("a denial reports speech in every language that lists one", arguments: [
    ("it", "Porto\n\nPiet Vos ha smentito che il porto resterà chiuso."),
    ("de", "Hafen\n\nPiet Vos dementierte, dass der Hafen geschlossen bleibe."),
    ("de", "Hafen\n\nPiet Vos stritt ab, dass der Hafen geschlossen bleibe."),
    ("es", "Puerto\n\nPiet Vos desmintió que el puerto vaya a cerrar."),
    ("pt", "Porto\n\nPiet Vos desmentiu que o porto vá fechar."),
  ])
  func denials(language: String, text: String) throws {
    #expect(try speakers(in: language, text) == ["Piet Vos"])
  }

  @Test("Italian cues with the preposition joined to the article name the source")
  func articulatedCue() throws {
    let text = "Porto\n\nStando alle parole del ministro Piet Vos, il porto riaprirà a maggio."
    #expect(try speakers(text, resolver: registry) == ["Piet Vos"])
  }

  @Test("a speech act with a few words set inside it still reports speech", arguments: [
    ("pl", "Port\n\nPiet Vos wyraził w środę nadzieję, że port zostanie otwarty w maju."),
    ("en", "Port\n\nPiet Vos issued a lengthy statement on the closure of the port."),
  ])
  func insertedSpeechAct(language: String, text: String) throws {
    #expect(try speakers(in: language, text) == ["Piet Vos"])
  }

  @Test("sentences glued without a space are cut apart; abbreviations and decimals are not")
  func gluedSentences() throws {
    let text = """
      ---
      language: it
      ---
      Porto

      Le navi aspettano al largo da giorni.Il ministro Piet Vos ha detto che il porto riaprirà a maggio.
      Le navi della U.S.Navy pescano 3.5 metri.
      """
    let (_, statements, _, _) = try StatementsTestSupport.extract(text, resolver: registry)
    let texts = statements.flatMap { $0 }.map(\.text)
    #expect(texts.contains("Le navi aspettano al largo da giorni."))
    #expect(statements.flatMap { $0 }.first { $0.text.hasPrefix("Il ministro Piet Vos") }?.speaker?.name == "Piet Vos")
    #expect(texts.contains("Le navi della U.S.Navy pescano 3.5 metri."))
  }

  @Test("an as-word opening the clause lets the title and name after the verb speak (Italian)", arguments: [
    "Porto\n\nCome ha detto il ministro Piet Vos, il porto resterà chiuso fino a maggio.",
    "Porto\n\nCome ha sottolineato il consigliere presidenziale, Piet Vos, il porto resterà chiuso fino a maggio.",
  ])
  func asClauseOpener(text: String) throws {
    #expect(try speakers("---\nlanguage: it\n---\n" + text, resolver: registry) == ["Piet Vos"])
  }

  @Test("a cue's title with its holder set off by commas names the holder", arguments: [
    ("en", "Port\n\nAccording to the transport minister, Piet Vos, the port will stay closed until May."),
    ("de", "Hafen\n\nLaut dem Gouverneur der Provinz, Piet Vos, bleibt der Hafen bis Mai geschlossen."),
    ("de", "Hafen\n\nNach Angaben des Gouverneurs der Region, Piet Vos, bleibt der Hafen bis Mai geschlossen."),
  ])
  func cueTitleAppositive(language: String, text: String) throws {
    #expect(try speakers(in: language, text) == ["Piet Vos"])
  }

  @Test("a cue whose complement ends at a comma without a title names nobody after it")
  func cueEndsAtComma() throws {
    let text = "---\nlanguage: en\n---\nPort\n\nAccording to press reports, Piet Vos will close the port in May."
    #expect(try speakers(text, resolver: registry).isEmpty)
  }

  @Test("a registered person written in lowercase speaks where the language's copy writes names so (Ukrainian)")
  func lowercasePerson() throws {
    let names = NameListResolver([
      "Піт Вос": EntityID("person.piet-vos"), "Пит Вос": EntityID("person.piet-vos"), "Нордланд": EntityID("place.nordland"),
    ])
    let ukrainian = "---\nlanguage: uk\n---\nПорт\n\nМіністр нордланду піт вос заявив, що порт закриють до травня."
    #expect(try speakers(ukrainian, resolver: names) == ["піт вос"])
    // Russian copy capitalizes names: a lowercase run is no name there.
    let russian = "---\nlanguage: ru\n---\nПорт\n\nМинистр нордланда пит вос заявил, что порт закроют до мая."
    #expect(try speakers(russian, resolver: names).isEmpty)
  }

  @Test("a quotation opening with a number after a full stop starts a sentence of its own; its pronoun means the subject before")
  func quotationWithNumber() throws {
    let names = NameListResolver(["Пит Вос": EntityID("person.piet-vos")])
    let text = """
      ---
      language: ru
      ---
      Порт

      Министр транспорта Пит Вос выступил в среду. «300 судов ждут на рейде», — сказал он. Это т. н. «300 судов».
      """
    let (_, statements, _, _) = try StatementsTestSupport.extract(text, resolver: names)
    let all = statements.flatMap { $0 }
    #expect(all.map(\.text).contains("Министр транспорта Пит Вос выступил в среду."))
    #expect(all.first { $0.text.hasPrefix("«300 судов ждут") }?.speaker?.name == "Пит Вос")
    // An abbreviation before the quotation ends no sentence.
    #expect(all.contains { $0.text == "Это т. н. «300 судов»." })
  }

  @Test("an honorific with its full stop names nobody; the name after it speaks", arguments: [
    ("en", "Port\n\n“The port will reopen in May,” said Mr. Vos."),
    ("es", "Puerto\n\n«El puerto reabrirá en mayo», dijo el Sr. Vos."),
  ])
  func honorific(language: String, text: String) throws {
    let names = NameListResolver(["Vos": EntityID("person.piet-vos")])
    #expect(try speakers("---\nlanguage: \(language)\n---\n" + text, resolver: names) == ["Vos"])
  }

  @Test("a name past the comma after a relay's verb is in the reported clause (German)")
  func relayPastComma() throws {
    let text = "---\nlanguage: de\n---\nHafen\n\nDer Kreml berichtete, Piet Vos komme im Mai nach Nordland."
    #expect(try !speakers(text, resolver: registry).contains("Piet Vos"))
  }

  @Test("a body ending the title before an appositive name does not speak (German)")
  func bodyBeforeAppositiveName() throws {
    let names = NameListResolver([
      "Weißen Hauses": EntityID("org.white-house"), "Piet Vos": EntityID("person.piet-vos"),
    ])
    let text = "---\nlanguage: de\n---\nHafen\n\nDie Sprecherin des Weißen Hauses, Anna Berg, sagte, der Hafen bleibe geschlossen."
    #expect(try speakers(text, resolver: names) == ["Anna Berg"])
  }

  @Test("naming what happened reports speech (German \"nannte\", as \"назвал\", \"nazwał\")")
  func naming() throws {
    #expect(try speakers(in: "de", "Hafen\n\nMinister Piet Vos nannte die Schließung des Hafens einen Fehler.") == ["Piet Vos"])
  }

  @Test("a body speaking through a person named after the phrase: the person speaks", arguments: [
    ("es", "Puerto\n\nEl ministerio dijo a través de su portavoz Piet Vos que el puerto seguirá cerrado."),
    ("it", "Porto\n\nIl ministero ha fatto sapere, attraverso il portavoce Piet Vos, che il porto resterà chiuso."),
    ("en", "Port\n\nThe ministry said through its spokesman Piet Vos that the port would stay closed."),
  ])
  func throughPerson(language: String, text: String) throws {
    #expect(try speakers(in: language, text) == ["Piet Vos"])
  }

  @Test("through a statement or an agency, nobody new speaks")
  func throughNoPerson() throws {
    let text = "Puerto\n\nPiet Vos dijo a través de un comunicado que el puerto seguirá cerrado."
    #expect(try speakers(in: "es", text) == ["Piet Vos"])
  }
}
