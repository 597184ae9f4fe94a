import Testing

@testable import ParallaxCore

/// The pointer-written prefix must be what reading the string scalar by scalar gives: the
/// dateline search cuts agencies and places out of paragraphs by its offsets.
@Suite struct ScalarPrefixTests {
  private static func expected(_ text: String, limit: Int) -> ([Unicode.Scalar], [Unicode.Scalar], [Int]) {
    let scalars = Array(text.unicodeScalars.prefix(limit))
    var offsets = [0]
    for scalar in scalars { offsets.append(offsets.last! + String(scalar).utf8.count) }
    return (scalars, scalars.map(ScalarFacts.lowercaseFirst), offsets)
  }

  @Test(
    "scalars, lowercase forms and UTF-8 offsets agree with a scalar-by-scalar reading",
    arguments: [
      "KYIV, June 6 (Reuters) - Ukraine said", "  МОСКВА, 6 июня. /ТАСС/. Захарова заявила", "ÉTAT 🇺🇦 İstanbul ß",
      "", "short",
    ])
  func agreesWithScalarReading(_ text: String) {
    for limit in [0, 1, 5, 240] {
      let prefix = ScalarPrefix(of: text, limit: limit)
      let (scalars, lowercased, offsets) = Self.expected(text, limit: limit)
      #expect(prefix.scalars == scalars, "limit \(limit)")
      #expect(prefix.lowercased == lowercased, "limit \(limit)")
      #expect(prefix.offsets == offsets, "limit \(limit)")
    }
  }

  @Test("a trimmed text's scalars are counted up to the limit, white space at either end left out")
  func trimmedCount() {
    #expect(!UTF8Bytes.trimmedScalarCount(of: "  Київ  ", exceeds: 4))
    #expect(UTF8Bytes.trimmedScalarCount(of: "  Київ  ", exceeds: 3))
    #expect(UTF8Bytes.trimmedRange(of: "\u{00A0} abc \n") == 3..<6)
    #expect(UTF8Bytes.trimmedRange(of: "   ") == 3..<3)
  }
}
