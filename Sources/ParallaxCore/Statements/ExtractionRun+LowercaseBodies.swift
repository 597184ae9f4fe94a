/// Bodies the registry knows under a name that opens in lowercase (issue 16, thirteenth speaker
/// pass): "les forces armées ukrainiennes ont indiqué", "die ukrainische Luftwaffe teilte mit",
/// "la fuerza aérea ucraniana informó". No capitalized run holds such a name, so the clause scan
/// looks it up where it opens.
extension ExtractionRun {
  /// The most words a lowercase body's name is looked up with.
  static let lowercaseBodyWords = 5

  /// The clause position of the last word of a body the registry knows (not a person, not a
  /// place) whose name opens at clause position `c` with a lowercase word, or with a capitalized
  /// one (a sentence's first: "L’armée de l’air ukrainienne a indiqué") before a lowercase one,
  /// longest first: two words or more, each in some registry form, none a verb, with nothing but
  /// spaces between. Nil when no such name opens there (most words: one that no registry form
  /// holds is turned away by a memo read).
  mutating func lowercaseBody(
    _ clause: Clause, _ c: Int, paragraph: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> Int? {
    let word = words[clause[c]]
    guard !word.capitalized || (c + 1 < clause.count && !words[clause[c + 1]].capitalized), word.hasLetter,
      lexicon.flags(ids[clause[c]]).isDisjoint(with: [.stopword, .determiner, .preposition, .verb, .conjunction, .negation]),
      paragraph < state.views.count, let base = state.views[paragraph]?.base, mayResolve(state.allIDs[base + clause[c]])
    else { return nil }
    // "des réacteurs de la centrale nucléaire de …": after a preposition (past its article) the
    // body is a complement; after a word of source ("selon", "у") it is the source.
    var before = c - 1
    while before >= 0, !lexicon.flags(ids[clause[before]]).isDisjoint(with: [.determiner, .stopword]),
      !lexicon.flags(ids[clause[before]]).contains(.preposition)
    {
      before -= 1
    }
    if before >= 0, lexicon.flags(ids[clause[before]]).contains(.preposition),
      !lexicon.flags(ids[clause[before]]).contains(.sourcePreposition)
    {
      return nil
    }
    var end = c
    while end + 1 < clause.count, end - c + 1 < Self.lowercaseBodyWords, contiguous(words, clause[end], clause[end + 1]),
      !lexicon.isVerb(ids[clause[end + 1]]), mayResolve(state.allIDs[base + clause[end + 1]])
    {
      end += 1
    }
    guard end > c else { return nil }
    // A form the registry records in an oblique case ("Білого дому", "russischen
    // Außenministeriums", "в Международном комитете") is a complement, or the source of an
    // impersonal plural, which the capitalized run's reading knows: left to it.
    return longestRegistered(clause, from: c, through: end, shortest: c + 1, words: words) {
      !$0.hasKind("person") && !$0.hasKind("place")
    }
  }

  /// The last clause position of the longest run `clause[c...e]` (`e` from `end` down to
  /// `shortest`) that the registry knows as an entity `accepted` takes; nil when there is none,
  /// or when the registry records that form only in an oblique case (a complement, no subject).
  mutating func longestRegistered(
    _ clause: Clause, from c: Int, through end: Int, shortest: Int, words: [WordToken], accepted: (EntityID) -> Bool
  ) -> Int? {
    for e in stride(from: end, through: shortest, by: -1) {
      let name = surface(words, clause[c], clause[e])
      guard let entity = resolveName(name), accepted(entity) else { continue }
      return extractor.isOblique(folded: Array(TextFold.fold(name).utf8)) ? nil : e
    }
    return nil
  }

  /// The most words a lowercase person's name is looked up with ("володимир путін").
  static let lowercasePersonWords = 3

  /// The clause position of the last word of a person the registry knows, written in
  /// lowercase from clause position `c` on ("президент росії володимир путін заявив"), where
  /// the language's copy may write names so (`lowercasePersons`); longest first, in the
  /// nominative only (an oblique form is a complement). Nil when no such name opens there.
  mutating func lowercasePerson(
    _ clause: Clause, _ c: Int, paragraph: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> Int? {
    guard lexicon.lowercasePersons else { return nil }
    let word = words[clause[c]]
    guard !word.capitalized, word.hasLetter,
      lexicon.flags(ids[clause[c]]).isDisjoint(with: [.stopword, .determiner, .preposition, .verb, .conjunction, .negation]),
      paragraph < state.views.count, let base = state.views[paragraph]?.base, mayResolve(state.allIDs[base + clause[c]])
    else { return nil }
    var end = c
    while end + 1 < clause.count, end - c + 1 < Self.lowercasePersonWords, contiguous(words, clause[end], clause[end + 1]),
      !words[clause[end + 1]].capitalized, !lexicon.isVerb(ids[clause[end + 1]]), mayResolve(state.allIDs[base + clause[end + 1]])
    {
      end += 1
    }
    return longestRegistered(clause, from: c, through: end, shortest: c, words: words) { $0.hasKind("person") }
  }
}
