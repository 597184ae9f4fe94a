import Testing
@testable import ParallaxCore

@Suite struct WordScannerTests {
  /// The scanner's words of `text`, each with its bytes.
  private func words(_ text: String) -> [(word: WordToken, bytes: [UInt8])] {
    let bytes = Array(text.utf8)
    let tokens = bytes.withUnsafeBufferPointer { WordScanner.words($0, in: 0..<bytes.count) }
    return tokens.map { ($0, Array(bytes[$0.range])) }
  }

  /// The folded bytes of `bytes`, as statement extraction interns them.
  private func folded(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    bytes.withUnsafeBufferPointer { TextFold.fold($0, 0..<bytes.count, into: &out) }
    return out
  }

  @Test("words know whether they are capitalized, all capitals, or have a letter at all")
  func wordFlags() {
    let found = Dictionary(
      words("МОСКВА, Kyiv's U.S. 2024 3D ICRC-Präsidentin x iPhone ΑΘΗΝΑ 12th").map {
        (String(decoding: $0.bytes, as: UTF8.self), $0.word)
      }, uniquingKeysWith: { a, _ in a })
    func flags(_ word: String) -> [Bool]? { found[word].map { [$0.capitalized, $0.allCaps, $0.hasLetter] } }
    #expect(flags("МОСКВА") == [true, true, true])
    #expect(flags("Kyiv's") == [true, false, true])
    #expect(flags("U.S") == [true, true, true])
    #expect(flags("2024") == [false, false, false])
    #expect(flags("3D") == [false, true, true])  // digits first, then only capitals
    #expect(flags("ICRC-Präsidentin") == [true, false, true])
    #expect(flags("x") == [false, false, true])
    #expect(flags("iPhone") == [false, false, true])
    #expect(flags("ΑΘΗΝΑ") == [true, true, true])
    #expect(flags("12th") == [false, false, true])
  }

  @Test("a word marked folded is its own fold; words with capitals are folded before lookup")
  func foldedMark() {
    let text = """
      Сполярич заявила: «Київ і Луганськ». МОСКВА, 18 декабря. /ТАСС/. Der Außenminister sagte, \
      l’ICRC a déclaré — Mirjana Spoljarić, U.S. officials; ΑΘΗΝΑ Ἀθῆναι İstanbul DŽungla Ǆ 𝐀bc 2,500 Donetsk's
      """
    let found = words(text)
    #expect(found.count > 20)
    for (word, bytes) in found {
      let fold = folded(bytes)
      if word.folded {
        #expect(fold == bytes, "\(String(decoding: bytes, as: UTF8.self)) is marked folded but folds to \(String(decoding: fold, as: UTF8.self))")
      }
    }
    // Lowercase words are taken as written; capitalized ones are folded first.
    let marks = Dictionary(found.map { (String(decoding: $0.bytes, as: UTF8.self), $0.word.folded) }, uniquingKeysWith: { a, _ in a })
    #expect(marks["заявила"] == true)
    #expect(marks["l’ICRC"] == false)
    #expect(marks["Сполярич"] == false)
    #expect(marks["МОСКВА"] == false)
    #expect(marks["2,500"] == nil)  // the comma splits it
    #expect(marks["500"] == true)
    #expect(marks["İstanbul"] == false)
  }

  @Test("a paragraph is too long for a byline past 240 scalars between its first and last that are not white space")
  func bylineLength() {
    let letters = String(repeating: "ж", count: 240)
    #expect(!UTF8Bytes.trimmedScalarCount(of: letters, exceeds: 240))
    #expect(UTF8Bytes.trimmedScalarCount(of: letters + "ж", exceeds: 240))
    // White space at either end does not count, whatever its width (U+00A0, U+3000).
    #expect(!UTF8Bytes.trimmedScalarCount(of: "\u{A0} \n" + letters + "\u{3000}\u{A0}  ", exceeds: 240))
    #expect(UTF8Bytes.trimmedScalarCount(of: "\u{A0}" + letters + " x\u{3000}", exceeds: 240))
    #expect(!UTF8Bytes.trimmedScalarCount(of: String(repeating: " \u{A0}", count: 300), exceeds: 240))
  }
}
