import ParallaxICU

/// The state of extracting one document: its bytes, paragraphs' tokens and quotes, the units
/// being built and the names seen so far. Lives for one `StatementExtractor.extract` call.
struct ExtractionRun {
  let document: Document
  let extractor: StatementExtractor
  let bytes: [UInt8]
  var sentences: [Sentence] = []
  /// The title's words, when the document has a title.
  var titleView: TokenView?
  /// What the task knows about words, kept from document to document (see `WordCache`).
  var cache: WordCache
  /// The units, token views, word ids and mentions of the document (see `RunState`), in
  /// arrays the task keeps from document to document.
  var state = RunState()
  /// A bit per UTF-8 size of the stems in `byStem` (sizes past 63 share the last bit).
  var stemSizes: UInt64 = 0

  init(document: Document, extractor: StatementExtractor, cache: WordCache) {
    self.document = document
    self.extractor = extractor
    self.bytes = Array(document.text.utf8)
    self.cache = cache
    borrowStorage()
    state.views.append(contentsOf: repeatElement(nil, count: document.paragraphs.count))
    state.paragraphLexicon.append(contentsOf: repeatElement(nil, count: document.paragraphs.count))
    // About one sentence per 150 bytes of news copy: room up front instead of regrowing.
    let expected = bytes.count / 150 + 4
    sentences.reserveCapacity(expected)
    state.units.reserveCapacity(expected)
  }

  /// Takes the task's empty per-document arrays (see `RunState`).
  private mutating func borrowStorage() {
    swap(&state, &cache.runState)
  }

  /// Empties the per-document arrays and gives them back to the task's cache, unless one grew
  /// past `RunState.limit` (a huge document's room is not kept).
  mutating func returnStorage() {
    guard state.largestCapacity <= RunState.limit else {
      cache.runState = RunState()
      return
    }
    state.removeAll()
    swap(&state, &cache.runState)
  }

  mutating func run(segmenters: SegmenterPool) throws(StatementError) -> StatementExtractor.Extraction {
    var firstBody = true
    var current: (language: LocaleID, lexicon: CompiledLexicon, segmenter: Segmenter)?
    if let title = document.title { titleMentions(title) }
    for (index, paragraph) in document.paragraphs.enumerated() where paragraph.role == .body {
      var start = paragraph.range.lowerBound
      if firstBody, let dateline = document.dateline { start = min(paragraph.range.upperBound, start + dateline.length) }
      firstBody = false
      let range = start..<paragraph.range.upperBound
      guard !range.isEmpty else { continue }
      let language = paragraph.language == .undetermined ? document.language : paragraph.language
      // Paragraphs mostly share a language: the lexicon and segmenter of the last one serve.
      if language != current?.language {
        guard let lexicon = extractor.lexicon(for: language, document: document.language) else { continue }
        do throws(ICUError) {
          let segmenter = try segmenters.segmenter(for: language) { extractor.profile(for: language) }
          current = (language, lexicon, segmenter)
        } catch {
          throw .segmentation(path: document.path, problem: "\(error)")
        }
      }
      guard let (_, lexicon, segmenter) = current else { continue }
      state.paragraphLexicon[index] = lexicon
      try analyse(paragraph: index, range: range, language: language, lexicon: lexicon, segmenter: segmenter)
    }
    mergeUnits()
    return buildStatements()
  }

  // MARK: - Paragraph analysis

