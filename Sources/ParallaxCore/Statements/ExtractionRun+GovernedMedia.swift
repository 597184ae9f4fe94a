/// A medium named inside a prepositional phrase is where or to whom the words were said, not who
/// relays them: "Gegenüber der staatlichen Nachrichtenagentur X sagte Y", "in an interview with
/// the newspaper X, Y said" (issue 16, ninth pass). Such a medium takes no verb from the speaker.
extension ExtractionRun {
  /// Whether a preposition governs the medium's run opening at `clause[s]`: it stands right
  /// before the run or past up to three contiguous lowercase words (a determiner, adjectives, a
  /// media noun), and it is no agent preposition ("reported by the agency X", where the medium
  /// does relay).
  func mediumGoverned(_ clause: Clause, _ s: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    var k = s - 1
    var skipped = 0
    while k >= 0, contiguous(words, clause[k], clause[k + 1]) {
      let flags = lexicon.flags(ids[clause[k]])
      if flags.contains(.preposition) { return !flags.contains(.agent) }
      guard skipped < 3, words[clause[k]].hasLetter, !words[clause[k]].capitalized || flags.contains(.stopword) else { return false }
      skipped += 1
      k -= 1
    }
    return false
  }
}
