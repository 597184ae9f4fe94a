import ParallaxICU

/// Paragraph analysis: sentences, quotes and units of one paragraph, with their attribution.
extension ExtractionRun {
  mutating func analyse(
    paragraph index: Int, range: Range<Int>, language: LocaleID, lexicon: CompiledLexicon, segmenter: Segmenter
  ) throws(StatementError) {
    let quotes = findQuotes(in: range, lexicon: lexicon, paragraph: index)
    // Sentences: ICU on the paragraph with line breaks as spaces (same byte length), into the
    // task's scratch array.
    var spans: [Range<Int>] = []
    swap(&spans, &cache.spans)
    defer { swap(&spans, &cache.spans) }
    spans.removeAll(keepingCapacity: true)
    var failure: ICUError?
    // A paragraph without line breaks, tabs or double spaces (most) has sentences to copy as
    // they are; any other is copied for ICU with its line breaks as spaces.
    let clean = !UTF8Bytes.needsCollapsing(bytes, in: range)
    if !clean {
      var copy = Array(bytes[range])
      for k in copy.indices where copy[k] == 0x0A || copy[k] == 0x0D { copy[k] = 0x20 }
      do throws(ICUError) {
        try UTF8Bytes.withBuffer(copy[...]) { (buffer) throws(ICUError) in try segmenter.sentenceSpans(utf8: buffer, into: &spans) }
      } catch { failure = error }
    } else {
      do throws(ICUError) {
        try UTF8Bytes.withBuffer(bytes[range]) { (buffer) throws(ICUError) in try segmenter.sentenceSpans(utf8: buffer, into: &spans) }
      } catch { failure = error }
    }
    if let failure { throw .segmentation(path: document.path, problem: "\(failure)") }
    // The sentences without their white space, in place of the spans.
    var kept = 0
    for span in spans {
      var s = span.lowerBound + range.lowerBound
      var e = span.upperBound + range.lowerBound
      while s < e, isSpace(bytes[s]) { s += 1 }
      while e > s, isSpace(bytes[e - 1]) { e -= 1 }
      if e > s {
        spans[kept] = s..<e
        kept += 1
      }
    }
    spans.removeLast(spans.count - kept)
    guard !spans.isEmpty else { return }

    let words = splittingElisions(WordScanner.words(bytes, in: range), lexicon: lexicon)
    let view = makeView(text: bytes, words: words, lexicon: lexicon, paragraph: index)
    let ids = view.lexicon
    state.views[index] = view
    recordMentions(view, quotes: quotes, lexicon: lexicon)

    // Units: sentences joined while a quote spans their boundary.
    var quoteIndex = 0
    var current: Unit?
    for sentenceRange in spans {
      let sentenceIndex = sentences.count
      sentences.append(Sentence(range: sentenceRange, paragraph: index, text: collapse(sentenceRange, clean: clean), line: 0, column: 0, language: language))
      while quoteIndex < quotes.count, quotes[quoteIndex].end <= sentenceRange.lowerBound { quoteIndex += 1 }
      let spanned = quoteIndex < quotes.count && quotes[quoteIndex].open < sentenceRange.lowerBound
        && quotes[quoteIndex].end > sentenceRange.lowerBound
      if spanned, var unit = current {
        unit.sentences.append(sentenceIndex)
        current = unit
      } else {
        if let unit = current { state.units.append(unit) }
        current = Unit(
          sentences: [sentenceIndex], paragraph: index, quotes: [], attribution: nil, outsideLetters: 0,
          startsWithQuote: false, introducedQuote: false, start: sentenceRange.lowerBound)
      }
    }
    if let unit = current { state.units.append(unit) }
    // Fill in each new unit's quotes and attribution.
    let firstNew = state.units.lastIndex { $0.paragraph != index }.map { $0 + 1 } ?? 0
    var q = 0
    for u in firstNew..<state.units.count {
      let unitStart = sentences[state.units[u].sentences[0]].range.lowerBound
      let unitEnd = sentences[state.units[u].sentences.last ?? state.units[u].sentences[0]].range.upperBound
      while q < quotes.count, quotes[q].open < unitStart { q += 1 }
      var inUnit: [QuoteRaw] = []
      while q < quotes.count, quotes[q].open < unitEnd {
        inUnit.append(quotes[q])
        q += 1
      }
      state.units[u].quotes = inUnit
      state.units[u].startsWithQuote = state.units[u].quotes.first?.open == unitStart
      describe(unit: u, range: unitStart..<unitEnd, words: words, ids: ids, lexicon: lexicon)
    }
  }

  /// Top-level quotes of a paragraph by a stack of opening marks.
}
