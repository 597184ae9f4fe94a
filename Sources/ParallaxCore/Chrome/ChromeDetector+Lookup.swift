extension ChromeDetector {
  // What the chrome data names: whole lines, openings, picture credits, markers and the
  // furniture glued to the end of a story line, looked up in a line's bytes.

  /// Whether the chrome data names the line whole or by its opening.
  func isNamed(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    // Only as many bytes as the longest opening (and a little more for the whole-line set).
    let limit = max(longestPrefix + 8, 64)
    let head = range.count <= limit ? range : range.lowerBound..<Self.scalarBoundary(bytes, range.lowerBound + limit)
    // An ASCII opening folds by lowering its letters, and only an ASCII prefix can open it:
    // compared byte by byte (a short line is looked up whole first).
    if bytes[head].allSatisfy({ $0 < 0x80 }) {
      return (head == range && isWholeASCIILine(bytes, head)) || opensWithASCIIPrefix(bytes, head)
    }
    let folded = TextFold.fold(String(decoding: bytes[head], as: UTF8.self))
    if head == range, wholeLines.contains(Self.trimmed(folded)) { return true }
    let lead = folded.unicodeScalars.first
    for (prefix, prefixLead) in zip(prefixes, leads) where prefixLead == lead && Self.opens(folded, with: prefix) { return true }
    return false
  }

  /// Whether folded `line` opens with folded `opening`, as a whole word when the opening ends
  /// in a letter ("Foto:" opens "Foto: X"; "Fot." opens "Fot. X"; "Photo" does not open "Photon").
  static func opens(_ line: String, with opening: String) -> Bool {
    guard line.hasPrefix(opening) else { return false }
    guard let last = opening.unicodeScalars.last, last.properties.isAlphabetic else { return true }
    return line.unicodeScalars.dropFirst(opening.unicodeScalars.count).first.map { !$0.properties.isAlphabetic } ?? true
  }

  /// Whether the line opens with a picture credit of the data (as a whole word when the
  /// opening ends in a letter).
  func opensWithCredit(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    let head = range.count <= longestPrefix + 8 ? range : range.lowerBound..<Self.scalarBoundary(bytes, range.lowerBound + longestPrefix + 8)
    let folded = TextFold.fold(String(decoding: bytes[head], as: UTF8.self))
    return credits.contains { Self.opens(folded, with: $0) }
  }

  /// Whether an ASCII line is one the data names whole: trimmed as `trimmed` trims (its other
  /// closing marks are not ASCII) and folded byte by byte; a line longer than any named one is
  /// not decoded at all.
  func isWholeASCIILine(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var end = range.upperBound
    while end > range.lowerBound, [0x20, UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "-")].contains(bytes[end - 1]) {
      end -= 1
    }
    var start = range.lowerBound
    while start < end, bytes[start] == 0x20 || bytes[start] == UInt8(ascii: "-") { start += 1 }
    guard end - start <= longestWholeLine else { return false }
    return wholeLines.contains(String(decoding: bytes[start..<end].map(Self.lowered), as: UTF8.self))
  }

  /// `isNamed` for an ASCII opening: a prefix matches its lowered bytes, and a prefix ending
  /// in a letter is not followed by another letter.
  func opensWithASCIIPrefix(_ bytes: [UInt8], _ head: Range<Int>) -> Bool {
    func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    for prefix in asciiPrefixes where prefix.count <= head.count {
      let start = head.lowerBound
      guard zip(bytes[start..<(start + prefix.count)], prefix).allSatisfy({ Self.lowered($0) == $1 }) else { continue }
      guard let last = prefix.last, isLetter(last) else { return true }
      let next = start + prefix.count
      if next == head.upperBound || !isLetter(bytes[next]) { return true }
    }
    return false
  }

  /// The closing sentence of a story line when the chrome data names it ("Advertisement",
  /// "Follow all developments in this live blog", "File photo by …") or it is an agency's
  /// credit ("(dpa)", "AFP"), with where the story before it ends.
  func trailingFurniture(_ bytes: [UInt8], _ range: Range<Int>) -> (furniture: Range<Int>, storyEnd: Int)? {
    // The last sentence end followed by a space, past the line's first word.
    var k = range.upperBound - 2
    while k > range.lowerBound {
      let b = bytes[k]
      if bytes[k + 1] == 0x20, b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: "\"") {
        break
      }
      k -= 1
    }
    guard k > range.lowerBound else { return nil }
    var start = k + 1
    while start < range.upperBound, Self.isBlank(bytes[start]) { start += 1 }
    guard start < range.upperBound else { return nil }
    let tail = start..<range.upperBound
    // A closing sentence of furniture is short ("Follow all developments in this live blog"):
    // a long one is story, and is not looked up (its spaces counted first, without decoding).
    var spaces = 0
    for k in tail where bytes[k] == 0x20 {
      spaces += 1
      if spaces >= options.gluedWords { return nil }
    }
    // "(dpa)", "(ANSA)"; "AFP": one word in capitals is no sentence.
    let credit: Bool
    if spaces <= 1, bytes[tail.lowerBound] == UInt8(ascii: "("), bytes[tail.upperBound - 1] == UInt8(ascii: ")") {
      credit = tail.dropFirst().dropLast().contains { $0 >= 0x80 || ($0 | 0x20) &- 0x61 < 26 }
    } else if spaces == 0, tail.count <= 24 {
      let scalars = String(decoding: bytes[tail], as: UTF8.self).unicodeScalars
      credit = scalars.count >= 2 && scalars.allSatisfy { ScalarFacts.isUppercase($0) }
    } else {
      credit = false
    }
    guard credit || isNamed(bytes, tail) else { return nil }
    return (tail, k + 1)
  }

  /// An ASCII byte folded as `TextFold` folds it (letters lowered).
  static func lowered(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

  /// Whether the line holds one of the markers (folded) anywhere, and is a caption's length:
  /// at most two sentences (a caption and its credit), never a paragraph of story.
  func hasMarker(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard !markers.isEmpty, isCaptionLength(bytes, range) else { return false }
    // An ASCII line folds byte by byte.
    let folded =
      bytes[range].allSatisfy { $0 < 0x80 }
      ? bytes[range].map(Self.lowered) : Array(TextFold.fold(String(decoding: bytes[range], as: UTF8.self)).utf8)
    for start in folded.indices {
      for marker in markersByLead[Int(folded[start])]
      where marker.count <= folded.count - start && folded[start..<(start + marker.count)].elementsEqual(marker) {
        return true
      }
    }
    return false
  }

  /// Whether the line has at most `sentences` sentences, counted by their full stops (an
  /// abbreviation's stop counts too: "St. Petersburg").
  func isCaptionLength(_ bytes: [UInt8], _ range: Range<Int>, sentences: Int = 2) -> Bool {
    var ends = 0
    for k in range.dropLast() where bytes[k] == UInt8(ascii: ".") && bytes[k + 1] == 0x20 { ends += 1 }
    return ends < sentences
  }
}
