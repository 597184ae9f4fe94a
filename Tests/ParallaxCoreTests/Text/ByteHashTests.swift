import Testing

@testable import ParallaxCore

@Suite struct ByteHashTests {
  /// XXH64 written from the specification as plainly as possible: bytes assembled into words
  /// by shifts, no unaligned loads, no pointers.
  static func reference(_ bytes: [UInt8], seed: UInt64) -> UInt64 {
    let p1: UInt64 = 11_400_714_785_074_694_791
    let p2: UInt64 = 14_029_467_366_897_019_727
    let p3: UInt64 = 1_609_587_929_392_839_161
    let p4: UInt64 = 9_650_029_242_287_828_579
    let p5: UInt64 = 2_870_177_450_012_600_261
    func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
    func word(_ at: Int, _ size: Int) -> UInt64 {
      (0..<size).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) }
    }
    func round(_ acc: UInt64, _ input: UInt64) -> UInt64 { rotl(acc &+ input &* p2, 31) &* p1 }
    var h: UInt64
    var i = 0
    if bytes.count >= 32 {
      var v = [seed &+ p1 &+ p2, seed &+ p2, seed, seed &- p1]
      while i + 32 <= bytes.count {
        for lane in 0..<4 { v[lane] = round(v[lane], word(i + 8 * lane, 8)) }
        i += 32
      }
      h = rotl(v[0], 1) &+ rotl(v[1], 7) &+ rotl(v[2], 12) &+ rotl(v[3], 18)
      for lane in v { h = (h ^ round(0, lane)) &* p1 &+ p4 }
    } else {
      h = seed &+ p5
    }
    h = h &+ UInt64(bytes.count)
    while i + 8 <= bytes.count {
      h = rotl(h ^ round(0, word(i, 8)), 27) &* p1 &+ p4
      i += 8
    }
    if i + 4 <= bytes.count {
      h = rotl(h ^ (word(i, 4) &* p1), 23) &* p2 &+ p3
      i += 4
    }
    while i < bytes.count {
      h = rotl(h ^ (UInt64(bytes[i]) &* p5), 11) &* p1
      i += 1
    }
    h = (h ^ (h >> 33)) &* p2
    h = (h ^ (h >> 29)) &* p3
    return h ^ (h >> 32)
  }

  @Test("published XXH64 values")
  func published() {
    #expect(ByteHash.hash([UInt8]()) == 0xEF46_DB37_51D8_E999)
    #expect(ByteHash.hash(Array("abc".utf8)) == 0x44BC_2CF5_AD77_0999)
    #expect(ByteHash.hash("abc") == 0x44BC_2CF5_AD77_0999)
  }

  @Test("every length from 0 to 200 and several seeds agree with the plain reference")
  func matchesReference() {
    let bytes = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 151 &+ 7) }
    for length in 0...200 {
      for seed: UInt64 in [0, 1, 0x9E37_79B1_85EB_CA87] {
        let slice = Array(bytes[0..<length])
        #expect(ByteHash.hash(slice, seed: seed) == Self.reference(slice, seed: seed), "length \(length) seed \(seed)")
      }
    }
  }

  @Test("a slice at an odd offset in a buffer hashes as the same bytes copied out")
  func unaligned() {
    let bytes = (0..<101).map { UInt8(truncatingIfNeeded: $0 &* 37) }
    let buffer = ByteBuffer(bytes)
    for offset in [1, 3, 5, 7] {
      let length = 64 + offset
      #expect(buffer.hash(at: offset, count: length) == Self.reference(Array(bytes[offset..<(offset + length)]), seed: 0))
    }
    #expect(buffer.hash(at: 90, count: 20) == 0, "a range past the end hashes as nothing")
  }

  @Test("the running hash depends on where pieces end, not only on their bytes")
  func hasher() {
    var a = ByteHasher()
    a.combine("ab")
    a.combine("c")
    var b = ByteHasher()
    b.combine("a")
    b.combine("bc")
    #expect(a.value != b.value)
    #expect(a.hex.count == 16)
  }
}
