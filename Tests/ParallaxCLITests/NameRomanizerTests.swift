import Foundation
import ParallaxICU
import Testing

@testable import ParallaxCore

/// The name matcher compiles a language's romanizer only when a word first needs it: a short
/// English text starts without compiling ICU's Latin-ASCII rules. What it finds must not change.
@Suite struct NameRomanizerTests {
  static let setup: NameSetup? = try? NameSetup.load(from: CLI.data)

  @Test("every shipped romanization scheme gives an ASCII word back as it is, which lets ASCII words skip it")
  func asciiIsItsOwnRomanization() throws {
    let setup = try #require(Self.setup)
    #expect(!setup.romanization.isEmpty)
    let printable = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }
    let words = printable + ["lavrov", "o'brien", "zaporizhzhia-1", "kyiv's", "ukrainian", "shch", "kh", "yo", "ts", "zh"]
    for (language, scheme) in setup.romanization.sorted(by: { $0.key < $1.key }) {
      let compiled = try SchemeTransliterator(scheme: scheme, ascii: true)
      for word in words { #expect(try compiled.transliterate(word) == word, "\(language): \(word)") }
    }
  }

  @Test("a matcher with romanizers compiled on first use finds what one with compiled romanizers finds")
  func lazyMatchesEager() throws {
    let setup = try #require(Self.setup)
    let eager = NameMatcher(
      index: setup.index, keys: try MatchKeyBuilder(profile: setup.matchKeyProfile), words: try WordBreaker(locale: "und"),
      romanizers: try NameSetup.makeRomanizers(setup.romanization))
    let lazy = try setup.makeMatcher()
    let text = """
      Лавров прибыл в Киев. Zełenski spotkał się z Prigożynem? Spolarich met Grossi in Zaporizhzhia; \
      Зеленський і Шойгу. Der IKRK war in Kiew, Kuleba sagte es.
      """
    func describe(_ mentions: [NameMention]) -> [String] {
      mentions.map { "\($0.utf8Range) \($0.surface) \($0.entity) \($0.match) \($0.confidence)" }
    }
    #expect(describe(try lazy.mentions(in: text)) == describe(try eager.mentions(in: text)))
    #expect(!(try lazy.mentions(in: text)).isEmpty)
  }

  @Test("an English text of ASCII names, known or not, compiles no romanizer; a Cyrillic name compiles them")
  func compiledOnlyWhenNeeded() throws {
    let setup = try #require(Self.setup)
    let matcher = try setup.makeMatcher()
    let found = try matcher.mentions(in: "Lavrov said the talks with Kuleba in Geneva would continue.")
    #expect(found.contains { $0.surface == "Lavrov" })
    #expect(matcher.compiledRomanizers == 0)
    // Unknown capitalized words go through the fuzzy matcher, which tries them without a Latin
    // case ending: those endings were romanized when the index was built.
    _ = try matcher.mentions(in: "Nordland officials met Vossberg and Bergstrom at Harrowgate.")
    #expect(matcher.compiledRomanizers == 0)
    _ = try matcher.mentions(in: "Лавров прибыл.")
    #expect(matcher.compiledRomanizers > 0)
  }
}
