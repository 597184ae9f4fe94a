import ParallaxICU

/// Choosing among the candidates near one verb: a document yields to the subject written after
/// it, and of names joined as one subject the first speaks.
extension ExtractionRun {
  /// Whether the document at `candidates[k]`, after verb `v`, is only the verb's adjunct before
  /// its subject: "a déclaré dans un communiqué le porte-parole …, Stéphane Dujarric", "заявил в
  /// заявлении министр X". A name or a role within four words after the document, with no
  /// complementizer between, speaks instead.
  func documentYields(
    _ k: Int, after v: Int, candidates: [(position: Int, candidate: Candidate)], barriers: [Int], lexicon: CompiledLexicon
  ) -> Bool {
    let document = candidates[k]
    guard case .document = document.candidate.kind, document.position > v else { return false }
    let end = document.position + (document.candidate.last - document.candidate.first)
    for other in candidates[(k + 1)...] {
      guard other.position <= end + 4 else { break }
      if barriers.contains(where: { $0 > end && $0 < other.position }) { break }
      switch other.candidate.kind {
      case .named: return true
      case .referent(let r): if r >= lexicon.firstRole { return true }
      case .document, .dropped, .medium: continue
      }
    }
    return false
  }

  /// The first of the names joined with the name at `candidates[k]` into one subject by
  /// commas and a conjunction ("Germany, Denmark and Sweden do not rule out …", "Kyiv and
  /// Moscow said"): a statement has one speaker, the first named. `k` itself when no
  /// conjunction joins it to a name before it. A name that qualifies a title (`complements`:
  /// "Sekretarz Rady Bezpieczeństwa Narodowego i Obrony Jan Nowak") is joined to nothing.
  func firstConjunct(
    _ k: Int, candidates: [(position: Int, candidate: Candidate)], complements: Set<Int>, clause: Clause, words: [WordToken],
    ids: [Int32], lexicon: CompiledLexicon
  ) -> Int {
    guard case .named = candidates[k].candidate.kind else { return k }
    var current = k
    var joined = false
    while current > 0 {
      let previous = candidates[current - 1]
      let next = candidates[current]
      guard case .named = previous.candidate.kind, !complements.contains(previous.position) else { break }
      let previousEnd = previous.position + (previous.candidate.last - previous.candidate.first)
      let gap = words[previous.candidate.last].range.upperBound..<words[next.candidate.first].range.lowerBound
      if next.position == previousEnd + 1, hasComma(gap.lowerBound, gap.upperBound) {
        current -= 1
        continue
      }
      // One conjunction between, with a comma before it at most ("A, B and C", "A, B, and C"),
      // and an article after it where the language writes one before a country's name
      // ("l'Ukraine et la Russie ont confirmé": a stopword or determiner of the lexicon).
      guard lexicon.flags(ids[clause[previousEnd + 1]]).contains(.conjunction) else { break }
      var nextStart = previousEnd + 2
      if next.position == previousEnd + 3, !lexicon.flags(ids[clause[previousEnd + 2]]).isDisjoint(with: [.stopword, .determiner]),
        !words[clause[previousEnd + 2]].capitalized
      {
        nextStart = previousEnd + 3
      }
      guard next.position == nextStart else { break }
      let afterConjunction = words[clause[previousEnd + 1]].range.upperBound..<words[next.candidate.first].range.lowerBound
      guard !hasComma(afterConjunction.lowerBound, afterConjunction.upperBound) else { break }
      joined = true
      current -= 1
    }
    guard joined else { return k }
    // The first name opens the subject: after a lowercase word of no list it is that word's
    // complement ("Sekretarz ukraińskiej Rady … i Obrony Jan Nowak"), and joins nothing.
    let first = candidates[current].candidate.first
    if first > 0, contiguous(words, first - 1, first), words[first - 1].hasLetter, !words[first - 1].capitalized,
      lexicon.flags(ids[first - 1]).isDisjoint(with: [.stopword, .determiner, .conjunction])
    {
      return k
    }
    return current
  }

  /// Whether the verb at `clause[v]` has its subject before it in a shape that makes every name
  /// after the verb something else: a relative pronoun right before it ("ministerstwo, które
  /// oskarżyło Kijów": Kyiv is the object), or, for a name past the comma right after the verb,
  /// a reporting clause opened by an as-word ("Jak dodał, Moskwa próbuje …": Moscow opens the
  /// reported clause).
  func subjectBefore(_ v: Int, candidate position: Int, clause: Clause, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    guard position > v, v > 0, contiguous(words, clause[v - 1], clause[v]) else { return false }
    let before = lexicon.flags(ids[clause[v - 1]])
    if before.contains(.relativePronoun) { return true }
    guard before.contains(.asClauseOpener), v + 1 < clause.count else { return false }
    return hasComma(words[clause[v]].range.upperBound, words[clause[v + 1]].range.lowerBound)
  }
}
