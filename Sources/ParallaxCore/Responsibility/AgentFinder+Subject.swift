/// The readings of the sides' forms that find the agent where the action is told: a by-phrase
/// near it, the subject of an action word, the agent of a relative clause about it.
extension AgentFinder.SideReading {
  /// A by-phrase before an agent's form near an action word, or before the means the form follows.
  func byPhraseClaim() -> AgentClaim? {
    for mention in candidates where harmClauses.contains(tokens[mention.range.lowerBound].clause) {
      guard let start = phraseBefore(mention.range.lowerBound, cues.by) else { continue }
      // The action is at hand: a few words before the phrase ("damaged by", "обстрела со
      // стороны") or right after the agent ("von russischen Soldaten gesprengt").
      let clause = tokens[start].clause
      let near = (max(0, start - AgentFinder.byReach)..<min(words.count, mention.range.upperBound + AgentFinder.byReachAfter)).contains { index in
        tokens[index].clause == clause && harm.contains(index)
      }
      if near, !isAccuser(mention, after: start) { return AgentClaim(kind: .byPhrase, entity: mention.entity, evidence: phrase(start..<mention.range.upperBound)) }
    }
    // An agent after the means a by-phrase names, links and one more word between ("alcanzado
    // por cohetes de precisión ucranianos"): the means are the agent's.
    // Only where an agent may follow its action (`agentAfter`): in English the object does.
    for mention in candidates where cues.agentAfter > 0 && harmClauses.contains(tokens[mention.range.lowerBound].clause) {
      var previous = mention.range.lowerBound - 1
      var counted = 0
      while previous >= 0, tokens[previous].clause == tokens[mention.range.lowerBound].clause, !isEvent.contains(previous), counted <= AgentFinder.gap {
        if !cues.links.contains(words[previous]) { counted += 1 }
        previous -= 1
      }
      guard previous >= 0, isEvent.contains(previous), counted <= AgentFinder.gap, tokens[previous].clause == tokens[mention.range.lowerBound].clause,
        let start = phraseBefore(previous, cues.by)
      else { continue }
      return AgentClaim(kind: .byPhrase, entity: mention.entity, evidence: phrase(start..<mention.range.upperBound))
    }
    return nil
  }

  /// Whether the by-phrase at `start` names who accuses or denies rather than the agent: a word of
  /// accusing or denying stands between the last action word before the phrase and the phrase
  /// in its clause, and no action word follows the form ("une attaque imputée à Kiev par les
  /// forces russes", "reports of a strike … were denied by Kyiv").
  func isAccuser(_ mention: AgentFinder.Mention, after start: Int) -> Bool {
    let clause = tokens[start].clause
    let after = mention.range.upperBound..<min(words.count, mention.range.upperBound + AgentFinder.byReachAfter)
    guard !after.contains(where: { tokens[$0].clause == clause && harm.contains($0) }),
      let action = (max(0, start - AgentFinder.byReach)..<start).last(where: { tokens[$0].clause == clause && harm.contains($0) })
    else { return false }
    let denial = Set(denying)
    return ((action + 1)..<start).contains { tokens[$0].clause == clause && (accusing.contains($0) || denial.contains($0)) }
  }

  /// Whether the words of a clause other than `range` are all links.
  func isAlone(_ range: Range<Int>) -> Bool {
    let clause = clauseRanges[tokens[range.lowerBound].clause] ?? range
    return clause.allSatisfy { index in range.contains(index) || cues.links.contains(words[index]) }
  }

  /// Whether a word of denying before the form, in its clause or in the clause before one a
  /// complementizer opens, denies what it did (`denying`).
  func isDenied(_ mention: (entity: EntityID, range: Range<Int>)) -> Bool {
    guard !denying.isEmpty else { return false }
    let clause = tokens[mention.range.lowerBound].clause
    let opening = clauseRanges[clause]?.first { !cues.links.contains(words[$0]) }
    let reach = opening.map { cues.complementizers.contains(words[$0]) } == true ? clause - 1 : clause
    return denying.contains { $0 < mention.range.lowerBound && (reach...clause).contains(tokens[$0].clause) }
  }

  /// Whether the word is one that negates a verb, or an elided one is before it ("n'ont").
  func isNegator(_ index: Int) -> Bool { cues.negators.contains(words[index]) || elided[index].map(cues.negators.contains) == true }

