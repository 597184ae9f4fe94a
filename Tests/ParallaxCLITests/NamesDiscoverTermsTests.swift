import Foundation
import Testing

/// `names discover` with the generic terms of `names-discovery.yaml`: names of things made of a
/// term and a specific part meet across languages and scripts, loanwords in Cyrillic meet their
/// Latin spelling, and a word beside a person's name is kept when it is a name of its own. The
/// sentences are our own.
@Suite struct NamesDiscoverTermsTests {
  /// The forms of each provisional entity discovered in `texts` (file name and text).
  static func discover(_ texts: [(String, String)]) throws -> [[String]] {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var files: [String] = []
    for (name, text) in texts {
      let url = folder.appendingPathComponent(name)
      try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
      files.append(url.path)
    }
    let result = try CLI.run(["names", "discover", "--format", "json"] + files + NamesDiscoverCommandTests.locales)
    #expect(result.status == 0, "\(result.stderr)")
    return try NamesDiscoverCommandTests.entities(result.stdout).map(NamesDiscoverCommandTests.forms)
  }

  @Test("a dam written Каховської греблі, Kachowka-Staudamm and Каховської дамби is one entity, not the town")
  func damAcrossLanguages() throws {
    let entities = try Self.discover([
      ("a-uk.txt", "Вода з Каховської греблі затопила береги, розповіли місцеві жителі."),
      ("b-de.txt", "Der Kachowka-Staudamm hielt nicht. Nach der Sprengung des Kachowka-Staudamms stieg das Wasser."),
      ("c-uk.txt", "Після руйнування Каховської дамби канали лишилися без води."),
    ])
    let dam = entities.filter { $0.contains("Kachowka-Staudamm") }
    try #require(dam.count == 1, "\(entities)")
    #expect(Set(dam[0]) == ["Каховської греблі", "Kachowka-Staudamm", "Kachowka-Staudamms", "Каховської дамби"])
    #expect(!entities.joined().contains("Kachowka"), "the registered town is not discovered: \(entities)")
  }

  @Test("a power plant written ГЭС, гидроэлектростанция and Elektrownia Wodna is one entity; 'Плотину' is not its name")
  func powerPlantAcrossLanguages() throws {
    let entities = try Self.discover([
      ("a-ru.txt", "Электричество от Каховской ГЭС больше не поступает. Вода ушла из-за плотины."),
      ("b-ru.txt", "Плотину Каховской гидроэлектростанции восстановить нельзя, считают инженеры."),
      ("c-pl.txt", "Woda z Kachowskiej Elektrowni Wodnej zalała wsie na południu."),
    ])
    let plant = entities.filter { $0.contains("Каховской ГЭС") }
    try #require(plant.count == 1, "\(entities)")
    #expect(Set(plant[0]) == ["Каховской ГЭС", "Каховской гидроэлектростанции", "Kachowskiej Elektrowni Wodnej"])
    #expect(!entities.joined().contains { $0.hasPrefix("Плотину") }, "\(entities)")
  }

  @Test("translated names meet: Nazioni Unite and Nações Unidas; Palazzo Dolmabahçe, Palacio de Dolmabahçe and Dolmabahce Palace")
  func translations() throws {
    let entities = try Self.discover([
      // Long enough to read as Italian.
      ("a-it.txt", "Secondo il portavoce, le Nazioni Unite chiedono una tregua immediata e che gli aiuti arrivino presto. "
        + "La firma è avvenuta nel Palazzo Dolmabahçe di Istanbul, dove si sono incontrati i ministri."),
      ("b-pt.txt", "As Nações Unidas pedem uma trégua, disse o porta-voz."),
      ("c-es.txt", "La firma tuvo lugar en el Palacio de Dolmabahçe el viernes."),
      ("d-en.txt", "The deal was signed at the Dolmabahce Palace on Friday."),
    ])
    #expect(entities.contains { Set($0) == ["Nazioni Unite", "Nações Unidas"] }, "\(entities)")
    // The particle before a registered city ends the palace's name.
    #expect(entities.contains { Set($0) == ["Palazzo Dolmabahçe", "Palacio de Dolmabahçe", "Dolmabahce Palace"] }, "\(entities)")
  }

