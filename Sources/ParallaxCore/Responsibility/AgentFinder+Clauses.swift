/// Readings of the `AgentFinder` that join an action to an agent in another clause or phrase:
/// action words made with a prefix, relative clauses about an action or a weapon, and deeds
/// after a copula.
extension AgentFinder {
  /// An agent's form in a statement: the entity and the words it covers.
  typealias Mention = (entity: EntityID, range: Range<Int>)

  /// How many words other than links may stand between a deed and its agent ("un atto
  /// *deliberato* dei russi", "an act *of* the Russian army").
  static let deedReach = 2

  /// Whether a case-folded word is an action or weapon word: it starts with a stem of `events`,
  /// or with a word-forming prefix and then one ("антиракета", "anti-missile", "antimisiles").
  static func isAction(_ word: String, _ cues: Prepared) -> Bool {
    if cues.actionStems.begins(Substring(word), where: { word.hasNormalizedPrefix($0) }) { return true }
    for prefix in cues.eventPrefixes where word.count > prefix.count && word.hasNormalizedPrefix(prefix) {
      var rest = word.dropFirst(prefix.count)
      if rest.first == "-" { rest = rest.dropFirst() }
      if cues.actionStems.begins(rest, where: { rest.hasPrefix($0) }) { return true }
    }
    return false
  }

  /// Whether a case-folded word is a verb of launching, firing, committing or using.
  static func isLaunching(_ word: String, _ cues: Prepared) -> Bool {
    cues.launches.contains { word.hasNormalizedPrefix($0) }
  }

  /// The agent of a relative clause about an action or weapon word, and that word's position:
  /// the relative pronoun follows the word with at most one word other than links between (or
  /// opens the next clause right after them), and its clause holds a verb of launching, firing,
  /// committing or using (or a support verb) and an agent, before or after that verb ("ракеты
  /// ПВО, которую ВСУ выпустили", "«otro crimen premeditado» que comete Rusia"). Condemning is
  /// no launching: "el ataque que condenó Rusia" names no agent.
  /// - Parameters:
  ///   - elided: the word elided before an apostrophe, if any ("qu" of "qu'a"): such a pronoun
  ///     opens its clause inside the word.
  ///   - accusing: the positions of words of accusing: an agent before one is the accuser.
  ///   - candidates: the agents' forms that may be agents, in order.
  static func relativeAgent(
    words: [String], tokens: [Token], elided: [String?], events: Set<Int>, accusing: Set<Int>, candidates: [Mention], cues: Prepared
  ) -> (head: Int, mention: Mention)? {
    guard !cues.relatives.isEmpty else { return nil }
    for index in words.indices {
      let start: Int
      if cues.relatives.contains(words[index]) {
        start = index + 1
      } else if let word = elided[index], cues.relatives.contains(word) {
        start = index
      } else {
        continue
      }
      var previous = index - 1
      var counted = 0
      var head: Int?
      while previous >= 0, counted <= gap, tokens[previous].clause == tokens[index - 1].clause {
        if events.contains(previous) {
          head = previous
          break
        }
        if !cues.links.contains(words[previous]) { counted += 1 }
        previous -= 1
      }
      guard let head, tokens[index].clause - tokens[head].clause <= 1 else { continue }
      let clause = tokens[index].clause
      var end = start
      while end < words.count, tokens[end].clause == clause { end += 1 }
      let inside = start..<end
      guard inside.contains(where: { isLaunching(words[$0], cues) || cues.supports.contains(words[$0]) }) else { continue }
      // An accuser in the clause is no agent: the agent comes after the word of accusing ("que
      // Moscú acusó al ejército ucraniano de perpetrar").
      let from = (inside.last(where: { accusing.contains($0) }) ?? start - 1) + 1
      if let mention = candidates.first(where: { (from..<end).contains($0.range.lowerBound) }) { return (head, mention) }
    }
    return nil
  }

  /// The agent of a deed after a copula whose subject is an action word, and the deed's
  /// position ("La distruzione della diga è un atto deliberato dei russi"): the deed follows the
  /// copula (`auxiliaries`) with at most one word other than links between, an action word is
  /// before the copula in its clause, and the agent follows the deed within `deedReach`.
  static func deedAgent(
    words: [String], tokens: [Token], events: Set<Int>, candidateAt: [Int: Mention], cues: Prepared
  ) -> (deed: Int, mention: Mention)? {
    for deed in words.indices where cues.deeds.contains(words[deed]) {
      let clause = tokens[deed].clause
      var copula = deed - 1
      var counted = 0
      while copula >= 0, tokens[copula].clause == clause, !cues.auxiliaries.contains(words[copula]), counted <= gap {
        if !cues.links.contains(words[copula]) { counted += 1 }
        copula -= 1
      }
      guard copula > 0, tokens[copula].clause == clause, cues.auxiliaries.contains(words[copula]),
        (0..<copula).contains(where: { events.contains($0) && tokens[$0].clause == clause })
      else { continue }
      var next = deed + 1
      counted = 0
      while next < words.count, tokens[next].clause == clause, counted <= deedReach {
        if let mention = candidateAt[next] { return (deed, mention) }
        if !cues.links.contains(words[next]) { counted += 1 }
        next += 1
      }
    }
    return nil
  }
}

extension AgentFinder {
  /// Whether the form at `range` is the subject of a negated verb: a negator (`negators`, an
  /// elided one too: "n'ont") follows it in its clause before any action word, within the
  /// subject window ("Les forces russes ne bombardent pas", "Russian forces did not strike").
  static func deniesItsAction(
    _ range: Range<Int>, words: [String], tokens: [Token], elided: [String?], events: Set<Int>, cues: Prepared
  ) -> Bool {
    guard !cues.negators.isEmpty else { return false }
    var next = range.upperBound
    var counted = 0
    while next < words.count, tokens[next].clause == tokens[range.lowerBound].clause, counted <= cues.subjectWindow {
      if cues.negators.contains(words[next]) || elided[next].map(cues.negators.contains) == true { return true }
      if events.contains(next) { return false }
      if !cues.links.contains(words[next]) && !cues.auxiliaries.contains(words[next]) { counted += 1 }
      next += 1
    }
    return false
  }
}
