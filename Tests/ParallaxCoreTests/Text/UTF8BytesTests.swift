import Testing

@testable import ParallaxCore

/// The collapsing of white space writes a statement's text straight into a string's storage:
/// these pin the text a reader sees.
@Suite struct UTF8BytesTests {
  @Test("runs of spaces, tabs and line breaks become one space, none at either end")
  func collapsing() {
    let bytes = Array("  Захарова\tзаявила,\r\n\n  что   talks go on. ".utf8)
    #expect(UTF8Bytes.collapsingWhiteSpace(bytes, in: 0..<bytes.count) == "Захарова заявила, что talks go on.")
    #expect(UTF8Bytes.needsCollapsing(bytes, in: 0..<bytes.count))
    let plain = Array("Lavrov said the talks would continue.".utf8)
    #expect(!UTF8Bytes.needsCollapsing(plain, in: 0..<plain.count))
    #expect(UTF8Bytes.collapsingWhiteSpace(plain, in: 7..<11) == "said")
    #expect(UTF8Bytes.collapsingWhiteSpace(Array(" \n\t ".utf8), in: 0..<4).isEmpty)
  }

  @Test("the leading scalars of a paragraph are decoded in every width, and no further than asked")
  func leadingScalars() {
    let text = "МОСКВА, 18 декабря 🇺🇦 — Zürich"
    let bytes = Array(text.utf8)
    let all = bytes.withUnsafeBufferPointer { UTF8Bytes.leadingScalars($0, count: 1_000) }
    #expect(all == Array(text.unicodeScalars))
    let six = bytes.withUnsafeBufferPointer { UTF8Bytes.leadingScalars($0, count: 6) }
    #expect(String(String.UnicodeScalarView(six)) == "МОСКВА")
    #expect([UInt8]().withUnsafeBufferPointer { UTF8Bytes.leadingScalars($0, count: 42) }.isEmpty)
  }

  @Test("a paragraph's head: its trimmed length, whether it runs past a scalar limit, its first scalars")
  func head() {
    func head(_ text: String, limit: Int, leading: Int) -> UTF8Head {
      Array(text.utf8).withUnsafeBufferPointer { UTF8Head($0, scalarLimit: limit, leading: leading) }
    }
    let byline = head("  Von Anna Müller  ", limit: 240, leading: 3)
    #expect(byline.trimmedByteCount == "Von Anna Müller".utf8.count)
    #expect(!byline.exceedsScalarLimit)
    #expect(String(String.UnicodeScalarView(byline.leadingScalars)) == "  V")
    // Cyrillic takes two bytes a scalar: more bytes than the limit, not more scalars.
    let cyrillic = String(repeating: "д", count: 200)
    #expect(!head(cyrillic, limit: 240, leading: 0).exceedsScalarLimit)
    #expect(head(cyrillic + String(repeating: "д", count: 41), limit: 240, leading: 0).exceedsScalarLimit)
    // White space at the ends does not count towards the limit.
    #expect(!head(" " + String(repeating: "a", count: 240) + "\n", limit: 240, leading: 0).exceedsScalarLimit)
  }
}
