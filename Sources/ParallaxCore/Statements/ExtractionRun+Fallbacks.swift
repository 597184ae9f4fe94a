import ParallaxICU

/// Attribution without a verb that took a candidate: a cue's source, a name before a colon or
/// in a resumptive sentence, a dropped subject, a relay (moved out of `describe`).
extension ExtractionRun {
  /// Completes `best` (and `bestScore`) for one clause when no verb found its subject, or when
  /// a medium took the verb and a cue names the source it passes on. `shape` holds the
  /// clause's speech acts (their last words), inserted phrases, reported clauses' openings and
  /// separable verbs, as `describe` found them.
  /// The most words between a cue and the holder of the title it names ("according to the
  /// transport minister of Nordland, Piet Vos, …").
  static let titledSourceWords = 8

  /// Whether the name `next` is the appositive of a title that opens at clause position
  /// `from`: a title word among the words before it, no verb and no comma but the one right
  /// before the name, and a comma (or the clause's end) right after the name.
  func titledAppositive(
    _ next: (position: Int, candidate: Candidate), from: Int, clause: Clause, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> Bool {
    guard next.position > from, case .named = next.candidate.kind else { return false }
    let before = clause[next.position - 1]
    guard hasComma(words[before].range.upperBound, words[next.candidate.first].range.lowerBound) else { return false }
    var titled = false
    for k in from..<next.position {
      let flags = lexicon.flags(ids[clause[k]])
      if flags.contains(.verb) { return false }
      if flags.contains(.title) { titled = true }
      if k + 1 < next.position, hasComma(words[clause[k]].range.upperBound, words[clause[k + 1]].range.lowerBound) { return false }
    }
    guard titled else { return false }
    let last = next.candidate.last
    guard last + 1 < words.count else { return true }
    return hasComma(words[last].range.upperBound, words[last + 1].range.lowerBound)
  }

  /// The holder's name that follows `place`, a place the registry knows or an unknown word in
  /// an oblique case (the complement of a title: "голови адміністрації Донецької області"),
  /// up to clause position `limit` with no comma between: a person the registry knows or a
  /// name of two words or more. Nil when `place` is no such word or no such name follows.
  /// (Names are looked up through the task's cache, as the subject rules look them up.)
  mutating func holderAfterPlace(
    _ place: (position: Int, candidate: Candidate), before limit: Int, candidates: [(position: Int, candidate: Candidate)],
    words: [WordToken], lexicon: CompiledLexicon
  ) -> (position: Int, candidate: Candidate)? {
    guard case .named = place.candidate.kind else { return nil }
    if let entity = resolveName(surface(words, place.candidate.first, place.candidate.last)) {
      guard entity.hasKind("place") else { return nil }
    } else {
      guard isOblique(place.candidate, words: words, lexicon: lexicon) else { return nil }
    }
    guard
      let holder = candidates.first(where: {
        guard $0.position > place.position, $0.position <= limit, case .named = $0.candidate.kind else { return false }
        return !hasComma(words[place.candidate.last].range.upperBound, words[$0.candidate.first].range.lowerBound)
      })
    else { return nil }
    if let entity = resolveName(surface(words, holder.candidate.first, holder.candidate.last)) {
      return entity.hasKind("person") ? holder : nil
    }
    return holder.candidate.last > holder.candidate.first ? holder : nil
  }

  /// Whether `next` is a person the registry knows, named after a cue at clause position `from`
  /// past words in small letters only (a title and its complement: "szef władz obwodu
  /// donieckiego X", "the head of the regional administration X"), with no verb and no comma.
  mutating func personAfterTitleWords(
    _ next: (position: Int, candidate: Candidate), from: Int, clause: Clause, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> Bool {
    guard case .named = next.candidate.kind, next.position > from, next.position <= from + Self.titledSourceWords else { return false }
    for k in from..<next.position {
      if words[clause[k]].capitalized || lexicon.isVerb(ids[clause[k]]) { return false }
      let following = k + 1 < next.position ? words[clause[k + 1]].range.lowerBound : words[next.candidate.first].range.lowerBound
      if hasComma(words[clause[k]].range.upperBound, following) { return false }
    }
    return resolves(next.candidate, words: words, to: "person")
  }

  /// Whether every word of `candidate` is a title ("Gouverneur", "Außenminister").
  func isTitleRun(_ candidate: Candidate, ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    guard case .named = candidate.kind else { return false }
    return (candidate.first...candidate.last).allSatisfy { lexicon.flags(ids[$0]).contains(.title) }
  }

  mutating func fallBack(
    _ best: inout RawAttribution?, score bestScore: inout Int, clause: Clause, candidates: [(position: Int, candidate: Candidate)],
    cues: [(position: Int, relay: Bool, length: Int)], verbs: [Int], complements: Set<Int>, documentNoun: String?,
    relayName: String?, relayIsMedium: Bool, paragraph: Int, colonWord: Int?, resumes: Bool,
    shape: (actLast: [(position: Int, last: Int)], inserted: [ClosedRange<Int>], barriers: [Int], separableLemmas: [(position: Int, lemma: String)]),
    opensWithDocument: Bool, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) {
    let (actLast, inserted, barriers, separableLemmas) = shape
    // A medium that speaks passes on the words of the source a cue names after it: "segundo
    // a agência X, que cita a porta-voz …, Maria Y" (a relay chain).
    let relayed = best?.medium == true ? best : nil
    if best == nil || relayed != nil {
      for cue in cues where !cue.relay || (best == nil && relayName == nil) {
        // The cue's complement ends at a comma: "according to press reports, Norway …" names
        // no source, and Norway is in the reported clause.
        // A title whose holder is set off by commas is no such end: "according to the
        // transport minister, Piet Vos, the port …" names the minister.
        let end = words[clause[cue.position + cue.length - 1]].range.upperBound
        let after = cue.position + cue.length
        if let next = candidates.first(where: {
          $0.position >= after && $0.position <= after + Self.titledSourceWords && !$0.candidate.isMedium
            && !complements.contains($0.position)
        }), !isPossessive(next.candidate.last, words: words, lexicon: lexicon),
          (next.position <= after + 3 && !hasComma(end, words[next.candidate.first].range.lowerBound))
            || titledAppositive(next, from: after, clause: clause, words: words, ids: ids, lexicon: lexicon)
            // Past a title's complement ("голови Донецької обласної військової адміністрації
            // Павла Кириленка"): the place qualifies the title, whose holder is the source.
            || (complements.contains { $0 >= after && $0 < next.position }
              && !hasComma(end, words[next.candidate.first].range.lowerBound))
            || personAfterTitleWords(next, from: after, clause: clause, words: words, ids: ids, lexicon: lexicon)
        {
          // A role with its holder's name after it: the name ("according to the spokeswoman,
          // Maria Y"); so too a title where nouns are capitalized, which is a run of its own
          // ("laut dem Gouverneur der Provinz, Maria Y, …").
          var source = holderName(of: next, after: cue.position, candidates: candidates, clause: clause, words: words, ids: ids, lexicon: lexicon)
          if source.position == next.position, isTitleRun(next.candidate, ids: ids, lexicon: lexicon),
            let holder = candidates.first(where: {
              $0.position > next.position && $0.position <= after + Self.titledSourceWords
                && titledAppositive($0, from: after, clause: clause, words: words, ids: ids, lexicon: lexicon)
            })
          {
            source = holder
          }
          // "за словами голови адміністрації Донецької області Павла Кириленка": a place in
          // the title's complement comes first; the holder named after it is the source.
          if source.position == next.position,
            let holder = holderAfterPlace(next, before: after + Self.titledSourceWords, candidates: candidates, words: words, lexicon: lexicon)
          {
            source = holder
          }
          // A relay cue ("jak podał", "as reported by") passes on a medium's words; a person
          // after it (by a title's words: "jak podał szef władz obwodu X") is the source.
          if cue.relay, !resolves(source.candidate, words: words, to: "person") {
            continue
          }
          best = RawAttribution(
            candidate: source.candidate, verb: relayed?.verb, document: documentNoun, relay: relayed?.relay ?? relayName, paragraph: paragraph)
          bestScore = 100
          break
        }
      }
    }
    // No verb: the name before a colon that opens a quote, or the one a resumptive sentence
    // opens with ("Così il presidente turco X alla firma …").
    if best == nil, verbs.isEmpty, cues.isEmpty,
      let pick = verblessSpeaker(candidates, colonWord: colonWord, resumes: resumes)
    {
      best = RawAttribution(candidate: pick, verb: nil, document: documentNoun, relay: relayName, paragraph: paragraph)
      bestScore = 120
    }
    // "«…», declaró en una rueda de prensa": no subject in a language that drops it; the
    // verb's person is the last person who spoke or was named. So it is when no candidate
    // is within the verb's reach ("X ha sacado … y se ha declarado …").
    // A negated verb reports silence here too ("не повідомляла", "nie potwierdził"): the
    // dropped subject takes the first verb no negation silences.
    if best == nil, lexicon.dropsSubject,
      let v = verbs.first(where: {
        !silenced($0, actLast: actLast, inserted: inserted, barriers: barriers, clause: clause, words: words, ids: ids, lexicon: lexicon)
      }), cues.isEmpty,
      !lexicon.isPlural(ids[clause[v]]), !lexicon.isNeuter(ids[clause[v]]), !opensWithDocument
    {
      let surfaceText = surface(words, clause[v], clause[actLast.first(where: { $0.position == v })?.last ?? v])
      best = RawAttribution(
        candidate: Candidate(kind: .dropped, first: clause[v], last: clause[v]),
        verb: (surfaceText, separableLemmas.first(where: { $0.position == v })?.lemma ?? lexicon.info(ids[clause[v]])?.lemma ?? surfaceText), document: documentNoun, relay: relayName,
        paragraph: paragraph)
      bestScore = 150
    }
    if best == nil, let relayName, let cue = cues.first(where: \.relay) {
      // The source follows the relay before any verb or reported clause: in "Как сообщало ИА
      // Регнум, источник … рассказал, что ударом по центру Вооружённых сил …" the force is
      // what was reported (issue 16, fourteenth pass).
      let reach = min(
        barriers.first { $0 > cue.position } ?? clause.count, verbs.first { $0 >= cue.position + cue.length } ?? clause.count)
      var next = candidates.first { $0.position >= cue.position + cue.length && $0.position < reach && !$0.candidate.isMedium }
      // A newspaper's title is no source of its words: "Як повідомляли «ФАКТИ», …" names an
      // outlet the word lists do not know (issue 16, fourteenth pass).
      if relayIsMedium, let found = next, found.position <= cue.position + cue.length + 2,
        surface(words, found.candidate.first, found.candidate.last) == relayName
      {
        next = nil
      }
      best = RawAttribution(candidate: next?.candidate, verb: nil, document: nil, relay: relayName, paragraph: paragraph)
      // "Об этом сообщает Sky News": with nobody else named, a medium of the word lists relays the
      // sentence, as a news outlet the registry knows does.
      if next == nil, relayIsMedium { best?.medium = true }
      bestScore = 200
    }
  }
}
