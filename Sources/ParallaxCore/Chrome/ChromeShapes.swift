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

  /// The most words a follow or share bar has (`isRepeatingBar`).
  static let barWords = 20

  /// A follow or share bar: a line of at most `barWords` words without a sentence end in
  /// which one capitalized word of four letters or more stands three times or more, as the
  /// outlet's name does before each of its channels ("БізнесЦензор у Facebook БізнесЦензор у
  /// X/Twitter БізнесЦензор у Telegram …"). A heading names its subject once.
  static func isRepeatingBar(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard !range.isEmpty,
      !ChromeDetector.Shape.enders.contains(ChromeDetector.Shape.scalar(bytes, endingAt: range.upperBound, from: range.lowerBound))
    else { return false }
    // A paragraph is not decoded: past `barWords` spaces the line is too long to be a bar.
    var spaces = 0
    for byte in bytes[range] where byte == 0x20 {
      spaces += 1
      if spaces >= barWords { return false }
    }
    var seen: [Substring: Int] = [:]
    for written in String(decoding: bytes[range], as: UTF8.self).split(separator: " ") {
      // The word without the punctuation around it ("Nordpost:" is "Nordpost").
      var (start, end) = (written.startIndex, written.endIndex)
      while start < end, !written[start].isLetter { start = written.index(after: start) }
      while end > start, !written[written.index(before: end)].isLetter, !written[written.index(before: end)].isNumber {
        end = written.index(before: end)
      }
      let key = written[start..<end]
      guard key.first?.isUppercase == true, key.unicodeScalars.filter(\.properties.isAlphabetic).count >= 4 else { continue }
      seen[key, default: 0] += 1
      if seen[key] == 3 { return true }
    }
    return false
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
    if inside.contains(where: { bytes[$0] == UInt8(ascii: "|") && bytes[$0 - 1] == 0x20 && $0 + 1 < last && bytes[$0 + 1] == 0x20 }) {
      return true
    }
    return isAgencySlashCredit(bytes, inside)
  }

  /// Whether the line ends with a picture credit set off without parentheses: after the
  /// caption's last sentence ("… March 18, 2025. AP/Anna Berg"), after a slash ("… on
  /// Telegram. / EFE/Anna Berg."), or after a bar, an agency's name in capitals ("… | EFE"); or
  /// the whole line is such a credit ("Local Daily MADRID/EFE"). A closing full stop aside.
  static func endsWithBareCredit(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var end = range.upperBound
    if end > range.lowerBound, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
    guard end > range.lowerBound else { return false }
    // The last separator: a sentence end, a slash or a bar between spaces.
    var k = end - 2
    while k > range.lowerBound {
      if bytes[k + 1] == 0x20 {
        let mark = bytes[k]
        if mark == UInt8(ascii: "."), isAgencySlashCredit(bytes, (k + 2)..<end) { return true }
        if bytes[k - 1] == 0x20, mark == UInt8(ascii: "/"), isAgencySlashCredit(bytes, (k + 2)..<end) { return true }
        if bytes[k - 1] == 0x20, mark == UInt8(ascii: "|") { return isAgencyName(bytes[(k + 2)..<end]) }
        if mark == UInt8(ascii: ".") || mark == UInt8(ascii: "|") { return false }
      }
      k -= 1
    }
    return isAgencySlashCredit(bytes, range.lowerBound..<end)
  }

  /// An agency's name as credits write it: one word of two to eight capital ASCII letters.
  static func isAgencyName(_ word: ArraySlice<UInt8>) -> Bool {
    (2...8).contains(word.count) && word.allSatisfy { $0 &- 0x41 < 26 }
  }

  /// A credit of an agency and a photographer set apart by a slash ("AFP / NATALIA
  /// KOLESNIKOVA", "REUTERS/Anna Voitenko"): on one side an agency's name in capitals (two to
  /// eight letters), on the other a name of two words or more. ("UN/OSCE" is no credit.)
  static func isAgencySlashCredit(_ bytes: [UInt8], _ inside: Range<Int>) -> Bool {
    guard let slash = inside.first(where: { bytes[$0] == UInt8(ascii: "/") }) else { return false }
    func words(_ part: Range<Int>) -> [ArraySlice<UInt8>] {
      bytes[part].split(separator: 0x20)
    }
    func isAgency(_ words: [ArraySlice<UInt8>]) -> Bool {
      guard words.count == 1, let word = words.first else { return false }
      return isAgencyName(word)
    }
    let before = words(inside.lowerBound..<slash)
    let after = words((slash + 1)..<inside.upperBound)
    return (isAgency(before) && after.count >= 2) || (isAgency(after) && before.count >= 2 && before.count <= 4)
  }

  /// A line that is one part in parentheses: "(AFP)", "(ITALPRESS).", "(Reporting by …; editing
  /// by …)", or one whose closing parenthesis the page cut off ("(Anna Berg avec SR - S").
  static func isParenthesized(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var end = range.upperBound
    while end > range.lowerBound, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
    guard end > range.lowerBound, bytes[range.lowerBound] == UInt8(ascii: "(") else { return false }
    if bytes[end - 1] == UInt8(ascii: "."), end - 1 > range.lowerBound { end -= 1 }
    let inside = bytes[(range.lowerBound + 1)..<end]
    guard let close = inside.firstIndex(of: UInt8(ascii: ")")) else { return true }
    return close == end - 1
  }

  /// A date or time stamp on a line of its own ("29 вересня 2022 р.", "15:00 Март 29, 2022",
  /// "August 29, 2022 11:50 am", "29 марта 2022, 14:57 [ «Outlet» ]"): at least two words of
  /// digits, a year or a time among them, and at most as many words of letters, no more than
  /// two (a month, "am", an abbreviation of "year"); a part in brackets (the outlet) aside. No
  /// sentence of a story is so.
  static func isStamp(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard range.count <= 80, let words = StampWords(bytes, range, stopAtLetters: false) else { return false }
    return words.isStamp && words.end == range.upperBound
  }

  /// Where a line's opening stamp of digits ends ("13:00 27.09.2022 Источник: …"): after at
  /// least two words of digits with a year or a time among them and no word of letters, at the
  /// first word of letters; nil when the line does not open so.
  static func stampOpeningEnd(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
    guard let words = StampWords(bytes, range, stopAtLetters: true), words.letters == 0, words.isStamp,
      words.end < range.upperBound
    else { return nil }
    return words.end
  }

  /// The words of a stamp, counted from a line's start.
  private struct StampWords {
    var digits = 0
    var letters = 0
    var datelike = false
    /// Where counting stopped: the line's end, or the first word of letters when asked to stop there.
    var end: Int

    var isStamp: Bool { digits >= 2 && datelike && letters <= 2 && letters <= digits }

    /// Nil when a word mixes digits and letters or the line holds more than two words of letters.
    init?(_ bytes: [UInt8], _ range: Range<Int>, stopAtLetters: Bool) {
      end = range.upperBound
      var k = range.lowerBound
      while k < range.upperBound {
        let byte = bytes[k]
        // A part in brackets (the outlet) is passed over whole.
        if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") {
          let close = byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")
          guard let end = bytes[k..<range.upperBound].firstIndex(of: close) else { return nil }
          k = end + 1
          continue
        }
        if byte == 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "|") {
          k += 1
          continue
        }
        // One word, to the next space or comma.
        var wordEnd = k
        var hasDigit = false
        var hasLetter = false
        var colon = false
        var run = 0
        var longestRun = 0
        while wordEnd < range.upperBound, bytes[wordEnd] != 0x20, bytes[wordEnd] != UInt8(ascii: ",") {
          let (scalar, length) = ChromeDetector.Shape.scalar(bytes, at: wordEnd)
          if scalar.isASCII, scalar.value &- 0x30 < 10 {
            hasDigit = true
            run += 1
            longestRun = max(longestRun, run)
          } else {
            run = 0
            if scalar == ":" { colon = true }
            if ScalarFacts.isAlphabetic(scalar) { hasLetter = true }
          }
          wordEnd += length
        }
        if hasDigit && hasLetter { return nil }
        if hasLetter {
          if stopAtLetters {
            end = k
            return
          }
          letters += 1
          if letters > 2 { return nil }
        } else if hasDigit {
          digits += 1
          if longestRun == 4 || (colon && longestRun <= 2) { datelike = true }
        }
        k = wordEnd
      }
    }
  }

  /// The quotation marks headings are set in, from the chrome data (`ChromeLexicon.quotes`).
  struct HeadingQuotes: Sendable {
    /// The closing marks of each opening mark.
    let closings: [Unicode.Scalar: Set<Unicode.Scalar>]
    /// Every mark, opening or closing.
    let marks: Set<Unicode.Scalar>

    init(_ pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)]) {
      var closings: [Unicode.Scalar: Set<Unicode.Scalar>] = [:]
      for pair in pairs { closings[pair.open, default: []].insert(pair.close) }
      self.closings = closings
      marks = Set(pairs.flatMap { [$0.open, $0.close] })
    }
  }

  /// A quoted heading: a line that is one quotation, from its opening mark to its closing one
  /// ("«La pelota está en el tejado de Moscú»", "‘Satisfied with outcome’"), or that ends with
  /// a quoted name and holds no colon ("Газопровід «Північний потік-2»"): one pair of the
  /// data's quotation marks, no other mark, no sentence end anywhere. A quotation said in the
  /// story ends its sentence, or its reporting clause follows it on the line.
  static func isQuotedHeading(_ bytes: [UInt8], _ range: Range<Int>, quotes: HeadingQuotes) -> Bool {
    guard range.count >= 3 else { return false }
    let last = ChromeDetector.Shape.scalar(bytes, endingAt: range.upperBound, from: range.lowerBound)
    let innerEnd = range.upperBound - String(last).utf8.count
    var k = range.lowerBound
    var opening: Unicode.Scalar?
    while k < innerEnd {
      let (scalar, length) = ChromeDetector.Shape.scalar(bytes, at: k)
      // A mark between letters is an apostrophe ("d’avoir"), not a quotation mark.
      let apostrophe = k > range.lowerBound && isLetter(bytes, at: k + length, before: innerEnd)
        && isLetter(bytes, at: ChromeDetector.scalarBoundary(bytes, k - 1), before: k)
      if !apostrophe, quotes.marks.contains(scalar) || ChromeDetector.Shape.quotes.contains(scalar) {
        // The one opening mark: at the line's start, or before the closing name.
        guard opening == nil, quotes.closings[scalar] != nil else { return false }
        opening = scalar
      } else if headingStops.contains(scalar) {
        return false
      }
      k += length
    }
    guard let opening, k == innerEnd, innerEnd > range.lowerBound + 1 else { return false }
    return quotes.closings[opening]?.contains(last) ?? false
  }

  /// What no quoted heading holds: sentence ends, and the colon a reporting clause puts before
  /// its quotation.
  private static let headingStops: Set<Unicode.Scalar> = [".", "!", "?", "…", ";", ":"]

  /// Whether the scalar at `k` (before `end`) is a letter.
  private static func isLetter(_ bytes: [UInt8], at k: Int, before end: Int) -> Bool {
    guard k >= 0, k < end else { return false }
    return ScalarFacts.isAlphabetic(ChromeDetector.Shape.scalar(bytes, at: k).scalar)
  }

  /// A web address on a line of its own ("www.pravda.com.ua", "https://example.org/news"): one
  /// word, in ASCII, that opens with a scheme or "www." or is host names joined by dots, the last
  /// of two to six letters.
  static func isAddress(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard range.count >= 4, range.count <= 200, bytes[range].allSatisfy({ $0 > 0x20 && $0 < 0x80 }) else { return false }
    let lowered = bytes[range].map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
    for opening in ["http://", "https://", "www."] where lowered.starts(with: opening.utf8) && lowered.count > opening.utf8.count + 3 {
      return true
    }
    var host = lowered[...]
    while host.last == UInt8(ascii: "/") { host = host.dropLast() }
    let labels = host.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard labels.count >= 2,
      labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ($0 &- 0x61 < 26) || ($0 &- 0x30 < 10) || $0 == UInt8(ascii: "-") } }),
      let top = labels.last, (2...6).contains(top.count), top.allSatisfy({ $0 &- 0x61 < 26 })
    else { return false }
    return true
  }

  /// Whether the line `next` repeats the line `line` whole and glues a short credit to its
  /// sentence end, with no space ("… 50 Menschen getötet." and then "… 50 Menschen
  /// getötet.Sergey Bobok/AFP"): a picture's caption, given as text and as the figure's
  /// caption with the photographer, as scraped pages print it.
  static func repeatsWithGluedCredit(_ bytes: [UInt8], _ line: Range<Int>, _ next: Range<Int>) -> Bool {
    guard next.count - line.count <= 40, startsWithLine(bytes, line, next) else { return false }
    // The credit opens with a capital (a name, an agency) or a letter beyond ASCII.
    let first = bytes[next.lowerBound + line.count]
    guard bytes[line.upperBound - 1] == UInt8(ascii: "."), (0x41...0x5A).contains(first) || first >= 0xC0 else { return false }
    let tail = bytes[(next.lowerBound + line.count)..<next.upperBound]
    return tail.filter { $0 == 0x20 }.count <= 3 && !tail.contains(UInt8(ascii: "."))
  }

  /// Whether the line at `line` opens another line `other` word for word and stops at a word's
  /// end: a caption given once alone and once with its credit.
  static func opens(_ bytes: [UInt8], _ line: Range<Int>, _ other: Range<Int>) -> Bool {
    startsWithLine(bytes, line, other) && bytes[other.lowerBound + line.count] == 0x20
  }

  /// Whether the longer line `other` opens with the whole of `line`, a line long enough (24
  /// bytes) for the repeat to be no chance.
  static func startsWithLine(_ bytes: [UInt8], _ line: Range<Int>, _ other: Range<Int>) -> Bool {
    line.count >= 24 && other.count > line.count
      && bytes[other.lowerBound..<(other.lowerBound + line.count)].elementsEqual(bytes[line])
  }
}