  private mutating func analyse(
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
    let clean = bytes.withUnsafeBufferPointer { !UTF8Bytes.needsCollapsing(UnsafeBufferPointer(rebasing: $0[range])) }
    if !clean {
      var copy = Array(bytes[range])
      for k in copy.indices where copy[k] == 0x0A || copy[k] == 0x0D { copy[k] = 0x20 }
      copy.withUnsafeBufferPointer { buffer in
        do throws(ICUError) { try segmenter.sentenceSpans(utf8: buffer, into: &spans) } catch { failure = error }
      }
    } else {
      bytes.withUnsafeBufferPointer { buffer in
        do throws(ICUError) {
          try segmenter.sentenceSpans(utf8: UnsafeBufferPointer(rebasing: buffer[range]), into: &spans)
        } catch {
          failure = error
        }
      }
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

    let words: [WordToken] = bytes.withUnsafeBufferPointer { WordScanner.words($0, in: range) }
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
  private mutating func findQuotes(in range: Range<Int>, lexicon: CompiledLexicon, paragraph: Int) -> [QuoteRaw] {
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
            splitAtDashes(quote, buffer, into: &result)
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
  /// are the attribution, outside both parts. Appends the quote, or its two parts, to `result`.
  private func splitAtDashes(_ quote: QuoteRaw, _ buffer: UnsafeBufferPointer<UInt8>, into result: inout [QuoteRaw]) {
    // " — " or " – ": U+2014 is E2 80 94, U+2013 is E2 80 93.
    func dash(at k: Int) -> Bool {
      k + 4 < quote.contentEnd && buffer[k] == 0x20 && buffer[k + 1] == 0xE2 && buffer[k + 2] == 0x80
        && (buffer[k + 3] == 0x94 || buffer[k + 3] == 0x93) && buffer[k + 4] == 0x20
    }
    var k = quote.contentStart
    while k < quote.contentEnd {
      if dash(at: k), k > quote.contentStart {
        let before = buffer[k - 1]
        guard before == UInt8(ascii: ",") || before == UInt8(ascii: ".") || before == UInt8(ascii: "!") || before == UInt8(ascii: "?") else {
          k += 1
          continue
        }
        var m = k + 5
        while m < min(quote.contentEnd, k + 160) {
          if dash(at: m) {
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

  /// Attribution of unit `u`: verbs, cues and speaker candidates in the words outside quotes.
  private mutating func describe(unit u: Int, range: Range<Int>, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) {
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
        if !lexicon.flags(ids[k]).isDisjoint(with: [.verb, .startsCue]) { attributes = true }
      }
      k += 1
    }
    state.units[u].outsideLetters = outsideLetters
    // Only a reporting verb or a cue ("according to", "as reported by") attributes a unit:
    // without one among the words outside its quotes, nobody is found to speak it, and the
    // clauses need not be read (most narration).
    guard attributes else { return }
    // The arrays below are the task's scratch storage, taken out of the cache (emptied) and
    // handed back at the end: one allocation each per task rather than per unit and clause.
    // Token indexes of the unit, split into clauses by the quotes between them: one array of
    // token indexes; clause i is flat[bounds[i]..<bounds[i + 1]].
    var (flat, bounds, phraseAt, candidates, verbs, cues) = cache.describe.take()
    defer {
      cache.describe = DescribeScratch(
        flat: flat, bounds: bounds, phraseAt: phraseAt, candidates: candidates, verbs: verbs, cues: cues)
    }
    // The clauses: the words outside quotes, split where a quote comes between them.
    bounds.append(0)
    quoteIndex = 0
    k = first
    while k < words.count, words[k].range.lowerBound < range.upperBound {
      let position = words[k].range.lowerBound
      while quoteIndex < quotes.count, quotes[quoteIndex].end <= position {
        quoteIndex += 1
        if flat.count > bounds[bounds.count - 1] { bounds.append(flat.count) }
      }
      if quoteIndex == quotes.count || quotes[quoteIndex].open > position { flat.append(k) }
      k += 1
    }
    bounds.append(flat.count)
    var best: RawAttribution?
    var bestScore = Int.max
    let paragraph = state.units[u].paragraph
    // Per clause: phrases (cues, referents, documents) by position; the storage is shared.
    phraseAt.append(contentsOf: repeatElement(nil, count: flat.count + 1))
    for b in 0..<(bounds.count - 1) where bounds[b + 1] > bounds[b] {
      let clause = Clause(tokens: flat, start: bounds[b], count: bounds[b + 1] - bounds[b])
      for p in 0...clause.count { phraseAt[p] = nil }
      var c = 0
      while c < clause.count {
        var matched = false
        let id = ids[clause[c]]
        guard lexicon.flags(id).contains(.startsPhrase) else {
          c += 1
          continue
        }
        // By index, and the second word compared before the phrase's words are read: a
        // common opening word ("the") has many phrases, and most fail there.
        let phrases = lexicon.words[Int(id)].phrases
        for p in phrases.indices where c + phrases[p].length <= clause.count {
          let length = phrases[p].length
          if length > 1, ids[clause[c + 1]] != phrases[p].second { continue }
          var ok = true
          for w in 0..<length where ids[clause[c + w]] != phrases[p].ids[w] {
            ok = false
            break
          }
          if ok, contiguous(words, clause[c], clause[c + length - 1]) {
            phraseAt[c] = (phrases[p].kind, length)
            c += length
            matched = true
            break
          }
        }
        if !matched { c += 1 }
      }
      candidates.removeAll(keepingCapacity: true)
      verbs.removeAll(keepingCapacity: true)
      cues.removeAll(keepingCapacity: true)
      var documentNoun: String?
      c = 0
      while c < clause.count {
        if let phrase = phraseAt[c] {
          switch phrase.kind {
          case .pronoun(let r), .role(let r):
            candidates.append((c, Candidate(kind: .referent(r), first: clause[c], last: clause[c + phrase.length - 1])))
          case .document:
            candidates.append((c, Candidate(kind: .document, first: clause[c], last: clause[c + phrase.length - 1])))
            documentNoun = surface(words, clause[c], clause[c + phrase.length - 1])
          case .cue: cues.append((c, false, phrase.length))
          case .relay: cues.append((c, true, phrase.length))
          case .complementizer: break
          }
          c += phrase.length
          continue
        }
        if lexicon.isVerb(ids[clause[c]]) {
          verbs.append(c)
          c += 1
          continue
        }
        if words[clause[c]].capitalized, words[clause[c]].hasLetter {
          // A run of capitalized words (connected by spaces only), without leading stopwords.
          var e = c
          while e + 1 < clause.count, phraseAt[e + 1] == nil, !lexicon.isVerb(ids[clause[e + 1]]),
            contiguous(words, clause[e], clause[e + 1])
          {
            if words[clause[e + 1]].capitalized {
              e += 1
              continue
            }
            // "ICRC regional director Clara Weiss": lowercase title words inside a name.
            var t = e + 1
            while t < clause.count, !words[clause[t]].capitalized, lexicon.flags(ids[clause[t]]).contains(.title),
              contiguous(words, clause[t - 1], clause[t])
            {
              t += 1
            }
            guard t > e + 1, t < clause.count, words[clause[t]].capitalized, contiguous(words, clause[t - 1], clause[t]) else { break }
            e = t
          }
          var s = c
          while s <= e, lexicon.flags(ids[clause[s]]).contains(.stopword) { s += 1 }
          if s <= e { candidates.append((s, Candidate(kind: .named, first: clause[s], last: clause[e]))) }
          c = e + 1
          continue
        }
        c += 1
      }
      var relayName: String?
      for cue in cues where cue.relay {
        if let next = candidates.first(where: { $0.position >= cue.position + cue.length && $0.position <= cue.position + cue.length + 2 }) {
          relayName = surface(words, next.candidate.first, next.candidate.last)
        }
      }
      // A verb with the nearest candidate, or a cue with the candidate after it.
      for v in verbs {
        for candidate in candidates {
          if let relayName, surface(words, candidate.candidate.first, candidate.candidate.last) == relayName { continue }
          // A pronoun after the verb speaks only when inverted at the clause's end ("said he.",
          // "заявил он."); otherwise it starts the reported clause ("said it had …").
          if case .referent(let r) = candidate.candidate.kind, candidate.position > v,
            lexicon.referents[r].kind == "organization" || !endsClause(words, candidate.candidate.last)
          {
            if lexicon.referents[r].keywords == nil { continue }
          }
          // From the candidate's nearest edge: a long name before the verb is still next to it.
          let lastPosition = candidate.position + (candidate.candidate.last - candidate.candidate.first)
          let distance = candidate.position > v ? candidate.position - v : max(0, v - lastPosition)
          guard distance <= 10 else { continue }
          // Prefer the subject side (before the verb) at equal distance; documents last.
          var score = distance * 2 + (candidate.position > v ? 1 : 0)
          if case .document = candidate.candidate.kind { score += 6 }
          if score < bestScore {
            bestScore = score
            let surfaceText = surface(words, clause[v], clause[v])
            best = RawAttribution(
              candidate: candidate.candidate, verb: (surfaceText, lexicon.info(ids[clause[v]])?.lemma ?? surfaceText),
              document: documentNoun, relay: relayName, paragraph: paragraph)
          }
        }
      }
      if best == nil {
        for cue in cues where !cue.relay {
          if let next = candidates.first(where: { $0.position >= cue.position + cue.length && $0.position <= cue.position + cue.length + 3 }) {
            best = RawAttribution(candidate: next.candidate, verb: nil, document: documentNoun, relay: relayName, paragraph: paragraph)
            bestScore = 100
            break
          }
        }
      }
      if best == nil, let relayName, let cue = cues.first(where: \.relay) {
        let next = candidates.first { $0.position >= cue.position + cue.length }
        best = RawAttribution(candidate: next?.candidate, verb: nil, document: nil, relay: relayName, paragraph: paragraph)
        bestScore = 200
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

  // MARK: - Merging

  /// Quote-only units join their attributed neighbour in the paragraph (an interrupted quote);
  /// a quote left open at a paragraph's end continues into the next paragraph's opening quote.
  private mutating func mergeUnits() {
    // Without a quote left open or a quote standing alone, nothing merges (most documents).
    guard !state.endsOpen.isEmpty || state.units.contains(where: \.quoteOnly) else { return }
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
      } else {
        merged.append(unit)
      }
      i += 1
    }
    state.units = merged
  }

  private func isLastUnit(_ sentence: Int, _ paragraph: Int, _ index: Int) -> Bool {
    index + 1 >= state.units.count || state.units[index + 1].paragraph != paragraph
  }

  private func combine(_ a: Unit, _ b: Unit) -> Unit {
    var unit = a
    unit.sentences += b.sentences
    unit.quotes += b.quotes
    unit.outsideLetters += b.outsideLetters
    if unit.attribution == nil { unit.attribution = b.attribution }
    unit.introducedQuote = a.introducedQuote || b.introducedQuote || (a.quoteOnly && b.startsWithQuote == false)
    return unit
  }

  // MARK: - Names and coreference

  /// Folds and interns `words` of `text`, and looks them up in `lexicon` (once per distinct
  /// word of the document).
  private mutating func makeView(text: [UInt8], words: [WordToken], lexicon: CompiledLexicon, paragraph: Int) -> TokenView {
    if cache.lexiconLanguage != lexicon.language {
      if let language = cache.lexiconLanguage { cache.lexiconIDs[language] = cache.currentLexiconIDs }
      cache.currentLexiconIDs = cache.lexiconIDs.removeValue(forKey: lexicon.language) ?? []
      cache.lexiconLanguage = lexicon.language
    }
    var lexical = [Int32](repeating: -1, count: words.count)
    // The table ids go straight to the end of `allIDs` (taken out of the run while the loop
    // writes through a pointer).
    var all: [Int32] = []
    swap(&all, &state.allIDs)
    let base = all.count
    all.append(contentsOf: repeatElement(-1, count: words.count))
    // Room for every word to be new, so that the loop writes through a pointer.
    var known: [Int32] = []
    swap(&known, &cache.currentLexiconIDs)
    let needed = cache.table.count + words.count
    if known.count < needed { known += repeatElement(-2, count: max(needed, 2 * known.count) - known.count) }
    let lowercase = ScalarFacts.lowercase
    known.withUnsafeMutableBufferPointer { known in
      all.withUnsafeMutableBufferPointer { all in
        lexical.withUnsafeMutableBufferPointer { lexical in
          text.withUnsafeBufferPointer { buffer in
            for k in 0..<words.count {
              let word = words[k]
              let id: Int
              let found: Int32
              if word.folded {
                // Already folded as written (most words): interned straight from the text.
                let key = UnsafeBufferPointer(rebasing: buffer[word.range])
                (id, found) = intern(key, lexicon: lexicon, known: known)
              } else {
                cache.scratch.removeAll(keepingCapacity: true)
                lowercase.withUnsafeBufferPointer { TextFold.fold(buffer, word.range, into: &cache.scratch, lowercase: $0) }
                let folded = cache.scratch
                (id, found) = folded.withUnsafeBufferPointer { intern($0, lexicon: lexicon, known: known) }
              }
              all[base + k] = Int32(truncatingIfNeeded: id)
              lexical[k] = found
            }
          }
        }
      }
    }
    swap(&known, &cache.currentLexiconIDs)
    swap(&all, &state.allIDs)
    return TokenView(text: text, words: words, lexicon: lexical, base: base, paragraph: paragraph)
  }

  /// The table id and the lexicon id of the folded word `key`; `known` (per table id: the
  /// lexicon id, -2 when not looked up yet) has room for a new id.
  @inline(__always)
  private mutating func intern(
    _ key: UnsafeBufferPointer<UInt8>, lexicon: CompiledLexicon, known: UnsafeMutableBufferPointer<Int32>
  ) -> (Int, Int32) {
    let hash = TokenTable.hash(key)
    let id = cache.table.id(of: key, hash: hash).id
    var found = known[id]
    if found == -2 {
      found = lexicon.id(of: key, hash: hash)
      known[id] = found
    }
    return (id, found)
  }

  private mutating func titleMentions(_ title: String) {
    guard let lexicon = extractor.lexicon(for: document.language, document: document.language) else { return }
    let titleBytes = Array(title.utf8)
    let words: [WordToken] = titleBytes.withUnsafeBufferPointer { WordScanner.words($0, in: 0..<titleBytes.count) }
    let view = makeView(text: titleBytes, words: words, lexicon: lexicon, paragraph: -1)
    titleView = view
    var k = 0
    while k < words.count {
      guard words[k].capitalized, !lexicon.flags(view.lexicon[k]).contains(.stopword) else { k += 1; continue }
      var e = k
      while e + 1 < words.count, words[e + 1].capitalized, words[e + 1].range.lowerBound - words[e].range.upperBound == 1,
        titleBytes[words[e].range.upperBound] == 0x20
      {
        e += 1
      }
      addMention(view, first: k, last: e, contextFrom: k, position: -1, lexicon: lexicon)
      k = e + 1
    }
  }

  /// Names outside quotes, for coreference.
  private mutating func recordMentions(_ view: TokenView, quotes: [QuoteRaw], lexicon: CompiledLexicon) {
    let words = view.words
    let ids = view.lexicon
    var quoteIndex = 0
    var k = 0
    while k < words.count {
      let position = words[k].range.lowerBound
      while quoteIndex < quotes.count, quotes[quoteIndex].end <= position { quoteIndex += 1 }
      let inside = quoteIndex < quotes.count && quotes[quoteIndex].open <= position
      guard !inside, words[k].capitalized, lexicon.flags(ids[k]).isDisjoint(with: [.stopword, .startsPhrase, .verb])
      else { k += 1; continue }
      var e = k
      while e + 1 < words.count, words[e + 1].capitalized, !lexicon.isVerb(ids[e + 1]), contiguous(words, e, e + 1) { e += 1 }
      addMention(view, first: k, last: e, contextFrom: max(0, k - 4), position: position, lexicon: lexicon)
      k = e + 1
    }
  }

  private mutating func addMention(
    _ view: TokenView, first: Int, last: Int, contextFrom: Int, position: Int, lexicon: CompiledLexicon
  ) {
    let mention = makeMention(view, first: first, last: last, contextFrom: contextFrom, position: position, lexicon: lexicon)
    state.mentions.append(mention)
    index(mention)
  }

  /// A name from the run of capitalized words `first...last` of `view`: title words in front
  /// are dropped ("Russian Foreign Minister Sergey Lavrov" → "Sergey Lavrov"); organizations
  /// keep their whole name; a single word takes the full name of an earlier mention ending in
  /// it ("Lavrov" → "Sergey Lavrov"). The words from `contextFrom` up to `first` are the
  /// mention's context (title words before the name).
  mutating func makeMention(
    _ view: TokenView, first: Int, last: Int, contextFrom: Int, position: Int, lexicon: CompiledLexicon
  ) -> Mention {
    let language = document.language
    let count = last - first + 1
    func flags(_ k: Int) -> WordFlags { lexicon.flags(view.lexicon[first + k]) }
    // An organization when its last organization word comes after any title word ("Russian
    // Foreign Ministry"); "ICRC President Peter Maurer" is a person.
    var lastOrganization = -1
    var lastTitle = -1
    for k in 0..<count {
      let word = flags(k)
      if word.contains(.organization) { lastOrganization = k } else if word.contains(.title) { lastTitle = k }
    }
    let isOrganization = lastOrganization >= 0 && lastOrganization > lastTitle
      && ((lastOrganization + 1)..<count).allSatisfy { !flags($0).isDisjoint(with: [.organization, .stopword]) }
    let context = (view.base + contextFrom)..<(view.base + last + 1)
    // The registry knows best: the longest resolvable stretch, suffixes first. A stretch is
    // looked up only when each of its words occurs in some registry form.
    // The words no registry form has: bits of a mask for names of up to 64 words (all but
    // absurd ones), else counts before each word.
    let small = count <= 64
    var mask: UInt64 = 0
    var before: [Int] = small ? [] : [Int](repeating: 0, count: count + 1)
    var unknownCount = 0
    for k in 0..<count {
      if !mayResolve(state.allIDs[view.base + first + k]) {
        unknownCount += 1
        if small { mask |= 1 << UInt64(k) }
      }
      if !small { before[k + 1] = unknownCount }
    }
    let unknownMask = mask
    let unknownBefore = before
    func allKnown(_ start: Int, _ length: Int) -> Bool {
      guard small else { return unknownBefore[start + length] == unknownBefore[start] }
      let bits: UInt64 = length == 64 ? ~0 : ((1 << UInt64(length)) - 1) << UInt64(start)
      return unknownMask & bits == 0
    }
    for length in stride(from: unknownCount == count ? 0 : count, through: 1, by: -1) {
      for start in stride(from: count - length, through: 0, by: -1) {
        guard allKnown(start, length) else { continue }
        // The folded words joined are the folded candidate: folding goes scalar by scalar.
        cache.scratch.removeAll(keepingCapacity: true)
        for k in start..<(start + length) {
          if k > start { cache.scratch.append(0x20) }
          cache.table.appendBytes(of: Int(state.allIDs[view.base + first + k]), to: &cache.scratch)
        }
        let entity = cache.scratch.withUnsafeBufferPointer { key in
          extractor.resolve(folded: key, language, surface: { view.name(first + start, first + start + length - 1) })
        }
        if let entity {
          let organization = !entity.hasKind("person")
          let lastWord = state.allIDs[view.base + first + start + length - 1]
          if length == 1, let full = earlier(state.allIDs[view.base + first + start]) {
            return Mention(
              position: position, name: full.name, entity: entity, organization: organization, context: context,
              earlierContext: [], lastWord: full.lastWord)
          }
          return Mention(
            position: position, name: view.mentionName(first + start, first + start + length - 1), entity: entity,
            organization: organization, context: context, earlierContext: [], lastWord: lastWord)
        }
      }
    }
    if isOrganization {
      return Mention(
        position: position, name: view.mentionName(first, last), entity: nil, organization: true, context: context,
        earlierContext: [], lastWord: state.allIDs[view.base + last])
    }
    var start = 0
    for k in 0..<count where k + 1 < count {
      if !flags(k).isDisjoint(with: [.title, .organization]) { start = k + 1 }
    }
    if count - start > 2 { start = count - 2 }
    if count - start == 1, let full = earlier(state.allIDs[view.base + first + start]) {
      return Mention(
        position: position, name: full.name, entity: full.entity, organization: full.organization,
        context: context, earlierContext: full.earlierContext + [full.context], lastWord: full.lastWord)
    }
    return Mention(
      position: position, name: view.mentionName(first + start, last), entity: nil, organization: false, context: context,
      earlierContext: [], lastWord: state.allIDs[view.base + last])
  }

  /// A mention's name as written, its words joined by single spaces.
  private func text(of name: MentionName) -> String {
    guard let view = name.paragraph < 0 ? titleView : state.views[name.paragraph] else { return "" }
    return view.name(name.first, name.last)
  }

  /// Whether table word `id` occurs in some registry form (looked up once per word).
  private mutating func mayResolve(_ id: Int32) -> Bool {
    let index = Int(id)
    if cache.inRegistry.count <= index { cache.inRegistry += repeatElement(-1, count: cache.table.count - cache.inRegistry.count) }
    if cache.inRegistry[index] < 0 {
      let known = cache.table.withBytes(of: index) { extractor.mayResolve(word: $0) }
      cache.inRegistry[index] = known ? 1 : 0
    }
    return cache.inRegistry[index] == 1
  }

  /// An earlier person mention whose name ends with table word `id`, or with its stem when
  /// inflected ("Лаврова" for "Лавров").
  private func earlier(_ id: Int32) -> Mention? {
    guard !state.indexed.isEmpty else { return nil }
    if Int(id) < state.byLastWord.count, state.byLastWord[Int(id)] >= 0 { return state.indexed[Int(state.byLastWord[Int(id)])] }
    let bytes = cache.table.bytes(of: Int(id))
    let length = bytes.withUnsafeBufferPointer(UTF8Bytes.scalarCount)
    guard length >= 4 else { return nil }
    for cut in 1...3 where length - cut >= 3 {
      let stem = dropLastScalars(bytes, cut)
      // No indexed stem has this many bytes: nothing to look up.
      guard stemSizes & (1 << UInt64(min(63, stem.count))) != 0 else { continue }
      if let stemID = stem.withUnsafeBufferPointer({ cache.table.find($0) }), stemID < state.byStem.count {
        let found = state.byStem[stemID]
        if found.mention >= 0, found.stemLength == length - cut, length - found.wordLength <= 2 {
          return state.indexed[Int(found.mention)]
        }
      }
    }
    return nil
  }

  /// Indexes a person mention of several words by its last word and that word's stem.
  private mutating func index(_ mention: Mention) {
    // One word is never indexed.
    guard !mention.organization, mention.lastWord >= 0, mention.name.last > mention.name.first else { return }
    let slot = Int32(truncatingIfNeeded: state.indexed.count)
    state.indexed.append(mention)
    let last = Int(mention.lastWord)
    if last >= state.byLastWord.count { state.byLastWord += repeatElement(-1, count: last + 1 - state.byLastWord.count) }
    state.byLastWord[last] = slot
    let bytes = cache.table.bytes(of: last)
    let length = bytes.withUnsafeBufferPointer(UTF8Bytes.scalarCount)
    if length >= 4 {
      let stem = dropLastScalars(bytes, 1)
      stemSizes |= 1 << UInt64(min(63, stem.count))
      let stemID = stem.withUnsafeBufferPointer { cache.table.id(of: $0).id }
      if stemID >= state.byStem.count { state.byStem += repeatElement((mention: Int32(-1), stemLength: 0, wordLength: 0), count: stemID + 1 - state.byStem.count) }
      state.byStem[stemID] = (slot, length - 1, length)
    }
  }

  /// Whether the folded words of `mention`'s context, joined by spaces, contain `keyword`.
  private static func contextContains(
    _ mention: Mention, _ keyword: [UInt8], table: TokenTable, ids: [Int32]
  ) -> Bool {
    guard !keyword.isEmpty else { return true }
    var joined: [UInt8] = []
    for range in mention.earlierContext + [mention.context] {
      for index in range {
        if !joined.isEmpty { joined.append(0x20) }
        joined.append(contentsOf: table.bytes(of: Int(ids[index])))
      }
    }
    guard joined.count >= keyword.count else { return false }
    for start in 0...(joined.count - keyword.count) where joined[start] == keyword[0] {
      var k = 1
      while k < keyword.count, joined[start + k] == keyword[k] { k += 1 }
      if k == keyword.count { return true }
    }
    return false
  }

  /// Resolves a candidate at `position` to a speaker mention.
  private mutating func resolve(_ attribution: RawAttribution, at position: Int) -> Mention? {
    guard let candidate = attribution.candidate, let view = state.views[attribution.paragraph],
      let lexicon = state.paragraphLexicon[attribution.paragraph]
    else { return nil }
    switch candidate.kind {
    case .named:
      return makeMention(
        view, first: candidate.first, last: candidate.last, contextFrom: max(0, candidate.first - 4), position: position,
        lexicon: lexicon)
    case .referent(let r):
      let referent = lexicon.referents[r]
      let organization = referent.kind == "organization"
      let keywords = (referent.keywords ?? []).map { Array(TextFold.fold($0).utf8) }
      let table = cache.table
      let ids = state.allIDs
      let fits: (Mention) -> Bool = { m in
        guard m.position < position, m.organization == organization else { return false }
        return keywords.isEmpty || keywords.contains { Self.contextContains(m, $0, table: table, ids: ids) }
      }
      return recent(state.speakers, before: position, fits) ?? recent(state.mentions, before: position, fits)
    case .document:
      let fits: (Mention) -> Bool = { $0.organization && $0.position < position }
      return recent(state.speakers, before: position, fits) ?? recent(state.mentions, before: position, fits)
    }
  }

  /// The latest of the last few hundred mentions before `position` that fits: coreference
  /// reaches back a few paragraphs, never the whole document (that would be quadratic).
  private func recent(_ list: [Mention], before position: Int, _ fits: (Mention) -> Bool) -> Mention? {
    var low = 0
    var high = list.count
    while low < high {
      let mid = (low + high) / 2
      if list[mid].position < position { low = mid + 1 } else { high = mid }
    }
    var k = low - 1
    var looked = 0
    while k >= 0, looked < 400 {
      if fits(list[k]) { return list[k] }
      k -= 1
      looked += 1
    }
    return nil
  }

  // MARK: - Statements

  private mutating func buildStatements() -> StatementExtractor.Extraction {
    var cursor = PositionCursor(bytes: bytes, sourceMap: document.sourceMap)
    for index in sentences.indices {
      let position = cursor.position(of: sentences[index].range.lowerBound)
      sentences[index].line = position.line
      sentences[index].column = position.column
    }
    var quoteCursor = PositionCursor(bytes: bytes, sourceMap: document.sourceMap)
    let narrator = document.source.narrator
    let outlet = Speaker(
      entity: narrator.flatMap { resolveName($0) }, name: narrator ?? "outlet",
      surface: narrator ?? "", isOutlet: true)
    let relayedBy = document.source.relayedBy
    var statements: [Statement] = []
    statements.reserveCapacity(state.units.count)
    for unit in state.units {
      let firstIndex = unit.sentences[0]
      var kind: Statement.Kind
      var speaker: Speaker? = outlet
      var verb: ReportingVerb?
      var chain: [AttributionLink] = []
      let position = sentences[firstIndex].range.lowerBound
      if let attribution = unit.attribution {
        let mention = resolve(attribution, at: position)
        if let mention {
          let name = text(of: mention.name)
          let surfaceText = attribution.candidate.map { candidate in
            state.views[attribution.paragraph].map { surface($0.words, candidate.first, candidate.last) } ?? ""
          } ?? name
          speaker = Speaker(entity: mention.entity, name: name, surface: surfaceText)
          var said = mention
          said.position = position
          state.speakers.append(said)
          index(said)
          chain.append(AttributionLink(role: .speaker, name: name))
        } else if let relay = attribution.relay {
          speaker = Speaker(entity: resolveName(relay), name: relay, surface: relay)
        } else {
          speaker = nil
        }
        if let v = attribution.verb { verb = ReportingVerb(surface: v.surface, lemma: v.lemma) }
        if let noun = attribution.document { chain.append(AttributionLink(role: .document, name: noun)) }
        if let relay = attribution.relay { chain.append(AttributionLink(role: .relay, name: relay)) }
        if unit.quotes.isEmpty {
          kind = .indirect
        } else {
          kind = unit.startsWithQuote || unit.introducedQuote ? .direct : .mixed
        }
        if speaker == nil, unit.quotes.isEmpty { kind = .narration; speaker = outlet }
      } else if unit.quoteOnly {
        // A quote standing alone continues the last speaker's words.
        kind = .direct
        if let last = state.speakers.last {
          let name = text(of: last.name)
          speaker = Speaker(entity: last.entity, name: name, surface: "")
          chain.append(AttributionLink(role: .speaker, name: name))
        } else {
          speaker = nil
        }
      } else {
        kind = .narration
      }
      if kind == .narration {
        speaker = outlet
        verb = nil
        chain = []
      }
      if let relay = relayedBy, !chain.contains(where: { $0.name == relay }) {
        if kind != .narration { chain.append(AttributionLink(role: .relay, name: relay)) }
      }
      var quotes: [QuoteSpan] = []
      for quote in unit.quotes {
        var s = quote.contentStart
        var e = quote.contentEnd
        while s < e, isSpace(bytes[s]) { s += 1 }
        while e > s, isSpace(bytes[e - 1]) || bytes[e - 1] == UInt8(ascii: ",") { e -= 1 }
        let at = quoteCursor.position(of: s)
        quotes.append(QuoteSpan(text: collapse(s..<e), range: s..<e, line: at.line, column: at.column))
      }
      let text =
        unit.sentences.count == 1 ? sentences[firstIndex].text : unit.sentences.map { sentences[$0].text }.joined(separator: " ")
      let found = numbersAndDates(in: unit)
      statements.append(
        Statement(
          id: StatementID(ordinal: statements.count + 1), kind: kind, text: text, quotes: quotes,
          line: sentences[firstIndex].line, column: sentences[firstIndex].column, speaker: speaker, verb: verb,
          attribution: chain, language: sentences[firstIndex].language, numbers: found.numbers, dates: found.dates,
          sentences: unit.sentences))
    }
    return StatementExtractor.Extraction(sentences: sentences, statements: statements)
  }

  /// The entity of an outlet or relay named `name` in the document's language, resolved once
  /// per task (at most 1,024 names are kept).
  private mutating func resolveName(_ name: String) -> EntityID? {
    let key = ResolvedNameKey(name: name, language: document.language)
    if let known = cache.resolvedNames[key] { return known }
    let entity = extractor.resolve(name, document.language)
    if cache.resolvedNames.count >= 1_024 { cache.resolvedNames.removeAll(keepingCapacity: true) }
    cache.resolvedNames[key] = entity
    return entity
  }

  /// The numbers of a unit's sentences as written, and the dates among them: a day next to a
  /// month name of the paragraph's language ("28 квітня 2024", "March 12, 2025", "12. März"),
  /// with the year when one follows, as `2024-04-28` or `--03-12`.
  private func numbersAndDates(in unit: Unit) -> (numbers: [String], dates: [String]) {
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
  private func number(_ word: WordToken, digits: ClosedRange<Int>) -> Int? {
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
  private func dateGap(_ words: [WordToken], _ a: Int, _ b: Int) -> Bool {
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

  // MARK: - Bytes

  /// Whether no word follows `token` before punctuation.
  private func endsClause(_ words: [WordToken], _ token: Int) -> Bool {
    var i = words[token].range.upperBound
    while i < bytes.count, bytes[i] == 0x20 { i += 1 }
    guard i < bytes.count else { return true }
    let b = bytes[i]
    return b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == 0x0A || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
  }

  private func contiguous(_ words: [WordToken], _ a: Int, _ b: Int) -> Bool {
    guard b > a else { return true }
    for k in a..<b {
      let gap = words[k].range.upperBound..<words[k + 1].range.lowerBound
      if gap.count > 2 { return false }
      for i in gap where bytes[i] != 0x20 { return false }
    }
    return true
  }

  private func surface(_ words: [WordToken], _ first: Int, _ last: Int) -> String {
    collapse(words[first].range.lowerBound..<words[last].range.upperBound)
  }

  /// The text of `range` with runs of white space as single spaces. `clean` tells that the
  /// bytes hold no line break, tab or double space (the paragraph had none): then only the
  /// ends are checked.
  func collapse(_ range: Range<Int>, clean paragraphClean: Bool = false) -> String {
    // Most stretches need no collapsing: then they are the document's text as it is, copied
    // without validating the UTF-8 again.
    let clean = bytes.withUnsafeBufferPointer { bytes -> Bool in
      guard !range.isEmpty, !isSpace(bytes[range.lowerBound]), !isSpace(bytes[range.upperBound - 1]),
        bytes[range.lowerBound] & 0xC0 != 0x80, range.upperBound == bytes.count || bytes[range.upperBound] & 0xC0 != 0x80
      else { return false }
      return paragraphClean || !UTF8Bytes.needsCollapsing(UnsafeBufferPointer(rebasing: bytes[range]))
    }
    if clean {
      let utf8 = document.text.utf8
      let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let end = utf8.index(start, offsetBy: range.count)
      return String(document.text[start..<end])
    }
    return bytes.withUnsafeBufferPointer { bytes in
      String(unsafeUninitializedCapacity: range.count) { out in
        var n = 0
        var space = false
        for i in range {
          let b = bytes[i]
          if isSpace(b) {
            space = true
            continue
          }
          if space, n > 0 {
            out[n] = 0x20
            n += 1
          }
          space = false
          out[n] = b
          n += 1
        }
        return n
      }
    }
  }

  private func lowerBoundToken(_ words: [WordToken], _ offset: Int) -> Int {
    var low = 0
    var high = words.count
    while low < high {
      let mid = (low + high) / 2
      if words[mid].range.lowerBound < offset { low = mid + 1 } else { high = mid }
    }
    return low
  }
}

@inline(__always)
func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

func utf8Width(_ value: UInt32) -> Int { value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4 }

/// One clause of a unit: `count` token indexes from `start` in `tokens`.
struct Clause {
  let tokens: [Int]
  let start: Int
  let count: Int

  @inline(__always)
  subscript(_ index: Int) -> Int { tokens[start + index] }
}

/// The words of a paragraph (or a title): their ranges in `text`, their ids in the run's
/// table of folded words, and their ids in the paragraph's lexicon. A class: passed and kept
/// everywhere, and one reference is cheaper to copy than four arrays.
final class TokenView {
  let text: [UInt8]
  let words: [WordToken]
  let lexicon: [Int32]
  /// Where the words' table ids start in the run's `allIDs`.
  let base: Int
  /// The paragraph's index, or -1 for the title.
  let paragraph: Int

  init(text: [UInt8], words: [WordToken], lexicon: [Int32], base: Int, paragraph: Int) {
    self.text = text
    self.words = words
    self.lexicon = lexicon
    self.base = base
    self.paragraph = paragraph
  }

  /// Words `first...last` as a mention's name.
  func mentionName(_ first: Int, _ last: Int) -> MentionName {
    MentionName(paragraph: paragraph, first: first, last: last)
  }

  /// Words `first...last` as written, joined by single spaces.
  func name(_ first: Int, _ last: Int) -> String {
    var size = last - first
    for k in first...last { size += words[k].range.count }
    return String(unsafeUninitializedCapacity: size) { out in
      var n = 0
      for k in first...last {
        if k > first {
          out[n] = 0x20
          n += 1
        }
        for i in words[k].range {
          out[n] = text[i]
          n += 1
        }
      }
      return n
    }
  }
}

/// Valid UTF-8 `bytes` without their last `count` scalars.
func dropLastScalars(_ bytes: ArraySlice<UInt8>, _ count: Int) -> ArraySlice<UInt8> {
  var end = bytes.endIndex
  var dropped = 0
  while dropped < count, end > bytes.startIndex {
    end -= 1
    while end > bytes.startIndex, bytes[end] & 0xC0 == 0x80 { end -= 1 }
    dropped += 1
  }
  return bytes[bytes.startIndex..<end]
}

/// The arrays `describe` fills for every unit and clause, kept by the task between units.
struct DescribeScratch {
  var flat: [Int] = []
  var bounds: [Int] = []
  var phraseAt: [(kind: CompiledLexicon.PhraseKind, length: Int)?] = []
  var candidates: [(position: Int, candidate: Candidate)] = []
  var verbs: [Int] = []
  var cues: [(position: Int, relay: Bool, length: Int)] = []

  /// The arrays, emptied with their storage kept; the scratch itself is left empty.
  mutating func take() -> (
    flat: [Int], bounds: [Int], phraseAt: [(kind: CompiledLexicon.PhraseKind, length: Int)?],
    candidates: [(position: Int, candidate: Candidate)], verbs: [Int], cues: [(position: Int, relay: Bool, length: Int)]
  ) {
    var taken = DescribeScratch()
    swap(&taken, &self)
    taken.flat.removeAll(keepingCapacity: true)
    taken.bounds.removeAll(keepingCapacity: true)
    taken.phraseAt.removeAll(keepingCapacity: true)
    taken.candidates.removeAll(keepingCapacity: true)
    taken.verbs.removeAll(keepingCapacity: true)
    taken.cues.removeAll(keepingCapacity: true)
    return (taken.flat, taken.bounds, taken.phraseAt, taken.candidates, taken.verbs, taken.cues)
  }
}
