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
    // Only the gaps between words: a hyphen or a letter inside a word breaks nothing. Nor do
    // quotation marks that open and close inside the middle field: a word quoted there is the
    // participle's object ("X hat den Plan als \"voreilig\" bezeichnet").
    var quotes = 0
    for k in (last + 1)..<v {
      let gap = words[clause[k]].range.upperBound..<words[clause[k + 1]].range.lowerBound
      guard gapBreaksClause(gap) else { continue }
      guard let marks = quotationMarks(in: gap) else { return false }
      quotes += marks
    }
    return quotes % 2 == 0
  }

  /// How many quotation marks the gap `gap` between two words holds, when they and spaces
  /// are all it holds; nil when it holds anything else.
  func quotationMarks(in gap: Range<Int>) -> Int? {
    var marks = 0
    for scalar in String(decoding: bytes[gap], as: UTF8.self).unicodeScalars where scalar != " " {
      guard scalar.properties.isQuotationMark else { return nil }
      marks += 1
    }
    return marks
  }
}
