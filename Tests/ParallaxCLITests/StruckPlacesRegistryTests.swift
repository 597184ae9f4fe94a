import Foundation
import ParallaxCore
import Testing

/// A facility the press names as the place a strike hit, in the registry: the Okhmatdyt
/// children's hospital in Kyiv, in the languages and cases pages use. A lead that names it
/// names one struck thing at one place (`EventEvidence.signatures`) whatever its language. The
/// sentences are written for this test.
@Suite struct StruckPlacesRegistryTests {
  @Test(arguments: [
    ("A missile hit the Okhmatdyt hospital this morning.", "place.okhmatdyt"),
    ("Eine Rakete traf die Kinderklinik Ochmatdyt am Morgen.", "place.okhmatdyt"),
    ("Die Ärzte der Klinik Ochmadyt arbeiten weiter.", "place.okhmatdyt"),
    ("Un missile a touché l'hôpital Okhmatdyt ce matin.", "place.okhmatdyt"),
    ("Rakieta uderzyła w szpital Ochmatdyt rano.", "place.okhmatdyt"),
    ("Ракета попала в больницу «Охматдет» утром.", "place.okhmatdyt"),
    ("Врачи «Охматдета» продолжают работу.", "place.okhmatdyt"),
    ("В Охматдете работают спасатели.", "place.okhmatdyt"),
    ("Ракета влучила в Охматдит уранці.", "place.okhmatdyt"),
    ("Лікарі Охматдиту продовжують роботу.", "place.okhmatdyt"),
    ("В Охматдиті працюють рятувальники.", "place.okhmatdyt"),
  ])
  func resolves(_ text: String, _ expected: String) throws {
    let setup = try #require(RegistryTests.setup)
    let matcher = try setup.makeMatcher()
    let found = Set(try matcher.mentions(in: text).map(\.entity.rawValue))
    #expect(found.contains(expected), "\(found.sorted())")
  }
}