  @Test("a compound's head is a registered name: Krimbrücke and Кримському мосту are one bridge")
  func compound() throws {
    let entities = try Self.discover([
      ("a-de.txt", "Nach Angaben der Behörden wird die Explosion auf der Krimbrücke keinen Einfluss auf das Abkommen haben."),
      ("b-uk.txt", "Після вибуху на Кримському мосту рух перекрили на кілька годин."),
    ])
    #expect(entities.contains { Set($0) == ["Krimbrücke", "Кримському мосту"] }, "\(entities)")
  }

  @Test("a short name joins the longer name on its page whose initials it spells (Aiea), and its other pages follow")
  func acronym() throws {
    let entities = try Self.discover([
      ("a-it.txt", "Secondo i giornalisti, gli ispettori dell'Agenzia internazionale per l'energia atomica sono arrivati "
        + "alla centrale nella mattinata di ieri. Secondo l'Aiea, la situazione della centrale è stabile e sotto controllo."),
      ("b-it.txt", "Il rapporto pubblicato ieri dall'Aiea parla di danni lievi alla centrale e di una situazione che resta sotto controllo."),
    ])
    #expect(entities.contains { Set($0) == ["Aiea", "Agenzia internazionale per l'energia atomica"] }, "\(entities)")
  }

  @Test("a lowercase term that names no kind of thing does not make a name ('Ukraine's energy')")
  func lowercaseModifier() throws {
    let entities = try Self.discover([
      ("a-en.txt", "The strikes hit Ukraine's energy and Kyiv's water supply, officials said.")
    ])
    #expect(!entities.joined().contains { $0.contains("energy") }, "\(entities)")
  }

  @Test("Європі in Ukrainian and Europe in English are one name (a loanword's Є read as E)")
  func loanword() throws {
    let entities = try Self.discover([
      ("a-uk.txt", "Лідери по всій Європі погодилися з цим рішенням."),
      ("b-en.txt", "Leaders across Europe agreed with the decision."),
    ])
    #expect(entities.contains { Set($0) == ["Європі", "Europe"] }, "\(entities)")
  }

  @Test("a word beside a person's name is kept when it is also a name of its own (Twitterze), not otherwise (Mariano)")
  func besidePerson() throws {
    let entities = try Self.discover([
      ("a-pl.txt", "Sytuacja jest poważna — napisał na Twitterze Grossi. Rano przyjechał Rafael Mariano Grossi."),
      ("b-pl.txt", "Wpis na Twitterze pojawił się rano."),
    ])
    #expect(entities.contains { $0 == ["Twitterze"] }, "\(entities)")
    #expect(!entities.joined().contains { $0.contains("Mariano") }, "\(entities)")
  }

