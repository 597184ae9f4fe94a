/// A word of text: its UTF-8 range and whether it starts with a capital letter.
struct WordToken: Sendable, Hashable {
  var range: Range<Int>
  var capitalized: Bool
  /// Whether it has a letter at all (not just digits).
  var hasLetter: Bool
  /// Whether all its letters are capitals (an acronym or a dateline place).
  var allCaps: Bool
}

/// Splits UTF-8 text into words (letters, digits, marks, with inner apostrophes, hyphens and
/// periods of abbreviations kept) without building a String per scalar. Linear in the input.
enum WordScanner {
  /// The words of `bytes[range]`.
  static func words(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [WordToken] {
    var tokens: [WordToken] = []
    var i = range.lowerBound
    var start = -1
    var capitalized = false
    var hasLetter = false
    var allCaps = true
    func finish(_ end: Int) {
      if start >= 0, end > start {
        tokens.append(WordToken(range: start..<end, capitalized: capitalized, hasLetter: hasLetter, allCaps: allCaps && hasLetter))
      }
      start = -1
    }
    while i < range.upperBound {
      let byte = bytes[i]
      var value = UInt32(byte)
      var width = 1
      if byte >= 0x80 { (value, width) = decodeUTF8Scalar(bytes, at: i) }
      let kind = classify(value)
      switch kind {
      case .letter(let upper):
        if start < 0 {
          start = i
          capitalized = upper
          hasLetter = true
          allCaps = upper
        } else {
          hasLetter = true
          if !upper { allCaps = false }
        }
      case .digit, .mark:
        if start < 0 {
          start = i
          capitalized = false
          hasLetter = false
          allCaps = true
        }
      case .joiner:
        // Inside a word only when a letter or digit follows: "Donetsk's", "Jean-Yves", "U.S".
        let next = i + width
        if start >= 0, next < range.upperBound {
          var nextValue = UInt32(bytes[next])
          if bytes[next] >= 0x80 { nextValue = decodeUTF8Scalar(bytes, at: next).0 }
          switch classify(nextValue) {
          case .letter, .digit: break
          default: finish(i)
          }
        } else {
          finish(i)
        }
      case .other:
        finish(i)
      }
      i += width
    }
    finish(range.upperBound)
    return tokens
  }

  enum Kind { case letter(upper: Bool), digit, mark, joiner, other }

  @inline(__always)
  static func classify(_ value: UInt32) -> Kind {
    if value < 0x80 {
      switch value {
      case 0x41...0x5A: return .letter(upper: true)
      case 0x61...0x7A: return .letter(upper: false)
      case 0x30...0x39: return .digit
      case 0x27, 0x2D, 0x2E: return .joiner  // ' - .
      default: return .other
      }
    }
    if value == 0x2019 || value == 0x2011 { return .joiner }  // ’ and the non-breaking hyphen
    if value < 0x10000 {
      switch ScalarFacts.wordClass[Int(value)] {
      case 1: return .letter(upper: true)
      case 2: return .letter(upper: false)
      case 3: return .digit
      case 4: return .mark
      default: return .other
      }
    }
    guard let scalar = Unicode.Scalar(value) else { return .other }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .uppercaseLetter, .titlecaseLetter: return .letter(upper: true)
    case .lowercaseLetter, .otherLetter, .modifierLetter: return .letter(upper: false)
    case .decimalNumber: return .digit
    case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
    default: return .other
    }
  }
}
