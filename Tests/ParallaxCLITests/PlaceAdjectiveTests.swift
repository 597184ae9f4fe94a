import Foundation
import ParallaxCore
import Testing

/// Where English puts a town's name before a noun ("the Kakhovka dam"), Ukrainian, Russian and
/// Polish use the adjective made from it ("Каховська ГЕС", "Каховской ГЭС", "Kachowska
/// Elektrownia Wodna"). The shipped registry lists those adjectives with the town, so a report
/// in any of these languages names the same place, and event grouping can meet them across
/// scripts.
@Suite struct PlaceAdjectiveTests {
  static let setup: NameSetup? = try? NameSetup.load(from: CLI.data)

  @Test(
    "the adjective of Kakhovka names the town, as the English attributive name does",
    arguments: [
      "The Kakhovka dam was blown up overnight.",
      "Підрив Каховської ГЕС призвів до затоплення.",
      "Росія підірвала Каховську ГЕС.",
      "Песков прокомментировал подрыв Каховской ГЭС.",
      "Каховское водохранилище обмелело.",
      "Wysadzenie Kachowskiej Elektrowni Wodnej to katastrofa.",
    ])
  func adjectiveNamesTown(_ sentence: String) throws {
    let matcher = try #require(Self.setup).makeMatcher()
    #expect(try matcher.mentions(in: sentence).map(\.entity).contains("place.kakhovka"))
  }

  @Test("Nova Kakhovka stays its own town beside the adjective of Kakhovka")
  func novaKakhovkaApart() throws {
    let matcher = try #require(Self.setup).makeMatcher()
    let sentence = "Вода из Каховской ГЭС затопила Новую Каховку и Новой Каховке грозит эвакуация."
    let entities = try matcher.mentions(in: sentence).map(\.entity)
    #expect(entities.contains("place.kakhovka"))
    #expect(entities.contains("place.nova-kakhovka"))
  }
}
