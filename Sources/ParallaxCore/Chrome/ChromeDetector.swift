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
///   a short parenthesized line ("(AFP)", "(ITALPRESS).", a credit of reporters cut off).
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
    /// A line an outlet repeats in at least this many of its documents of one input is
    /// furniture (`OutletBoilerplate`).
    public var outletRepeats = 3
    /// A caption right above a picture credit, or an item of a feed between furniture lines,
    /// has at most this many words.
    public var captionWords = 16
    /// Furniture glued to the end of a story line has at most this many words.
    public var gluedWords = 12
    /// A line ending the page without a sentence end has at most this many words.
    public var tailWords = 3
    /// A parenthesized line ending the page ("(AFP)", "(Reporting by …; editing by …)") has at
    /// most this many words.
    public var parenthesizedWords = 12

    public init() {}
  }

  let wholeLines: Set<String>
  /// The openings of a picture credit, folded.
  let credits: [String]
  let prefixes: [String]
  /// The first scalar of each prefix: a folded line that opens with another scalar cannot open
  /// with that prefix (line and prefix are both folded, so equal characters are equal scalars).
  let leads: [Unicode.Scalar?]
  let longestPrefix: Int
  /// The UTF-8 length of the longest line named whole.
  let longestWholeLine: Int
  /// The prefixes written in ASCII, as bytes (an ASCII opening can only open with one of them).
  let asciiPrefixes: [[UInt8]]
  /// The markers, folded, as UTF-8: a line is searched for them byte by byte (both sides are
  /// folded the same way, so equal text is equal bytes).
  let markers: [[UInt8]]
  /// The markers by their first byte: a line is read once, and at each byte only the markers
  /// that open with it are tried (most open with "(", which few bytes of a line are).
  let markersByLead: [[[UInt8]]]
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
  /// - Parameter outletLines: the `lineHash` of each line the document's outlet repeats across
  ///   its documents (`OutletBoilerplate`): such a line is furniture, a quotation aside.
  public func pieces(in text: String, paragraphs: [Range<Int>], outletLines: Set<UInt64> = []) -> [Piece] {
    let bytes = Array(text.utf8)
    let lines = Self.lines(bytes, paragraphs)
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
      } else if !inHeader(index),
        ChromeShapes.isListing(bytes, line.range) || ChromeShapes.isSocialPost(bytes, line.range) || ChromeShapes.isRepeatingBar(bytes, line.range)
      {
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
    // A line the outlet repeats across its documents (a footer, a newsletter prompt, who the
    // outlet is): furniture by shape, so a byline or a dateline in it is still read.
    if !outletLines.isEmpty {
      for (index, line) in lines.enumerated() where !chrome[index] && !shapes[index].quoted && outletLines.contains(Self.lineHash(bytes, line.range)) {
        chrome[index] = true
      }
    }
    // A short story line without a sentence end, inside the story: what a caption or a feed's
    // item looks like (judged only beside a credit or between furniture lines).
    func isShortUnended(_ index: Int) -> Bool {
      !chrome[index] && !inHeader(index) && !shapes[index].endsSentence && tails[index] == nil
        && Shape(bytes, lines[index].range, wordLimit: options.captionWords).words <= options.captionWords
    }
    // A caption right above its picture credit, in the same paragraph ("Reporters outside the
    // palace" and then "Photo: Jan Berg"): short and without a sentence end, inside the story.
    for index in lines.indices.dropLast()
    where named[index + 1] && lines[index + 1].paragraph == lines[index].paragraph && isShortUnended(index)
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
    // A caption given as text and again with its credit glued on, on the next line.
    for index in lines.indices.dropLast()
    where lines[index + 1].paragraph == lines[index].paragraph && !inHeader(index)
      && ChromeShapes.repeatsWithGluedCredit(bytes, lines[index].range, lines[index + 1].range)
    {
      chrome[index] = true
      chrome[index + 1] = true
    }
    // A short line without a sentence end between two furniture lines of its paragraph: an
    // item of a feed or a gallery ("19:00 16.09.2025", a teaser's headline, its counters).
    for index in lines.indices.dropFirst().dropLast()
    where chrome[index - 1] && chrome[index + 1]
      && lines[index - 1].paragraph == lines[index].paragraph && lines[index + 1].paragraph == lines[index].paragraph
      && isShortUnended(index)
    {
      chrome[index] = true
    }
    // The page's tail, from the last line up; never the whole page.
    var index = lines.count - 1
    while index >= max(1, headerEnds) {
      let shape = shapes[index]
      let short = !shape.endsSentence && shape.words <= options.tailWords && !shape.quoted
      let parenthesized = shape.words <= options.parenthesizedWords && ChromeShapes.isParenthesized(bytes, lines[index].range)
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

  /// Every line of every paragraph, trimmed, with its paragraph.
  static func lines(_ bytes: [UInt8], _ paragraphs: [Range<Int>]) -> [(range: Range<Int>, paragraph: Int)] {
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
    return lines
  }

  /// The hash a line is known by across documents: of its trimmed bytes.
  static func lineHash(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 { ByteHash.hash(bytes[range]) }

  /// `text` without the spaces and dashes around it ("- Advertisement -") and the marks a
  /// furniture line may end with.
  static func trimmed(_ text: String) -> String {
    var scalars = Substring(text).unicodeScalars
    while let last = scalars.last, last == " " || last == ":" || last == "." || last == "," || last == "…" || last == "!" || last == "»" || dashes.contains(last) {
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
