import Foundation
import ParallaxCore
import Testing

/// The state and city of the Trump-Putin summit of August 2025, in the registry: pages of it in
/// any language named no place of their own but the parties' countries, which pages of the
/// Jeddah talks five months earlier name too, so the two summits' pages made one event. The
/// sentences are written for this test.
@Suite struct SummitPlacesTests {
  @Test(arguments: [
    ("The leaders met at a base in Anchorage, Alaska.", ["place.alaska", "place.anchorage"]),
    ("Die Präsidenten trafen sich in Anchorage in Alaska.", ["place.alaska", "place.anchorage"]),
    ("Os presidentes reuniram-se em Anchorage, no Alasca.", ["place.alaska", "place.anchorage"]),
    ("Prezydenci spotkali się na Alasce.", ["place.alaska"]),
    ("Президенты встретились в Анкоридже на Аляске.", ["place.alaska", "place.anchorage"]),
    ("Президенти зустрілися в Анкориджі на Алясці.", ["place.alaska", "place.anchorage"]),
  ])
  func resolves(_ text: String, _ expected: [String]) throws {
    let setup = try #require(RegistryTests.setup)
    let matcher = try setup.makeMatcher()
    let found = Set(try matcher.mentions(in: text).map(\.entity.rawValue))
    #expect(found.isSuperset(of: expected), "\(found.sorted())")
  }
}
