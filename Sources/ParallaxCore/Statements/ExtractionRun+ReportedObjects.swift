/// A name that ends the reported clause right before an incise: "Il est absurde de soupçonner
/// X, a déclaré Y", "…, dijo Y". A comma follows the name as it follows a subject whose
/// appositive or relative clause closes at the verb ("X, qui …, a déclaré"), but the name stands
/// after a lowercase word of the reported clause (its verb or noun), not at the clause's start
/// nor after a title: it is that clause's complement, and the name after the incise's verb is
/// the subject (issue 16, ninth pass).
extension ExtractionRun {
  /// Whether the candidate at clause position `appositive` ends a reported clause: the word
  /// before it (past one determiner or stopword) is a lowercase word that is no title,
  /// preposition, conjunction or reporting verb, and no role candidate ends right before it.
  func endsReportedClause(
    _ appositive: Int, clause: Clause, candidates: [(position: Int, candidate: Candidate)], words: [WordToken], ids: [Int32],
    lexicon: CompiledLexicon
  ) -> Bool {
    var k = appositive - 1
    guard k >= 0, contiguous(words, clause[k], clause[k + 1]) else { return false }
    if !lexicon.flags(ids[clause[k]]).isDisjoint(with: [.stopword, .determiner]), !words[clause[k]].capitalized {
      k -= 1
      guard k >= 0, contiguous(words, clause[k], clause[k + 1]) else { return false }
    }
    let word = words[clause[k]]
    guard word.hasLetter, !word.capitalized else { return false }
    let flags = lexicon.flags(ids[clause[k]])
    guard flags.isDisjoint(with: [.title, .titleLink, .preposition, .conjunction, .stopword, .determiner]), !lexicon.isVerb(ids[clause[k]])
    else { return false }
    // "le ministre X, …": a role noun before the name makes it the role's holder, a subject.
    return !candidates.contains { other in
      guard case .referent = other.candidate.kind, other.position < appositive else { return false }
      return other.position + (other.candidate.last - other.candidate.first) >= k
    }
  }
}
