import ParallaxICU

/// Quotation marks: the top-level quotes of a paragraph, split where a dash interrupts them.
extension ExtractionRun {
  mutating func findQuotes(in range: Range<Int>, lexicon: CompiledLexicon, paragraph: Int) -> [QuoteRaw] {
    var result: [QuoteRaw] = []
    var stack: [(open: UInt32, at: Int)] = []
    // Whether the paragraph opens with a quotation mark.
    var f = range.lowerBound
    while f < range.upperBound, isSpace(bytes[f]) { f += 1 }
    if f < range.upperBound {
      var value = UInt32(bytes[f])
      if value >= 0x80 { value = decodeUTF8Scalar(bytes, at: f).0 }
      if lexicon.openers[value] != nil { state.startsWithOpener.insert(paragraph) }
    }
    let leads = lexicon.markLeads
    // When few bytes start a mark, the text between them is stepped over in blocks (a lead
    // byte is never a continuation byte, so the test holds at any offset).
    let scan = LeadByteScan(leads: lexicon.markLeadWords)
    // Line breaks inside the paragraph where one sentence ends and the next begins: a quote
    // still open there ends there (pages copied from the web keep a paragraph to a line, and
    // a mismatched mark must not carry a quote across the rest of the page).
    var breaks = sentenceLineBreaks(in: range, lexicon: lexicon)[...]
    func closeOpenQuote(before position: Int) {
      while let lineBreak = breaks.first, lineBreak < position {
        breaks.removeFirst()
        guard let bottom = stack.first else { continue }
        var end = lineBreak
        while end > bottom.at, isSpace(bytes[end - 1]) { end -= 1 }
        let contentStart = bottom.at + utf8Width(bottom.open)
        if end > contentStart {
          result.append(QuoteRaw(open: bottom.at, contentStart: contentStart, contentEnd: end, end: end, terminated: false))
        }
        stack.removeAll()
      }
    }
    var i = range.lowerBound
    while i < range.upperBound {
      if let scan {
        i = scan.first(in: bytes, from: i, to: range.upperBound)
        guard i < range.upperBound else { break }
      }
      if !breaks.isEmpty { closeOpenQuote(before: i) }
      let lead = bytes[i]
      guard leads[Int(lead)] else {
        i += 1
        continue
      }
      var value = UInt32(lead)
      var width = 1
      if value >= 0x80 { (value, width) = decodeUTF8Scalar(bytes, at: i) }
      defer { i += width }
      guard lexicon.isMark(value) else { continue }
      // An opening mark written where a closing one belongs ("… para el terror«, ha
      // manifestado"): glued to the word before it and followed by a space, punctuation or the
      // paragraph's end, it closes the quote its twin opened.
      let closesAsTwin =
        stack.last?.open == value && i > range.lowerBound && !isSpace(bytes[i - 1])
        && (i + width >= range.upperBound || isSpace(bytes[i + width]) || Self.closesClause(bytes[i + width]))
      if let top = stack.last, closesAsTwin || lexicon.openers[top.open]?.contains(value) == true,
        !(top.open == value && opensNested(at: i, width: width, in: range))
      {
        stack.removeLast()
        if stack.isEmpty {
          let quote = QuoteRaw(open: top.at, contentStart: top.at + utf8Width(top.open), contentEnd: i, end: i + width, terminated: true)
          splitAtDashes(quote, lexicon: lexicon, into: &result)
        }
      } else if lexicon.openers[value] != nil {
        // A mark that closes itself ('"'), glued to the word before it and followed by a space,
        // a closing punctuation mark or the paragraph's end, closes a quote ("… to Russia.\"
        // Maria …", "… da oggi\". Lo ha annunciato …"): with no quote open, it is a stray
        // closer and opens none.
        if lexicon.openers[value]?.contains(value) == true, i > range.lowerBound, !isSpace(bytes[i - 1]),
          i + width >= range.upperBound || isSpace(bytes[i + width]) || Self.closesClause(bytes[i + width])
        {
          continue
        }
        stack.append((value, i))
      }
    }
    closeOpenQuote(before: range.upperBound)
    // A mark with nothing after it but spaces closes a quote the paragraph never opened
    // ("… to Russia.\"" at a paragraph's end): it opens none.
    if let bottom = stack.first,
      ((bottom.at + utf8Width(bottom.open))..<range.upperBound).contains(where: { !isSpace(bytes[$0]) })
    {
      state.endsOpen.insert(paragraph)
      result.append(QuoteRaw(open: bottom.at, contentStart: bottom.at + utf8Width(bottom.open), contentEnd: range.upperBound, end: range.upperBound, terminated: false))
    }
    return result
  }

  /// The line feeds of `range` after a line that ends a sentence (a full stop, question or
  /// exclamation mark or ellipsis, maybe followed by a quotation mark or a bracket) and before
  /// one that does not go on in lowercase. Empty for a paragraph of one line (most).
  func sentenceLineBreaks(in range: Range<Int>, lexicon: CompiledLexicon) -> [Int] {
    guard var lineFeed = bytes[range].firstIndex(of: 0x0A) else { return [] }
    var found: [Int] = []
    while true {
      var last = lineFeed
      while last > range.lowerBound, isSpace(bytes[last - 1]) { last -= 1 }
      if endsSentence(before: last, from: range.lowerBound, lexicon: lexicon) {
        var next = lineFeed + 1
        while next < range.upperBound, isSpace(bytes[next]) { next += 1 }
        if next < range.upperBound {
          let (value, _) = decodeUTF8Scalar(bytes, at: next)
          if !(Unicode.Scalar(value).map { $0.properties.isLowercase } ?? false) { found.append(lineFeed) }
        }
      }
      guard let following = bytes[(lineFeed + 1)..<range.upperBound].firstIndex(of: 0x0A) else { return found }
      lineFeed = following
    }
  }

