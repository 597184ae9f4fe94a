import Testing

@testable import ParallaxCore

/// The kernel's array forms, which keep the pointer work in `Text/`, give what its buffer forms
/// give.
@Suite struct ArrayFormsTests {
  @Test("a word interned from a slice of a longer text, with its hash, is the word interned alone")
  func tokenTableSlices() {
    let text = Array("Лавров сказал Lavrov".utf8)
    let word = text[text.count - 6..<text.count]
    let alone = Array("Lavrov".utf8)
    var table = TokenTable(capacity: 4)
    let hash = TokenTable.hash(word)
    #expect(hash == TokenTable.hash(alone[...]))
    let first = table.id(of: word, hash: hash)
    #expect(first.isNew)
    #expect(table.id(of: alone[...], hash: hash) == (first.id, false))
    #expect(table.find(alone[...], hash: hash) == first.id)
    #expect(table.find(Array("Lavrov!".utf8)[...], hash: TokenTable.hash(Array("Lavrov!".utf8)[...])) == nil)
  }

  @Test("folding a range of an array gives the bytes of folding its text")
  func foldArray() {
    let text = Array("Der Außenminister SAGTE".utf8)
    var out: [UInt8] = []
    TextFold.fold(text, 4..<text.count, into: &out)
    #expect(String(decoding: out, as: UTF8.self) == TextFold.fold("Außenminister SAGTE"))
  }

  @Test("a buffer of a slice starts at the slice's first byte, and an error from the body comes through")
  func withBuffer() throws {
    let bytes = Array("abcdef".utf8)
    let seen = UTF8Bytes.withBuffer(bytes[2..<5]) { Array($0) }
    #expect(seen == Array("cde".utf8))
    struct Stop: Error {}
    #expect(throws: Stop.self) { try UTF8Bytes.withBuffer(bytes[...]) { (_) throws(Stop) in throw Stop() } }
  }
}
