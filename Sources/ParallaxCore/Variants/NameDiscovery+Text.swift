import ParallaxICU

/// What discovery reads in a paragraph's bytes: which tokens can be name words, which words stand
/// together, where sentences start.
extension DiscoveryRun {
  /// Whether a token can be part of a name: capitalized, Latin or Cyrillic letters, no digits,
  /// and not a long all-capitals word (a headline shouting).
  static func isNameWord(_ info: Word, surface: String, key: String) -> Bool {
    guard info.isCapitalized, info.scalarCount >= 2 else { return false }
    if key.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return false }
    guard info.isCyrillic || key.unicodeScalars.allSatisfy(Self.isLatinOrMark) else { return false }
    if info.scalarCount > 6, NameMatcher.isAllCaps(surface) { return false }
    return true
  }

  static func isLatinOrMark(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v) || (0x1E00...0x1EFF).contains(v)
      || scalar == "'" || scalar == "-" || scalar == "." || scalar.properties.generalCategory == .nonspacingMark
  }

  /// Whether only spaces, a hyphen or a no-break space stand between two offsets.
  static func joins(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
    guard from <= to, to - from <= 3, from < bytes.count || from == to else { return false }
    if from == to { return true }
    return bytes[from..<min(to, bytes.count)].allSatisfy { $0 == 0x20 || $0 == 0x2D || $0 == 0xC2 || $0 == 0xA0 }
  }

  /// Whether the word at `offset` starts a sentence: only spaces, quotation marks, brackets or
  /// dashes stand between it and the paragraph's start or a sentence's final punctuation.
  static func startsSentence(_ bytes: [UInt8], at offset: Int) -> Bool {
    var i = offset - 1
    while i >= 0 {
      let b = bytes[i]
      switch b {
      case 0x20, 0x09, 0x22, 0x27, 0x28, 0x5B, 0x2D, 0x2A: i -= 1  // space, tab, " ' ( [ - *
      case 0x0A, 0x0D, 0x2E, 0x21, 0x3F, 0x3A, 0x3B: return true  // newline . ! ? : ;
      case 0x80...0xBF: i -= 1  // inside a multibyte mark: read back to its lead byte
      case 0xC2, 0xE2:
        // « » (C2 AB/BB), no-break space (C2 A0), “ ” „ – — … (E2 80 xx): quotes and dashes
        // are skipped, an ellipsis ends a sentence.
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 { return true }
        i -= 1
      default: return false
      }
    }
    return true
  }
}
