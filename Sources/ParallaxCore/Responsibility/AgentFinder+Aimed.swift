/// A weapon a statement says was aimed at: the target of a word of intercepting or of a verb of
/// launching with a target phrase, whose side is the side of what was shot at, not the agent
/// of the harm ("a missile fired to destroy missiles launched by Russia", "deux missiles ont été
/// tirés contre un missile russe").
extension AgentFinder {
  /// The starts of the sides' forms that name whose weapon was aimed at: the weapon (an action
  /// or weapon word) follows a word of intercepting (`intercepting`: "intercept", "przechwyc",
  /// "сбить"), links and forms between ("zniszczenia rosyjskich pocisków"), or a verb of
  /// launching (`launches`) and a target phrase right after it, links only between ("tirés
  /// contre un missile"); the forms between, a form right after the weapon (links aside: "un
  /// missile russe") and one in a by-phrase a few words after it (`byReachAfter`: "pocisków
  /// skierowanych przez Rosję") are the weapon's side. All in the trigger's clause, no other
  /// action word between.
  /// - Parameters:
  ///   - events: the positions of action words.
  ///   - mentions: the sides' forms in the statement, in order.
  static func aimedAt(words: [String], tokens: [Token], events: Set<Int>, mentions: [Mention], cues: Prepared) -> Set<Int> {
    let intercepting = cues.phases.intercepting
    guard !mentions.isEmpty, !intercepting.isEmpty else { return [] }
    let mentionAt = Dictionary(mentions.map { ($0.range.lowerBound, $0) }, uniquingKeysWith: { first, _ in first })
    let covered = Set(mentions.flatMap { Array($0.range) })
    var aimed = Set<Int>()
    for index in words.indices {
      let clause = tokens[index].clause
      var next: Int
      var formsBetween: Bool
      if intercepting.contains(where: { words[index].hasPrefix($0) }) {
        (next, formsBetween) = (index + 1, true)
      } else if isLaunching(words[index], cues), let end = targetPhraseEnd(after: index, words: words, tokens: tokens, cues: cues) {
        (next, formsBetween) = (end, false)
      } else {
        continue
      }
      // The weapon: the first action word after the trigger, links (and forms) between.
      var inside: [Int] = []
      while next < words.count, tokens[next].clause == clause, !events.contains(next) {
        if formsBetween, let mention = mentionAt[next] {
          inside.append(next)
          next = mention.range.upperBound
          continue
        }
        guard cues.links.contains(words[next]) else { break }
        next += 1
      }
      guard next < words.count, tokens[next].clause == clause, events.contains(next) else { continue }
      let weapon = next
      // Its side after it: a form right after it, links aside, or one a by-phrase governs.
      var after = weapon + 1
      var counted = 0
      while after < words.count, tokens[after].clause == clause, !events.contains(after), counted <= byReachAfter {
        if mentionAt[after] != nil {
          let adjacent = ((weapon + 1)..<after).allSatisfy { cues.links.contains(words[$0]) }
          let governed = phraseStart(before: after, cues.by, words: words, tokens: tokens, events: events, covered: covered, cues: cues) != nil
          if adjacent || governed { inside.append(after) }
          break
        }
        if !cues.links.contains(words[after]) { counted += 1 }
        after += 1
      }
      aimed.formUnion(inside)
    }
    return aimed
  }

  /// Where a target phrase (`targets`) that starts right after the verb at `verb` (links
  /// between) ends, in the verb's clause; nil when none does.
  static func targetPhraseEnd(after verb: Int, words: [String], tokens: [Token], cues: Prepared) -> Int? {
    var start = verb + 1
    while start < words.count, cues.links.contains(words[start]) { start += 1 }
    for phrase in cues.targets where !phrase.isEmpty && start + phrase.count <= words.count {
      guard tokens[start + phrase.count - 1].clause == tokens[verb].clause else { continue }
      if Array(words[start..<(start + phrase.count)]) == phrase { return start + phrase.count }
    }
    return nil
  }
}
