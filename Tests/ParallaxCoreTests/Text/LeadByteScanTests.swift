import Testing

@testable import ParallaxCore

/// The quote scanner's byte kernel: it finds exactly the first lead byte, wherever it falls
/// against the sixteen- and eight-byte blocks, and nothing when there is none.
@Suite struct LeadByteScanTests {
  /// The first index in `start..<end` holding one of `leads`, byte by byte.
  static func naive(_ bytes: [UInt8], _ leads: [UInt8], _ start: Int, _ end: Int) -> Int {
    (start..<end).first { leads.contains(bytes[$0]) } ?? end
  }

  @Test("one to four lead bytes; none or more than four is no scan")
  func leadCounts() {
    #expect(LeadByteScan(leads: []) == nil)
    #expect(LeadByteScan(leads: [1, 2, 3, 4, 5]) == nil)
    #expect(LeadByteScan(leads: [0xC2])?.leads == [0xC2])
  }

  @Test("a lead at every offset of the blocks is found where it is; text without one runs to the end")
  func everyOffset() throws {
    let scan = try #require(LeadByteScan(leads: [0xC2, UInt8(ascii: "\"")]))
    for length in [0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 40] {
      let plain = [UInt8](repeating: UInt8(ascii: "a"), count: length)
      #expect(scan.first(in: plain, from: 0, to: length) == length)
      for at in 0..<length {
        var bytes = plain
        bytes[at] = UInt8(ascii: "\"")
        for start in 0...at {
          #expect(scan.first(in: bytes, from: start, to: length) == at)
          // A range that ends before the lead does not see it.
          #expect(scan.first(in: bytes, from: start, to: at) == at)
        }
      }
    }
  }

  @Test("on mixed UTF-8 text it agrees with a byte-by-byte search from every start")
  func agreesWithNaive() throws {
    let text = Array("«Мы обсудили ситуацию, — сказал он. — Позиции совпадают». “La diga” – „Das Werk“ \"ok\" ‹x›".utf8)
    for leads in [[0xC2], [0xC2, 0xE2], [0xC2, 0xE2, UInt8(ascii: "\"")], [0xC2, 0xE2, UInt8(ascii: "\""), 0xD0]] as [[UInt8]] {
      let scan = try #require(LeadByteScan(leads: leads))
      for start in 0..<text.count {
        #expect(scan.first(in: text, from: start, to: text.count) == Self.naive(text, leads, start, text.count))
      }
    }
  }
}