  @Test("a generic word written first names the thing of the place after it: zbiorniku Kachowskim, Zapora Kachowka, diga di Kakhovka")
  func genericWordFirst() throws {
    let entities = try Self.discover([
      ("a-pl.txt", "Za noc poziom Kachowskiego zbiornika spadł. Woda w zbiorniku Kachowskim opadła o dwa metry, podali urzędnicy. "
        + "Dziennikarze agencji Reuters byli na miejscu."),
      ("b-en.txt", "The Kakhovka reservoir lost two metres of water overnight, officials said. Engineers said the Kakhovka dam could not be repaired soon."),
      ("c-uk.txt", "За ніч рівень Каховського водосховища впав на два метри."),
      ("d-it.txt", "Secondo i tecnici, la diga di Kakhovka non può essere riparata in tempi brevi."),
      // "zapora" in lowercase elsewhere: the sentence's first word is the same generic word.
      ("e-pl.txt", "Zapora Kachowka została zniszczona. Woda przelała się przez zapora w nocy."),
    ])
    #expect(
      entities.contains { Set($0) == ["Kachowskiego zbiornika", "zbiorniku Kachowskim", "Kakhovka reservoir", "Каховського водосховища"] },
      "\(entities)")
    #expect(entities.contains { Set($0) == ["Kakhovka dam", "diga di Kakhovka", "Zapora Kachowka"] }, "\(entities)")
    // A registered news agency after the word "agency" is that agency, not a new name.
    #expect(!entities.joined().contains { $0.contains("Reuters") }, "\(entities)")
  }

  @Test("a name with a term left out joins the fuller name (Nações Unidas, Elektrownię Dnieprzańską); the dam of a plant is not the plant")
  func termLeftOut() throws {
    let entities = try Self.discover([
      ("a-pt.txt", "A Organização das Nações Unidas pediu uma trégua. As Nações Unidas enviaram ajuda."),
      ("b-pl.txt", "Woda z Dnieprzańskiej Elektrowni Wodnej nadal płynie. Rosjanie ostrzelali Elektrownię Dnieprzańską w nocy."),
      ("c-en.txt", "The Kakhovka HPP dam burst at night, while the Kakhovka HPP itself stopped working."),
    ])
    #expect(entities.contains { Set($0) == ["Organização das Nações Unidas", "Nações Unidas"] }, "\(entities)")
    #expect(entities.contains { Set($0) == ["Dnieprzańskiej Elektrowni Wodnej", "Elektrownię Dnieprzańską"] }, "\(entities)")
    #expect(entities.contains { $0 == ["Kakhovka HPP"] } && entities.contains { $0 == ["Kakhovka HPP dam"] }, "\(entities)")
  }

  @Test("a body named only by generic terms meets its translations: Joint Coordination Centre, Centre commun de coordination, Совместный координационный центр")
  func termsOnly() throws {
    let entities = try Self.discover([
      ("a-fr.txt", "Le Centre commun de coordination a inspecté le navire à Istanbul."),
      ("b-en.txt", "The ship was inspected by the Joint Coordination Centre in Istanbul."),
      ("c-ru.txt", "Судно досмотрели представители Совместного координационного центра в Стамбуле."),
    ])
    #expect(
      entities.contains { Set($0) == ["Centre commun de coordination", "Joint Coordination Centre", "Совместного координационного центра"] },
      "\(entities)")
  }

  @Test("a name ends at a possessive, a legal form or a German kind noun, and a Cyrillic given name starts one")
  func nameBoundaries() throws {
    let entities = try Self.discover([
      ("a-en.txt", "On Friday the Treasury's Sanctions Office listed the ships, and officials said the Sanctions Office would list more."),
      ("b-de.txt", "Nach Angaben der Behörden hat die Reederei Sovcomflot die Tanker schon im Winter umbenannt, berichtete die Zeitung am Montag."),
      ("c-en.txt", "The tankers of Sovcomflot PJSC were renamed, and a spokesman for Sovcomflot denied the report on Monday."),
      // A town's genitive, then its mayor: "Евгений" is the given name of a registered person.
      ("d-ru.txt", "Об этом рассказал мэр Олешек Евгений Рыщук. Рыщук добавил, что вода уходит."),
      ("e-en.txt", "Yevhen Ryshchuk said the water was receding."),
    ])
    #expect(entities.contains { $0 == ["Sanctions Office"] }, "\(entities)")
    #expect(entities.contains { $0 == ["Sovcomflot"] }, "the legal form and the German noun are set aside: \(entities)")
    #expect(entities.contains { Set($0) == ["Yevhen Ryshchuk", "Евгений Рыщук", "Рыщук"] }, "\(entities)")
    #expect(!entities.joined().contains { $0.contains("'s") || $0.contains("Reederei") || $0.contains("Олешек Евгений") }, "\(entities)")
  }
}
