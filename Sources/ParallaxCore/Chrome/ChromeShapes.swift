/// Shapes of page furniture that no phrase names, the same in every language: tag listings,
/// embedded social posts and lines that the page repeats.
enum ChromeShapes {
  /// A listing of tags or names: no sentence end, and either comma-separated items of at most
  /// three words each, mostly capitalized ("В мире, Рафаэль Гросси, МАГАТЭ, Запорожская АЭС"),
  /// or a long run of capitalized words without punctuation (a tag cloud).
  static func isListing(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    // A line ending with an ASCII sentence end (the common case) is no listing: no text is decoded.
    if let end = range.last, bytes[end] < 0x80, bytes[end] != UInt8(ascii: ","),
      ChromeDetector.Shape.enders.contains(Unicode.Scalar(bytes[end]))
    {
      return false
    }
    // An ASCII line (a headline, most often) is read as bytes: its characters are its bytes.
    if bytes[range].allSatisfy({ $0 < 0x80 }) { return isASCIIListing(bytes, range) }
    let text = String(decoding: bytes[range], as: UTF8.self)
    guard let last = text.unicodeScalars.last, !ChromeDetector.Shape.enders.contains(last) || last == "," else { return false }
    let items = text.split(separator: ",").map { $0.split(separator: " ") }
    let words = items.flatMap { $0 }
    guard !words.isEmpty else { return false }
    let capitalized = words.filter { $0.first.map { $0.isUppercase || $0.isNumber } ?? false }.count
    if items.count >= 3, items.allSatisfy({ !$0.isEmpty && $0.count <= 3 }), capitalized * 4 >= words.count * 3 { return true }
    return items.count == 1 && words.count >= 8 && capitalized * 5 >= words.count * 4
  }

  /// `isListing` of a line in ASCII that does not end a sentence: the same items (between
  /// commas, empty ones left out), words (between spaces) and capitals, counted on the bytes.
  private static func isASCIIListing(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var items = 0
    var words = 0
    var capitalized = 0
    var shortItems = true
    var itemStart = range.lowerBound
    for end in range.lowerBound...range.upperBound where end == range.upperBound || bytes[end] == UInt8(ascii: ",") {
      defer { itemStart = end + 1 }
      guard end > itemStart else { continue }
      items += 1
      var itemWords = 0
      var wordStart = true
      for byte in bytes[itemStart..<end] {
        if byte == 0x20 {
          wordStart = true
        } else if wordStart {
          wordStart = false
          itemWords += 1
          if byte &- UInt8(ascii: "A") < 26 || byte &- UInt8(ascii: "0") < 10 { capitalized += 1 }
        }
      }
      words += itemWords
      if itemWords == 0 || itemWords > 3 { shortItems = false }
    }
    guard words > 0 else { return false }
    if items >= 3, shortItems, capitalized * 4 >= words * 3 { return true }
    return items == 1 && words >= 8 && capitalized * 5 >= words * 4
  }

  /// An embedded social post: an @handle with a #hashtag, or a post's signature
  /// ("— Name (@handle) August 24, 2024") or short link.
  static func isSocialPost(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var handle = false
    var hashtag = false
    var k = range.lowerBound
    while k < range.upperBound {
      let b = bytes[k]
      let next = k + 1 < range.upperBound ? bytes[k + 1] : 0
      let wordStart = k == range.lowerBound || bytes[k - 1] == 0x20 || bytes[k - 1] == UInt8(ascii: "(")
      let nextIsWord = next >= 0x80 || (next | 0x20) &- 0x61 < 26 || next &- 0x30 < 10 || next == UInt8(ascii: "_")
      if b == UInt8(ascii: "@"), wordStart, nextIsWord {
        handle = true
        if k > range.lowerBound, bytes[k - 1] == UInt8(ascii: "(") { return true }
      }
      if b == UInt8(ascii: "#"), wordStart, nextIsWord { hashtag = true }
      k += 1
    }
    return handle && hashtag
  }

  /// Groups of indexes of lines of at least five words that occur more than once, compared
  /// as written.
  static func repeatedLines(_ bytes: [UInt8], _ lines: [Range<Int>]) -> [[Int]] {
    // Lines are bucketed by a fast hash of their bytes; only a bucket of two or more (nearly
    // always a real repeat) is split into groups of equal lines.
    var buckets: [UInt64: [Int]] = [:]
    for (index, range) in lines.enumerated() where range.count >= 24 {
      let spaces = bytes[range].reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
      guard spaces >= 4 else { continue }
      buckets[ByteHash.hash(bytes[range]), default: []].append(index)
    }
    var groups: [[Int]] = []
    for bucket in buckets.values where bucket.count > 1 {
      var rest = bucket
      while let first = rest.first {
        let same = rest.filter { bytes[lines[$0]].elementsEqual(bytes[lines[first]]) }
        if same.count > 1 { groups.append(same) }
        rest.removeAll { bytes[lines[$0]].elementsEqual(bytes[lines[first]]) }
      }
    }
    return groups.sorted { $0[0] < $1[0] }
  }

  /// Whether the line ends as a caption does: with a picture credit in parentheses,
  /// photographer and agency set apart by a bar ("… (Jan Berg | AFP)"), or with a bar set off
  /// by a space ("… (Quelle: X) |"), cut from a gallery or a menu where bars separate items.
  /// No sentence of a story ends so.
  static func endsWithCredit(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard let last = range.last else { return false }
    if bytes[last] == UInt8(ascii: "|"), last > range.lowerBound, bytes[last - 1] == 0x20 { return true }
    guard bytes[last] == UInt8(ascii: ")") else { return false }
    guard let open = range.dropLast().last(where: { bytes[$0] == UInt8(ascii: "(") || bytes[$0] == UInt8(ascii: ")") }),
      bytes[open] == UInt8(ascii: "(")
    else { return false }
    let inside = (open + 1)..<last
    return inside.contains { bytes[$0] == UInt8(ascii: "|") && bytes[$0 - 1] == 0x20 && $0 + 1 < last && bytes[$0 + 1] == 0x20 }
  }

  /// Whether the line at `line` opens another line `other` word for word and stops at a word's
  /// end: a caption given once alone and once with its credit.
  static func opens(_ bytes: [UInt8], _ line: Range<Int>, _ other: Range<Int>) -> Bool {
    guard line.count >= 24, other.count > line.count else { return false }
    guard bytes[other.lowerBound..<(other.lowerBound + line.count)].elementsEqual(bytes[line]) else { return false }
    return bytes[other.lowerBound + line.count] == 0x20
  }
}
