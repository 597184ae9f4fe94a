import Foundation
import Testing

import ParallaxCore

/// The forty-first speaker pass (issue 16, round 41): a pronoun after a quotation of several
/// sentences means the subject that opens the sentence where the quotation opens, never a name
/// inside the quotation; a role set off by commas after a name, before an auxiliary, is the
/// name's appositive; a hyphen between spaces interrupts a quote as a dash does; after a cue,
/// the holder named past a title's complement is the source, not the place in it; a person
/// after a relay cue is its source; a cue's source past an article is no complement of the
/// cue's own words ("de acordo com"). Sentences and names of our own (never article text), read with the
/// shipped `Locales/`.
@Suite struct SpeakerFortyFirstPassTests {
  @Test("a pronoun after a quotation of several sentences means the subject the sentence opens with")
  func pronounAfterLongQuotation() throws {
    let text = """
      Port

      Les navires attendaient au large, a écrit Jan Berg, le chef du port.

      Le président Piet Vos a dénoncé un « blocus sans fin » imposé par le Nordland «Sans courage, ils bloquent le port. C’est un blocus sans fin. Et s’il continue, il ne s’arrêtera jamais », a-t-il écrit sur Twitter.
      """
    #expect(try StatementsTestSupport.speaker(of: "a-t-il écrit", in: "fr", text) == "Piet Vos")
  }

  @Test("a name inside the quotation is not what the pronoun after it means")
  func nameInsideQuotation() throws {
    let text = """
      Port

      The port would stay closed, Jan Berg, a member of the harbour board, said.

      "They closed the harbour. So it is clear that Piet Vos, holding on to power, will never agree to reopen it," he said in a conversation with reporters.
      """
    #expect(try StatementsTestSupport.speaker(of: "he said in a conversation", in: "en", text) == "Jan Berg")
  }

  @Test("a role set off by commas after a name is its appositive, also before an auxiliary")
  func roleAppositive() throws {
    let text = """
      Port

      Le port restera fermé, a déclaré Jan Berg.

      Piet Vos, le président, a affirmé que le port rouvrira en mai.
      """
    #expect(try StatementsTestSupport.speaker(of: "le port rouvrira", in: "fr", text) == "Piet Vos")
  }

  @Test("a hyphen between spaces sets off the attribution inside a quote as a dash does, when a verb stands between")
  func hyphenInsertion() throws {
    let text = """
      Porto

      "Il porto è chiuso da lunedì, e le navi - ha detto Piet Vos, portavoce del porto - aspettano al largo".

      "Il porto - e il molo - restano chiusi", ha detto Jan Berg.
      """
    let (_, statements, _, _) = try StatementsTestSupport.extract("---\nlanguage: it\n---\n" + text, resolver: StatementsTestSupport.invented)
    let all = statements.flatMap { $0 }
    let vos = try #require(all.first { $0.text.contains("aspettano") })
    #expect(vos.speaker?.name == "Piet Vos")
    #expect(vos.quotes.map(\.text) == ["Il porto è chiuso da lunedì, e le navi", "aspettano al largo"])
    let berg = try #require(all.first { $0.text.contains("restano") })
    #expect(berg.quotes.map(\.text) == ["Il porto - e il molo - restano chiusi"])
  }

  @Test("after a cue, the holder named past the title's complement is the source, not the place in it", arguments: [
    ("За словами голови адміністрації Нордландської області Піта Воса, порт закрито до травня.", "uk"),
    ("За словами голови Нордландської обласної військової адміністрації Піта Воса, порт закрито до травня.", "uk"),
    ("По словам главы Нордландской областной военной администрации Пита Воса, порт закрыт до мая.", "ru"),
  ])
  func holderAfterTitleComplement(sentence: String, language: String) throws {
    let speaker = try StatementsTestSupport.speaker(of: "порт", in: language, "Порт\n\n" + sentence + "\n")
    #expect(speaker == (language == "uk" ? "Піта Воса" : "Пита Воса"))
  }

  @Test("a person the registry knows after a relay cue and a title is the source, a medium is not", arguments: [
    ("Jak podał szef zarządu portu Piet Vos, port zamknięto do maja.", "pl", "Piet Vos"),
    ("According to the head of the harbour board Piet Vos, the port is closed until May.", "en", "Piet Vos"),
    ("As reported by Reuters, the port is closed until May.", "en", nil),
  ])
  func personAfterRelayCue(sentence: String, language: String, expected: String?) throws {
    #expect(try StatementsTestSupport.speaker(of: "port", in: language, "Port\n\n" + sentence + "\n") == expected)
  }

  @Test("a cue's source past an article speaks, even where the cue's words hold an instrument's noun", arguments: [
    ("De acordo com a Guarda Costeira, o porto fica fechado até maio.", "pt", "Guarda Costeira"),
    ("De acuerdo con la Guardia Costera, el puerto sigue cerrado hasta mayo.", "es", "Guardia Costera"),
    ("Piet Vos disse que o acordo com a Guarda Costeira fecha o porto até maio.", "pt", "Piet Vos"),
  ])
  func cueSourcePastArticle(sentence: String, language: String, expected: String) throws {
    #expect(try StatementsTestSupport.speaker(of: String(sentence.prefix(12)), in: language, "Porto\n\n" + sentence + "\n") == expected)
  }

  @Test("a medium after a role and a preposition is where the role holder wrote, not a speaker")
  func mediumAfterRole() throws {
    let text = "Port\n\n\"Port zostanie otwarty w maju\" – napisał minister na Facebooku.\n"
    #expect(try StatementsTestSupport.speaker(of: "napisał", in: "pl", text) != "Facebooku")
  }
}
