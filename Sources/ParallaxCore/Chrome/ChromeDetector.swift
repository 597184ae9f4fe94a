/// Sets page furniture aside line by line, before lines are merged into paragraphs: web pages
/// separate a caption, a "Read more" teaser or a share prompt from the story by a single line
/// break, so a paragraph can hold both. A line is furniture when
/// - the chrome data of any language names it whole ("Advertisement", "Читайте також") or
///   names its opening ("Photo:", "Lesen Sie auch:"), or continues such a line as a list
///   ("- Headline of another story", at most two sentences);
/// - it has no letters ("***", "12:38");
/// - it ends as a caption: a credit with a bar ("(Jan Berg | AFP)"), or a bar; or the page
///   gives it again at the opening of such a line (the caption alone, then with its credit);
/// - it is a short line without a sentence end inside the story (a section heading, a
///   dateline stamp), never one of the first lines before any sentence has ended (headline
///   and standfirst); or a short quotation alone on its line, with no sentence end in it (a
///   heading in quotation marks);
/// - it is a date or time stamp, or a web address, on a line of its own, wherever it stands,
///   or a stamp opens a line the data names ("13:00 27.09.2022 Источник: …");
/// - it is a listing of tags (inside the story, or at the top when longer than a headline);
/// - it closes a story line as its last sentence, named by the data or an agency's credit
///   ("… the agency reported. Advertisement", "… (dpa)"): that sentence alone is a piece;
/// - it ends the page as a short line without a sentence end ("StrettoWeb", "int/khz/") or
///   a short parenthesized line ("(AFP)").
///
/// Furniture is kept: every line ends up in exactly one piece, furniture pieces flagged. A
/// leading line without a sentence end (a headline, a publication stamp) is a piece of its own.
///
/// ```swift
/// let detector = ChromeDetector(lexicons: [ChromeLexicon(language: "en", lines: ["Advertisement"])])
/// detector.pieces(in: "Talks began.\nAdvertisement\nThey ended.", paragraphs: [0..<39])
/// // [0..<12 story, 13..<26 chrome, 27..<39 story]
/// ```
public struct ChromeDetector: Sendable {
  /// One stretch of a paragraph: story lines together, or one furniture line.
  public struct Piece: Sendable, Hashable {
    /// UTF-8 byte range in the text.
    public var range: Range<Int>
    public var chrome: Bool
    /// Furniture by shape alone (no data named it): a loader may still read a dateline or a
    /// byline in it.
    public var byShape = false
  }

  /// The structural limits, in words (runs of letters and marks between spaces).
  public struct Options: Sendable, Hashable {
    /// A heading inside the story has at most this many words.
    public var headingWords = 8
    /// At most this many first lines of a page, before any sentence ends (headline,
    /// standfirst), are never taken as headings.
    public var leadingLines = 2
    /// A headline has at most this many words: a listing at the top of the page that is
    /// longer is a tag cloud.
    public var headlineWords = 15
    /// A caption right above a picture credit, or an item of a feed between furniture lines,
    /// has at most this many words.
    public var captionWords = 16
    /// Furniture glued to the end of a story line has at most this many words.
    public var gluedWords = 12
    /// A line ending the page without a sentence end has at most this many words.
    public var tailWords = 3
    /// A parenthesized line ending the page has at most this many words.
    public var parenthesizedWords = 6

    public init() {}
  }

  private let wholeLines: Set<String>
  /// The openings of a picture credit, folded.
  private let credits: [String]
  private let prefixes: [String]
  /// The first scalar of each prefix: a folded line that opens with another scalar cannot open
  /// with that prefix (line and prefix are both folded, so equal characters are equal scalars).
  private let leads: [Unicode.Scalar?]
  private let longestPrefix: Int
  /// The UTF-8 length of the longest line named whole.
  private let longestWholeLine: Int
  /// The prefixes written in ASCII, as bytes (an ASCII opening can only open with one of them).
  private let asciiPrefixes: [[UInt8]]
  /// The markers, folded, as UTF-8: a line is searched for them byte by byte (both sides are
  /// folded the same way, so equal text is equal bytes).
  private let markers: [[UInt8]]
  /// The markers by their first byte: a line is read once, and at each byte only the markers
  /// that open with it are tried (most open with "(", which few bytes of a line are).
  private let markersByLead: [[[UInt8]]]
  /// The quotation marks a heading may be set in, of every language's data.
  private let headingQuotes: ChromeShapes.HeadingQuotes
  public var options: Options

