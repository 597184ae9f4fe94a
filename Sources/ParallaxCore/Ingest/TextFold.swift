/// Case folding for matching words against locale data: Unicode's lowercase mapping per
/// scalar (so "ЗАЯВИЛ", "Заявил" and "заявил" meet), with an ASCII fast path.
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
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.properties.changesWhenLowercased {
        result += scalar.properties.lowercaseMapping
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
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
