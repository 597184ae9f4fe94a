/// The readings of the sides' forms that read the agent off the action's own words and the
/// clauses beside it: the agent after an action noun or a deed, the answer to who did it, a
/// possessive, the shared subject of a participle or purpose clause; then what a statement
/// with no agent says instead.
extension AgentFinder.SideReading {
  /// The agent after the action: "обстрел ВСУ", "frappes russes", "ударили российские ракеты".
  func genitiveClaim() -> AgentClaim? {
    if cues.agentAfter > 0 {
      for mention in strong {
        // An adjective in an oblique case before a proper name in its clause qualifies the place
        // ("обстріл російського Бєлгорода"); before another side's form it is the agent
        // ("обстрела Россией Украины").
        let after = mention.range.upperBound
        if AgentFinder.isOblique(words[mention.range.lowerBound], cues.oblique), after < words.count, surface[after].first?.isUppercase == true,
          tokens[after].clause == tokens[mention.range.lowerBound].clause,
          namedAt[after] == nil
        {
          continue
        }
        let clause = tokens[mention.range.lowerBound].clause
        var previous = mention.range.lowerBound - 1
        var counted = 0
        while previous >= 0, counted < cues.agentAfter, tokens[previous].clause == clause {
          if isEvent.contains(previous) {
            // After a passive form stands its patient ("ранено 75 военнопленных украинцев").
            if cues.passive.contains(words[previous]) { break }
            return AgentClaim(kind: .genitive, entity: mention.entity, evidence: phrase(previous..<mention.range.upperBound))
          }
          if !cues.links.contains(words[previous]) && !cues.supports.contains(words[previous]) { counted += 1 }
          previous -= 1
        }
      }
    }
    return nil
  }

  /// The agent after a deed a copula makes the action (`deedAgent`).
  func deedClaim() -> AgentClaim? {
    if let (deed, mention) = AgentFinder.deedAgent(words: words, tokens: tokens, events: isEvent, candidateAt: candidateAt, cues: cues) {
      return AgentClaim(kind: .genitive, entity: mention.entity, evidence: phrase(deed..<mention.range.upperBound))
    }
    return nil
  }

  /// Who did it, and the answer in a later clause ("kto wysadził zaporę? — To 205. brygada …
  /// rosyjskich Sił Zbrojnych"): the first agent named there that speaks no words.
  func interrogativeClaim() -> AgentClaim? {
    for (word, next) in cuesBeforeAction(cues.interrogatives) {
      if let mention = candidates.first(where: { $0.range.lowerBound > next && tokens[$0.range.lowerBound].clause > tokens[next].clause && !speaking.contains($0.range.upperBound) }) {
        return AgentClaim(kind: .subject, entity: mention.entity, evidence: "\(phrase(word..<(next + 1))) … \(phrase(mention.range))")
      }
    }
    return nil
  }

  /// A possessive before an action word: the action is the agent's before it, the nearest.
  func possessiveClaim() -> AgentClaim? {
    for event in events where event > 0 && cues.possessives.contains(words[event - 1]) && !cues.victims.contains(where: { words[event].hasPrefix($0) }) {
      if let mention = AgentFinder.last(of: strong, endingBy: event - 1) {
        return AgentClaim(kind: .subject, entity: mention.entity, evidence: "\(phrase(mention.range)) … \(phrase((event - 1)..<(event + 1)))")
      }
    }
    return nil
  }

