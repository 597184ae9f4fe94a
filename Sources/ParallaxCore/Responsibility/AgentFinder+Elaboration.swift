/// A clause after a colon spells out the clause before it: "La défense antiaérienne ukrainienne
/// a été très active : deux ou trois missiles ont été tirés contre un missile russe" tells what
/// the Ukrainian air defence did, so the harm the second clause tells without an agent is the
/// first clause's subject's.
extension AgentFinder.SideReading {
  /// The side that opens the statement as the subject of its first clause (`openingSubject`),
  /// when that clause says something of it (words after it: a kicker, "Ukraine: …", says
  /// nothing) and names no action, and the statement's first harm lies in the very next clause,
  /// opened by a colon, where no side's form may be the agent.
  func elaborationClaim() -> AgentClaim? {
    guard let topic = openingSubject() else { return nil }
    let topicClause = tokens[topic.range.lowerBound].clause
    guard topic.range.upperBound < words.count, tokens[topic.range.upperBound].clause == topicClause else { return nil }
    let harmClause = tokens[firstHarm].clause
    guard harmClause == topicClause + 1, tokens[firstHarm].afterColon,
      !events.contains(where: { tokens[$0].clause == topicClause }),
      !candidates.contains(where: { tokens[$0.range.lowerBound].clause == harmClause })
    else { return nil }
    let clause = clauseRanges[harmClause] ?? firstHarm..<(firstHarm + 1)
    return AgentClaim(kind: .subject, entity: topic.entity, evidence: "\(phrase(topic.range)) : \(phrase(clause.lowerBound..<(firstHarm + 1)))")
  }
}
