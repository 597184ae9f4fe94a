import ParallaxICU

/// Attribution: what the words outside a unit's quotes say about who speaks and how.
extension ExtractionRun {
  mutating func describe(unit u: Int, range: Range<Int>, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) {
    let quotes = state.units[u].quotes
    var outsideLetters = 0
    var attributes = false
    let first = lowerBoundToken(words, range.lowerBound)
    var quoteIndex = 0
    var k = first
    while k < words.count, words[k].range.lowerBound < range.upperBound {
      let position = words[k].range.lowerBound
      while quoteIndex < quotes.count, quotes[quoteIndex].end <= position { quoteIndex += 1 }
      if quoteIndex == quotes.count || quotes[quoteIndex].open > position {
        if words[k].hasLetter { outsideLetters += 1 }
        if !lexicon.flags(ids[k]).isDisjoint(with: [.verb, .startsCue, .separable, .startsSpeechAct]) { attributes = true }
      }
      k += 1
    }
    state.units[u].outsideLetters = outsideLetters
    // The first word outside quotes opens a sentence pointing back at the quote before it.
    var r = first
    while r < words.count, words[r].range.lowerBound < range.upperBound, !words[r].hasLetter { r += 1 }
    if r < words.count, words[r].range.lowerBound < range.upperBound, lexicon.flags(ids[r]).contains(.resumptive),
      !quotes.contains(where: { $0.open <= words[r].range.lowerBound && words[r].range.lowerBound < $0.end })
    {
      state.units[u].resumes = true
    }
    // Only a reporting verb or a cue ("according to", "as reported by") attributes a unit:
    // without one among the words outside its quotes, nobody is found to speak it, and the
    // clauses need not be read (most narration). Without a verb, two shapes still name the
    // speaker: a name and a colon before a quote ("Zelensky: “…”", the headline's way), and a
    // resumptive sentence after a quote ("«…». Così il presidente X.").
    let colonWord = quotes.isEmpty ? nil : colonSpeakerWord(quotes, words: words, from: first)
    guard attributes || state.units[u].resumes || colonWord != nil else { return }
    // The arrays below are the task's scratch storage, taken out of the cache (emptied) and
    // handed back at the end: one allocation each per task rather than per unit and clause.
    // Token indexes of the unit, split into clauses by the quotes between them: one array of
    // token indexes; clause i is flat[bounds[i]..<bounds[i + 1]].
    var (flat, bounds, phraseAt, candidates, verbs, cues) = cache.describe.take()
    defer {
      cache.describe = DescribeScratch(
        flat: flat, bounds: bounds, phraseAt: phraseAt, candidates: candidates, verbs: verbs, cues: cues)
    }
    // The clauses: the words outside quotes, split where a quote comes between them. A quoted
    // name ("В «Укргидроэнерго» заявили", "El «Energoatom» ucraniano dijo") is no quotation:
    // its words stay in the clause.
    // Nor is a quoted word that ends a speech act ("issued an “ultimatum”"), or one that a
    // verb closing its clause takes ("als „voreilig“ bezeichnet").
    // Nor are a few quoted words inside a sentence that goes on past them ("called the strike
    // “horrifying” and said").
    func inClause(_ quote: QuoteRaw) -> Bool {
      isNameQuote(quote, words: words) || endsSpeechAct(quote, words: words, ids: ids, lexicon: lexicon)
        || precedesClosingVerb(quote, words: words, ids: ids, lexicon: lexicon) || isEmbeddedPhrase(quote, words: words)
    }
    let split = quotes.contains(where: inClause) ? quotes.filter { !inClause($0) } : quotes
    bounds.append(0)
    quoteIndex = 0
    k = first
    while k < words.count, words[k].range.lowerBound < range.upperBound {
      let position = words[k].range.lowerBound
      while quoteIndex < split.count, split[quoteIndex].end <= position {
        quoteIndex += 1
        if flat.count > bounds[bounds.count - 1] { bounds.append(flat.count) }
      }
      if quoteIndex == split.count || split[quoteIndex].open > position { flat.append(k) }
      k += 1
    }
    bounds.append(flat.count)
    var best: RawAttribution?
    var bestScore = Int.max
    let paragraph = state.units[u].paragraph
    // Whether the sentence opens with a document as its subject ("El documento reafirmó «…»,
    // llamó … y pidió …", "O comunicado final «…» e apela …"): the verbs of its later clauses
    // have that subject, not a dropped one.
    var opensWithDocument = false
    // Per clause: phrases (cues, referents, documents) by position; the storage is shared.
    phraseAt.append(contentsOf: repeatElement(nil, count: flat.count + 1))
    for b in 0..<(bounds.count - 1) where bounds[b + 1] > bounds[b] {
      let clause = Clause(tokens: flat, start: bounds[b], count: bounds[b + 1] - bounds[b])
      matchPhrases(in: clause, into: &phraseAt, words: words, ids: ids, lexicon: lexicon)
      candidates.removeAll(keepingCapacity: true)
      verbs.removeAll(keepingCapacity: true)
      cues.removeAll(keepingCapacity: true)
      let marks = scanClause(
        clause, phraseAt: phraseAt, candidates: &candidates, verbs: &verbs, cues: &cues, paragraph: paragraph, words: words, ids: ids,
        lexicon: lexicon)
      if b == 0, marks.opensWithDocument { opensWithDocument = true }
      let found = chooseSubject(
        &best, score: &bestScore, clause: clause, marks: marks, candidates: candidates, verbs: verbs, cues: cues,
        paragraph: paragraph, words: words, ids: ids, lexicon: lexicon)
      fallBack(
        &best, score: &bestScore, clause: clause, candidates: candidates, cues: cues, verbs: verbs, complements: found.complements,
        documentNoun: marks.documentNoun, relayName: found.relayName, relayIsMedium: found.relayIsMedium, paragraph: paragraph,
        colonWord: colonWord, resumes: b == 0 && state.units[u].resumes,
        shape: (marks.actLast, marks.inserted, marks.barriers, marks.separableLemmas),
        opensWithDocument: opensWithDocument, words: words, ids: ids, lexicon: lexicon)
      // "Zelenski ha considerado a través de su portavoz X que …": the person through whom the
      // speaker speaks is the one quoted.
      // So too when no subject was found for the clause's reporting verb ("La Nato ha fatto
      // sapere, attraverso il segretario generale X, che …").
      if best != nil || !verbs.isEmpty, !marks.through.isEmpty,
        let person = throughPerson(marks.through, candidates: candidates, words: words, ids: ids, lexicon: lexicon)
      {
        if best == nil {
          best = RawAttribution(candidate: person, verb: nil, document: nil, relay: nil, paragraph: paragraph)
          bestScore = 100
        } else {
          best?.candidate = person
        }
      }
    }
    state.units[u].attribution = best
    if let firstQuote = quotes.first, best != nil {
      // "X said: «…»" or "X said, "…"": the quote is introduced, not embedded.
      var p = firstQuote.open - 1
      while p >= range.lowerBound, isSpace(bytes[p]) { p -= 1 }
      if p >= range.lowerBound, bytes[p] == UInt8(ascii: ":") || bytes[p] == UInt8(ascii: ",") {
        state.units[u].introducedQuote = true
      }
      // "—" introduces too, as in Russian and Ukrainian copy ("…, — заявил он.").
    }
  }
}
