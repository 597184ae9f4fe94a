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
    func inClause(_ quote: QuoteRaw) -> Bool {
      isNameQuote(quote, words: words) || endsSpeechAct(quote, words: words, ids: ids, lexicon: lexicon)
        || precedesClosingVerb(quote, words: words, ids: ids, lexicon: lexicon)
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
      var documentNoun: String?
      // Where a reported clause opens ("said that …"): what follows is not the verb's subject.
      var barriers: [Int] = []
      // The lemmas of the separable verbs found with their particles, and of the speech acts
      // of several words (with the position of their last word).
      var separableLemmas: [(position: Int, lemma: String)] = []
      var actLast: [(position: Int, last: Int)] = []
      // Inserted phrases ("for his part", "не раз"): a negation inside one silences no verb.
      var inserted: [ClosedRange<Int>] = []
      var c = 0
      while c < clause.count {
        if let phrase = phraseAt[c], !(phrase.kind == .cue && capitalizedInside(clause, c, words: words)) {
          switch phrase.kind {
          case .pronoun(let r), .role(let r):
            candidates.append((c, Candidate(kind: .referent(r), first: clause[c], last: clause[c + phrase.length - 1])))
          case .document:
            candidates.append((c, Candidate(kind: .document, first: clause[c], last: clause[c + phrase.length - 1])))
            documentNoun = surface(words, clause[c], clause[c + phrase.length - 1])
            if b == 0, c == 0 { opensWithDocument = true }
          case .cue: cues.append((c, false, phrase.length))
          case .relay: cues.append((c, true, phrase.length))
          case .complementizer: barriers.append(c)
          case .inserted:
            // "a quant à lui fait état", "for his part": the words name nobody.
            inserted.append(c...(c + phrase.length - 1))
          case .speechAct(let lemma):
            // "made a statement", "выступил с заявлением": the phrase reports as one verb,
            // found at its first word.
            verbs.append(c)
            separableLemmas.append((c, lemma))
            actLast.append((c, c + phrase.length - 1))
          }
          c += phrase.length
          continue
        }
        // "stellte der Präsident klar,": a separable verb with its particle closing the clause.
        if lexicon.flags(ids[clause[c]]).contains(.separable), let lemma = separableLemma(clause, c, words: words, ids: ids, lexicon: lexicon) {
          verbs.append(c)
          separableLemmas.append((c, lemma))
          c += 1
          continue
        }
        if lexicon.isVerb(ids[clause[c]]) {
          // After a lowercase determiner a verb form is a noun ("the report", "a statement"),
          // and so it is in a cue's complement ("according to press reports", "according to
          // reports, …"); right after the cue and going on, it is a verb ("según informó X").
          let inCue = cues.contains { cue in
            guard !cue.relay else { return false }
            let end = cue.position + cue.length
            return c == end + 1 || (c == end && c + 1 < clause.count && hasComma(words[clause[c]].range.upperBound, words[clause[c + 1]].range.lowerBound))
          }
          // A verb form written capitalized inside the sentence is part of a name ("the United
          // States and Britain"), not a verb.
          let inName = words[clause[c]].capitalized && c > 0 && contiguous(words, clause[c - 1], clause[c])
          if !inCue, !inName, !isDeterminer(clause, c - 1, words: words, ids: ids, lexicon: lexicon) { verbs.append(c) }
          c += 1
          continue
        }
        if words[clause[c]].capitalized, words[clause[c]].hasLetter {
          // A run of capitalized words (connected by spaces only), without leading stopwords.
          var e = c
          // A possessive ends the run: "the World Bank’s October report" names the bank.
          while e + 1 < clause.count, phraseAt[e + 1] == nil, !lexicon.isVerb(ids[clause[e + 1]]),
            contiguous(words, clause[e], clause[e + 1]), !isPossessive(clause[e], words: words, lexicon: lexicon)
          {
            if words[clause[e + 1]].capitalized {
              e += 1
              continue
            }
            // "ICRC regional director Clara Weiss": lowercase title words inside a name; "Ursula
            // von der Leyen": a name's particles.
            var t = e + 1
            while t < clause.count, !words[clause[t]].capitalized, !lexicon.flags(ids[clause[t]]).isDisjoint(with: [.title, .nameParticle]),
              contiguous(words, clause[t - 1], clause[t])
            {
              t += 1
            }
            guard t > e + 1, t < clause.count, words[clause[t]].capitalized, contiguous(words, clause[t - 1], clause[t]) else { break }
            e = t
          }
          var s = c
          while s <= e, lexicon.flags(ids[clause[s]]).contains(.stopword) { s += 1 }
          // The word before the run ends a cue ("according to X"): not a preposition then.
          var afterPhrase = false
          for p in max(0, c - 4)..<c {
            if let phrase = phraseAt[p], p + phrase.length >= c { afterPhrase = true }
          }
          // "командування «Південь»": a quoted name after a common noun names that noun's
          // referent, which is no speaker of its own.
          if s == c, quotedAppellative(clause, c, words: words, ids: ids, lexicon: lexicon) {
            c = e + 1
            continue
          }
          // "el tratado … Mar Abierto", "Hafen-Vertrag", "Lyon-Marseille": an
          // instrument's name or a route is no candidate.
          if s <= e,
            (namesInstrument(clause[s], clause[e], words: words, ids: ids, lexicon: lexicon)
              && resolveName(surface(words, clause[s], clause[e])) == nil) || (s == e && namesRoute(clause[s], words: words))
          {
            c = e + 1
            continue
          }
          if s <= e, !restatesOblique(clause, c, words: words, ids: ids, lexicon: lexicon) {
            if isWebAddress(clause[s], clause[e], words: words) || afterMediaNoun(clause, s, words: words, ids: ids, lexicon: lexicon)
              || opensWithMedium(clause, s, e, ids: ids, lexicon: lexicon)
            {
              // "Gegenüber der Agentur X sagte Y": a governed medium is no candidate at all.
              if !mediumGoverned(clause, s, words: words, ids: ids, lexicon: lexicon) {
                candidates.append((s, Candidate(kind: .medium, first: clause[s], last: clause[e])))
              }
            } else if let start = speakerStart(clause, s, e, opening: afterPhrase ? 0 : c, runStart: c, words: words, ids: ids, lexicon: lexicon) {
              // "Der Beauftragte des russischen Präsidenten Wladimir Putin erklärte": a name in a
              // noun phrase that a determiner of an oblique case opens is no subject, unless a
              // cue governs the phrase ("nach Angaben des Ministeriums") or a comma follows it (a
              // relative clause may make it one: "… des Ministers X, der warnte").
              let governedByCue = cues.contains { $0.position < c && $0.position + $0.length >= c - 4 }
              let commaAfter = clause[e] + 1 < words.count && hasComma(words[clause[e]].range.upperBound, words[clause[e] + 1].range.lowerBound)
              if governedByCue || commaAfter || !obliquePhrase(clause, c, words: words, ids: ids, lexicon: lexicon) {
                candidates.append((start, Candidate(kind: .named, first: clause[start], last: clause[e])))
              }
            } else if isMedium(clause, s, e, opening: afterPhrase ? 0 : c, words: words, ids: ids, lexicon: lexicon) {
              candidates.append((s, Candidate(kind: .medium, first: clause[s], last: clause[e])))
            }
          }
          c = e + 1
          continue
        }
        c += 1
      }
      var relayName: String?
      // Whether the relay is a medium of the word lists ("сообщает Sky News"): it relays, never speaks.
      var relayIsMedium = false
      for cue in cues where cue.relay {
        if let next = candidates.first(where: { $0.position >= cue.position + cue.length && $0.position <= cue.position + cue.length + 2 }),
          !isPossessive(next.candidate.last, words: words, lexicon: lexicon)
        {
          relayName = surface(words, next.candidate.first, next.candidate.last)
          relayIsMedium = next.candidate.isMedium
        }
      }
      // Distances in words count none inside parentheses: an acronym's expansion ("the
      // director general of the IAEA (International Atomic Energy Agency), Rafael Grossi")
      // does not move the name away from its verb or its title.
      let outside = verbs.isEmpty ? nil : outsideParentheses(clause, words: words)
      func span(_ a: Int, _ b: Int) -> Int { outside.map { $0[b + 1] - $0[a + 1] } ?? (b - a) }
      // A name in parentheses expands or glosses another and does not speak ("the IAEA
      // (Agenzia internazionale per l'energia atomica)"); an acronym there stands for the name
      // before it and may ("les Émirats arabes unis (EAU) ont confirmé").
      func parenthesized(_ position: Int) -> Bool { outside.map { $0[position + 1] == $0[position] } ?? false }
      func gloss(_ candidate: Candidate, at position: Int) -> Bool {
        guard parenthesized(position) else { return false }
        return !isAcronym(surface(words, candidate.first, candidate.last))
      }
      let chains = titleChains(candidates, clause: clause, words: words, ids: ids, lexicon: lexicon)
      // "con el jefe del Estado Mayor, X": a title's holder in a prepositional phrase.
      let governedHolders = verbs.isEmpty ? [] : Set(candidates.indices.filter {
        holdsPrepositionalTitle($0, candidates: candidates, cues: cues, clause: clause, words: words, ids: ids, lexicon: lexicon)
      })
      // "…, said Stephanie Tremblay": the reporting clause closes the sentence, and the verbs
      // before it belong to what was reported.
      let quotative = quotativeInversion(verbs, candidates: candidates, clause: clause, words: words, ids: ids, lexicon: lexicon)
      // "…, сообщил член делегации X", "…, ha detto il capo della delegazione X": where the
      // subject is inverted, a reporting clause that closes the sentence makes the verbs before
      // it part of what was reported, as `quotative` does where it is not.
      var closing: Int?
      if lexicon.invertsSubject {
        for v in verbs.reversed() where v > 0 {
          let appositive = appositiveSubject(of: v, clause: clause, candidates: candidates, words: words, ids: ids, lexicon: lexicon)
          if invertedSubject(
            of: v, appositive: appositive, clause: clause, candidates: candidates, barriers: barriers, words: words, ids: ids, lexicon: lexicon)
          {
            closing = v
            break
          }
        }
      }
      // A verb with the nearest candidate, or a cue with the candidate after it.
      for v in verbs {
        if let quotative, v < quotative { continue }
        if let closing, v < closing { continue }
        let agentive = agentFollows(v, clause: clause, candidates: candidates, words: words, ids: ids, lexicon: lexicon)
        let opensClause = verbOpensClause(v, clause: clause, words: words, ids: ids, lexicon: lexicon)
        if silenced(v, actLast: actLast, inserted: inserted, barriers: barriers, clause: clause, words: words, ids: ids, lexicon: lexicon) {
          continue
        }
        let appositive = appositiveSubject(of: v, clause: clause, candidates: candidates, words: words, ids: ids, lexicon: lexicon)
        let inverted = invertedSubject(
          of: v, appositive: appositive, clause: clause, candidates: candidates, barriers: barriers, words: words, ids: ids, lexicon: lexicon)
        for (k, candidate) in candidates.enumerated() where !gloss(candidate.candidate, at: candidate.position) {
          // "глава Северной областной военной администрации Иван Петров": the place
          // qualifies the title, whose holder speaks.
          if chains.complements.contains(candidate.position) { continue }
          if governedHolders.contains(k) { continue }
          if let relayName, surface(words, candidate.candidate.first, candidate.candidate.last) == relayName { continue }
          // A pronoun after the verb speaks only when inverted at the clause's end ("said he.",
          // "заявил он."); otherwise it starts the reported clause ("said it had …").
          // A role noun with a name right after it ("il ministro degli Esteri Marco Bellini",
          // "the minister, Sergey Lavrov"): the name speaks.
          // Only the candidates after the role can be its name, and only up to 4 words (outside
          // parentheses) or 14 positions on (`titleBefore`'s reach): the candidates are in
          // order, so the search stops there (a clause of hundreds of words with dozens of
          // verbs and roles stays linear in them, not cubic).
          let end = candidate.position + (candidate.candidate.last - candidate.candidate.first)
          if case .referent(let r) = candidate.candidate.kind, r >= lexicon.firstRole,
            candidates[(k + 1)...].prefix(while: { $0.position <= candidate.position + 14 || span(end, $0.position) <= 4 }).contains(where: {
              if case .named = $0.candidate.kind, !gloss($0.candidate, at: $0.position) {
                // A full name: one word after a role is rather a complement ("nach dem Treffen"),
                // except, where only names are capitalized, a surname that follows the role
                // without a comma ("il ministro degli Esteri ucraino Kuleba").
                let surname =
                  !lexicon.capitalizesNouns
                  && !hasComma(words[clause[end]].range.upperBound, words[$0.candidate.first].range.lowerBound)
                if $0.position > end && span(end, $0.position) <= 4 && !(end < v && $0.position > v)
                  && ($0.candidate.last > $0.candidate.first || surname)
                {
                  return true
                }
                // Farther, set off by a comma: "el jefe de la Administración Militar de …, Oleksandr Prokudin".
                return candidate.position > v && $0.candidate.last > $0.candidate.first
                  && titleBefore($0.position, after: v, candidates: candidates, clause: clause, words: words, ids: ids, lexicon: lexicon)
                    == candidate.position
              }
              return false
            })
          {
            continue
          }
          if case .referent(let r) = candidate.candidate.kind, candidate.position > v,
            lexicon.referents[r].kind == "organization" || !endsClause(words, candidate.candidate.last),
            !(lexicon.invertsSubject && r < lexicon.firstRole && candidate.position == v + 1)
          {
            // A role noun after the verb is its inverted subject where the language inverts
            // ("poinformowała organizacja", "повідомила пресслужба відомства").
            if lexicon.referents[r].keywords == nil, r < lexicon.firstRole || !lexicon.invertsSubject { continue }
          }
          // "… - przekazał Mychajło Podolak": after a dash the verb's subject follows it; what
          // comes before the dash is the reported speech.
          if candidate.position < v, dashBefore(words, clause, v) { continue }
          if case .named = candidate.candidate.kind, candidate.position < v,
            locativeSetting(clause, candidate.position, candidate.candidate, verb: v, words: words, ids: ids, lexicon: lexicon)
          {
            continue
          }
          if case .document = candidate.candidate.kind, candidate.position > v,
            documentYields(k, after: v, candidates: candidates, barriers: barriers, lexicon: lexicon)
          {
            continue
          }
          if subjectBefore(v, candidate: candidate.position, clause: clause, words: words, ids: ids, lexicon: lexicon) { continue }
          // "…, berichtet die Agentur dpa": the subject follows the verb.
          if candidate.position < v, inverted { continue }
          // "Scambio confermato dal ministro": before a passive participle stands what was said.
          if candidate.position < v, agentive || v == quotative { continue }
          // "was quoted as saying by the BBC": a medium as the agent relays the words.
          if candidate.candidate.isMedium, candidate.position > v + 1, candidate.position <= v + 3,
            lexicon.flags(ids[clause[v + 1]]).contains(.agent)
          {
            continue
          }
          // "Ukraine and NATO accused Russia": where the subject precedes its verb, a name after
          // the verb is its object, unless the verb opens its clause ("…, said X").
          // So it is where the subject is inverted only in a reporting clause set off from the
          // reported words ("…, a déclaré X"), not inside a clause ("la présidence a accusé la
          // Russie"): `invertsOnlyInIncises`.
          if candidate.position > v, !lexicon.invertsSubject || lexicon.invertsOnlyInIncises, !opensClause, !agentive,
            case .named = candidate.candidate.kind,
            candidates.contains(where: { $0.position < v && !$0.candidate.isMedium })
          {
            continue
          }
          // "While no path was announced, talks included NATO-style …": where the subject precedes
          // its verb, a name after a comma that closes the verb's clause opens another clause.
          if candidate.position > v, !lexicon.invertsSubject, !agentive, case .named = candidate.candidate.kind,
            hasComma(words[clause[v]].range.upperBound, words[clause[v + 1]].range.lowerBound)
          {
            continue
          }
          // "acknowledged Norway’s role": a possessive after the verb is in its object.
          if candidate.position > v, case .named = candidate.candidate.kind,
            isPossessive(candidate.candidate.last, words: words, lexicon: lexicon)
          {
            continue
          }
          // "между Москвой и Киевом, сообщил …", "Президента России …": before the verb too, a
          // name in a case the registry records as oblique is no subject (but "В России заявили",
          // the impersonal plural's source, and an institution it qualifies).
          if candidate.position < v, case .named = candidate.candidate.kind,
            extractor.isOblique(folded: Array(TextFold.fold(surface(words, candidate.candidate.last, candidate.candidate.last)).utf8)),
            !namesInstitution(candidate.candidate.first, candidate.candidate.last, words: words, ids: ids, lexicon: lexicon),
            !(candidate.position > 0 && lexicon.flags(ids[clause[candidate.position - 1]]).contains(.sourcePreposition))
          {
            continue
          }
          // "nazwał Prigożyna", "обвинил Путина": a name after the verb in a case the registry
          // records as oblique is its object.
          if candidate.position > v, case .named = candidate.candidate.kind,
            extractor.isOblique(folded: Array(TextFold.fold(surface(words, candidate.candidate.last, candidate.candidate.last)).utf8)),
            !namesInstitution(candidate.candidate.first, candidate.candidate.last, words: words, ids: ids, lexicon: lexicon)
          {
            continue
          }
          // "said that Russia's demands …": past a complementizer the reported clause begins.
          if candidate.position > v, barriers.contains(where: { $0 > v && $0 < candidate.position }) { continue }
          // From the candidate's nearest edge: a long name before the verb is still next to it.
          let lastPosition = candidate.position + (candidate.candidate.last - candidate.candidate.first)
          var distance = candidate.position > v ? span(v, candidate.position) : max(0, lastPosition < v ? span(lastPosition, v) : 0)
          if candidate.position == appositive { distance = 0 }
          // "X hat … geäußert": the subject before the finite auxiliary of a verb-final clause.
          if candidate.position < v, lastPosition < v,
            subjectOfAuxiliary(lastPosition, verb: v, clause: clause, barriers: barriers, verbs: verbs, words: words, ids: ids, lexicon: lexicon)
          {
            distance = 0
          }
          if let title = chains.holders[candidate.position], title > v { distance = min(distance, span(v, title)) }
          // "…», manifestó el jefe de la Administración Militar de la provincia de Kherson,
          // Oleksandr Prokudin": a name set off by a comma after a title that follows the verb
          // is as near as the title.
          if case .named = candidate.candidate.kind, candidate.position > v,
            let title = titleBefore(candidate.position, after: v, candidates: candidates, clause: clause, words: words, ids: ids, lexicon: lexicon)
          {
            distance = min(distance, span(v, title))
          }
          guard distance <= 10 else { continue }
          // Prefer the subject side (before the verb) at equal distance; documents last.
          var score = distance * 2 + (candidate.position > v ? 1 : 0)
          if case .document = candidate.candidate.kind { score += 6 }
          if score < bestScore {
            bestScore = score
            let surfaceText = surface(words, clause[v], clause[actLast.first(where: { $0.position == v })?.last ?? v])
            // "Germany, Denmark and Sweden said": the first of the names joined as its subject.
            let head = candidate.position < v ? firstConjunct(k, candidates: candidates, complements: chains.complements, clause: clause, words: words, ids: ids, lexicon: lexicon) : k
            best = RawAttribution(
              candidate: candidates[head].candidate, verb: (surfaceText, separableLemmas.first(where: { $0.position == v })?.lemma ?? lexicon.info(ids[clause[v]])?.lemma ?? surfaceText),
              document: documentNoun, relay: relayName, paragraph: paragraph)
            if head < k {
              best?.partners = candidates[(head + 1)...k].filter { !chains.complements.contains($0.position) }.map(\.candidate)
            }
            if case .medium = candidate.candidate.kind {
              best?.candidate = nil
              best?.relay = surface(words, candidate.candidate.first, candidate.candidate.last)
              best?.medium = true
            }
          }
        }
      }
      fallBack(
        &best, score: &bestScore, clause: clause, candidates: candidates, cues: cues, verbs: verbs, complements: chains.complements,
        documentNoun: documentNoun, relayName: relayName, relayIsMedium: relayIsMedium, paragraph: paragraph,
        colonWord: colonWord, resumes: b == 0 && state.units[u].resumes, shape: (actLast, inserted, barriers, separableLemmas),
        opensWithDocument: opensWithDocument, words: words, ids: ids, lexicon: lexicon)
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
