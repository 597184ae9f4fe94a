import ParallaxICU

/// Unit merging: quotes that continue across sentences and their attribution become one unit.
extension ExtractionRun {
  /// Quote-only units join their attributed neighbour in the paragraph (an interrupted quote);
  /// a quote left open at a paragraph's end continues into the next paragraph's opening quote.
  mutating func mergeUnits() {
    // Without a quote left open or a quote standing alone, nothing merges (most documents).
    guard !state.endsOpen.isEmpty || state.units.contains(where: { $0.quoteOnly || $0.resumes }) else { return }
    var merged: [Unit] = []
    var i = 0
    while i < state.units.count {
      var unit = state.units[i]
      // A quote left open continues into the next paragraph that opens with a mark.
      while i + 1 < state.units.count, state.endsOpen.contains(unit.paragraph), unit.sentences.last.map({ isLastUnit($0, unit.paragraph, i) }) == true,
        state.units[i + 1].paragraph != unit.paragraph, state.startsWithOpener.contains(state.units[i + 1].paragraph),
        state.units[i + 1].startsWithQuote, !unit.quotes.isEmpty
      {
        let next = state.units[i + 1]
        unit = combine(unit, next)
        i += 1
      }
      if let last = merged.last, last.paragraph == unit.paragraph, unit.quoteOnly, last.attribution != nil, !last.quotes.isEmpty {
        merged[merged.count - 1] = combine(last, unit)
      } else if let last = merged.last, last.paragraph == unit.paragraph, last.quoteOnly, unit.attribution != nil, !unit.quotes.isEmpty {
        merged[merged.count - 1] = combine(last, unit)
      } else if let last = merged.last, last.paragraph == unit.paragraph, last.quoteOnly || last.opensUnattributedQuote,
        unit.attribution != nil, unit.quotes.isEmpty, unit.resumes
      {
        // "«…». Lo ha detto X.": the sentence after the quote says whose it is; so it does
        // when a word or two of the outlet's follow the quote ("«…» globale. Così X").
        merged[merged.count - 1] = combine(last, unit)
      } else {
        merged.append(unit)
      }
      i += 1
    }
    state.units = merged
  }

  func isLastUnit(_ sentence: Int, _ paragraph: Int, _ index: Int) -> Bool {
    index + 1 >= state.units.count || state.units[index + 1].paragraph != paragraph
  }

  func combine(_ a: Unit, _ b: Unit) -> Unit {
    var unit = a
    unit.sentences += b.sentences
    unit.quotes += b.quotes
    unit.outsideLetters += b.outsideLetters
    if unit.attribution == nil { unit.attribution = b.attribution }
    unit.introducedQuote = a.introducedQuote || b.introducedQuote || (a.quoteOnly && b.startsWithQuote == false)
    return unit
  }
}
