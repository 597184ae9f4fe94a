/// The paragraphs of a text as UTF-8 byte ranges: runs of lines separated by blank lines,
/// trimmed of spaces and tabs; each line is searched for its line feed sixteen bytes at a time.
///
/// ```swift
/// ParagraphScan.paragraphs(in: "  One.\n\nTwo,\nthree.\n")   // [2..<6, 8..<19]
/// ```
enum ParagraphScan {
  /// Paragraphs of `text[range]`: runs of lines separated by blank lines, trimmed.
  static func paragraphs(in text: String, from start: Int = 0, splittingLines: Bool = false) -> [Range<Int>] {
    var text = text
    return text.withUTF8 { bytes in paragraphs(in: bytes, from: start, splittingLines: splittingLines) }
  }

  private static func paragraphs(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, splittingLines: Bool) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var i = start
    var paragraphStart = -1
    var lastContent = -1
    while i <= bytes.count {
      var lineEnd = i
      // Sixteen bytes at a time up to the block holding the line feed (SIMD compares).
      if let base = bytes.baseAddress {
        let raw = UnsafeRawPointer(base)
        let lineFeed = SIMD16<UInt8>(repeating: 0x0A)
        while lineEnd + 16 <= bytes.count, !any(raw.loadUnaligned(fromByteOffset: lineEnd, as: SIMD16<UInt8>.self) .== lineFeed) {
          lineEnd += 16
        }
      }
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
      var blank = true
      for k in i..<lineEnd where !(bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == 0x0D) {
        blank = false
        break
      }
      if blank || splittingLines {
        if paragraphStart >= 0 { result.append(paragraphStart..<lastContent) }
        paragraphStart = -1
      }
      if !blank {
        var s = i
        while bytes[s] == 0x20 || bytes[s] == 0x09 { s += 1 }
        var e = lineEnd
        while e > s, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 || bytes[e - 1] == 0x0D { e -= 1 }
        if paragraphStart < 0 { paragraphStart = s }
        lastContent = e
      }
      i = lineEnd + 1
    }
    if paragraphStart >= 0 { result.append(paragraphStart..<lastContent) }
    return result
  }
}
