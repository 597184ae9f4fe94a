/// Finds datelines ("MOSCOW, December 18. /TASS/.") at the start of a paragraph and bylines
/// ("Muhammad Irfan Published March 24, 2022 | 07:44 PM") filling a paragraph, with the
/// patterns of every language in `Locales/`.
///
/// ```swift
/// let parser = DatelineParser(rules: try DatelineRules.loadAll(from: data))
/// parser.dateline(in: "MOSCOW, December 18. /TASS/. Russian…", published: nil)?.date
/// // --12-18 (the year stays open: nothing gives it)
/// ```
public struct DatelineParser: Sendable {
  private let rules: [CompiledRules]
  /// Dates in a page's text, for pages that carry no other (see `PageDateFinder`).
  public let pageDates: PageDateFinder

  /// Prepares the rules of every language.
  public init(rules: [DatelineRules]) {
    self.rules = rules.map(CompiledRules.init)
    pageDates = PageDateFinder(rules: rules)
    longestChrome = self.rules.flatMap(\.chrome).map(\.utf8.count).max() ?? 0
    datelinesStartWithPlace = self.rules.allSatisfy { $0.datelines.allSatisfy(\.pattern.startsWithPlace) }
    bylineLiterals = self.rules.map { $0.bylines.map(\.pattern.literals) }
    var words: [[Unicode.Scalar]] = []
    for rule in rules {
      for word in rule.publicationLines {
        let folded = word.unicodeScalars.map(ScalarFacts.lowercaseFirst)
        if !folded.isEmpty && !words.contains(folded) { words.append(folded) }
      }
    }
    publicationWords = words
    let languages = self.rules.map(\.language.language)
    var orders: [(language: String, order: [Int])] = []
    for language in languages where !orders.contains(where: { $0.language == language }) {
      orders.append(
        (language, languages.indices.filter { languages[$0] == language }
          + languages.indices.filter { languages[$0] != language }))
    }
    self.orders = orders
  }

  /// Per language of the rules: the indexes of its rules first, then the others in language
  /// order (see `ordered`).
  private let orders: [(language: String, order: [Int])]

  /// Whether every dateline pattern opens with `{place}`: then a paragraph whose start cannot
  /// be a place has no dateline.
  private let datelinesStartWithPlace: Bool
  /// Per rule set and byline pattern: the literal stretches a match needs.
  private let bylineLiterals: [[[[Unicode.Scalar]]]]

  /// Every language's publication-line words, lowercased (`DatelineRules.publicationLines`).
  private let publicationWords: [[Unicode.Scalar]]

  /// The UTF-8 size of the longest folded chrome line: longer lines are never chrome.
  private let longestChrome: Int

  /// The first `limit` scalars of `paragraph` and their lowercase forms, without leading white
  /// space, and without trailing white space when the paragraph ends within them: the same as
  /// taking the prefix of the trimmed paragraph, without copying the whole paragraph. `whole`
  /// is false (and nothing is folded) when the trimmed paragraph is longer than `limit`.
  private func head(_ paragraph: String, limit: Int = DatelineParser.headLimit) -> (text: [Unicode.Scalar], folded: [Unicode.Scalar], whole: Bool) {
    var text: [Unicode.Scalar] = []
    text.reserveCapacity(min(limit, paragraph.utf8.count))
    var trailing = true
    var started = false
    for scalar in paragraph.unicodeScalars {
      if !started {
        if ScalarFacts.isWhitespace(scalar) { continue }
        started = true
      }
      if text.count == limit {
        // Trimming could still shorten the prefix only when nothing but white space follows.
        if !ScalarFacts.isWhitespace(scalar) {
          trailing = false
          break
        }
        continue
      }
      text.append(scalar)
    }
    if trailing {
      while let last = text.last, ScalarFacts.isWhitespace(last) { text.removeLast() }
    }
    guard trailing else { return (text, [], false) }
    return (text, text.map(ScalarFacts.lowercaseFirst), true)
  }

  /// The indexes of the rules of `language` first, then the others in language order.
  private func ordered(_ language: LocaleID?) -> [Int] {
    guard let language else { return Array(rules.indices) }
    let subtag = language.language
    return orders.first { $0.language == subtag }?.order ?? Array(rules.indices)
  }