  /// Whether the text before byte `end` (not before `start`) ends a sentence: . ! ? or …,
  /// after which quotation marks and closing brackets may follow.
  private func endsSentence(before end: Int, from start: Int, lexicon: CompiledLexicon) -> Bool {
    var k = end
    while k > start {
      var s = k - 1
      while s > start, bytes[s] & 0xC0 == 0x80 { s -= 1 }
      let (value, _) = decodeUTF8Scalar(bytes, at: s)
      switch value {
      case 0x2E, 0x21, 0x3F, 0x2026: return true
      case 0x29, 0x5D: k = s
      default:
        guard lexicon.isMark(value) else { return false }
        k = s
      }
    }
    return false
  }

  /// Whether `byte` is punctuation that follows a closing quotation mark and never an opening
  /// one: . , ; : ! ? ) ]
  static func closesClause(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
      UInt8(ascii: ")"), UInt8(ascii: "]"):
      return true
    default: return false
    }
  }

  /// Whether the mark that closes itself ('"') at byte `i` opens a quote nested in the one it
  /// would close: a space before it and a letter or digit right after it ("Aber zu sagen:
  /// "Wir waren es nicht" - das ist …"). A closing mark is glued to the word before it.
  func opensNested(at i: Int, width: Int, in range: Range<Int>) -> Bool {
    guard i > range.lowerBound, isSpace(bytes[i - 1]), i + width < range.upperBound else { return false }
    guard let next = Unicode.Scalar(decodeUTF8Scalar(bytes, at: i + width).0) else { return false }
    return ScalarFacts.isAlphabetic(next) || (next.value >= 0x30 && next.value <= 0x39)
  }

  /// A quote interrupted inside its marks by dashes, as Russian and Ukrainian copy writes it:
  /// «Мы обсудили ситуацию, — сказал он. — Позиции совпадают». The words between the dashes
  /// are the attribution, outside both parts. Without punctuation before the first dash, the
  /// words between the dashes must hold a reporting verb: “La diga – scrive il presidente –
  /// conferma”. Appends the quote, or its two parts, to `result`.
  func splitAtDashes(_ quote: QuoteRaw, lexicon: CompiledLexicon, into result: inout [QuoteRaw]) {
    // " — " or " – " (U+2014 is E2 80 94, U+2013 is E2 80 93), or the hyphen that stands for
    // them on many keyboards (" - "): the width of the dash is `width(at:)`.
    func width(at k: Int) -> Int? {
      guard k + 2 < quote.contentEnd, bytes[k] == 0x20 else { return nil }
      if bytes[k + 1] == 0x2D, bytes[k + 2] == 0x20 { return 3 }
      guard k + 4 < quote.contentEnd, bytes[k + 1] == 0xE2, bytes[k + 2] == 0x80, bytes[k + 3] == 0x94 || bytes[k + 3] == 0x93,
        bytes[k + 4] == 0x20
      else { return nil }
      return 5
    }
    var k = quote.contentStart
    while k < quote.contentEnd {
      if k > quote.contentStart, let dash = width(at: k) {
        let before = bytes[k - 1]
        let punctuated = before == UInt8(ascii: ",") || before == UInt8(ascii: ".") || before == UInt8(ascii: "!") || before == UInt8(ascii: "?")
        let opening = k + dash
        guard punctuated || insertHasVerb(from: opening, to: min(quote.contentEnd, k + 80), lexicon: lexicon) else {
          k += 1
          continue
        }
        var m = opening
        while m < min(quote.contentEnd, k + 160) {
          if let closing = width(at: m), punctuated || insertHasVerb(from: opening, to: m, lexicon: lexicon) {
            result.append(QuoteRaw(open: quote.open, contentStart: quote.contentStart, contentEnd: k, end: k, terminated: true))
            result.append(
              QuoteRaw(open: m + 1, contentStart: m + closing, contentEnd: quote.contentEnd, end: quote.end, terminated: quote.terminated))
            return
          }
          m += 1
        }
        result.append(quote)
        return
      }
      k += 1
    }
    result.append(quote)
  }

  /// Whether the words of the document's bytes `from..<to` (up to the next dash) hold a
  /// reporting verb.
  func insertHasVerb(from: Int, to: Int, lexicon: CompiledLexicon) -> Bool {
    guard from < to else { return false }
    let text = String(decoding: bytes[from..<to], as: UTF8.self)
    var inserted = text.split(separator: "–", maxSplits: 1).first.flatMap { $0.split(separator: "—", maxSplits: 1).first } ?? ""
    if let hyphen = inserted.range(of: " - ") { inserted = inserted[..<hyphen.lowerBound] }
    return inserted.split { !$0.isLetter }.contains { lexicon.verbForms.contains(TextFold.fold($0)) }
  }
}
