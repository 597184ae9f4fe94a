/// The people on a side as agents: read after the sides' forms, and only where a person is
/// plainly the doer. A person a statement names is mostly its speaker ("Peskow: …"), a witness
/// ("Poutine a été informé de cette attaque") or a source ("według gubernatora Gładkowa"), so a
/// person is never an accused, a cause or an antecedent here, as a side's form may be.
extension AgentFinder {
  /// The agent a person on a side is in a statement that names no side's form as one, or nil:
  /// 1. a person a by-phrase names, with an action word a few words before the phrase or right
  ///    after the person, as for a side, or with a word of ordering or deciding and an action
  ///    word anywhere before the phrase ("Decyzja o wysadzeniu … nie została podjęta ani przez
  ///    ministra …, lecz osobiście przez Władimira Putina");
  /// 2. a person in no oblique case whose action word follows in the clause with nothing but
  ///    links, support verbs, auxiliaries and verbs of launching, ordering or deciding between
  ///    ("Putin ordered the strike", "Путин приказал нанести удар"); a negator or a passive form
  ///    (its patient: "Gładkowa uszkodzony") ends it.
  func personClaim(_ read: ReadWords, _ cues: Prepared) -> AgentClaim? {
    guard !cues.phases.people.isEmpty else { return nil }
    let words = read.facts.map(\.word)
    let people = Self.mentions(of: cues.phases.people, in: words)
    guard !people.isEmpty else { return nil }
    let tokens = read.tokens
    let surface = tokens.map(\.text)
    func phrase(_ range: Range<Int>) -> String { surface[range].joined(separator: " ") }
    let events = Set(words.indices.filter { read.facts[$0].isAction })
    let covered = Set((people + Self.agentMentions(in: words, cues: cues)).flatMap { Array($0.range) })
    func isOrdering(_ index: Int) -> Bool { cues.phases.orders.contains { words[index].hasPrefix($0) } }
    for mention in people {
      guard let start = Self.phraseStart(before: mention.range.lowerBound, cues.by, words: words, tokens: tokens, events: events, covered: covered, cues: cues)
      else { continue }
      let clause = tokens[start].clause
      let near = (max(0, start - Self.byReach)..<min(words.count, mention.range.upperBound + Self.byReachAfter)).contains { index in
        tokens[index].clause == clause && (events.contains(index) || cues.passive.contains(words[index]))
      }
      let ordered = (0..<start).contains(where: isOrdering) && (0..<start).contains(where: events.contains)
      if near || ordered { return AgentClaim(kind: .byPhrase, entity: mention.entity, evidence: phrase(start..<mention.range.upperBound)) }
    }
    for mention in people where !Self.isOblique(words[mention.range.lowerBound], cues.oblique) {
      let clause = tokens[mention.range.lowerBound].clause
      var next = mention.range.upperBound
      while next < words.count, tokens[next].clause == clause, !cues.negators.contains(words[next]) {
        if events.contains(next) {
          guard !cues.passive.contains(words[next]) else { break }
          return AgentClaim(kind: .subject, entity: mention.entity, evidence: phrase(mention.range.lowerBound..<(next + 1)))
        }
        let word = words[next]
        guard cues.links.contains(word) || cues.supports.contains(word) || cues.auxiliaries.contains(word) || Self.isLaunching(word, cues) || isOrdering(next)
        else { break }
        next += 1
      }
    }
    return nil
  }
}
