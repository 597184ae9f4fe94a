import Foundation
import Testing

import ParallaxCore

/// A name after the verb in a case the registry records as oblique is the verb's object, not
/// its subject (issue 16, the speaker floors on real pages): "nazwał Prigożyna", "обвинил
/// Путина"; on sentences of our own (never article text) read with the shipped `Locales/`.
@Suite struct SpeakerObliqueTests {
  private let registry = NameListResolver(
    [
      "Piet Vos": EntityID("person.piet-vos"), "Pieta Vosa": EntityID("person.piet-vos"),
      "Пит Вос": EntityID("person.piet-vos"), "Пита Воса": EntityID("person.piet-vos"), "Воса": EntityID("person.piet-vos"),
      "Vosa": EntityID("person.piet-vos"), "Jan Mol": EntityID("person.jan-mol"), "Ян Мол": EntityID("person.jan-mol"),
    ],
    genders: [EntityID("person.piet-vos"): .male, EntityID("person.jan-mol"): .male],
    oblique: ["Pieta Vosa", "Vosa", "Пита Воса", "Воса"])

  @Test("the subject before the verb speaks, not a name in an oblique case after it", arguments: [
    ("Port\n\nJan Mol w wystąpieniu skierowanym do marynarzy nazwał Pieta Vosa „zdrajcą”.", "Jan Mol"),
    ("Порт\n\nЯн Мол в обращении к морякам назвал Пита Воса «предателем».", "Ян Мол"),
  ])
  func objectInObliqueCase(text: String, speaker: String) throws {
    #expect(try StatementsTestSupport.speakers(text, resolver: registry) == [speaker])
  }

  @Test("a name in the nominative after the verb still speaks")
  func invertedSubjectStays() throws {
    let names = try StatementsTestSupport.speakers("Port\n\nDo sprawy odniósł się rzecznik portu Piet Vos.", resolver: registry)
    #expect(names == ["Piet Vos"])
  }
}
