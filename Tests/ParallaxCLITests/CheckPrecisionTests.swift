import Foundation
import ParallaxCore
import Testing

/// `check` on the shipped registry and styles: the failure kinds of issue 17 item 5, on
/// sentences written for these tests.
@Suite struct CheckPrecisionTests {
  static let setup: NameSetup? = try? NameSetup.load(from: CLI.data)

  func findings(_ text: String, style id: String = "ap-en", language: LocaleID) throws -> [StyleFinding] {
    let setup = try #require(Self.setup)
    let style = try HouseStyle.load(id, from: CLI.data, registry: setup.registry)
    let checker = try StyleChecker(
      compiled: CompiledStyle(style: style, setup: setup), setup: setup, matcher: setup.makeMatcher(),
      quotes: QuotationMarks.load(from: CLI.data))
    return try checker.check(text, path: "t", language: language).filter { $0.rule != .framing }
  }

  @Test("a surname alone is fixed to the style's surname, not to the full name")
  func surnameKeepsItsForm() throws {
    let found = try findings("Zelensky said on a visit that the bridge was closed.", language: "en")
    #expect(found.map(\.suggestion) == ["Zelenskyy"])
    #expect(try findings("Volodymyr Zelensky arrived.", language: "en").map(\.suggestion) == ["Volodymyr Zelenskyy"])
  }

  @Test("a possessive stays a possessive in the fix")
  func possessiveKept() throws {
    let found = try findings("The memo cited Rustem Umierov’s letter.", language: "en")
    #expect(found.map(\.suggestion) == ["Rustem Umerov’s"])
  }

  @Test("demonyms and common words are not names", arguments: [
    "The Russians said the meeting would go ahead.",
    "Chief engineers inspected the turbines.",
    "Society at large paid the price.",
    "Generally, the convoy moved at night.",
  ])
  func noFalseNames(_ text: String) throws {
    #expect(try findings(text, language: "en").isEmpty)
  }

  @Test("a near miss of another language's or script's form is not suggested", arguments: [
    ("Il portavoce ha detto che Mosca aspetta una risposta.", "it"),
    ("Der Staudamm am Fluss wurde beschädigt.", "de"),
    ("Volodimir Zelenski habló con la prensa.", "es"),
    ("Die Ukrainerinnen in Prag wurden befragt.", "de"),
    ("Rosjanie zaprzeczyli wszystkiemu.", "pl"),
    ("Енергетики відновили Запорізьку лінію.", "uk"),
  ] as [(String, LocaleID)])
  func pageLanguageFits(_ text: String, _ language: LocaleID) throws {
    #expect(try findings(text, style: "preserve", language: language).isEmpty)
  }

  @Test("a real near miss of a registered name is still suggested")
  func nearMissSuggested() throws {
    let found = try findings("Reporters said that Grossy would visit the site.", language: "en")
    #expect(found.map(\.entity) == ["person.rafael-grossi"])
  }

  @Test("a name in another language's form on an English page is reported, never fixed into English")
  func foreignFormNotFixed() throws {
    let found = try findings("The German daily ran the headline Angst in Kiew last week.", language: "en")
    #expect(found.map(\.match) == ["Kiew"])
    #expect(found.allSatisfy { !$0.fixable })
  }
}
