/// Finds numbers in text and writes them in one comparable form: "1,500", "1 500", "1.500"
/// → `1500`; "2,5" → `2.5`; "23 тисячі" → `23000` with the language's multiplier words.
enum NumberNormalizer {
  /// The numbers of `text`, in order, without repeats.
  /// - Parameter multipliers: folded words that multiply the number before them.
  static func numbers(in text: String, multipliers: [String: Int]) -> [String] {
    // Most statements of news copy hold no digit: those are not decoded at all.
    guard text.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return [] }
    // Read on the UTF-8 bytes: digits and the separators are ASCII or a known sequence;
    // letters next to a number are decoded where they are met.
    let bytes = Array(text.utf8)
    let count = bytes.count
    var result: [String] = []
    func isDigit(_ k: Int) -> Bool { k < count && bytes[k] &- 0x30 < 10 }
    func digitRun(from k: Int) -> Int {
      var e = k
      while isDigit(e) { e += 1 }
      return e
    }
    func piece(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
    var i = 0
    while i < count {
      guard isDigit(i) else {
        i += 1
        continue
      }
      // Digits glued to letters (COVID19, 5G) are names, not numbers.
      if i > 0, Self.scalar(endingBefore: i, in: bytes).properties.isAlphabetic {
        i = digitRun(from: i)
        continue
      }
      var end = digitRun(from: i)
      var integer = piece(i..<end)
      var fraction = ""
      var groups = 1
      while end < count {
        let separator = Self.separator(at: end, in: bytes)
        let next = digitRun(from: end + separator.length)
        let groupLength = next - (end + separator.length)
        // Thousands groups: three digits after a first group of one to three.
        if separator.kind != .none, groupLength == 3, groups > 1 || integer.utf8.count <= 3 {
          integer += piece((end + separator.length)..<next)
          groups += 1
          end = next
        } else if separator.kind == .point, groupLength >= 1, groupLength <= 2, fraction.isEmpty {
          fraction = piece((end + 1)..<next)
          end = next
          break
        } else {
          break
        }
      }
      while integer.utf8.count > 1, integer.utf8.first == UInt8(ascii: "0") { integer.removeFirst() }
      var value = fraction.isEmpty ? integer : "\(integer).\(fraction)"
      // A multiplier word after it ("300 тисяч", "480 million"), after spaces or no-break spaces.
      var k = end
      while k < count {
        if bytes[k] == 0x20 {
          k += 1
        } else if bytes[k] == 0xC2, k + 1 < count, bytes[k + 1] == 0xA0 {
          k += 2
        } else {
          break
        }
      }
      var w = k
      while w < count {
        let (scalar, length) = Self.scalar(startingAt: w, in: bytes)
        guard scalar.properties.isAlphabetic else { break }
        w += length
      }
      if w > k, let factor = multipliers[TextFold.fold(piece(k..<w))], let number = Double(value) {
        let product = number * Double(factor)
        value = product == product.rounded() ? String(Int(product)) : String(product)
      }
      if !result.contains(value) { result.append(value) }
      i = end
    }
    return result
  }

  /// A separator between digit groups: a comma or full stop (which may also start a
  /// fraction), a space, a no-break space or a narrow no-break space; its length in bytes.
  private enum SeparatorKind { case none, point, space }

  private static func separator(at k: Int, in bytes: [UInt8]) -> (kind: SeparatorKind, length: Int) {
    switch bytes[k] {
    case UInt8(ascii: ","), UInt8(ascii: "."): return (.point, 1)
    case UInt8(ascii: " "): return (.space, 1)
    case 0xC2 where k + 1 < bytes.count && bytes[k + 1] == 0xA0: return (.space, 2)
    case 0xE2 where k + 2 < bytes.count && bytes[k + 1] == 0x80 && bytes[k + 2] == 0xAF: return (.space, 3)
    default: return (.none, 1)
    }
  }

  /// The scalar whose UTF-8 starts at `k`, and its length (the bytes are valid UTF-8).
  private static func scalar(startingAt k: Int, in bytes: [UInt8]) -> (Unicode.Scalar, Int) {
    let lead = bytes[k]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for j in 1..<length where k + j < bytes.count { value = value << 6 | UInt32(bytes[k + j] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// The scalar whose UTF-8 ends just before `k`.
  private static func scalar(endingBefore k: Int, in bytes: [UInt8]) -> Unicode.Scalar {
    var start = k - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return scalar(startingAt: start, in: bytes).0
  }

  /// Whether a normalized number looks like a year (1900–2100), which datelines put everywhere.
  static func isYear(_ value: String) -> Bool {
    value.count == 4 && (Int(value).map { (1900...2100).contains($0) } ?? false)
  }
}
