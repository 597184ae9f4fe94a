import ParallaxICU

/// Numbers and dates a statement mentions.
extension ExtractionRun {
  func numbersAndDates(in unit: Unit) -> (numbers: [String], dates: [String]) {
    var numbers: [String] = []
    var dates: [String] = []
    for index in unit.sentences {
      let paragraph = sentences[index].paragraph
      guard let view = state.views[paragraph] else { continue }
      let words = view.words
      let range = sentences[index].range
      let lexicon = state.paragraphLexicon[paragraph]
      func inside(_ k: Int) -> Bool { k >= 0 && k < words.count && range.contains(words[k].range.lowerBound) }
      func month(_ k: Int) -> Int { inside(k) ? lexicon?.flags(view.lexicon[k]).month ?? 0 : 0 }
      var k = lowerBoundToken(words, range.lowerBound)
      while k < words.count, words[k].range.lowerBound < range.upperBound {
        defer { k += 1 }
        guard !words[k].hasLetter else { continue }
        // Room for a few at the first: most statements with numbers have fewer than five,
        // and growing one by one would copy the list at each doubling.
        if numbers.isEmpty { numbers.reserveCapacity(4) }
        numbers.append(String(decoding: bytes[words[k].range], as: UTF8.self))
        guard let day = number(words[k], digits: 1...2), day >= 1 else { continue }
        var found = 0
        var yearAt = -1
        if dateGap(words, k, k + 1), month(k + 1) > 0 {
          found = month(k + 1)
          yearAt = k + 2
          if !dateGap(words, k + 1, yearAt) { yearAt = -1 }
        } else if dateGap(words, k - 1, k), month(k - 1) > 0 {
          found = month(k - 1)
          yearAt = k + 1
          if !dateGap(words, k, yearAt) { yearAt = -1 }
        }
        guard found > 0, day <= Self.daysInMonth[found - 1] else { continue }
        var year: Int?
        if inside(yearAt), let value = number(words[yearAt], digits: 4...4), (1000...2999).contains(value) { year = value }
        let text = PartialDate(year: year, month: found, day: day).description
        if !dates.contains(text) { dates.append(text) }
      }
    }
    return (numbers, dates)
  }

  /// The most days of each month (February in a leap year).
  private static let daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

  /// The value of a word of ASCII digits only, with as many digits as `digits` allows.
  func number(_ word: WordToken, digits: ClosedRange<Int>) -> Int? {
    guard digits.contains(word.range.count) else { return nil }
    var value = 0
    for i in word.range {
      let b = bytes[i]
      guard b >= 0x30, b <= 0x39 else { return nil }
      value = value * 10 + Int(b - 0x30)
    }
    return value
  }

  /// Whether words `a` and `b` are neighbours in a date: between them only spaces (a no-break
  /// space too), a period or a comma, at most four bytes ("12. März", "March 12, 2025").
  func dateGap(_ words: [WordToken], _ a: Int, _ b: Int) -> Bool {
    guard a >= 0, b < words.count, b == a + 1 else { return false }
    let gap = words[a].range.upperBound..<words[b].range.lowerBound
    guard !gap.isEmpty, gap.count <= 4 else { return false }
    var i = gap.lowerBound
    while i < gap.upperBound {
      let byte = bytes[i]
      if byte == 0x20 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
        i += 1
      } else if byte == 0xC2, i + 1 < gap.upperBound, bytes[i + 1] == 0xA0 {
        i += 2
      } else {
        return false
      }
    }
    return true
  }
}
