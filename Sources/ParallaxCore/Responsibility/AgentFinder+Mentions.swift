/// How `claim` finds the sides a statement names, and the phrases around them: each a function
/// of the statement's folded words, their tokens (for clauses) and the language's cues.
extension AgentFinder {
  /// Every mention of an agent's form, longest form first at a position, in order.
  static func agentMentions(in words: [String], cues: Prepared) -> [Mention] { mentions(of: cues.agents, in: words) }

  /// Every mention of one of `forms` (word prefixes), longest form first at a position, in order.
  static func mentions(of forms: AgentForms, in words: [String]) -> [Mention] {
    var mentions: [Mention] = []
    guard !forms.isEmpty else { return mentions }
    var index = 0
    while index < words.count {
      var best: (EntityID, Int)?
      for position in forms.candidates(startingAt: words[index]) {
        let (entity, form) = forms.all[position]
        guard index + form.count <= words.count, form.count > (best?.1 ?? 0) else { continue }
        if zip(words[index..<(index + form.count)], form).allSatisfy({ $0.hasPrefix($1) }) { best = (entity, form.count) }
      }
      if let (entity, length) = best {
        mentions.append((entity, index..<(index + length)))
        index += length
      } else {
        index += 1
      }
    }
    return mentions
  }

  /// The start of a cue phrase (exact words) that ends at most `gap` words before `index`, in
  /// its clause, articles (`links`) not counted ("im Osten der Ukraine"); the words between are
  /// no action words (`events`) and no words of an agent's form (`covered`): "под обстрел
  /// украинских" is no target.
  static func phraseStart(
    before index: Int, _ phrases: [[String]], words: [String], tokens: [Token], events: Set<Int>, covered: Set<Int>,
    cues: Prepared
  ) -> Int? {
    for gap in 0...(Self.gap + 2) {
      guard ((index - gap)..<index).filter({ $0 >= 0 && !cues.links.contains(words[$0]) }).count <= Self.gap else { continue }
      for cue in phrases where !cue.isEmpty {
        let start = index - gap - cue.count
        guard start >= 0, tokens[start].clause == tokens[index].clause else { continue }
        guard ((index - gap)..<index).allSatisfy({ !events.contains($0) && !covered.contains($0) }) else { continue }
        if Array(words[start..<(start + cue.count)]) == cue { return start }
      }
    }
    return nil
  }

  /// Whether a participle of holding, installing or appointing (`holding`) governs the form at
  /// `range` through a by-phrase (`byPhrase` gives where one starts before a word): the
  /// participle right before the phrase ("la ville occupée par les forces russes") or, where
  /// the participle closes its phrase, right after the form ("der von Russland eingesetzte
  /// Bürgermeister"), or the form is the first part of a compound with one ("Moscow-installed").
  /// Such a form names who holds a place or appointed an official, never an agent.
  static func isHolder(_ range: Range<Int>, words: [String], tokens: [Token], cues: Prepared, byPhrase: (Int) -> Int?) -> Bool {
    guard !cues.holding.isEmpty else { return false }
    func holds(_ word: Substring) -> Bool { cues.holding.contains { word.hasPrefix($0) } }
    if let compound = words[range.upperBound - 1].split(separator: "-").dropFirst().last, holds(compound) { return true }
    guard let start = byPhrase(range.lowerBound) else { return false }
    var before = start - 1
    while before >= 0, cues.links.contains(words[before]) { before -= 1 }
    if before >= 0, tokens[before].clause == tokens[start].clause, holds(Substring(words[before])) { return true }
    return range.upperBound < words.count && tokens[range.upperBound].clause == tokens[range.lowerBound].clause
      && holds(Substring(words[range.upperBound]))
  }

  /// The words a pretext would accuse ("чтобы обвинить Киев в совершении преступлений"): the
  /// word right after a word of accusing that follows a word of purpose, links aside.
  static func pretexted(in words: [String], cues: Prepared) -> Set<Int> {
    var pretexted = Set<Int>()
    for index in words.indices where index > 0 && cues.purposes.contains(words[index - 1]) && cues.accusations.contains(where: { words[index].hasPrefix($0) }) {
      var next = index + 1
      while next < words.count, cues.links.contains(words[next]) { next += 1 }
      pretexted.insert(next)
    }
    return pretexted
  }

  /// The words of each clause (clause numbers never go down along the statement).
  static func clauseRanges(_ tokens: [Token]) -> [Int: Range<Int>] {
    var ranges: [Int: Range<Int>] = [:]
    for index in tokens.indices {
      let clause = tokens[index].clause
      ranges[clause] = (ranges[clause]?.lowerBound ?? index)..<(index + 1)
    }
    return ranges
  }
}
