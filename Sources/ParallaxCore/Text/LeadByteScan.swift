/// Finds the next of a few bytes (up to four) in UTF-8 text: sixteen bytes at a time with SIMD
/// compares, then eight at a time in a machine word, then byte by byte. The quote scanner
/// steps with it over text that holds no quotation mark, which is most text.
struct LeadByteScan: Sendable {
  /// The bytes looked for: one to four.
  let leads: [UInt8]
  private let splats: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)

  /// Nil unless there are one to four bytes to look for (past four, a table lookup per byte
  /// is as fast).
  init?(leads: [UInt8]) {
    guard (1...4).contains(leads.count) else { return nil }
    self.leads = leads
    // The first byte repeated where there are fewer than four.
    func splat(_ k: Int) -> SIMD16<UInt8> { SIMD16(repeating: k < leads.count ? leads[k] : leads[0]) }
    splats = (splat(0), splat(1), splat(2), splat(3))
  }

  /// The first index in `start..<end` whose byte is one of `leads`; `end` when there is none.
  func first(in bytes: [UInt8], from start: Int, to end: Int) -> Int {
    precondition(0 <= start && end <= bytes.count)
    return bytes.withUnsafeBytes { raw in
      var i = start
      while i + 16 <= end {
        let block = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
        if any((block .== splats.0) .| (block .== splats.1) .| (block .== splats.2) .| (block .== splats.3)) { break }
        i += 16
      }
      while i + 8 <= end {
        let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        var found: UInt64 = 0
        for lead in leads { found |= ByteWord.matches(word, lead) }
        if found != 0 { return i + found.trailingZeroBitCount / 8 }
        i += 8
      }
      while i < end, !leads.contains(raw[i]) { i += 1 }
      return i
    }
  }
}

/// Decodes the scalar at `index` of valid UTF-8 in an array; its value and byte width.
@inline(__always)
func decodeUTF8Scalar(_ bytes: [UInt8], at index: Int) -> (UInt32, Int) {
  bytes.withUnsafeBufferPointer { decodeUTF8Scalar($0, at: index) }
}
