import ParallaxICU
import Testing

/// The shim decodes UTF-8 itself and maps ICU's UTF-16 boundaries back to byte offsets; these
/// texts cover one- to four-byte characters and the fallback for ill-formed input.
@Suite struct BoundaryOffsetTests {
  static let texts = [
    "Київ — 5 😀 x", "“Да,” — сказал он. Ok! 𝔘𝔫𝔦 ok.", "abcdefghijklmnopqrstu", "ж",
    "Знам’янка, 12 500 грн. Далі…", "e\u{301}té 😀😀 ʼ «ї»",
    // Two-byte letters mixed with ASCII, runs of exactly and more than eight ASCII bytes after
    // them, and longer sequences in between.
    "Ж. abcdefgh. Ж abcdefghi жж—жж 😀 ж. Ok", "é", "ж a",
  ]

  @Test("word tokens cover the text and their byte ranges match their string ranges")
  func words() throws {
    let breaker = try WordBreaker(locale: "uk")
    for text in Self.texts {
      let tokens = try breaker.tokens(in: text)
      #expect(tokens.map { String(text[$0.range]) }.joined() == text)
      let bytes = Array(text.utf8)
      for token in tokens {
        #expect(String(decoding: bytes[token.utf8Range], as: UTF8.self) == String(text[token.range]))
      }
    }
    let kinds = try breaker.tokens(in: "Київ — 5 😀 x").filter { $0.kind != .other }
    #expect(kinds.map(\.kind) == [.word, .number, .word])
  }

  @Test("sentence boundaries fall on characters and cover the text")
  func sentences() throws {
    let breaker = try SentenceBreaker(locale: "ru")
    for text in Self.texts {
      #expect(try breaker.sentences(in: text).map { String(text[$0]) }.joined() == text)
    }
  }

  @Test("ill-formed UTF-8 is reported, not decoded")
  func illFormed() throws {
    let breaker = try SentenceBreaker(locale: "en")
    for bytes: [UInt8] in [
      [0x41, 0xFF, 0x42], [0x41, 0xD0], [0xE2, 0x80], [0xC0, 0x80], [0xD0, 0x41], [0xD0, 0xB0, 0x20, 0xD0],
      [0xD0, 0xB0, 0x80], [0xD0, 0xB0, 0x41, 0xFF],
    ] {
      #expect(throws: ICUError.self) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(ICUError) in
          _ = try breaker.boundaries(utf8: buffer)
        }
      }
    }
  }
}