  /// The first of `mentions` that is the subject of an action word after it in its clause.
  /// An action word follows in the same clause, with no other agent and no word
  /// of accusing between (the accuser is no agent); articles and auxiliaries (`links`) do not
  /// count towards the window, and a complementizer ends it. A form in an oblique case is the
  /// subject of no action past a proper name ("обстріл російського Бєлгорода терактом", but
  /// "rosyjskiego aktu terrorystycznego"), and none is one a passive auxiliary follows on the
  /// way to a passive form ("Ukraine sei zerstört worden": the patient).
  func subject(of mentions: [(entity: EntityID, range: Range<Int>)], checkingCase: Bool) -> AgentClaim? {
    for mention in mentions where !isDenied(mention) {
      let oblique = checkingCase && AgentFinder.isOblique(words[mention.range.lowerBound], cues.oblique)
      // An oblique form right after another side's form is its action's patient or a
      // complement ("обстрела Россией Украины одна из ракет"), no subject.
      if oblique, namedEndingAt[mention.range.lowerBound] != nil { continue }
      var clause = tokens[mention.range.lowerBound].clause
      var next = mention.range.upperBound
      var counted = 0
      var auxiliary = false
      var launching = false
      // A comma between a subject and its verb ("Russian troops, fired the missile"): a form
      // that ends its clause, with no action word before it there, is the subject of an action
      // word that opens the next clause in lower case (no noun of a list or a heading) and is
      // no passive form (after one stands its patient).
      if checkingCase, !oblique, next < words.count, tokens[next].clause == clause + 1, isEvent.contains(next),
        surface[next].first?.isLowercase == true, !cues.passive.contains(words[next]),
        !(clauseRanges[clause] ?? 0..<0).contains(where: { $0 < mention.range.lowerBound && isEvent.contains($0) })
      {
        return AgentClaim(kind: .subject, entity: mention.entity, evidence: phrase(mention.range.lowerBound..<(next + 1)))
      }
      // A subject that is its whole clause goes on past a parenthesis ("El Ejército ruso,
      // añade, «solo ataca»"; "Ucrania, que …, lleva a cabo ataques").
      if next < words.count, tokens[next].clause == clause + 1, isAlone(mention.range) {
        let after = clauseRanges[clause + 1]?.upperBound ?? words.count
        if after < words.count, tokens[after].clause == clause + 2 {
          next = after
          clause += 2
        }
      }
      // After a verb of launching or using, its object may follow a parenthesis ("Kiev utilizó,
      // entre otros proyectiles, «dos misiles»"): the two clauses after are still its own.
      while next < words.count, counted < (oblique ? 1 : cues.subjectWindow), tokens[next].clause == clause || (launching && tokens[next].clause <= clause + 2),
        !starts.contains(next), !accusing.contains(next),
        !speaking.contains(next), !cues.complementizers.contains(words[next]),
        !(oblique && surface[next].first?.isUppercase == true && !isEvent.contains(next))
      {
        // A passive form after a passive auxiliary makes the form its patient, an action word
        // or a support verb ("Украины был нанесен … удар").
        if auxiliary && cues.passive.contains(words[next]) { break }
        // A negated action is denied: the subject is no agent of it.
        if isNegator(next) { break }
        if isEvent.contains(next) {
          return AgentClaim(kind: .subject, entity: mention.entity, evidence: phrase(mention.range.lowerBound..<(next + 1)))
        }
        if cues.auxiliaries.contains(words[next]) { auxiliary = true }
        let launch = AgentFinder.isLaunching(words[next], cues)
        launching = launching || launch
        // The words of the parenthesis after a verb of using do not count.
        let parenthesis = tokens[next].clause == clause + 1
        if !cues.links.contains(words[next]) && !cues.supports.contains(words[next]) && !cues.auxiliaries.contains(words[next]) && !launch && !parenthesis {
          counted += 1
        }
        next += 1
      }
    }
    return nil
  }

  /// The subject among the forms no target phrase governs.
  func strongSubjectClaim() -> AgentClaim? {
    subject(of: strong, checkingCase: true)
  }

  /// The agent of a relative clause about an action or weapon word (`relativeAgent`).
  func relativeClaim() -> AgentClaim? {
    if let (head, mention) = AgentFinder.relativeAgent(words: words, tokens: tokens, elided: elided, events: isEvent, accusing: accusing, candidates: candidates, cues: cues) {
      return AgentClaim(kind: .subject, entity: mention.entity, evidence: phrase(head..<mention.range.upperBound))
    }
    return nil
  }
}
