/// A later sentence of a statement that goes on about its first sentence's subject with no
/// subject of its own (a pro-drop copula: "El Ejército ruso «sabe que … Tenían las coordenadas.
/// No es un golpe coincidente»"): the harm its copula's predicate names is that subject's.
extension AgentFinder.SideReading {
  /// The side that opens the statement (links before it only), no speaker (no reporting verb a
  /// few words after it) and in no oblique case, when a later sentence opens with a copula
  /// (`auxiliaries`; a capitalized first word, links and negators before the copula) whose
  /// predicate is an action word a few words on (`subjectWindow`, links not counted), no
  /// side's form in that clause and none between the two. A negator before the copula denies
  /// the action unless a word qualifies the action word after it in its clause ("No es un golpe
  /// coincidente": what is denied is the coincidence, the strike is told).
  func topicClaim() -> AgentClaim? {
    guard let topic = openingSubject() else { return nil }
    let topicClause = tokens[topic.range.lowerBound].clause
    for (clause, indices) in clauseRanges.sorted(by: { $0.key < $1.key }) where clause > topicClause {
      guard surface[indices.lowerBound].first?.isUppercase == true else { continue }
      var copula = indices.lowerBound
      var negated = false
      while copula < indices.upperBound, cues.links.contains(words[copula]) || isNegator(copula) {
        negated = negated || isNegator(copula)
        copula += 1
      }
      guard copula < indices.upperBound, cues.auxiliaries.contains(words[copula]) else { continue }
      var next = copula + 1
      var counted = 0
      while next < indices.upperBound, counted <= cues.subjectWindow, !isEvent.contains(next), !covered.contains(next) {
        if !cues.links.contains(words[next]) { counted += 1 }
        next += 1
      }
      guard next < indices.upperBound, isEvent.contains(next), !cues.passive.contains(words[next]),
        !indices.contains(where: covered.contains),
        !named.contains(where: { $0.range.lowerBound >= topic.range.upperBound && $0.range.lowerBound < indices.lowerBound })
      else { continue }
      let qualified = (next + 1) < indices.upperBound && !cues.links.contains(words[next + 1]) && !covered.contains(next + 1)
      guard !negated || qualified else { continue }
      return AgentClaim(kind: .subject, entity: topic.entity, evidence: "\(phrase(topic.range)) … \(phrase(indices.lowerBound..<(next + 1)))")
    }
    return nil
  }

  /// The side that opens the statement as its subject: the first strong mention, links before
  /// it only, in no oblique case, not denied, and no reporting verb a few words after it (it is
  /// no speaker). Later clauses that go on about it without a subject of their own tell its deeds
  /// (`topicClaim`, `elaborationClaim`).
  func openingSubject() -> AgentFinder.Mention? {
    guard let topic = strong.first, (0..<topic.range.lowerBound).allSatisfy({ cues.links.contains(words[$0]) }),
      !AgentFinder.isOblique(words[topic.range.lowerBound], cues.oblique), !isDenied(topic),
      !(topic.range.upperBound..<min(words.count, topic.range.upperBound + cues.subjectWindow)).contains(where: speaking.contains)
    else { return nil }
    return topic
  }
}
