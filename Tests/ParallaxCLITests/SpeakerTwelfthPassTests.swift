import Foundation
import Testing

import ParallaxCore

/// The twelfth speaker pass (issue 16, round 35; kinds of misses seen on the eleventh blind set
/// that recur on unseen pages): states and bodies as plain subjects of present and imperfective
/// forms ("Nordland twierdzi", "les Îles Nordiques affirment"); a negation after the verb that
/// negates its complement ("affirme ne pas avoir", "aseguró no tener"); German "gab … an",
/// "bezifferte" and "hieß es aus"; "révéler" and "revendiquer"; a person's role and surname
/// after a cue ("selon le président Vos"); a role whose name follows its complement ("la
/// portavoce del ministero degli Esteri nordlandese Anna Berg"); "qu’" before a name; plural
/// demonyms in Polish name nobody. Sentences and names of our own (never article text), read
/// with the shipped `Locales/`.
@Suite struct SpeakerTwelfthPassTests {
  private let registry = NameListResolver(
    [
      "Piet Vos": EntityID("person.piet-vos"),
      "Vos": EntityID("person.piet-vos"),
      "Anna Berg": EntityID("person.anna-berg"),
      "Nordland": EntityID("place.nordland"),
      "Îles Nordiques": EntityID("place.nordic-isles"),
    ], genders: [EntityID("person.anna-berg"): .female, EntityID("person.piet-vos"): .male])

  private func speakers(_ text: String) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: registry)
  }

  @Test("a state speaks in the present and the imperfective (Polish)", arguments: [
    "Port w Nordlandzie\n\nNordland twierdzi, że port w mieście pozostanie zamknięty do maja.",
    "Port w Nordlandzie\n\nNordland podawał wcześniej, że port w mieście pozostanie zamknięty do maja.",
  ])
  func polishPresent(text: String) throws {
    #expect(try speakers(text) == ["Nordland"])
  }

  @Test("a plural demonym names a people, no speaker (Polish)")
  func polishDemonym() throws {
    let text = "Port w Nordlandzie\n\nRosjanie twierdzili wcześniej, że port w mieście pozostanie zamknięty do maja."
    #expect(try speakers(text) == [])
  }

  @Test("a state speaks in the plural present (French)")
  func frenchPlural() throws {
    let text = "Le port des îles\n\nLes Îles Nordiques affirment que le port de la ville restera fermé jusqu'en mai."
    #expect(try speakers(text) == ["Îles Nordiques"])
  }

  @Test("a negation after the verb negates its complement; the verb still reports", arguments: [
    ("Le port des îles\n\nNordland affirme ne pas avoir fermé le port de la ville pendant la tempête.", "Nordland"),
    ("El puerto de la isla\n\nAnna Berg aseguró no tener noticias del puerto de la ciudad desde el lunes.", "Anna Berg"),
    ("Il porto dell'isola\n\nAnna Berg ha detto di non avere notizie del porto della città da lunedì.", "Anna Berg"),
  ])
  func negatedComplement(text: String, speaker: String) throws {
    #expect(try speakers(text) == [speaker])
  }

  @Test("a negation before the verb still says that nobody spoke")
  func negatedVerb() throws {
    let text = "El puerto de la isla\n\nAnna Berg no comentó el cierre del puerto de la ciudad el lunes."
    #expect(try speakers(text) == [])
  }

  @Test("German: \"gab … an\", \"bezifferte\" and \"hieß es aus\"", arguments: [
    ("Der Hafen\n\nAm Mittwoch gab Piet Vos an, der Hafen der Stadt bleibe bis Mai geschlossen.", "Piet Vos"),
    ("Der Hafen\n\nPiet Vos bezifferte den Schaden am Hafen der Stadt auf zwei Millionen Euro.", "Piet Vos"),
    ("Der Hafen\n\nDer Hafen der Stadt bleibe bis Mai geschlossen, hieß es aus Nordland.", "Nordland"),
  ])
  func germanForms(text: String, speaker: String) throws {
    #expect(try speakers(text) == [speaker])
  }

  @Test("French: \"révéler\" and \"revendiquer\" report speech", arguments: [
    "Le port des îles\n\nNordland a révélé que le port de la ville resterait fermé jusqu'en mai.",
    "Le port des îles\n\nNordland a revendiqué la réouverture du port de la ville lundi dernier.",
  ])
  func frenchVerbs(text: String) throws {
    #expect(try speakers(text) == ["Nordland"])
  }

  @Test("after a cue, a role with a surname right after it is that person")
  func cueRoleSurname() throws {
    let text = "Le port des îles\n\nSelon le président Vos, le port de la ville restera fermé jusqu'en mai."
    #expect(try speakers(text) == ["Vos"])
  }

  @Test("a role's name after the role's complement, a body or place between, speaks")
  func roleComplementName() throws {
    let text = """
      Il porto dell'isola

      «Il porto resterà chiuso fino a maggio». Lo ha detto la portavoce del ministero degli Esteri nordlandese Anna Berg dopo la riunione.
      """
    #expect(try speakers(text) == ["Anna Berg"])
  }

  @Test("\"qu’\" before a name opens the reported clause: the name after it does not speak")
  func elidedComplementizer() throws {
    let text = "Le port des îles\n\nPiet Vos a affirmé qu’Anna Berg avait fermé le port de la ville lundi."
    #expect(try speakers(text) == ["Piet Vos"])
  }

  @Test("a name that holds a verb form written capitalized is one name (\"Nordic State\"), not a name and a verb")
  func capitalizedVerbFormInName() throws {
    let registry = NameListResolver(["Nordic State": EntityID("org.nordic-state"), "Anna Berg": EntityID("person.anna-berg")])
    for text in [
      "Attack on the port\n\nThe Nordic State said it was behind the attack on the port.",
      "Attack on the port\n\nNordic State claimed responsibility for the attack on the port.",
    ] {
      #expect(try StatementsTestSupport.speakers(text, resolver: registry) == ["Nordic State"], "\(text)")
    }
    // The verb written in small letters is still the verb.
    let said = "Attack on the port\n\nAnna Berg said the port would stay closed until May."
    #expect(try StatementsTestSupport.speakers(said, resolver: registry) == ["Anna Berg"])
  }

  @Test("a group that claims an attack speaks: the claim is a statement of who did it", arguments: [
    "Ataque\n\nEl Frente Nórdico reivindicó el ataque contra el puerto.",
    "Ataque\n\nEl Frente Nórdico se atribuyó el ataque contra el puerto.",
    "Ataque\n\nA Frente Nórdica assumiu a responsabilidade pelo ataque ao porto.",
    "Anschlag\n\nDie Nordfront bekannte sich zu dem Anschlag auf den Hafen.",
    "Нападение\n\nСеверный фронт взял на себя ответственность за нападение на порт.",
    "Атака\n\nПівнічний фронт взяв на себе відповідальність за атаку на порт.",
    "Atak\n\nFront Północny wziął odpowiedzialność za atak na port.",
    "Attacco\n\nIl Fronte Nordico ha rivendicato l'attacco al porto.",
  ])
  func claims(text: String) throws {
    let front = EntityID("org.nordic-front")
    let registry = NameListResolver([
      "Frente Nórdico": front, "Frente Nórdica": front, "Nordfront": front, "Северный фронт": front,
      "Північний фронт": front, "Front Północny": front, "Fronte Nordico": front,
    ])
    let speakers = try StatementsTestSupport.speakers(text, resolver: registry)
    #expect(speakers.count == 1 && speakers.first != "outlet", "\(text): \(speakers)")
  }
}
