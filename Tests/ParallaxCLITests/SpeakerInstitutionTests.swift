import Foundation
import Testing

import ParallaxCore

/// Institutions as speakers (issue 16), on sentences of our own (never article text) read with
/// the shipped `Locales/`: a generic noun of an institution's kind refers back to the last
/// institution of that kind, a document or a website is its author's, a place is neither, and
/// speech acts of criticism, appeal and demand report speech.
@Suite struct SpeakerInstitutionTests {
  private func speakers(_ text: String, resolver: (any SpeakerResolving)? = nil) throws -> [String] {
    try StatementsTestSupport.speakers(text, resolver: resolver)
  }

  @Test("a generic noun of an institution's kind refers back to the last institution of that kind")
  func nominalAnaphora() throws {
    let english = try speakers(
      "Ruling\n\nThe Northern Appeals Court met on Monday in a small town.\n\nThe court said the hearing would resume in May.")
    #expect(english == ["Northern Appeals Court"])
    let german = try speakers(
      "Urteil\n\nDer Nördliche Berufungsgerichtshof tagte am Montag.\n\nDas Gericht erklärte, die Anhörung werde im Mai fortgesetzt.")
    #expect(german == ["Nördliche Berufungsgerichtshof"])
    // Where names inflect, the registry knows the institution (here a list of our own).
    let registry = NameListResolver([
      "Północny Krzyż": EntityID("org.north-cross"), "Північний Хрест": EntityID("org.north-cross"),
    ])
    let polish = try speakers(
      "Pomoc\n\nProśba Komitetu Północny Krzyż o dostęp nie została spełniona - poinformowała organizacja.",
      resolver: registry)
    #expect(polish == ["Północny Krzyż"])
    let ukrainian = try speakers(
      "Допомога\n\nКомітет Північний Хрест надіслав вантаж до Нордбі.\n\nПро це повідомила пресслужба відомства.",
      resolver: registry)
    #expect(ukrainian == ["Північний Хрест"])
  }

  @Test("a generic noun with no institution before it names nobody")
  func noAntecedent() throws {
    let french = try speakers("Accès\n\nL’organisation strictement neutre souligne que les visites sont nécessaires.")
    #expect(french.isEmpty)
  }

  @Test("a statement or a website is the institution's, never a place's named beside it")
  func documentAuthor() throws {
    let resolver = NameListResolver([
      "Nordby": EntityID("place.nordby"), "Нордби": EntityID("place.nordby"), "Северный Крест": EntityID("org.north-cross"),
    ])
    let russian = try speakers(
      "Помощь\n\nКомитет Северный Крест работает в Нордби.\n\n«Группа готова к визиту», – говорится в сообщении на сайте организации.",
      resolver: resolver)
    #expect(russian == ["Северный Крест"])
    let italian = try speakers(
      "Aiuti\n\nIl Comitato Nordico di Soccorso ha una squadra vicino a Nordby.\n\nLa squadra è pronta, si legge nel comunicato.",
      resolver: resolver)
    #expect(!italian.contains("Nordby"))
  }

  @Test("'according to the statement' is the statement named before, whoever was named since")
  func statementNamedBefore() throws {
    let names = try speakers(
      "Convoy\n\nThe Northern Relief Committee said in a statement that the convoy had arrived.\n\nThe Nordby Port Agency opened a new pier on Monday.\n\nAccording to the statement, the convoy carried food and blankets.")
    #expect(names == ["Northern Relief Committee", "Northern Relief Committee"])
  }

  @Test("speech acts of criticism, appeal and demand report speech", arguments: [
    ("Visit\n\nAnna Smith criticized the delay in the talks.", "Anna Smith"),
    ("Besuch\n\nDie Verzögerung sei unnötig, drängte Anna Berger.", "Anna Berger"),
    ("Visita\n\nJuan Pérez exigió una respuesta inmediata a la carta.", "Juan Pérez"),
    ("Wizyta\n\nJan Kowalski wezwał obie strony do rozmów.", "Jan Kowalski"),
    ("Візит\n\nІван Петренко розкритикував затримку переговорів.", "Іван Петренко"),
  ])
  func speechActs(text: String, speaker: String) throws {
    #expect(try speakers(text) == [speaker])
  }

  @Test("a noun after a possessive is no speech act")
  func possessiveNoun() throws {
    let names = try speakers("Talks\n\nThe source said that Norway's demands include a ceasefire.")
    #expect(!names.contains { $0.hasPrefix("Norway") })
  }

  @Test("a title with its institution stands for the person named with it")
  func titleWithInstitution() throws {
    let names = try speakers(
      "Visit\n\nThe minister met the President of the International Committee of the Red Cross (ICRC), Anna Weber.\n\nThe President of the ICRC urged both sides to allow visits.")
    #expect(names == ["Anna Weber"])
  }
}
