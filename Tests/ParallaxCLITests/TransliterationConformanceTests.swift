import Foundation
import ParallaxCore
import Testing

/// One row of a conformance table.
struct ConformanceRow: CustomTestStringConvertible, Sendable {
  let source: String
  let expected: String
  let expectedASCII: String?
  var testDescription: String { "\(source) → \(expected)" }
}

/// Reads a tab-separated table with a header line.
func conformanceRows(_ name: String) -> [ConformanceRow] {
  guard let text = try? String(contentsOf: CLI.fixture(name), encoding: .utf8) else { return [] }
  return text.split(separator: "\n").dropFirst().compactMap { line in
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    guard fields.count >= 2 else { return nil }
    return ConformanceRow(
      source: fields[0], expected: fields[1], expectedASCII: fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil)
  }
}

@Suite struct TransliterationConformanceTests {
  static let ukrainian = conformanceRows("uk-kmu2010-resolution-examples.tsv")
  static let russian = conformanceRows("ru-bgn-examples.tsv")

  @Test("the fixture holds all 76 examples printed in the 2010 resolution")
  func fixtureComplete() {
    #expect(Self.ukrainian.count == 76)
  }

  @Test("uk-Latn-KMU2010 gives the resolution's own romanization", arguments: ukrainian)
  func kmu2010(row: ConformanceRow) throws {
    let scheme = try SchemeCatalog(data: CLI.data).transliterator(for: "uk-Latn-KMU2010")
    #expect(try scheme.transliterate(row.source) == row.expected)
  }

  @Test("uk-Latn-KMU2010 capitalizes multi-letter outputs by their word", arguments: [
    ("Щ", "Shch"), ("ЩУКА", "SHCHUKA"), ("Щука", "Shchuka"), ("ЖИТОМИР", "ZHYTOMYR"),
    ("ЗГОРАНИ", "ZGHORANY"), ("Знам'янка Знам’янка Знамʼянка", "Znamianka Znamianka Znamianka"),
  ])
  func capitals(source: String, expected: String) throws {
    let scheme = try SchemeCatalog(data: CLI.data).transliterator(for: "uk-Latn-KMU2010")
    #expect(try scheme.transliterate(source) == expected)
  }

  @Test("ru-Latn-BGN matches the BGN/PCGN table, with and without ASCII", arguments: russian)
  func bgn(row: ConformanceRow) throws {
    let catalog = SchemeCatalog(data: CLI.data)
    #expect(try catalog.transliterator(for: "ru-Latn-BGN").transliterate(row.source) == row.expected)
    if let ascii = row.expectedASCII {
      #expect(try catalog.transliterator(for: "ru-Latn-BGN", ascii: true).transliterate(row.source) == ascii)
    }
  }

  @Test("the memo gives the plain rule transliterator's output on mixed text")
  func memoEqualsPlain() throws {
    let scheme = try SchemeCatalog(data: CLI.data).transliterator(for: "uk-Latn-KMU2010")
    #expect(scheme.isMemoized)
    let text = """
      КИЇВ, 18 грудня. /Укрінформ/. Міністр заявив: «Ми продовжимо співпрацю з МКЧХ у Знам’янці».
      Kyiv (Київ) — Запоріжжя, Ізюм, Мар'їне; ЄНАКІЄВЕ 2024 р. Щ. Ґ. Юрій Ярошенко сказав, що «є прогрес».
      """
    #expect(try scheme.transliterate(text) == scheme.transliterateWhole(text))
  }
}
