/// Sentences that web copy glues together: the space after a full stop lost when paragraphs
/// or lines were joined ("… toni prudenti.Il presidente …", "… Kiev.Gli Stati Uniti …",
/// "… the region.\"While …"). ICU sees one sentence there; the segmenter cuts it where a word of
/// three lowercase letters or more ends with a full stop, a question or exclamation mark
/// (and perhaps a closing quotation mark), and a capital and a lowercase letter follow right
/// away. Abbreviations end in a capital ("U.S.Army") or are short, and decimals have digits, so
/// neither is cut.
extension Segmenter {
  /// The offsets in `bytes[from..<to]` where a sentence begins that ICU runs on into: a glued
  /// one (`gluedBreaks`), or a quotation opening after a full stop and a space whose words
  /// start with a number ("… заявил Сергей Шойгу. «300 тысяч …»": ICU reads a lowercase word
  /// after the number as the sentence going on). Not after an abbreviation or an initial
  /// (`continues`).
  func missedBreaks(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> [Int] {
    var cuts = Self.gluedBreaks(bytes, from: from, to: to)
    var i = from + 1
    while i < to - 3 {
      defer { i += 1 }
      let byte = bytes[i]
      guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"), bytes[i + 1] == 0x20 else { continue }
      var mark = i + 1
      while mark < to, bytes[mark] == 0x20 { mark += 1 }
      let width = Self.openingMarkWidth(bytes, at: mark, to: to)
      guard width > 0, mark + width < to, (0x30...0x39).contains(bytes[mark + width]), !continues(bytes, at: mark) else { continue }
      cuts.append(mark)
    }
    return cuts.sorted()
  }

  /// The width of an opening quotation mark at `offset` ('"', '«', '„', '“'), or 0.
  private static func openingMarkWidth(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, to: Int) -> Int {
    guard offset < to else { return 0 }
    if bytes[offset] == UInt8(ascii: "\"") { return 1 }
    if offset + 1 < to, bytes[offset] == 0xC2, bytes[offset + 1] == 0xAB { return 2 }
    if offset + 2 < to, bytes[offset] == 0xE2, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0x9E || bytes[offset + 2] == 0x9C { return 3 }
    return 0
  }

  /// The offsets in `bytes[from..<to]` where a glued sentence begins, in order.
  static func gluedBreaks(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> [Int] {
    var cuts: [Int] = []
    var i = from + 3
    while i < to - 2 {
      let byte = bytes[i]
      guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else {
        i += 1
        continue
      }
      defer { i += 1 }
      guard endsLowercaseWord(bytes, before: i, floor: from) else { continue }
      var next = i + 1
      next += closingMarkWidth(bytes, at: next, to: to)
      guard next < to, startsCapitalizedWord(bytes, at: next, to: to) else { continue }
      cuts.append(next)
    }
    return cuts
  }

  /// Whether the three scalars before `end` (not before `floor`) are lowercase letters.
  private static func endsLowercaseWord(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, floor: Int) -> Bool {
    var position = end
    for _ in 0..<3 {
      var start = position - 1
      while start > floor, bytes[start] & 0xC0 == 0x80 { start -= 1 }
      guard start >= floor, let scalar = Unicode.Scalar(decodeUTF8Scalar(bytes, at: start).0),
        scalar.properties.isLowercase
      else { return false }
      position = start
    }
    return true
  }

  /// The width of a closing quotation mark at `offset` ('"', '”', '»'), or 0.
  private static func closingMarkWidth(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, to: Int) -> Int {
    guard offset < to else { return 0 }
    if bytes[offset] == UInt8(ascii: "\"") { return 1 }
    if offset + 1 < to, bytes[offset] == 0xC2, bytes[offset + 1] == 0xBB { return 2 }
    if offset + 2 < to, bytes[offset] == 0xE2, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0x9D { return 3 }
    return 0
  }

  /// Whether an uppercase letter and a lowercase one start at `offset`.
  private static func startsCapitalizedWord(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, to: Int) -> Bool {
    let (first, width) = decodeUTF8Scalar(bytes, at: offset)
    guard offset + width < to, let capital = Unicode.Scalar(first), capital.properties.isUppercase,
      let second = Unicode.Scalar(decodeUTF8Scalar(bytes, at: offset + width).0)
    else { return false }
    return second.properties.isLowercase
  }
}
