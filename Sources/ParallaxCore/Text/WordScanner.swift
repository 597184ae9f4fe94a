/// A word of text: its UTF-8 range and whether it starts with a capital letter.
struct WordToken: Sendable, Hashable {
  var range: Range<Int>
  var capitalized: Bool
  /// Whether it has a letter at all (not just digits).
  var hasLetter: Bool
  /// Whether all its letters are capitals (an acronym or a dateline place).
  var allCaps: Bool
  /// Whether its bytes are already folded (`TextFold`): no scalar changes when lowercased,
  /// so the word is looked up as written, without a folded copy.
  var folded: Bool = false
}

/// Splits UTF-8 text into words (letters, digits, marks, with inner apostrophes, hyphens and
/// periods of abbreviations kept) without building a String per scalar. Linear in the input.
enum WordScanner {
  /// The words of `bytes[range]`.
  static func words(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [WordToken] {
    ScalarFacts.wordClass.withUnsafeBufferPointer { table in words(bytes, in: range, table: table) }
  }

  /// The words of `bytes[range]`, with the pointer work kept here.
  static func words(_ bytes: [UInt8], in range: Range<Int>) -> [WordToken] {
    bytes.withUnsafeBufferPointer { words($0, in: range) }
  }

  private static func words(
    _ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, table: UnsafeBufferPointer<UInt8>
  ) -> [WordToken] {
    var tokens: [WordToken] = []
    // Room for words of three bytes and a space on average: English copy averages more, and
    // growing the array costs a copy per doubling.
    tokens.reserveCapacity(range.count / 4 + 1)
    var i = range.lowerBound
    var start = -1
    var capitalized = false
    // What the open word's scalars have shown, OR-ed in without a branch per class: a letter,
    // a letter that is not a capital, a scalar that changes when lowercased.
    var seen: UInt8 = 0
    let letterSeen: UInt8 = 1
    let smallSeen: UInt8 = 2
    func finish(_ end: Int) {
      if start >= 0, end > start {
        let hasLetter = seen & letterSeen != 0
        tokens.append(
          WordToken(
            range: start..<end, capitalized: capitalized, hasLetter: hasLetter,
            allCaps: hasLetter && seen & smallSeen == 0, folded: seen & ScalarFacts.changesWhenLowercased == 0))
      }
      start = -1
    }
    while i < range.upperBound {
      let byte = bytes[i]
      var value = UInt32(byte)
      var width = 1
      if byte >= 0x80 { (value, width) = decodeUTF8Scalar(bytes, at: i) }
      let code = classCode(value, table)
      let kind = code & ScalarFacts.wordClassMask
      // Classes 1 (capital) and 2 (other letter), 3 and 4 (digits and marks) make words.
      if kind &- 1 < 4 {
        if start < 0 {
          start = i
          capitalized = kind == 1
          seen = 0
        }
        let letter: UInt8 = kind &- 1 < 2 ? letterSeen : 0
        let small: UInt8 = kind == 2 ? smallSeen : 0
        seen |= letter | small | (code & ScalarFacts.changesWhenLowercased)
      } else if kind == 5 {
        // Inside a word only when a letter or digit follows: "Donetsk's", "Jean-Yves", "U.S".
        let next = i + width
        if start >= 0, next < range.upperBound {
          var nextValue = UInt32(bytes[next])
          if bytes[next] >= 0x80 { nextValue = decodeUTF8Scalar(bytes, at: next).0 }
          if classCode(nextValue, table) & ScalarFacts.wordClassMask &- 1 >= 3 { finish(i) }
        } else {
          finish(i)
        }
      } else {
        finish(i)
      }
      i += width
    }
    finish(range.upperBound)
    return tokens
  }

  /// A scalar's class as `ScalarFacts.wordClass` codes it (5 for the joiners inside words).
  @inline(__always)
  private static func classCode(_ value: UInt32, _ table: UnsafeBufferPointer<UInt8>) -> UInt8 {
    // The table has the joiners too: one lookup for every scalar of the BMP.
    if value < 0x10000 { return table[Int(value)] }
    // Beyond the BMP: the general category, and always folded on lookup.
    guard let scalar = Unicode.Scalar(value) else { return 0 }
    let code = ScalarFacts.wordClassCode(scalar)
    return code == 0 || code == 5 ? code : code | ScalarFacts.changesWhenLowercased
  }
}
