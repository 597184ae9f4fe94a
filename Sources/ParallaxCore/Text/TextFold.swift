/// Case folding for matching words against locale data: Unicode's lowercase mapping per
/// scalar (so "ЗАЯВИЛ", "Заявил" and "заявил" meet), with an ASCII fast path and a BMP table
/// (`ScalarFacts.lowercase`) for the rest, read and written as UTF-8 bytes.
public enum TextFold {
  /// The folded form of `text`.
  public static func fold(_ text: some StringProtocol) -> String {
    var ascii = true
    for byte in text.utf8 where byte >= 0x80 {
      ascii = false
      break
    }
    if ascii {
      return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
    // Byte by byte, as tokens are folded (a scalar view appended to scalar by scalar was most
    // of the cost of folding the registry's forms at each start).
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 8)
    let folded: Void? = text.utf8.withContiguousStorageIfAvailable { fold($0, 0..<$0.count, into: &out) }
    if folded == nil {
      let bytes = Array(text.utf8)
      fold(bytes, 0..<bytes.count, into: &out)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The folded form of the UTF-8 `bytes` of a word gathered byte by byte (the pointer work
  /// kept here).
  static func fold(utf8 bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { fold($0, 0..<$0.count) }
  }

  /// Whether `a` and `b` fold to the same text; texts whose sizes rule that out are not
  /// folded at all (a lowercase mapping changes a scalar's UTF-8 size by at most a factor of 3).
  public static func foldedEqual(_ a: some StringProtocol, _ b: some StringProtocol) -> Bool {
    let x = a.utf8.count
    let y = b.utf8.count
    if x > 3 * y || y > 3 * x { return false }
    return fold(a) == fold(b)
  }

  /// The folded form of UTF-8 bytes (a token).
  static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    var ascii = true
    for i in range where bytes[i] >= 0x80 {
      ascii = false
      break
    }
    if ascii {
      return String(unsafeUninitializedCapacity: range.count) { out in
        var k = 0
        for i in range {
          let b = bytes[i]
          out[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
          k += 1
        }
        return range.count
      }
    }
    var out: [UInt8] = []
    out.reserveCapacity(range.count + 8)
    fold(bytes, range, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the folded form of the (valid) UTF-8 bytes `bytes[range]` to `out`: the same
  /// bytes as `fold(_:)` gives, without building a String.
  static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) {
    ScalarFacts.lowercase.withUnsafeBufferPointer { fold(bytes, range, into: &out, lowercase: $0) }
  }

  /// `fold(_:_:into:)` of an array's bytes (the pointer work kept here).
  static func fold(_ bytes: [UInt8], _ range: Range<Int>, into out: inout [UInt8]) {
    bytes.withUnsafeBufferPointer { fold($0, range, into: &out) }
  }

  /// `fold(_:_:into:)` with `ScalarFacts.lowercase` in hand, for callers that fold many words.
  @inline(__always)
  static func fold(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8], lowercase table: UnsafeBufferPointer<UInt32>
  ) {
    var i = range.lowerBound
    while i < range.upperBound {
      let byte = bytes[i]
      if byte < 0x80 {
        out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        i += 1
        continue
      }
      let (value, width) = decodeUTF8Scalar(bytes, at: i)
      i += width
      if value < 0x10000 {
        let lower = table[Int(value)]
        if lower & ScalarFacts.multiScalar == 0 {
          appendUTF8(lower, to: &out)
          continue
        }
      }
      guard let scalar = Unicode.Scalar(value) else {
        appendUTF8(value, to: &out)
        continue
      }
      if value >= 0x10000, !scalar.properties.changesWhenLowercased {
        appendUTF8(value, to: &out)
        continue
      }
      for mapped in scalar.properties.lowercaseMapping.unicodeScalars { appendUTF8(mapped.value, to: &out) }
    }
  }

  @inline(__always)
  static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
    switch value {
    case ..<0x80:
      out.append(UInt8(value))
    case ..<0x800:
      out.append(UInt8(0xC0 | (value >> 6)))
      out.append(UInt8(0x80 | (value & 0x3F)))
    case ..<0x10000:
      out.append(UInt8(0xE0 | (value >> 12)))
      out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (value & 0x3F)))
    default:
      out.append(UInt8(0xF0 | (value >> 18)))
      out.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (value & 0x3F)))
    }
  }
}
