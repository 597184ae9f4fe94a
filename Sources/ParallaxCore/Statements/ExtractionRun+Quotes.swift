import ParallaxICU

/// Quotation marks: the top-level quotes of a paragraph, split where a dash interrupts them.
extension ExtractionRun {
  mutating func findQuotes(in range: Range<Int>, lexicon: CompiledLexicon, paragraph: Int) -> [QuoteRaw] {
    var result: [QuoteRaw] = []
    var stack: [(open: UInt32, at: Int)] = []
    var i = range.lowerBound
    bytes.withUnsafeBufferPointer { buffer in
      // Whether the paragraph opens with a quotation mark.
      var f = range.lowerBound
      while f < range.upperBound, isSpace(buffer[f]) { f += 1 }
      if f < range.upperBound {
        var value = UInt32(buffer[f])
        if value >= 0x80 { value = decodeUTF8Scalar(buffer, at: f).0 }
        if lexicon.openers[value] != nil { state.startsWithOpener.insert(paragraph) }
      }
      let leads = lexicon.markLeads
      // The few bytes that start a mark, when there are few: eight bytes without any of them
      // are stepped over at once. (A lead byte is never a continuation byte, so the test holds
      // at any offset; the steps below go byte by byte for the same reason.)
      let leadWords = lexicon.markLeadWords
      let raw = buffer.baseAddress.map { UnsafeRawPointer($0) }
      // The lead bytes as SIMD splats (the first repeated when there are fewer than four):
      // sixteen bytes without any of them are stepped over at once, then eight at a time.
      func splat(_ k: Int) -> SIMD16<UInt8> { SIMD16(repeating: k < leadWords.count ? leadWords[k] : leadWords.first ?? 0) }
      let (lead0, lead1, lead2, lead3) = (splat(0), splat(1), splat(2), splat(3))
      while i < range.upperBound {
        if let raw, !leadWords.isEmpty {
          while i + 16 <= range.upperBound {
            let bytes = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            if any((bytes .== lead0) .| (bytes .== lead1) .| (bytes .== lead2) .| (bytes .== lead3)) { break }
            i += 16
          }
          while i + 8 <= range.upperBound {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            var found: UInt64 = 0
            for lead in leadWords { found |= ByteWord.matches(word, lead) }
            if found != 0 {
              i += found.trailingZeroBitCount / 8
              break
            }
            i += 8
          }
          guard i < range.upperBound else { break }
        }
        let lead = buffer[i]
        guard leads[Int(lead)] else {
          i += 1
          continue
        }
        var value = UInt32(lead)
        var width = 1
        if value >= 0x80 { (value, width) = decodeUTF8Scalar(buffer, at: i) }
        defer { i += width }
        guard lexicon.isMark(value) else { continue }
        if let top = stack.last, lexicon.openers[top.open]?.contains(value) == true {
          stack.removeLast()
          if stack.isEmpty {
            let quote = QuoteRaw(open: top.at, contentStart: top.at + utf8Width(top.open), contentEnd: i, end: i + width, terminated: true)
            splitAtDashes(quote, buffer, lexicon: lexicon, into: &result)
          }
        } else if lexicon.openers[value] != nil {
          stack.append((value, i))
        }
      }
    }
    if let bottom = stack.first {
      state.endsOpen.insert(paragraph)
      result.append(QuoteRaw(open: bottom.at, contentStart: bottom.at + utf8Width(bottom.open), contentEnd: range.upperBound, end: range.upperBound, terminated: false))
    }
    return result
  }

  /// A quote interrupted inside its marks by dashes, as Russian and Ukrainian copy writes it:
  /// «Мы обсудили ситуацию, — сказал он. — Позиции совпадают». The words between the dashes
  /// are the attribution, outside both parts. Without punctuation before the first dash, the
  /// words between the dashes must hold a reporting verb: “La diga – scrive il presidente –
  /// conferma”. Appends the quote, or its two parts, to `result`.
  func splitAtDashes(_ quote: QuoteRaw, _ buffer: UnsafeBufferPointer<UInt8>, lexicon: CompiledLexicon, into result: inout [QuoteRaw]) {
    // " — " or " – ": U+2014 is E2 80 94, U+2013 is E2 80 93.
    func dash(at k: Int) -> Bool {
      k + 4 < quote.contentEnd && buffer[k] == 0x20 && buffer[k + 1] == 0xE2 && buffer[k + 2] == 0x80
        && (buffer[k + 3] == 0x94 || buffer[k + 3] == 0x93) && buffer[k + 4] == 0x20
    }
    var k = quote.contentStart
    while k < quote.contentEnd {
      if dash(at: k), k > quote.contentStart {
        let before = buffer[k - 1]
        let punctuated = before == UInt8(ascii: ",") || before == UInt8(ascii: ".") || before == UInt8(ascii: "!") || before == UInt8(ascii: "?")
        guard punctuated || insertHasVerb(from: k + 5, to: min(quote.contentEnd, k + 80), lexicon: lexicon) else {
          k += 1
          continue
        }
        var m = k + 5
        while m < min(quote.contentEnd, k + 160) {
          if dash(at: m), punctuated || insertHasVerb(from: k + 5, to: m, lexicon: lexicon) {
            result.append(QuoteRaw(open: quote.open, contentStart: quote.contentStart, contentEnd: k, end: k, terminated: true))
            result.append(
              QuoteRaw(open: m + 1, contentStart: m + 5, contentEnd: quote.contentEnd, end: quote.end, terminated: quote.terminated))
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
    let inserted = text.split(separator: "–", maxSplits: 1).first.flatMap { $0.split(separator: "—", maxSplits: 1).first } ?? ""
    return inserted.split { !$0.isLetter }.contains { lexicon.verbForms.contains(TextFold.fold($0)) }
  }
}
