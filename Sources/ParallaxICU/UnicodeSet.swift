internal import CICUShim

/// A frozen ICU UnicodeSet with an O(1) lookup for the Basic Multilingual Plane.
///
/// Sendable: it is immutable once built.
public final class UnicodeSet: Sendable {
  /// The pattern it was built from, such as `[[:L:][:M:]']`.
  public let pattern: String
  private let bitmap: [UInt8]
  private let supplementary: [ClosedRange<UInt32>]

  /// Compiles a UnicodeSet pattern.
  /// - Throws: `ICUError` (`U_MALFORMED_SET` and kin) for a bad pattern.
  public init(pattern: String) throws(ICUError) {
    let units = [UInt16](utf16Of: pattern)
    var status: Int32 = 0
    var errorOffset: Int32 = 0
    let handle = pxicu_uset_open(units, Int32(units.count), &errorOffset, &status)
    try ICUError.check(status, "compile the set \(pattern)")
    guard let handle else { throw ICUError(code: 7, operation: "compile the set \(pattern)") }
    defer { pxicu_uset_close(handle) }
    let count = Int(pxicu_uset_ranges(handle, nil, nil, 0))
    var starts = [Int32](repeating: 0, count: count)
    var ends = [Int32](repeating: 0, count: count)
    _ = pxicu_uset_ranges(handle, &starts, &ends, Int32(count))
    var bitmap = [UInt8](repeating: 0, count: 8192)
    var ranges: [ClosedRange<UInt32>] = []
    for (start, end) in zip(starts, ends) {
      let low = UInt32(start)
      let high = UInt32(end)
      if low < 0x10000 {
        for c in low...min(high, 0xFFFF) { bitmap[Int(c >> 3)] |= UInt8(1 << (c & 7)) }
      }
      // Supplementary code points are rare in news text: keep them as ranges.
      if high >= 0x10000 { ranges.append(max(low, 0x10000)...high) }
    }
    self.pattern = pattern
    self.bitmap = bitmap
    self.supplementary = ranges
  }

  /// Whether the set contains `scalar`.
  @inline(__always)
  public func contains(_ scalar: Unicode.Scalar) -> Bool {
    contains(scalar.value)
  }

  /// Whether the set contains the code point `value`.
  @inline(__always)
  public func contains(_ value: UInt32) -> Bool {
    if value < 0x10000 {
      return bitmap.withUnsafeBufferPointer { $0[Int(value >> 3)] & (1 << (value & 7)) != 0 }
    }
    return supplementary.contains { $0.contains(value) }
  }
}
