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
}
