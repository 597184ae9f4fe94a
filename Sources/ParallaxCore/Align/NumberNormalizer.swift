/// Finds numbers in text and writes them in one comparable form: "1,500", "1 500", "1.500"
/// → `1500`; "2,5" → `2.5`; "23 тисячі" → `23000` with the language's multiplier words.
enum NumberNormalizer {
  /// The numbers of `text`, in order, without repeats.
  /// - Parameter multipliers: folded words that multiply the number before them.
  static func numbers(in text: String, multipliers: [String: Int]) -> [String] {
    // Most statements of news copy hold no digit: those are not decoded at all.
    guard text.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return [] }
    let scalars = Array(text.unicodeScalars)
    var result: [String] = []
    var i = 0
    func isDigit(_ k: Int) -> Bool { k < scalars.count && ("0"..."9").contains(scalars[k]) }
    func digitRun(from k: Int) -> Int {
      var e = k
      while isDigit(e) { e += 1 }
      return e
    }
    while i < scalars.count {
      guard isDigit(i) else {
        i += 1
        continue
      }
      // Digits glued to letters (COVID19, 5G) are names, not numbers.
      if i > 0, scalars[i - 1].properties.isAlphabetic {
        i = digitRun(from: i)
        continue
      }
      var end = digitRun(from: i)
      var integer = String(String.UnicodeScalarView(scalars[i..<end]))
      var fraction = ""
      var groups = 1
      while end < scalars.count {
        let separator = scalars[end]
        let next = digitRun(from: end + 1)
        let groupLength = next - (end + 1)
        let isGroupSeparator = separator == "," || separator == "." || separator == " " || separator == "\u{A0}" || separator == "\u{202F}"
        // Thousands groups: three digits after a first group of one to three.
        if isGroupSeparator, groupLength == 3, groups > 1 || integer.count <= 3 {
          integer += String(String.UnicodeScalarView(scalars[(end + 1)..<next]))
          groups += 1
          end = next
        } else if (separator == "," || separator == "."), groupLength >= 1, groupLength <= 2, fraction.isEmpty {
          fraction = String(String.UnicodeScalarView(scalars[(end + 1)..<next]))
          end = next
          break
        } else {
          break
        }
      }
      while integer.count > 1, integer.hasPrefix("0") { integer.removeFirst() }
      var value = fraction.isEmpty ? integer : "\(integer).\(fraction)"
      // A multiplier word after it ("300 тисяч", "480 million").
      var k = end
      while k < scalars.count, scalars[k] == " " || scalars[k] == "\u{A0}" { k += 1 }
      var w = k
      while w < scalars.count, scalars[w].properties.isAlphabetic { w += 1 }
      if w > k, let factor = multipliers[TextFold.fold(String(String.UnicodeScalarView(scalars[k..<w])))],
        let number = Double(value)
      {
        let product = number * Double(factor)
        value = product == product.rounded() ? String(Int(product)) : String(product)
      }
      if !result.contains(value) { result.append(value) }
      i = end
    }
    return result
  }

  /// Whether a normalized number looks like a year (1900–2100), which datelines put everywhere.
  static func isYear(_ value: String) -> Bool {
    value.count == 4 && (Int(value).map { (1900...2100).contains($0) } ?? false)
  }
}
