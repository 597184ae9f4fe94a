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

  /// Prepares the rules of every language.
  public init(rules: [DatelineRules]) {
    self.rules = rules.map(CompiledRules.init)
    longestChrome = self.rules.flatMap(\.chrome).map(\.utf8.count).max() ?? 0
  }

  /// The UTF-8 size of the longest folded chrome line: longer lines are never chrome.
  private let longestChrome: Int

  /// The first `limit` scalars of `paragraph` and their lowercase forms, without leading white
  /// space, and without trailing white space when the paragraph ends within them: the same as
  /// taking the prefix of the trimmed paragraph, without copying the whole paragraph. `whole`
  /// is false (and nothing is folded) when the trimmed paragraph is longer than `limit`.
  private func head(_ paragraph: String, limit: Int = 240) -> (text: [Unicode.Scalar], folded: [Unicode.Scalar], whole: Bool) {
    var text: [Unicode.Scalar] = []
    text.reserveCapacity(min(limit, paragraph.utf8.count))
    var scalars = paragraph.unicodeScalars.makeIterator()
    var started = false
    var trailing = true
    while let scalar = scalars.next() {
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

  /// The rules of `language` first, then the others in language order.
  private func ordered(_ language: LocaleID?) -> [CompiledRules] {
    guard let language else { return rules }
    let preferred = rules.filter { $0.language.language == language.language }
    return preferred + rules.filter { $0.language.language != language.language }
  }

  /// Whether `line` is site chrome ("All news") in some language.
  public func isChrome(_ line: String) -> Bool {
    let trimmed = line.trimmingSpaces()
    // Folding changes a scalar's UTF-8 size by at most a factor of 3.
    if trimmed.utf8.count > 3 * longestChrome { return false }
    let folded = TextFold.fold(trimmed)
    return rules.contains { $0.chrome.contains(folded) }
  }

  /// The dateline that opens `paragraph`, or nil. A date without a year takes `published`'s
  /// year, marked inferred; without `published` the year stays open.
  public func dateline(in paragraph: String, published: PartialDate?, language: LocaleID? = nil) -> Dateline? {
    // Leading white space is part of the dateline's length: take the untrimmed prefix.
    let text = Array(paragraph.unicodeScalars.prefix(240))
    let folded = text.map(ScalarFacts.lowercaseFirst)
    for rule in ordered(language) {
      for (id, pattern, agency) in rule.datelines {
        guard let match = pattern.match(text, folded: folded, rules: rule, anchored: false) else { continue }
        var end = match.end
        while end < text.count, ScalarFacts.isWhitespace(text[end]) { end += 1 }
        func string(_ range: Range<Int>?) -> String? {
          guard let range else { return nil }
          var s = String.UnicodeScalarView()
          s.append(contentsOf: text[range])
          return String(s).trimmingSpaces()
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
        let length = text[0..<end].reduce(0) { $0 + UTF8.width($1) }
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
    let (text, folded, whole) = head(paragraph)
    // A byline fills its paragraph: one longer than the look-ahead is body text.
    guard whole else { return nil }
    for rule in ordered(language) {
      for (_, pattern, _) in rule.bylines {
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
  /// Without leading and trailing white space (Unicode's definition).
  func trimmingSpaces() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !ScalarFacts.isWhitespace($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !ScalarFacts.isWhitespace($0) }) ?? first
    if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return self }
    return String(scalars[first...last])
  }
}
