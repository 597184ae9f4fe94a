import Foundation
import ParallaxCore
import Testing

/// Venues of meetings through the real `Locales/`: a lead that names talks or a summit and the
/// town they were held in gives the venue in every language, and two meetings held in
/// different towns are not one event however many people their pages share (invented texts).
@Suite struct EventVenueCompareTests {
  /// Writes `texts` (file name → text) into a fresh folder and profiles them.
  private func profiled(_ texts: [String: String]) throws -> [ProfiledDocument] {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in texts { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    return try CompareTestSupport.profile(try CompareTestSupport.files(in: folder))
  }

  /// The venues of a document's lead, by their first place.
  private func venues(_ document: ProfiledDocument) -> Set<String> {
    Set(([document.title] + document.profiles.prefix(2)).flatMap(\.clues.venues).map { $0[0] })
  }

  static let jeddahEnglish = """
    Talks between the American and Ukrainian delegations in Jeddah lasted eight hours on Tuesday, officials said.

    Marco Rubio said the United States would resume its aid to Ukraine. Donald Trump said he hoped Vladimir Putin would agree to a ceasefire.
    """
  static let jeddahRussian = """
    Переговоры делегаций США и Украины в Джидде продолжались восемь часов.

    Марко Рубио заявил, что США возобновят помощь Украине. Дональд Трамп выразил надежду, что Владимир Путин согласится на прекращение огня.
    """
  static let alaskaEnglish = """
    The summit of Donald Trump and Vladimir Putin in Anchorage ended without a ceasefire on Friday.

    Marco Rubio said the talks had been useful. Donald Trump said he would call Volodymyr Zelensky about a ceasefire in Ukraine.
    """
  static let alaskaGerman = """
    Der Gipfel von Donald Trump und Wladimir Putin in Alaska endete ohne Waffenruhe.

    Marco Rubio sagte, die Gespräche seien nützlich gewesen. Donald Trump sagte, er werde Wolodymyr Selenskyj wegen einer Waffenruhe in der Ukraine anrufen.
    """

  @Test("the venue of a lead's meeting in English, Russian and German; a country and a place far from the meeting are none")
  func venuesOfLeads() throws {
    let documents = try profiled([
      "a-jeddah-en.txt": Self.jeddahEnglish, "b-jeddah-ru.txt": Self.jeddahRussian,
      "c-alaska-en.txt": Self.alaskaEnglish, "d-alaska-de.txt": Self.alaskaGerman,
      "e-war.txt": "The talks on a ceasefire in Ukraine went on for hours.\n",
      "f-far.txt": "The talks went on for hours, and afterwards the minister, who had arrived a day earlier, flew home to Kyiv.\n",
    ])
    let byName = Dictionary(uniqueKeysWithValues: documents.map { (URL(fileURLWithPath: $0.document.path).lastPathComponent, $0) })
    #expect(try venues(#require(byName["a-jeddah-en.txt"])) == ["place.jeddah"])
    #expect(try venues(#require(byName["b-jeddah-ru.txt"])) == ["place.jeddah"])
    #expect(try venues(#require(byName["c-alaska-en.txt"])) == ["place.anchorage"])
    #expect(try venues(#require(byName["d-alaska-de.txt"])) == ["place.alaska"])
    #expect(try venues(#require(byName["e-war.txt"])).isEmpty)
    #expect(try venues(#require(byName["f-far.txt"])).isEmpty)
    // Anchorage's venue says it lies in Alaska, so the two Alaska pages name one venue.
    let anchorage = try #require(byName["c-alaska-en.txt"]).profiles.first?.clues.venues.first
    #expect(anchorage?.prefix(2) == ["place.anchorage", "place.alaska"])
  }

  @Test("pages of talks in Jeddah and of a summit in Alaska that share their people are two events")
  func twoMeetings() throws {
    let documents = try profiled([
      "a-jeddah-en.txt": Self.jeddahEnglish, "b-jeddah-ru.txt": Self.jeddahRussian,
      "c-alaska-en.txt": Self.alaskaEnglish, "d-alaska-de.txt": Self.alaskaGerman,
    ])
    let comparison = try CompareTestSupport.compare(documents, options: ComparerOptions())
    let events = comparison.events.map { Set($0.documents.map { URL(fileURLWithPath: $0.document.path).lastPathComponent }) }
    #expect(!events.contains { $0.contains("a-jeddah-en.txt") && $0.contains("c-alaska-en.txt") })
    #expect(!events.contains { $0.contains("b-jeddah-ru.txt") && $0.contains("d-alaska-de.txt") })
    #expect(events.contains { $0.contains("a-jeddah-en.txt") && $0.contains("b-jeddah-ru.txt") })
  }
}
