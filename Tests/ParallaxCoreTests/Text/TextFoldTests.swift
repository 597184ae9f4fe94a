import Testing

@testable import ParallaxCore

/// `TextFold` is Unicode's lowercase mapping, scalar by scalar, whatever path a text takes
/// (ASCII, the BMP table, a mapping of several scalars, beyond the BMP; as a String or as bytes).
@Suite struct TextFoldTests {
  /// The definition: each scalar's full lowercase mapping.
  private static func lowercased(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars) }
    return String(result)
  }

  @Test("every scalar of the Basic Multilingual Plane folds to its lowercase mapping, alone and in a word")
  func everyBMPScalar() {
    var wrong: [String] = []
    for value in UInt32(0)..<0x10000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let word = "Ab" + String(scalar) + "Я"
      if TextFold.fold(word) != Self.lowercased(word) { wrong.append(String(value, radix: 16)) }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(20))")
  }

  @Test("words of several scripts, a mapping of two scalars, a scalar beyond the BMP, a Substring, and bytes")
  func samples() {
    let texts = ["ЗАЯВИЛ Заявил", "İSTANBUL", "ΑΘΗΝΑ Σ", "Düsseldorf ÉTÉ", "𐐀𐐁 Deseret", "Kyiv", "łódź ŁÓDŹ", "e\u{301}TÉ\u{301}"]
    for text in texts {
      #expect(TextFold.fold(text) == Self.lowercased(text), "\(text)")
      #expect(TextFold.fold(text.dropFirst()) == Self.lowercased(String(text.dropFirst())), "\(text)")
      let bytes = Array(text.utf8)
      let viaBytes = bytes.withUnsafeBufferPointer { TextFold.fold($0, 0..<bytes.count) }
      #expect(viaBytes == Self.lowercased(text), "\(text)")
    }
    #expect(TextFold.fold("İ").unicodeScalars.count == 2)
  }
}
