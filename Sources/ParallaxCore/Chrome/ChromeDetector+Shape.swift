extension ChromeDetector {
  /// What the structural rules look at in a line.
  struct Shape {
    /// Words, counted up to one more than `wordLimit`: the rules only ask whether a line is
    /// short, so a paragraph-long line is not walked to its end.
    var words = 0
    /// Whether the line has a letter at all.
    var hasLetters = false
    /// Ends with a sentence end, a colon or semicolon, or a closing quotation mark.
    var endsSentence = false
    /// Opens with a dash or a bullet: a list item.
    var bulleted = false
    /// Holds a quotation mark (among the words counted): quoted words are never furniture by shape.
    var quoted = false

    init(_ bytes: [UInt8], _ range: Range<Int>, wordLimit: Int) {
      // Scalar by scalar from the bytes (valid UTF-8: they come from a String), with the
      // property tables: a line is looked at only up to its first few words.
      var inWord = false
      var k = range.lowerBound
      let first = range.isEmpty ? nil : Self.scalar(bytes, at: k).scalar
      while k < range.upperBound {
        let (scalar, length) = Self.scalar(bytes, at: k)
        k += length
        let alphabetic = scalar.isASCII ? (scalar.value | 0x20) &- 0x61 < 26 : ScalarFacts.isAlphabetic(scalar)
        let letter = alphabetic || ("0"..."9").contains(scalar)
        if alphabetic { hasLetters = true }
        if letter, !inWord {
          words += 1
          if words > wordLimit, hasLetters { break }
        }
        inWord = letter || (inWord && (scalar == "-" || scalar == "'" || scalar == "’" || scalar == "."))
        if scalar == "\"" || (!scalar.isASCII && Self.quotes.contains(scalar)) { quoted = true }
      }
      let last = range.isEmpty ? nil : Self.scalar(bytes, endingAt: range.upperBound, from: range.lowerBound)
      if let last { endsSentence = Self.enders.contains(last) }
      if let first { bulleted = Self.bullets.contains(first) }
    }

    /// The scalar whose UTF-8 starts at `k`, and its length in bytes.
    static func scalar(_ bytes: [UInt8], at k: Int) -> (scalar: Unicode.Scalar, length: Int) {
      let lead = bytes[k]
      if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
      let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
      guard k + length <= bytes.count else { return ("\u{FFFD}", 1) }
      var value = UInt32(lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
      for i in 1..<length { value = value << 6 | UInt32(bytes[k + i] & 0x3F) }
      return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar whose UTF-8 ends at `end`, not starting before `start`.
    static func scalar(_ bytes: [UInt8], endingAt end: Int, from start: Int) -> Unicode.Scalar {
      var k = end - 1
      while k > start, bytes[k] & 0xC0 == 0x80 { k -= 1 }
      return scalar(bytes, at: k).scalar
    }

    static let enders: Set<Unicode.Scalar> = [".", "!", "?", "…", ":", ";", ",", "\"", "»", "”", "“", "’", "'", "›"]
    static let quotes: Set<Unicode.Scalar> = ["\"", "«", "»", "“", "”", "„", "‹", "›"]
    static let bullets: Set<Unicode.Scalar> = ["-", "–", "—", "•", "▪", "·", "*"]
  }
}
