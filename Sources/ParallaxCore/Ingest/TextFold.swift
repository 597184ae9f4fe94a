/// Case folding for matching words against locale data: Unicode's lowercase mapping per
/// scalar (so "ЗАЯВИЛ", "Заявил" and "заявил" meet), with an ASCII fast path and a BMP table
/// (`ScalarFacts.lowercase`) for the rest.
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
    let table = ScalarFacts.lowercase
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        result.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value | 0x20)) : scalar)
        continue
      }
      if value < 0x10000 {
        let lower = table[Int(value)]
        if lower & ScalarFacts.multiScalar == 0 {
          result.append(Unicode.Scalar(lower) ?? scalar)
          continue
        }
      } else if !scalar.properties.changesWhenLowercased {
        result.append(scalar)
        continue
      }
      result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
    }
    return String(result)
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
    return fold(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
  }
}
