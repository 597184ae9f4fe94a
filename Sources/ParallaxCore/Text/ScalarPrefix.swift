/// The first scalars of a text with their lowercase forms and UTF-8 offsets, decoded in one
/// pass over the UTF-8 (the dateline search reads the first 240 scalars of every paragraph
/// that may open with one, and cuts what it finds out of the paragraph by offset).
///
/// ```swift
/// let prefix = ScalarPrefix(of: "KYIV, June 6", limit: 4)
/// prefix.scalars      // ["K", "Y", "I", "V"]
/// prefix.lowercased   // ["k", "y", "i", "v"]
/// prefix.offsets      // [0, 1, 2, 3, 4]
/// ```
struct ScalarPrefix {
  /// The first `limit` scalars (fewer when the text is shorter).
  let scalars: [Unicode.Scalar]
  /// Each scalar's first lowercase scalar (`ScalarFacts.lowercaseFirst`).
  let lowercased: [Unicode.Scalar]
  /// The UTF-8 offset of each scalar, then the offset after the last one.
  let offsets: [Int]

  init(of text: String, limit: Int) {
    var text = text
    var scalars: [Unicode.Scalar] = []
    var lowercased: [Unicode.Scalar] = []
    // Three arrays written through pointers in one pass, with the lowercase table in hand.
    offsets = [Int](unsafeUninitializedCapacity: limit + 1) { offsets, offsetCount in
      var count = 0
      scalars = [Unicode.Scalar](unsafeUninitializedCapacity: limit) { scalars, scalarCount in
        lowercased = [Unicode.Scalar](unsafeUninitializedCapacity: limit) { lowercased, lowercasedCount in
          ScalarFacts.lowercase.withUnsafeBufferPointer { lowercase in
            text.withUTF8 { bytes in
              var offset = 0
              offsets.initializeElement(at: 0, to: 0)
              while offset < bytes.count, count < limit {
                let (value, width) = decodeUTF8Scalar(bytes, at: offset)
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                scalars.initializeElement(at: count, to: scalar)
                // `ScalarFacts.lowercaseFirst`, with the table in hand.
                lowercased.initializeElement(
                  at: count,
                  to: scalar.value < 0x10000
                    ? Unicode.Scalar(lowercase[Int(scalar.value)] & ~ScalarFacts.multiScalar) ?? scalar
                    : ScalarFacts.lowercaseFirst(scalar))
                offset += width
                count += 1
                offsets.initializeElement(at: count, to: offset)
              }
            }
          }
          lowercasedCount = count
        }
        scalarCount = count
      }
      offsetCount = count + 1
    }
    self.scalars = scalars
    self.lowercased = lowercased
  }
}

extension UTF8Bytes {
  /// The byte range of `text`'s UTF-8 without white space (Unicode's) at either end.
  static func trimmedRange(of text: String) -> Range<Int> {
    var text = text
    return text.withUTF8(trimmedRange)
  }

  /// Whether `text` without white space at either end has more than `limit` scalars: counted
  /// over the UTF-8 up to the first `limit + 1`, never over a whole long paragraph.
  static func trimmedScalarCount(of text: String, exceeds limit: Int) -> Bool {
    var text = text
    return text.withUTF8 { trimmedScalarCount($0, exceeds: limit) }
  }

  /// `trimmedScalarCount(of:exceeds:)` of the text whose UTF-8 is `bytes`.
  static func trimmedScalarCount(_ bytes: UnsafeBufferPointer<UInt8>, exceeds limit: Int) -> Bool {
    let trimmed = trimmedRange(bytes)
    // At most four bytes a scalar: this many bytes hold more than `limit` scalars.
    if trimmed.count > 4 * limit { return true }
    return scalarCount(UnsafeBufferPointer(rebasing: bytes[trimmed])) > limit
  }
}
