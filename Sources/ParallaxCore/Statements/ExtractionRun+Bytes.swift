import ParallaxICU

/// Byte-level helpers over the document's UTF-8: clause ends, spans of words, collapsed text.
extension ExtractionRun {
  /// Whether the gap `gap` between two words breaks the clause: a comma, a semicolon, a colon, a
  /// straight quotation mark, a hyphen used as a dash, or any mark beyond ASCII (curly quotation
  /// marks, dashes).
  func gapBreaksClause(_ gap: Range<Int>) -> Bool {
    gap.contains { b in
      let byte = bytes[b]
      return byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "\"")
        || byte == UInt8(ascii: "-") || byte >= 0x80
    }
  }

  /// The first byte after word `token` past spaces; nil at the end of the text.
  func byteAfter(_ words: [WordToken], _ token: Int) -> UInt8? {
    var i = words[token].range.upperBound
    while i < bytes.count, bytes[i] == 0x20 { i += 1 }
    return i < bytes.count ? bytes[i] : nil
  }

  /// Whether no word follows `token` before punctuation.
  func endsClause(_ words: [WordToken], _ token: Int) -> Bool {
    guard let b = byteAfter(words, token) else { return true }
    return b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == 0x0A || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
  }

  /// Whether the bytes from `start` to `end` are spaces only (one clause, no punctuation).
  func spacesOnly(_ start: Int, _ end: Int) -> Bool {
    guard start < end else { return start == end }
    return bytes[start..<end].allSatisfy { $0 == 0x20 }
  }

  /// Whether a comma comes right after word `token` (past spaces).
  func commaFollows(_ words: [WordToken], _ token: Int) -> Bool {
    byteAfter(words, token) == UInt8(ascii: ",")
  }

  func contiguous(_ words: [WordToken], _ a: Int, _ b: Int) -> Bool {
    guard b > a else { return true }
    for k in a..<b {
      let gap = words[k].range.upperBound..<words[k + 1].range.lowerBound
      if gap.count > 2 { return false }
      for i in gap where bytes[i] != 0x20 { return false }
    }
    return true
  }

  /// `contiguous(_:_:_:)`, where the quotation marks of `marks`' language may also come
  /// between the words ("issued an “ultimatum”"); plain `contiguous` when `marks` is nil.
  func contiguous(_ words: [WordToken], _ a: Int, _ b: Int, marks: CompiledLexicon?) -> Bool {
    guard let marks else { return contiguous(words, a, b) }
    guard b > a else { return true }
    for k in a..<b {
      var i = words[k].range.upperBound
      let end = words[k + 1].range.lowerBound
      guard end - i <= 8 else { return false }
      while i < end {
        if bytes[i] == 0x20 {
          i += 1
          continue
        }
        let (value, width) = bytes[i] < 0x80 ? (UInt32(bytes[i]), 1) : decodeUTF8Scalar(bytes, at: i)
        guard marks.isMark(value) else { return false }
        i += width
      }
    }
    return true
  }

  /// Whether the words `first...last` are set in a pair of the language's quotation marks with
  /// nothing else inside («ФАКТИ», „Rzeczpospolita”), as the title of a newspaper is.
  func inQuotationMarks(_ words: [WordToken], _ first: Int, _ last: Int, lexicon: CompiledLexicon) -> Bool {
    var open = words[first].range.lowerBound - 1
    while open > 0, bytes[open] & 0xC0 == 0x80 { open -= 1 }
    let end = words[last].range.upperBound
    guard open >= 0, end < bytes.count else { return false }
    let opening = bytes[open] < 0x80 ? UInt32(bytes[open]) : decodeUTF8Scalar(bytes, at: open).0
    let closing = bytes[end] < 0x80 ? UInt32(bytes[end]) : decodeUTF8Scalar(bytes, at: end).0
    return lexicon.openers[opening]?.contains(closing) == true
  }

  func surface(_ words: [WordToken], _ first: Int, _ last: Int) -> String {
    collapse(words[first].range.lowerBound..<words[last].range.upperBound)
  }

  /// The text of `range` with runs of white space as single spaces. `clean` tells that the
  /// bytes hold no line break, tab or double space (the paragraph had none): then only the
  /// ends are checked.
  func collapse(_ range: Range<Int>, clean paragraphClean: Bool = false) -> String {
    // Most stretches need no collapsing: then they are the document's text as it is, copied
    // without validating the UTF-8 again.
    let clean: Bool = {
      guard !range.isEmpty, !isSpace(bytes[range.lowerBound]), !isSpace(bytes[range.upperBound - 1]),
        bytes[range.lowerBound] & 0xC0 != 0x80, range.upperBound == bytes.count || bytes[range.upperBound] & 0xC0 != 0x80
      else { return false }
      return paragraphClean || !UTF8Bytes.needsCollapsing(bytes, in: range)
    }()
    if clean {
      let utf8 = document.text.utf8
      let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let end = utf8.index(start, offsetBy: range.count)
      return String(document.text[start..<end])
    }
    return UTF8Bytes.collapsingWhiteSpace(bytes, in: range)
  }

  func lowerBoundToken(_ words: [WordToken], _ offset: Int) -> Int {
    var low = 0
    var high = words.count
    while low < high {
      let mid = (low + high) / 2
      if words[mid].range.lowerBound < offset { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
