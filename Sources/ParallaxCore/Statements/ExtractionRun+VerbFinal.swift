/// Where nouns are capitalized (German), the participle of a compound tense closes its clause,
/// however long the middle field: "X hat sich nach … zur Ursache geäußert", "X hat am Dienstag …
/// die Öffnung gefordert". The subject stands right before the finite auxiliary, and is as near
/// the participle as the auxiliary is (issue 16, ninth pass).
extension ExtractionRun {
  /// Whether the candidate ending at clause position `last` is followed right away by a verb
  /// adjunct (the finite auxiliary: "hat", "hatte", "haben") whose group the verb at `v` closes:
  /// no comma, colon, dash, quotation mark, complementizer or other reporting verb between them.
  func subjectOfAuxiliary(
    _ last: Int, verb v: Int, clause: Clause, barriers: [Int], verbs: [Int], words: [WordToken], ids: [Int32],
    lexicon: CompiledLexicon
  ) -> Bool {
    guard lexicon.capitalizesNouns, last + 1 < v, contiguous(words, clause[last], clause[last + 1]),
      lexicon.flags(ids[clause[last + 1]]).contains(.adjunct)
    else { return false }
    if barriers.contains(where: { $0 > last && $0 < v }) || verbs.contains(where: { $0 > last + 1 && $0 < v }) { return false }
    // Only the gaps between words: a hyphen or a letter inside a word breaks nothing.
    return !((last + 1)..<v).contains { k in gapBreaksClause(words[clause[k]].range.upperBound..<words[clause[k + 1]].range.lowerBound) }
  }
}