  public init(lexicons: [ChromeLexicon], options: Options = Options()) {
    wholeLines = Set(lexicons.flatMap(\.lines).map { Self.trimmed(TextFold.fold($0)) })
    longestWholeLine = wholeLines.map(\.utf8.count).max() ?? 0
    let prefixes = Set((lexicons.flatMap(\.prefixes) + lexicons.flatMap(\.credits)).map { TextFold.fold($0) }.filter { !$0.isEmpty })
    credits = Set(lexicons.flatMap(\.credits).map { TextFold.fold($0) }.filter { !$0.isEmpty }).sorted()
    self.prefixes = prefixes.sorted { ($0.utf8.count, $0) > ($1.utf8.count, $1) }
    leads = self.prefixes.map { $0.unicodeScalars.first }
    longestPrefix = prefixes.map(\.utf8.count).max() ?? 0
    asciiPrefixes = self.prefixes.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }
    markers = Set(lexicons.flatMap(\.markers).map { TextFold.fold($0) }.filter { !$0.isEmpty }).sorted().map { Array($0.utf8) }
    var byLead = [[[UInt8]]](repeating: [], count: 256)
    for marker in markers { byLead[Int(marker[0])].append(marker) }
    markersByLead = byLead
    headingQuotes = ChromeShapes.HeadingQuotes(lexicons.flatMap(\.quotePairs))
    self.options = options
  }

  /// The pieces of `paragraphs` (UTF-8 ranges in `text`), in order.
  public func pieces(in text: String, paragraphs: [Range<Int>]) -> [Piece] {
    let bytes = Array(text.utf8)
    // Every line of every paragraph, trimmed, with its paragraph.
    var lines: [(range: Range<Int>, paragraph: Int)] = []
    for (p, range) in paragraphs.enumerated() {
      var start = range.lowerBound
      while start < range.upperBound {
        var end = start
        while end < range.upperBound, bytes[end] != 0x0A { end += 1 }
        var s = start
        var e = end
        while s < e, Self.isBlank(bytes[s]) { s += 1 }
        while e > s, Self.isBlank(bytes[e - 1]) { e -= 1 }
        if e > s { lines.append((s..<e, p)) }
        start = end + 1
      }
    }
    var chrome = [Bool](repeating: false, count: lines.count)
    var named = [Bool](repeating: false, count: lines.count)
    var shapes: [Shape] = []
    shapes.reserveCapacity(lines.count)
    let wordLimit = max(options.headingWords, options.tailWords, options.parenthesizedWords)
    // The header: the first lines, as long as none of them has ended a sentence (a headline
    // and a standfirst); after the first sentence the story has begun.
    var headerEnds = 0
    func inHeader(_ index: Int) -> Bool { index < headerEnds }
    // Furniture glued to the end of a story line ("… the agency reported. Advertisement"): the
    // line is judged by its story part, and the closing sentence is a piece of its own.
    var tails: [(furniture: Range<Int>, storyEnd: Int)?] = []
    tails.reserveCapacity(lines.count)
    for (index, line) in lines.enumerated() {
      let tail = trailingFurniture(bytes, line.range)
      tails.append(tail)
      let shape = Shape(bytes, tail.map { line.range.lowerBound..<$0.storyEnd } ?? line.range, wordLimit: wordLimit)
      shapes.append(shape)
      if index == headerEnds, index < options.leadingLines, index == 0 || !shapes[index - 1].endsSentence { headerEnds += 1 }
      if isNamed(bytes, line.range) || hasMarker(bytes, line.range)
        || (isCaptionLength(bytes, line.range) && ChromeShapes.endsWithCredit(bytes, line.range))
        || (isCaptionLength(bytes, line.range, sentences: 3) && ChromeShapes.endsWithBareCredit(bytes, line.range))
        || ChromeShapes.stampOpeningEnd(bytes, line.range).map({ isNamed(bytes, $0..<line.range.upperBound) }) ?? false
      {
        chrome[index] = true
        named[index] = true
      } else if ChromeShapes.isStamp(bytes, line.range) || ChromeShapes.isAddress(bytes, line.range) {
        // A publication stamp or a web address on a line of its own, wherever it stands (the
        // loader still reads a stamp in the header for the page's date).
        chrome[index] = true
      } else if !inHeader(index), index + 1 < lines.count, shape.words <= options.headingWords, ChromeShapes.isQuotedHeading(bytes, line.range, quotes: headingQuotes) {
        chrome[index] = true
      } else if !inHeader(index), ChromeShapes.isListing(bytes, line.range) || ChromeShapes.isSocialPost(bytes, line.range) {
        chrome[index] = true
      } else if inHeader(index), shape.words > wordLimit, Shape(bytes, line.range, wordLimit: options.headlineWords).words > options.headlineWords,
        ChromeShapes.isListing(bytes, line.range)
      {
        // A tag cloud longer than any headline, at the top of the page.
        chrome[index] = true
      } else if index > 0, named[index - 1], shape.bulleted, isCaptionLength(bytes, line.range) {
        // A list item is a headline, not a paragraph of several sentences ("© Agency" and then
        // "- Rome, June 6 - The dam …" opens the story).
        chrome[index] = true
        named[index] = true
      } else if !shape.hasLetters {
        chrome[index] = true
      } else if !inHeader(index), index + 1 < lines.count, !shape.endsSentence,
        shape.words <= options.headingWords, !shape.quoted
      {
        chrome[index] = true
      }
    }
    // A caption right above its picture credit, in the same paragraph ("Reporters outside the
    // palace" and then "Photo: Jan Berg"): short and without a sentence end, inside the story.
    for index in lines.indices.dropLast()
    where named[index + 1] && !chrome[index] && !inHeader(index) && lines[index + 1].paragraph == lines[index].paragraph
      && !shapes[index].endsSentence && tails[index] == nil
      && Shape(bytes, lines[index].range, wordLimit: options.captionWords).words <= options.captionWords
      && opensWithCredit(bytes, lines[index + 1].range)
    {
      chrome[index] = true
    }
    // A line the page gives again (a caption under a gallery and in the text, a lead repeated
    // under the story): its later copies are furniture, the first is read once.
    for group in ChromeShapes.repeatedLines(bytes, lines.map(\.range)) {
      for index in group.dropFirst() where !inHeader(index) { chrome[index] = true }
    }
    // A caption given alone and again with its credit ("… (Jan Berg | AFP)"), a few lines
    // apart: both are furniture. (Only nearby lines: a page of many named lines stays linear.)
    for (index, line) in lines.enumerated() where named[index] {
      for other in max(0, index - 3)..<min(lines.count, index + 4)
      where !chrome[other] && !inHeader(other) && ChromeShapes.opens(bytes, lines[other].range, line.range) {
        chrome[other] = true
      }
    }
    // A short line without a sentence end between two furniture lines of its paragraph: an
    // item of a feed or a gallery ("19:00 16.09.2025", a teaser's headline, its counters).
    for index in lines.indices.dropFirst().dropLast()
    where chrome[index - 1] && chrome[index + 1] && !chrome[index] && !inHeader(index)
      && lines[index - 1].paragraph == lines[index].paragraph && lines[index + 1].paragraph == lines[index].paragraph
      && !shapes[index].endsSentence && tails[index] == nil
      && Shape(bytes, lines[index].range, wordLimit: options.captionWords).words <= options.captionWords
    {
      chrome[index] = true
    }
    // The page's tail, from the last line up; never the whole page.
    var index = lines.count - 1
    while index >= max(1, headerEnds) {
      let shape = shapes[index]
      let short = !shape.endsSentence && shape.words <= options.tailWords && !shape.quoted
      let parenthesized = shape.parenthesized && shape.words <= options.parenthesizedWords
      guard chrome[index] || short || parenthesized else { break }
      chrome[index] = true
      index -= 1
    }
    // Story lines of one paragraph stay together; each furniture line is a piece of its own,
    // and so is a leading line without a sentence end (the headline, a publication stamp).
    func alone(_ index: Int) -> Bool { index >= 0 && inHeader(index) && !shapes[index].endsSentence }
    var pieces: [Piece] = []
    var open: (range: Range<Int>, paragraph: Int)?
    for (index, var line) in lines.enumerated() {
      var glued: Range<Int>?
      if !chrome[index], let tail = tails[index] {
        glued = tail.furniture
        line.range = line.range.lowerBound..<tail.storyEnd
      }
      defer {
        if let glued {
          if let current = open { pieces.append(Piece(range: current.range, chrome: false)) }
          open = nil
          pieces.append(Piece(range: glued, chrome: true))
        }
      }
      if chrome[index] {
        if let current = open { pieces.append(Piece(range: current.range, chrome: false)) }
        open = nil
        pieces.append(Piece(range: line.range, chrome: true, byShape: !named[index]))
      } else if let current = open, current.paragraph == line.paragraph, !alone(index), !alone(index - 1) {
        open = (current.range.lowerBound..<line.range.upperBound, line.paragraph)
      } else {
        if let current = open { pieces.append(Piece(range: current.range, chrome: false)) }
        open = line
      }
    }
    if let current = open { pieces.append(Piece(range: current.range, chrome: false)) }
    return pieces
  }

  /// Whether the chrome data names the line whole or by its opening.
  private func isNamed(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
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
    for (prefix, prefixLead) in zip(prefixes, leads) where prefixLead == lead && folded.hasPrefix(prefix) {
      guard let last = prefix.unicodeScalars.last, last.properties.isAlphabetic else { return true }
      let rest = folded.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
      if rest.first.map({ !$0.properties.isAlphabetic }) ?? true { return true }
    }
    return false
  }

  /// Whether the line opens with a picture credit of the data (as a whole word when the
  /// opening ends in a letter).
  private func opensWithCredit(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    let head = range.count <= longestPrefix + 8 ? range : range.lowerBound..<Self.scalarBoundary(bytes, range.lowerBound + longestPrefix + 8)
    let folded = TextFold.fold(String(decoding: bytes[head], as: UTF8.self))
    return credits.contains { credit in
      guard folded.hasPrefix(credit) else { return false }
      guard let last = credit.unicodeScalars.last, last.properties.isAlphabetic else { return true }
      return folded.unicodeScalars.dropFirst(credit.unicodeScalars.count).first.map { !$0.properties.isAlphabetic } ?? true
    }
  }

  /// Whether an ASCII line is one the data names whole: trimmed as `trimmed` trims (its other
  /// closing marks are not ASCII) and folded byte by byte; a line longer than any named one is
  /// not decoded at all.
  private func isWholeASCIILine(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
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
  private func opensWithASCIIPrefix(_ bytes: [UInt8], _ head: Range<Int>) -> Bool {
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
  private func trailingFurniture(_ bytes: [UInt8], _ range: Range<Int>) -> (furniture: Range<Int>, storyEnd: Int)? {
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
  private static func lowered(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

  /// Whether the line holds one of the markers (folded) anywhere, and is a caption's length:
  /// at most two sentences (a caption and its credit), never a paragraph of story.
  private func hasMarker(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
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

  /// Whether the line is at most two sentences long (a caption and its credit).
  /// Whether the line has at most `sentences` sentences, counted by their full stops (an
  /// abbreviation's stop counts too: "St. Petersburg").
  private func isCaptionLength(_ bytes: [UInt8], _ range: Range<Int>, sentences: Int = 2) -> Bool {
    var ends = 0
    for k in range.dropLast() where bytes[k] == UInt8(ascii: ".") && bytes[k + 1] == 0x20 { ends += 1 }
    return ends < sentences
  }

  /// `text` without the spaces and dashes around it ("- Advertisement -") and the marks a
  /// furniture line may end with.
  static func trimmed(_ text: String) -> String {
    var scalars = Substring(text).unicodeScalars
    while let last = scalars.last, last == " " || last == ":" || last == "." || last == "…" || last == "!" || last == "»" || dashes.contains(last) {
      scalars.removeLast()
    }
    while let first = scalars.first, first == " " || dashes.contains(first) { scalars.removeFirst() }
    return String(String.UnicodeScalarView(scalars))
  }

  /// Dashes that frame a furniture line ("- Advertisement -", "— Реклама —").
  static let dashes: Set<Unicode.Scalar> = ["-", "–", "—"]

  static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

  /// `offset` moved back to the start of a scalar.
  static func scalarBoundary(_ bytes: [UInt8], _ offset: Int) -> Int {
    var k = min(offset, bytes.count)
    while k > 0, k < bytes.count, bytes[k] & 0xC0 == 0x80 { k -= 1 }
    return k
  }
}
