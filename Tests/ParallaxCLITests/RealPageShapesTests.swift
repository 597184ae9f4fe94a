import Foundation
import Testing

import ParallaxCore

/// Shapes of real web pages that the written fixtures lack, on short sentences of our own
/// (never article text), read with the shipped `Locales/`: Italian and Portuguese copy, and
/// page furniture on lines of its own.
@Suite struct RealPageShapesTests {
  private func speakers(_ text: String, resolver: (any SpeakerResolving)? = nil) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: resolver)
  }

  @Test("Italian and Portuguese are told from Spanish, French and each other")
  func detection() throws {
    let cases: [(String, LocaleID)] = [
      ("Il ministro ha detto che la delegazione della Russia è arrivata nella città per i colloqui.", "it"),
      ("O ministro disse que a delegação da Rússia chegou à cidade para as conversações.", "pt"),
      ("El ministro dijo que la delegación de Rusia llegó a la ciudad para las conversaciones.", "es"),
    ]
    for (text, language) in cases {
      let (documents, _, _, _) = try StatementsTestSupport.extract(text)
      #expect(documents.first?.language == language, "\(text)")
    }
  }

  @Test("Italian: the speaker named after the quote ('Lo ha detto X'), and after a participle")
  func italian() throws {
    let names = try speakers(
      "Colloqui a Ginevra\n\n«I colloqui sono stati utili». Lo ha detto il ministro degli Esteri Marco Bellini.\n\n"
        + "«Torneremo presto», ha dichiarato Paola Verdi ai giornalisti.")
    #expect(names.contains("Marco Bellini"))
    #expect(names.contains("Paola Verdi"))
  }

  @Test("Portuguese: the speaker after the quote ('afirmou X', 'disse X')")
  func portuguese() throws {
    let names = try speakers(
      "Conversações em Genebra\n\n\"As conversações foram úteis\", afirmou o ministro João Ferreira.\n\n"
        + "\"Voltaremos em breve\", disse Ana Costa aos jornalistas.")
    #expect(names.contains("João Ferreira"))
    #expect(names.contains("Ana Costa"))
  }

  @Test("furniture lines inside a paragraph become chrome paragraphs and never statements")
  func chromeLines() throws {
    let text = "Talks end in Geneva\n\nThe minister said the talks were useful.\nAdvertisement\nRead more: Another story about something\n"
      + "The delegations will meet again next week.\nPhoto: the delegations at the table\n\nNewsSite"
    let (documents, statements, _, _) = try StatementsTestSupport.extract(text)
    let texts = statements.flatMap { $0 }.map(\.text)
    #expect(!texts.contains { $0.contains("Advertisement") || $0.contains("Read more") || $0.contains("Photo:") || $0.contains("NewsSite") })
    #expect(texts.contains("The delegations will meet again next week."))
    let document = try #require(documents.first)
    let chrome = document.paragraphs.filter { $0.role == .chrome }.map { range in
      String(decoding: Array(document.text.utf8)[range.range], as: UTF8.self)
    }
    #expect(chrome == ["Advertisement", "Read more: Another story about something", "Photo: the delegations at the table", "NewsSite"])
  }

  @Test("a place after a preposition does not speak: the speech verb's subject does")
  func prepositionalPlace() throws {
    let names = try speakers("Переговори\n\nПід час поїздки до Одеси, заявив Іван Петренко, переговори тривають.")
    #expect(names == ["Іван Петренко"])
  }

  @Test("relaying agencies, media and demonyms never speak on their own")
  func nonSpeakers() throws {
    let names = try speakers(
      "Talks in Geneva\n\nThe talks were useful, Reuters said.\n\nThe talks will go on, Russian officials said.\n\n"
        + "In an interview with Le Monde, the sides agreed to meet again, Anna Smith said.")
    #expect(!names.contains("Reuters"))
    #expect(!names.contains("Russian"))
    #expect(!names.contains("Le Monde"))
    #expect(names.contains("Anna Smith"))
  }

  @Test("an initial before a surname is not the speaker: the surname is")
  func initials() throws {
    let names = try speakers("Pourparlers\n\n« Les pourparlers ont été utiles », a déclaré M. Dupont aux journalistes.")
    #expect(!names.contains("M"))
    #expect(names.contains { $0.hasSuffix("Dupont") })
  }

  @Test("'he' refers to a person named in full, not to a lone word in an oblique case")
  func pronounAntecedent() throws {
    let names = try speakers(
      "Візит\n\nІван Петренко прибув до Києва. Він відвідав Запорізьку атомну електростанцію. Також він заявив, що ситуація складна.")
    #expect(names.contains("Іван Петренко"))
    #expect(!names.contains("Запорізьку"))
    #expect(!names.contains("Києва"))
  }

  @Test("a publication stamp under the headline dates the page when no metadata does")
  func publicationStamp() throws {
    let cases: [(String, String)] = [
      ("Talks end in Geneva\nAugust 29, 2022 11:50 am\nThe minister said the talks were useful.", "2022-08-29"),
      ("Talks end in Geneva\n\nFebruary 9, 2024 at 10:22 am\n\nThe minister said the talks were useful.", "2024-02-09"),
      ("Переговори в Женеві\n20 червня 2024 – 10:06\nМіністр заявив, що переговори були корисними.", "2024-06-20"),
    ]
    for (text, date) in cases {
      let (documents, statements, _, _) = try StatementsTestSupport.extract(text)
      #expect(documents.first?.published == PartialDate(iso: date), "\(text)")
      #expect(!statements.flatMap { $0 }.contains { $0.text.contains("10:") || $0.text.contains("11:50") }, "\(text)")
    }
  }

  @Test("a speech verb without a subject speaks for the last person named, in languages that drop the subject")
  func droppedSubject() throws {
    let spanish = try speakers("Visita\n\nAna García llegó a Kiev el lunes.\n\n«Volveré pronto», declaró en una rueda de prensa.")
    #expect(spanish == ["Ana García"])
    let italian = try speakers("Visita\n\nMarco Bellini è arrivato a Kiev lunedì.\n\n«Tornerò presto», ha dichiarato ai giornalisti.")
    #expect(italian == ["Marco Bellini"])
    // English writes its subjects: a verb without one names nobody.
    let english = try speakers("Visit\n\nAnna Smith arrived in Kyiv on Monday.\n\n\"I will be back soon,\" said at a press conference.")
    #expect(!english.contains("Anna Smith"))
  }

  @Test("the headline repeated in the body is chrome")
  func repeatedHeadline() throws {
    let headline = "Ministers announce the end of the long talks about the grain deal in Geneva"
    let text = "\(headline)\n\nThe minister said the talks were useful.\n\n\(headline)\n\nThe delegations left on Tuesday."
    let (documents, statements, _, _) = try StatementsTestSupport.extract(text)
    #expect(documents.first?.title == headline)
    #expect(!statements.flatMap { $0 }.contains { $0.text == headline })
    #expect(documents.first?.paragraphs.filter { $0.role == .chrome }.count == 1)
  }

  @Test("a plural speech verb without a subject is impersonal, not the last person named")
  func impersonalPlural() throws {
    let names = try speakers("Переговоры\n\nИван Петров прибыл на переговоры.\n\n«Переговоры идут», заявили журналистам.")
    #expect(!names.contains("Иван Петров"))
    let singular = try speakers("Переговоры\n\nИван Петров прибыл на переговоры.\n\n«Переговоры идут», заявил журналистам.")
    #expect(singular.contains("Иван Петров"))
  }

  @Test("German: a lone capitalized noun is no speaker; a role before a one-word complement still speaks")
  func germanNouns() throws {
    let names = try speakers("Gespräche\n\nNach der Zerstörung sagte ein Sprecher, die Lage sei ernst.")
    #expect(!names.contains("Zerstörung"))
  }

  @Test("statements JSON lists the chrome of each document with its position, and stays valid JSON")
  func chromeInJSON() throws {
    let text = "Talks end in Geneva\n\nThe minister said the talks were useful.\nAdvertisement\nThe delegations will meet again."
    let (documents, statements, _, _) = try StatementsTestSupport.extract(text)
    let json = StatementsRenderer().json(zip(documents, statements).map { StatementsRenderer.Entry(document: $0, statements: $1) })
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let document = try #require((object["documents"] as? [[String: Any]])?.first)
    let chrome = try #require(document["chrome"] as? [[String: Any]])
    #expect(chrome.count == 1)
    #expect(chrome.first?["text"] as? String == "Advertisement")
    #expect(chrome.first?["line"] as? Int == 4)
  }

  @Test("the subject before an appositive or a relative clause between commas speaks, not the name inside")
  func appositives() throws {
    let names = try speakers(
      "Talks\n\nAnna Smith, the head of the Geneva Office, said the situation was serious.\n\n"
        + "\"We will go,\" John Brown, who leads the Vienna Office, told reporters.\n\n"
        + "In Vienna, Mary Jones said the talks went on.")
    #expect(names == ["Anna Smith", "John Brown", "Mary Jones"])
    // A relative pronoun right before the verb: the name before it is the subject.
    let relative = try speakers("Incontro\n\nIl cardinale Marco Rossi ha incontrato il presidente Luca Bianchi, che avverte: «La pace è lontana».")
    #expect(relative == ["Luca Bianchi"])
    // After an institution, the name between the commas is the speaker.
    let german = try speakers("Gespräche\n\nDie Sprecherin des Außenministeriums, Maria Schneider, sagte, die Lage sei ernst.")
    #expect(german == ["Maria Schneider"])
    // An inserted clause with no name in it, longer than the usual reach of a verb.
    let long = try speakers(
      "Barragem\n\nJoão Pereira, que convocou uma reunião de emergência do conselho na sequência do incidente de ontem, "
        + "informou que “a água subiu durante a noite”.")
    #expect(long == ["João Pereira"])
  }

  @Test("after the verb, a name set off by a comma after a long title speaks, not the title")
  func titleAppositive() throws {
    let names = try speakers(
      "Presa\n\n“El agua sigue subiendo”, sentenció el jefe de la oficina militar de la provincia, "
        + "Pablo Moreno, en un vídeo.")
    #expect(names == ["Pablo Moreno"])
  }

  @Test("a name in parentheses glosses the one before it and does not speak; an acronym there stands for it")
  func parentheses() throws {
    let glossed = try speakers(
      "Missione\n\n«È una missione tecnica». Lo ha detto il direttore generale dell'Agenzia (Agenzia internazionale "
        + "per la cooperazione tecnica), Paolo Conti, a Ginevra.")
    #expect(glossed == ["Paolo Conti"])
    let acronym = try speakers("Talks\n\nThe Centre for the Study of Peace (CSP), a Swiss research group, said the talks had stalled.")
    #expect(acronym == ["CSP"], "\(acronym)")
  }
}
