import ParallaxICU
import Testing

@testable import ParallaxCore

/// The lookup tables built block by block must be the tables computed scalar by scalar: a new
/// Unicode version that breaks a block's uniformity fails here, not in a misread document.
/// Each test lists the code points that differ (empty when all agree).
@Suite struct BMPTableTests {
  private static let scalars: [Unicode.Scalar] = (0..<UInt32(0x10000)).compactMap(Unicode.Scalar.init)

  private static func differing(_ agrees: (Unicode.Scalar) -> Bool) -> [String] {
    scalars.filter { !agrees($0) }.prefix(10).map { "U+" + String($0.value, radix: 16, uppercase: true) }
  }

  @Test("every scalar of a uniform block shares the category, script and (absent) case mapping of the block's first")
  func blocksAreUniform() {
    for block in BMPTable.uniformBlocks {
      let first = Unicode.Scalar(block.lowerBound)!
      let script = ScriptRuns.script(of: first)
      let odd = block.compactMap(Unicode.Scalar.init).filter { scalar in
        let p = scalar.properties
        return p.generalCategory != first.properties.generalCategory || ScriptRuns.script(of: scalar) != script
          || p.changesWhenLowercased || p.changesWhenUppercased || p.isAlphabetic != first.properties.isAlphabetic
          || p.isWhitespace || p.isUppercase || p.isLowercase
      }
      #expect(odd.isEmpty, "block \(String(block.lowerBound, radix: 16))")
    }
  }

  @Test("the whitespace, letter and case flags of every BMP scalar are the standard library's")
  func flags() {
    #expect(Self.differing { s in ScalarFacts.isWhitespace(s) == s.properties.isWhitespace } == [])
    #expect(Self.differing { s in ScalarFacts.isAlphabetic(s) == s.properties.isAlphabetic } == [])
    #expect(Self.differing { s in ScalarFacts.isUppercase(s) == s.properties.isUppercase } == [])
    #expect(Self.differing { s in ScalarFacts.isLowercase(s) == s.properties.isLowercase } == [])
  }

  @Test("the lowercase of every BMP scalar is its full mapping's first scalar, İ marked as mapping to two")
  func lowercase() {
    #expect(
      Self.differing { s in
        let mapping = s.properties.lowercaseMapping.unicodeScalars
        let multi = ScalarFacts.lowercase[Int(s.value)] & ScalarFacts.multiScalar != 0
        return ScalarFacts.lowercaseFirst(s) == (mapping.first ?? s)
          && multi == (s.properties.changesWhenLowercased && mapping.count > 1)
      } == [])
    #expect(ScalarFacts.lowercase[0x130] & ScalarFacts.multiScalar != 0)
  }

  @Test("word classes and the language detector's letters and scripts match a scalar-by-scalar computation")
  func classesLettersScripts() {
    let scripts = LanguageDetector.scriptTable
    #expect(
      Self.differing { s in
        let code = ScalarFacts.wordClassCode(s)
        let changes = s.properties.changesWhenLowercased ? ScalarFacts.changesWhenLowercased : 0
        return ScalarFacts.wordClass[Int(s.value)] == (code == 5 ? code : code | changes)
      } == [])
    #expect(
      Self.differing { s in
        let p = s.properties
        let letter: UInt32 =
          !p.isAlphabetic
          ? 0 : !p.changesWhenLowercased ? s.value : (p.lowercaseMapping.unicodeScalars.first?.value ?? s.value)
        guard LanguageDetector.letterTable[Int(s.value)] == letter else { return false }
        guard letter != 0 else { return true }
        let name = s.value < 0x80 ? "Latn" : ScriptRuns.script(of: s)
        return scripts.names[Int(scripts.indexes[Int(s.value)])] == name
      } == [])
  }
}
