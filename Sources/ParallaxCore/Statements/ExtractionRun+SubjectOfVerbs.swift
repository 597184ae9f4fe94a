import ParallaxICU

/// The subject of a clause's reporting verbs: for each verb, the nearest candidate that can be
/// its subject (moved out of `describe`).
extension ExtractionRun {
  /// Scores every verb of `clause` with every candidate that may be its subject, keeping the
  /// best in `best` and `bestScore`; returns the relay the clause names (an outlet after a
  /// relay cue) and the title complements, which the fallbacks read.
  mutating func chooseSubject(
    _ best: inout RawAttribution?, score bestScore: inout Int, clause: Clause, marks: ClauseMarks,
    candidates: [(position: Int, candidate: Candidate)], verbs: [Int], cues: [(position: Int, relay: Bool, length: Int)],
    paragraph: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> (relayName: String?, relayIsMedium: Bool, complements: Set<Int>) {
    let (documentNoun, barriers, separableLemmas, actLast, inserted) = (
      marks.documentNoun, marks.barriers, marks.separableLemmas, marks.actLast, marks.inserted
    )
    var relayName: String?
    // Whether the relay is a medium of the word lists ("сообщает Sky News"): it relays, never speaks.
    var relayIsMedium = false
    for cue in cues where cue.relay {
      // Past a comma right after the cue, a name is in the reported clause ("Der Kreml
      // berichtete, Biden komme …"), no relay.
      let cueEnd = words[clause[cue.position + cue.length - 1]].range.upperBound
      if let next = candidates.first(where: { $0.position >= cue.position + cue.length && $0.position <= cue.position + cue.length + 2 }),
        !isPossessive(next.candidate.last, words: words, lexicon: lexicon),
        !hasComma(cueEnd, words[next.candidate.first].range.lowerBound)
      {
        let name = surface(words, next.candidate.first, next.candidate.last)
        relayName = name
        // A relay named in quotation marks that the registry does not know is a newspaper's
        // or a channel's title ("Як повідомляли «ФАКТИ»"; issue 16, fourteenth pass).
        relayIsMedium = next.candidate.isMedium
          || (inQuotationMarks(words, next.candidate.first, next.candidate.last, lexicon: lexicon) && resolveName(name) == nil)
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
        // "X в интервью CNN заявил", "X sulla sua pagina FB precisa": a medium in a
        // prepositional phrase right after a name, before the verb, is where X spoke, not who.
        if candidate.candidate.isMedium, candidate.position < v,
          let preposition = governedMedium(candidate.position, clause: clause, words: words, ids: ids, lexicon: lexicon),
          candidates.contains(where: {
            if case .named = $0.candidate.kind { return $0.position + ($0.candidate.last - $0.candidate.first) == preposition - 1 }
            return false
          })
        {
          continue
        }
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
              let noComma = !hasComma(words[clause[end]].range.upperBound, words[$0.candidate.first].range.lowerBound)
              let surname = !lexicon.capitalizesNouns && noComma
              // A full name past the role's complement, a body or place named between them
              // without a comma, reaches six words ("la portavoce del ministero degli Esteri
              // russo Maria X"), not past mere words ("… aux journalistes à bord d'Air Force One").
              let position = $0.position
              let reach =
                noComma && $0.candidate.last > $0.candidate.first
                  && candidates[(k + 1)...].contains(where: { $0.position > end && $0.position < position }) ? 6 : 4
              // A place holds no title ("Il presidente ha accusato Kiev di …"): it is the verb's object.
              if $0.position > end && span(end, $0.position) <= reach && !(end < v && $0.position > v)
                && ($0.candidate.last > $0.candidate.first || surname)
                && !resolves($0.candidate, words: words, to: "place")
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
        // "команда Навального заявила", "Współpracownicy Aleksieja Nawalnego przekazali": a
        // person the registry records in an oblique case, right after a lowercase noun, is that
        // noun's possessor, and the noun, unnamed, is the subject (issue 16, fourteenth pass).
        if case .named = candidate.candidate.kind, candidate.position > 0, candidate.position < v,
          possessorOfNoun(clause, candidate.position, candidate.candidate, words: words, ids: ids, lexicon: lexicon)
        {
          continue
        }
        // "Kyiv officials said": a name right before a noun for an unnamed group qualifies the
        // group, which speaks unnamed.
        if case .named = candidate.candidate.kind, candidate.position < v {
          let next = candidate.position + (candidate.candidate.last - candidate.candidate.first) + 1
          if next < v, !words[clause[next]].capitalized, lexicon.isGroupNoun(ids[clause[next]]),
            contiguous(words, clause[next - 1], clause[next])
          {
            continue
          }
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
        // "The talks … were described as …": so it does after a passive auxiliary.
        if candidate.position < v, v > 0, lexicon.flags(ids[clause[v - 1]]).contains(.passiveAuxiliary),
          contiguous(words, clause[v - 1], clause[v]), !lexicon.isProgressive(ids[clause[v]])
        {
          continue
        }
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
        // "Il presidente ha accusato Kiev di …": where the subject may follow its verb, a subject
        // written right before the verb group (no comma between) leaves the name after it the
        // object.
        if candidate.position > v, lexicon.invertsSubject, !lexicon.invertsOnlyInIncises, !opensClause, !agentive,
          case .named = candidate.candidate.kind,
          subjectRightBefore(v, candidates: candidates, clause: clause, words: words, ids: ids, lexicon: lexicon)
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
        // "acknowledged Norway’s role": a possessive after the verb is in its object; before
        // it, the possessive determines a noun ("aimed at Putin’s residence and accused"),
        // which is the subject if anything is ("Putin’s spokesman said").
        if case .named = candidate.candidate.kind, isPossessive(candidate.candidate.last, words: words, lexicon: lexicon) {
          continue
        }
        // "между Москвой и Киевом, сообщил …", "Президента России …": before the verb too, a
        // name in a case the registry records as oblique is no subject (but "В России заявили",
        // the impersonal plural's source, and an institution it qualifies).
        if candidate.position < v, case .named = candidate.candidate.kind, isOblique(candidate.candidate, words: words, lexicon: lexicon),
          !namesInstitution(candidate.candidate.first, candidate.candidate.last, words: words, ids: ids, lexicon: lexicon),
          !(candidate.position > 0 && lexicon.flags(ids[clause[candidate.position - 1]]).contains(.sourcePreposition)),
          !registeredBody(words, candidate.candidate.first, candidate.candidate.last)
        {
          continue
        }
        // "nazwał Prigożyna", "обвинил Путина": a name after the verb in a case the registry
        // records as oblique is its object.
        if candidate.position > v, case .named = candidate.candidate.kind, isOblique(candidate.candidate, words: words, lexicon: lexicon),
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
    return (relayName, relayIsMedium, chains.complements)
  }

  /// Whether a name is in a case other than the nominative: its last word in a form the
  /// registry records only so ("Москвой", "Путина"), or, where neither the name nor its last
  /// word is registered, a last word with an ending that only oblique cases have
  /// (`obliqueNameEndings`: "Курської області", "Речник Білого дому", "Глава Української
  /// держави").
  /// (Asked for each verb of the clause: the names are looked up through the task's cache.)
  mutating func isOblique(_ candidate: Candidate, words: [WordToken], lexicon: CompiledLexicon) -> Bool {
    let written = surface(words, candidate.last, candidate.last)
    let last = TextFold.fold(written)
    if extractor.isOblique(folded: Array(last.utf8)) { return true }
    guard lexicon.hasObliqueNameEnding(last),
      resolveName(written) == nil
    else { return false }
    return candidate.first == candidate.last || resolveName(surface(words, candidate.first, candidate.last)) == nil
  }

  /// The clause position of the preposition that governs the medium at `position`, a few words
  /// before it with only words in small letters (a medium's noun, a possessive, an article)
  /// between ("в интервью CNN", "sulla sua pagina FB"), if any.
  func governedMedium(_ position: Int, clause: Clause, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Int? {
    var k = position - 1
    while k >= 0, position - k <= 4, contiguous(words, clause[k], clause[k + 1]) {
      let flags = lexicon.flags(ids[clause[k]])
      if !flags.isDisjoint(with: [.preposition, .sourcePreposition]) { return k }
      if flags.contains(.verb) || (words[clause[k]].capitalized && !flags.contains(.medium)) { return nil }
      k -= 1
    }
    return nil
  }

  /// Whether the run `first...last` of two words or more is a body the registry knows whole,
  /// whatever case its last word is in ("Siły Zbrojne Ukrainy poinformowały").
  func registeredBody(_ words: [WordToken], _ first: Int, _ last: Int) -> Bool {
    guard last > first else { return false }
    let name = surface(words, first, last)
    guard let entity = extractor.resolve(folded: Array(TextFold.fold(name).utf8), document.language, surface: { name }) else { return false }
    return !entity.hasKind("person") && !entity.hasKind("place")
  }
}