  /// A clause that opens with an adverbial participle and speaks of harm without an agent
  /// shares the subject of the clause after it or before it: the agent at that clause's start.
  /// One that opens with a word of purpose and a support verb ("by przeprowadzić ten zamach",
  /// "чтобы нанести удар") shares the subject of the clause before it: its first agent.
  func sharedSubjectClaim() -> AgentClaim? {
    if !cues.gerundEndings.isEmpty || !cues.purposes.isEmpty {
      let withCandidates = Set(candidates.map { tokens[$0.range.lowerBound].clause })
      var firstStrong: [Int: (entity: EntityID, range: Range<Int>)] = [:]
      for mention in strong where firstStrong[tokens[mention.range.lowerBound].clause] == nil {
        firstStrong[tokens[mention.range.lowerBound].clause] = mention
      }
      func opening(_ clause: Int) -> [Int] {
        (clauseRanges[clause] ?? 0..<0).lazy.filter { !cues.links.contains(words[$0]) && !cues.complementizers.contains(words[$0]) }.prefix(2).map { $0 }
      }
      for (clause, indices) in clauseRanges.sorted(by: { $0.key < $1.key }) {
        guard indices.contains(where: isEvent.contains), !withCandidates.contains(clause) else { continue }
        if let first = opening(clause).first, cues.gerundEndings.contains(where: { words[first].hasSuffix($0) && words[first].count - $0.count >= 3 }) {
          for side in [clause + 1, clause - 1] {
            if let mention = firstStrong[side], opening(side).contains(mention.range.lowerBound),
              !AgentFinder.isOblique(words[mention.range.lowerBound], cues.oblique)
            {
              return AgentClaim(kind: .subject, entity: mention.entity, evidence: "\(phrase(mention.range)) … \(surface[first])")
            }
          }
        }
        if let mention = firstStrong[clause - 1], AgentFinder.isCarryingOut(indices, words: words, events: isEvent, cues: cues), !AgentFinder.isOblique(words[mention.range.lowerBound], cues.oblique) {
          return AgentClaim(kind: .subject, entity: mention.entity, evidence: "\(phrase(mention.range)) … \(phrase(indices.lowerBound..<(indices.lowerBound + 2)))")
        }
      }
    }
    return nil
  }

  /// An action word right after a preposition of time before (`before`, links between) shares
  /// the subject of its clause: the first side's form after it that no target phrase governs, a
  /// few words on in its clause (`subjectWindow`) or opening the next clause, in no oblique case,
  /// no speaker ("przed wysadzeniem zapory rosyjskie wojska podniosły poziom wody"; "before
  /// shelling the town, Russian troops …"). After a verb of speaking or warning the preposition
  /// is none ("ostrzegł przed atakiem").
  func beforeClaim() -> AgentClaim? {
    guard !cues.phases.before.isEmpty else { return nil }
    for event in events {
      var preposition = event - 1
      while preposition >= 0, cues.links.contains(words[preposition]) { preposition -= 1 }
      guard preposition >= 0, cues.phases.before.contains(words[preposition]), tokens[preposition].clause == tokens[event].clause,
        !(preposition > 0 && speaking.contains(preposition - 1)),
        let mention = strong.first(where: { $0.range.lowerBound > event })
      else { continue }
      let clause = tokens[event].clause
      let at = mention.range.lowerBound
      let near = tokens[at].clause == clause && ((event + 1)..<at).filter { !cues.links.contains(words[$0]) }.count < cues.subjectWindow
      let opening = tokens[at].clause == clause + 1 && (clauseRanges[clause + 1]?.lowerBound).map { ($0..<at).allSatisfy { cues.links.contains(words[$0]) } } == true
      let speaks = (mention.range.upperBound..<min(words.count, mention.range.upperBound + cues.subjectWindow)).contains { speaking.contains($0) }
      guard near || opening, !speaks, !AgentFinder.isOblique(words[at], cues.oblique) else { continue }
      return AgentClaim(kind: .subject, entity: mention.entity, evidence: "\(phrase(preposition..<(event + 1))) … \(phrase(mention.range))")
    }
    return nil
  }

  /// The last readings: the subject among forms a target phrase governs; else a statement of
  /// mutual action, a passive, or harm told with no agent.
  func fallbackClaim() -> AgentClaim {
    if let claim = subject(of: candidates.filter { weak.contains($0.range.lowerBound) }, checkingCase: false) { return claim }
    if let firstMutual { return AgentClaim(kind: .unnamed, evidence: phrase(firstMutual)) }
    if let passive = passives.first {
      return AgentClaim(kind: .passive, evidence: surface[passive])
    }
    // A phrase of answering that names no one is shown whole ("müsse zur Rechenschaft gezogen").
    if let answer = answerings.first, answer.lowerBound == firstHarm { return AgentClaim(kind: .unnamed, evidence: phrase(answer)) }
    return AgentClaim(kind: .unnamed, evidence: surface[firstHarm])
  }
}
