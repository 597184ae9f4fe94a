/// A copula whose subject is an action or weapon word and whose predicate names a side: the
/// weapon's origin ("el misil debe haber sido ruso", "the missile was Ukrainian", "el misil
/// podría haber sido un elemento de las defensas antiaéreas de Ucrania").
extension AgentFinder.SideReading {
  /// The side a copula's predicate names (`copula(_:)` finds the copula and its subject): the
  /// first word of the predicate other than links is a side's form ("sido ruso") or a noun of
  /// parts (`parts`: "un elemento de …", "part of …") with the form a few words after it
  /// (`subjectWindow`, links not counted), no action word, passive form, word of making
  /// (`making`: "de fabricación rusa" names a maker) or negator between. A form a target
  /// phrase governs ("en territorio ruso") or a compound ("Russian-made") is none.
  func copulaClaim() -> AgentClaim? {
    for copula in words.indices where cues.auxiliaries.contains(words[copula]) {
      guard let subject = subject(ofCopula: copula) else { continue }
      let clause = tokens[copula].clause
      var next = copula + 1
      var counted = 0
      var partOf = false
      while next < words.count, tokens[next].clause == clause, counted <= cues.subjectWindow {
        if let mention = candidateAt[next] {
          let compound = words[mention.range.upperBound - 1].contains("-")
          guard !weak.contains(next), !compound, counted == 0 || partOf else { break }
          return AgentClaim(kind: .genitive, entity: mention.entity, evidence: "\(surface[subject]) … \(phrase(copula..<mention.range.upperBound))")
        }
        if isEvent.contains(next) || cues.passive.contains(words[next]) || isNegator(next) || covered.contains(next) || speaking.contains(next)
          || cues.complementizers.contains(words[next]) || cues.phases.making.contains(where: { words[next].hasPrefix($0) })
        {
          break
        }
        if !cues.links.contains(words[next]) {
          if counted == 0 { partOf = cues.phases.parts.contains { words[next].hasPrefix($0) } }
          counted += 1
        }
        next += 1
      }
    }
    return nil
  }

  /// The action or weapon word that is the subject of the copula at `copula`: before it in its
  /// clause, with at most `subjectWindow` words other than links and support verbs between
  /// (modals and adverbs: "debe haber sido", "también podría haber sido"), none of them a side's
  /// form, a reporting verb, a complementizer, another copula or a negator; a passive form is
  /// no subject.
  func subject(ofCopula copula: Int) -> Int? {
    let clause = tokens[copula].clause
    var previous = copula - 1
    var counted = 0
    while previous >= 0, tokens[previous].clause == clause, counted <= cues.subjectWindow {
      if isEvent.contains(previous) { return cues.passive.contains(words[previous]) ? nil : previous }
      if covered.contains(previous) || speaking.contains(previous) || cues.complementizers.contains(words[previous])
        || cues.auxiliaries.contains(words[previous]) || isNegator(previous)
      {
        return nil
      }
      if !cues.links.contains(words[previous]) && !cues.supports.contains(words[previous]) { counted += 1 }
      previous -= 1
    }
    return nil
  }
}
