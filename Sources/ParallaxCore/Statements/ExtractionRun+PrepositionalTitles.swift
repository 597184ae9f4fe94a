/// Names that hold a title inside a prepositional phrase: "una reunión con el jefe del puerto,
/// X, …, Y afirmó", "un incontro con il capo del porto X, dichiarando", "com o líder A e o
/// presidente B, X". The preposition governs the title and its holder alike, so the holder is no
/// subject (issue 16, ninth pass).
extension ExtractionRun {
  /// Whether the named candidate at `candidates[k]` holds a role noun that a preposition
  /// governs: a role candidate up to 14 words before it, with no verb between them, the name
  /// right after the role (up to four words on) or set off from it by a comma, and the role
  /// opening right after a preposition (past a determiner), or joined by a conjunction to a
  /// role that does. A cue ending right before the role ("de acuerdo con el portavoz, X") makes
  /// the phrase a source, not a complement, and the name still speaks.
  func holdsPrepositionalTitle(
    _ k: Int, candidates: [(position: Int, candidate: Candidate)], cues: [(position: Int, relay: Bool, length: Int)],
    clause: Clause, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> Bool {
    guard case .named = candidates[k].candidate.kind else { return false }
    let position = candidates[k].position
    guard position > 0 else { return false }
    let comma = hasComma(words[clause[position - 1]].range.upperBound, words[clause[position]].range.lowerBound)
    // The roles before the name, nearest first, up to the first verb.
    var roles: [(position: Int, end: Int)] = []
    for j in stride(from: k - 1, through: 0, by: -1) {
      let other = candidates[j]
      guard position - other.position <= 14 else { break }
      guard case .referent(let r) = other.candidate.kind, r >= lexicon.firstRole,
        lexicon.referents[r].kind == "person"
      else { continue }
      if (other.position..<position).contains(where: { lexicon.isVerb(ids[clause[$0]]) }) { break }
      roles.append((other.position, other.position + (other.candidate.last - other.candidate.first)))
    }
    guard let nearest = roles.first, comma || position - nearest.end <= 4 else { return false }
    func governed(_ role: (position: Int, end: Int)) -> Bool {
      let cued = cues.contains { !$0.relay && $0.position < role.position && $0.position + $0.length >= role.position - 1 }
      return !cued && afterPreposition(clause, role.position, words: words, ids: ids, lexicon: lexicon)
    }
    if governed(nearest) { return true }
    // "com o líder ucraniano e o presidente russo, X": a role joined by a conjunction to one
    // the preposition governs is in the phrase too.
    guard roles.count > 1, nearest.position > 0, contiguous(words, clause[nearest.position - 1], clause[nearest.position]),
      lexicon.flags(ids[clause[nearest.position - 1]]).contains(.conjunction),
      roles[1].end < nearest.position - 1,
      !hasComma(words[clause[roles[1].end]].range.upperBound, words[clause[nearest.position]].range.lowerBound)
    else { return false }
    return governed(roles[1])
  }
}
