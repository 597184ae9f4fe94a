import ParallaxICU

/// What one clause holds, found in one pass over its words: the candidates (names, referents,
/// documents, media), the reporting verbs and the cues, and the marks that later choices read.
struct ClauseMarks {
  /// The document noun that carries the words ("the statement"), if any.
  var documentNoun: String?
  /// Where a reported clause opens ("said that …"): what follows is not the verb's subject.
  var barriers: [Int]
  /// The lemmas of the separable verbs found with their particles, and of the speech acts of
  /// several words.
  var separableLemmas: [(position: Int, lemma: String)]
  /// The speech acts of several words, with the position of their last word.
  var actLast: [(position: Int, last: Int)]
  /// Inserted phrases ("for his part", "не раз"): a negation inside one silences no verb.
  var inserted: [ClosedRange<Int>]
  /// Whether the clause opens with a document as its subject ("El documento reafirmó …").
  var opensWithDocument: Bool
  /// The clause positions right after each phrase through which a body speaks by a person
  /// ("a través de", "attraverso").
  var through: [Int] = []
}

/// The scan of a clause's words into candidates, verbs and cues (moved out of `describe`).
extension ExtractionRun {
  /// Reads `clause` once, appending to `candidates`, `verbs` and `cues` (emptied by the
  /// caller), and returns the marks the choice of a speaker reads.
  mutating func scanClause(
    _ clause: Clause, phraseAt: [(kind: CompiledLexicon.PhraseKind, length: Int)?],
    candidates: inout [(position: Int, candidate: Candidate)], verbs: inout [Int], cues: inout [(position: Int, relay: Bool, length: Int)],
    paragraph: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> ClauseMarks {
    var opensWithDocument = false
    var documentNoun: String?
    // Where a reported clause opens ("said that …"): what follows is not the verb's subject.
    var barriers: [Int] = []
    // The lemmas of the separable verbs found with their particles, and of the speech acts
    // of several words (with the position of their last word).
    var separableLemmas: [(position: Int, lemma: String)] = []
    var actLast: [(position: Int, last: Int)] = []
    // Inserted phrases ("for his part", "не раз"): a negation inside one silences no verb.
    var inserted: [ClosedRange<Int>] = []
    var through: [Int] = []
    var c = 0
    while c < clause.count {
      if let phrase = phraseAt[c], !(phrase.kind == .cue && capitalizedInside(clause, c, words: words)) {
        switch phrase.kind {
        case .pronoun(let r), .role(let r):
          candidates.append((c, Candidate(kind: .referent(r), first: clause[c], last: clause[c + phrase.length - 1])))
        case .document:
          candidates.append((c, Candidate(kind: .document, first: clause[c], last: clause[c + phrase.length - 1])))
          documentNoun = surface(words, clause[c], clause[c + phrase.length - 1])
          if c == 0 { opensWithDocument = true }
        case .cue: cues.append((c, false, phrase.length))
        case .relay: cues.append((c, true, phrase.length))
        case .complementizer: barriers.append(c)
        case .inserted:
          // "a quant à lui fait état", "for his part": the words name nobody.
          inserted.append(c...(c + phrase.length - 1))
        case .through:
          through.append(c + phrase.length)
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
      // "les forces armées ukrainiennes": a body the registry knows, named in lowercase.
      if let e = lowercaseBody(clause, c, paragraph: paragraph, words: words, ids: ids, lexicon: lexicon)
        ?? lowercasePerson(clause, c, paragraph: paragraph, words: words, ids: ids, lexicon: lexicon)
      {
        candidates.append((c, Candidate(kind: .named, first: clause[c], last: clause[e])))
        c = e + 1
        continue
      }
      if words[clause[c]].capitalized, words[clause[c]].hasLetter {
        // A run of capitalized words (connected by spaces only), without leading stopwords.
        var e = c
        // A possessive ends the run: "the World Bank’s October report" names the bank. A verb
        // form written capitalized goes on with the name ("Islamic State", as above).
        while e + 1 < clause.count, phraseAt[e + 1] == nil,
          !lexicon.isVerb(ids[clause[e + 1]]) || words[clause[e + 1]].capitalized,
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
        // "said Mr. Zelensky", "dijo el Sr. Zelensky": an honorific with its full stop names
        // nobody; the name after it is the candidate.
        if e == c, honorificBeforeName(clause, c, words: words, ids: ids, lexicon: lexicon) {
          c += 1
          continue
        }
        var s = c
        while s <= e, lexicon.flags(ids[clause[s]]).contains(.stopword) { s += 1 }
        // The word before the run ends a cue ("according to X"): not a preposition then; so
        // too past an article in small letters after a cue ("de acordo com o Kremlin").
        // (Not a run that a capitalized word goes on from, "the Energy Ministry": the whole name
        // is read by the lookups that take it.)
        var lead = c
        let goesOn = clause[e] + 1 < words.count && words[clause[e] + 1].capitalized && contiguous(words, clause[e], clause[e] + 1)
        if lead > 1, !goesOn, !words[clause[lead - 1]].capitalized, contiguous(words, clause[lead - 1], clause[lead]),
          lexicon.flags(ids[clause[lead - 1]]).contains(.stopword)
        {
          lead -= 1
        }
        var afterPhrase = false
        for p in max(0, lead - 4)..<c {
          if let phrase = phraseAt[p], p + phrase.length >= c || (phrase.kind == .cue && p + phrase.length >= lead) { afterPhrase = true }
        }
        // "командування «Південь»": a quoted name after a common noun names that noun's
        // referent, which is no speaker of its own.
        if s == c, quotedAppellative(clause, c, words: words, ids: ids, lexicon: lexicon) {
          c = e + 1
          continue
        }
        // "el tratado … Mar Abierto", "Hafen-Vertrag", "Lyon-Marseille": an
        // instrument's name or a route is no candidate. (Not the source a cue names, whose
        // words may hold an instrument's noun: "de acordo com a Marinha".)
        if s <= e, !afterPhrase,
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
    return ClauseMarks(
      documentNoun: documentNoun, barriers: barriers, separableLemmas: separableLemmas, actLast: actLast, inserted: inserted,
      opensWithDocument: opensWithDocument, through: through)
  }
}