  /// The most scalars at the start of a paragraph that the dateline and byline search read:
  /// a paragraph longer than that (trimmed) is no byline.
  static let headLimit = 240

  /// Whether the paragraph whose UTF-8 head is `head` (read with `headLimit` and
  /// `DatelinePattern.placeScalars`) may be site chrome, may be a byline and may open with a
  /// dateline: false only where `isChrome`, `byline` and `dateline` would say no, known from
  /// the bytes, so that a reader builds the paragraph's String only when it can be one of them.
  func mayBeHeader(_ head: UTF8Head) -> (chrome: Bool, byline: Bool, dateline: Bool) {
    let chrome = head.trimmedByteCount <= 3 * longestChrome
    let byline = !head.exceedsScalarLimit
    let dateline = !datelinesStartWithPlace || DatelinePattern.placeMayStart(head.leadingScalars)
    return (chrome, byline, dateline)
  }

  /// Whether `needle` occurs in `text`.
  private static func occurs(_ needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Bool {
    guard let first = needle.first else { return true }
    guard text.count >= needle.count else { return false }
    for start in 0...(text.count - needle.count) where text[start] == first {
      var k = 1
      while k < needle.count, text[start + k] == needle[k] { k += 1 }
      if k == needle.count { return true }
    }
    return false
  }

  /// Whether `line` is site chrome ("All news") in some language.
  public func isChrome(_ line: String) -> Bool {
    // Folding changes a scalar's UTF-8 size by at most a factor of 3: a longer line is not
    // chrome, known without trimming it into a new String.
    let trimmed = UTF8Bytes.trimmedRange(of: line)
    if trimmed.count > 3 * longestChrome { return false }
    let folded = TextFold.fold(line.utf8Slice(trimmed))
    return rules.contains { $0.chrome.contains(folded) }
  }

  /// The dateline that opens `paragraph`, or nil. A date without a year takes `published`'s
  /// year, marked inferred; without `published` the year stays open.
  public func dateline(in paragraph: String, published: PartialDate?, language: LocaleID? = nil) -> Dateline? {
    if datelinesStartWithPlace, !DatelinePattern.placeMayStart(of: paragraph) { return nil }
    return dateline(inChecked: paragraph, published: published, language: language)
  }

  /// `dateline(in:published:language:)` for a paragraph whose `mayBeHeader` says it may open
  /// with a dateline: the place test is not made again.
  func dateline(inChecked paragraph: String, published: PartialDate?, language: LocaleID?) -> Dateline? {
    // Leading white space is part of the dateline's length: take the untrimmed prefix, with
    // the UTF-8 offset of every scalar so that the parts found are cut from the paragraph.
    let prefix = ScalarPrefix(of: paragraph, limit: Self.headLimit)
    let (text, folded, offsets) = (prefix.scalars, prefix.lowercased, prefix.offsets)
    let placeAtStart = DatelinePattern.placeCandidates(text)
    for index in ordered(language) {
      let rule = rules[index]
      for (id, pattern, agency) in rule.datelines {
        guard pattern.mayMatch(text, folded: folded, rules: rule, placeAtStart: placeAtStart),
          let match = pattern.match(text, folded: folded, rules: rule, anchored: false, placeAtStart: placeAtStart)
        else { continue }
        var end = match.end
        while end < text.count, ScalarFacts.isWhitespace(text[end]) { end += 1 }
        func string(_ range: Range<Int>?) -> String? {
          guard let range else { return nil }
          let utf8 = paragraph.utf8
          let start = utf8.index(utf8.startIndex, offsetBy: offsets[range.lowerBound])
          let end = utf8.index(utf8.startIndex, offsetBy: offsets[range.upperBound])
          return String(paragraph[start..<end]).trimmingSpaces()
        }
        var date: PartialDate?
        var inferred = false
        if let month = match.month, let day = match.day {
          if let year = match.year {
            date = PartialDate(year: year, month: month, day: day)
          } else if let published, let year = published.year {
            // A dateline in December read from a January publication is last year's.
            date = PartialDate(year: month - published.month > 6 ? year - 1 : year, month: month, day: day)
            inferred = true
          } else {
            date = PartialDate(year: nil, month: month, day: day)
          }
        }
        let dateText = match.dateStart.flatMap { start in match.dateEnd.map { string(start..<$0) } } ?? nil
        let written = string(0..<match.end) ?? ""
        let length = offsets[end]
        return Dateline(
          text: written, place: string(match.place.map { p in
            // "KYIV, Ukraine" keeps the region with the place.
            if let region = match.region { return p.lowerBound..<region.upperBound }
            return p
          }), dateText: dateText, date: date, yearInferred: inferred,
          agency: match.agency ?? agency, publisher: string(match.publisher), pattern: id, length: length)
      }
    }
    return nil
  }

  /// The byline that `paragraph` consists of, or nil.
  public func byline(in paragraph: String, language: LocaleID? = nil) -> Byline? {
    // More than `headLimit` scalars between the first and the last that are not white space: too
    // long for a byline, known after at most 241 scalars past the trailing white space.
    if paragraph.utf8.count > Self.headLimit, UTF8Bytes.trimmedScalarCount(of: paragraph, exceeds: Self.headLimit) { return nil }
    return byline(inChecked: paragraph, language: language)
  }

  /// The date a publication line gives: a paragraph that fills the head (`headLimit`), opens
  /// with a publication word of any language ("Veröffentlicht: 12. Jan 2024 - Zuletzt
  /// aktualisiert: …", "Опубликовано 16 ноября 2022, 13:38") and names a full date. Its first
  /// date: a later one on the line is an update.
  func publicationDate(inChecked paragraph: String, language: LocaleID?) -> PartialDate? {
    guard !publicationWords.isEmpty else { return nil }
    let (text, folded, whole) = head(paragraph)
    guard whole else { return nil }
    let opens = publicationWords.contains { word in
      folded.count > word.count && folded.starts(with: word) && !folded[word.count].properties.isAlphabetic
    }
    guard opens else { return nil }
    // Every full date ends with its year: the line up to the first year holds the first date.
    let bytes = Array(String(String.UnicodeScalarView(text)).utf8)
    guard let year = PageDateFinder.digitRuns(bytes).first else { return nil }
    var end = year.upperBound
    while end < bytes.count, bytes[end] != 0x20 { end += 1 }
    return pageDates.latest(in: String(decoding: bytes[..<end], as: UTF8.self), language: language)
  }

  /// `byline(in:language:)` for a paragraph whose `mayBeHeader` says it may be a byline: the
  /// length test is not made again.
  func byline(inChecked paragraph: String, language: LocaleID?) -> Byline? {
    let (text, folded, whole) = head(paragraph)
    // A byline fills its paragraph: one longer than the look-ahead is body text.
    guard whole else { return nil }
    for index in ordered(language) {
      let rule = rules[index]
      for (number, (_, pattern, _)) in rule.bylines.enumerated() {
        guard bylineLiterals[index][number].allSatisfy({ Self.occurs($0, in: text) }) else { continue }
        guard let match = pattern.match(text, folded: folded, rules: rule, anchored: true) else { continue }
        func string(_ range: Range<Int>?) -> String? {
          guard let range else { return nil }
          var s = String.UnicodeScalarView()
          s.append(contentsOf: text[range])
          return String(s).trimmingSpaces()
        }
        var date: PartialDate?
        if let month = match.month, let day = match.day { date = PartialDate(year: match.year, month: month, day: day) }
        let publishedStart = match.dateStart ?? match.time?.lowerBound
        let published = publishedStart.flatMap { string($0..<match.end) }
        return Byline(author: string(match.author), published: published, date: date, time: string(match.time))
      }
    }
    return nil
  }
}

extension String {
  /// Without leading and trailing white space (Unicode's).
  func trimmingSpaces() -> String {
    let trimmed = UTF8Bytes.trimmedRange(of: self)
    return trimmed.count == utf8.count ? self : String(utf8Slice(trimmed))
  }

  /// The characters of UTF-8 byte range `range` (scalar boundaries of this string).
  func utf8Slice(_ range: Range<Int>) -> Substring {
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    return self[start..<utf8.index(start, offsetBy: range.count)]
  }
}
