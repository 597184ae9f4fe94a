import ParallaxICU

/// Bodies named with the state they belong to: "в МИД РФ", "минобороны РФ", "у Міністерстві
/// закордонних справ Росії", "Ministerstwo Obrony Rosji". The registry may know only the state
/// of such a phrase; the body speaks, never the state.
extension ExtractionRun {
  /// The body whose institution word stands before the place `mention` names: inside the
  /// candidate's own run ("Ministerstwo Obrony Rosji"), or right before it, past up to three
  /// lowercase words of its complement ("Міністерстві закордонних справ Росії") and nothing
  /// else (no verb, preposition, conjunction or punctuation). Nil when `mention` is no place or
  /// no institution word qualifies it.
  /// - Returns: the registry's body for the whole phrase when it knows one ("МИД РФ"), else an
  ///   unresolved institution named by the phrase as written.
  mutating func qualifiedBody(
    _ mention: Mention, _ candidate: Candidate, view: TokenView, lexicon: CompiledLexicon, position: Int
  ) -> Mention? {
    // The place is the run's own words (not an earlier full name its last word recalls).
    guard Self.isPlace(mention) || unknownComplement(mention, candidate), mention.name.paragraph == view.paragraph,
      mention.name.first >= candidate.first, mention.name.last <= candidate.last
    else { return nil }
    func institutional(_ k: Int) -> Bool {
      lexicon.flags(view.lexicon[k]).contains(.organization) || headedByOrganization(state.allIDs[view.base + k], lexicon: lexicon)
    }
    var start: Int?
    // An institution word inside the run, before the place the registry resolved.
    if let inside = (candidate.first..<mention.name.first).first(where: institutional) {
      start = inside
    } else {
      start = institutionWord(before: candidate.first, words: view.words, ids: view.lexicon, lexicon: lexicon)
      // "глава министерства Петренко", "szef służby prasowej pułku Azow": a body a few words
      // after a title is whose the title is; the name after it is the title's holder or a
      // name of the body's own, not a state that qualifies it.
      if let found = start, !Self.isPlace(mention), titled(found, view: view, lexicon: lexicon) { start = nil }
    }
    guard let start else { return nil }
    let last = candidate.last
    let known = makeMention(view, first: start, last: last, contextFrom: start, position: position, lexicon: lexicon)
    if let entity = known.entity, !entity.hasKind("person"), !entity.hasKind("place"),
      known.name.first == start
    {
      var body = known
      body.organization = true
      return body
    }
    return Mention(
      position: position, name: view.mentionName(start, last), entity: nil, organization: true,
      context: (view.base + start)..<(view.base + last + 1), earlierContext: [], lastWord: state.allIDs[view.base + last])
  }

  /// Whether `mention` is one word the registry does not know, the whole candidate: right
  /// after an institution word it is that body's complement, a state in the genitive most often
  /// ("Министерство энергетики Венгрии заявило"), and the body speaks, not the word.
  func unknownComplement(_ mention: Mention, _ candidate: Candidate) -> Bool {
    mention.entity == nil && !mention.organization && candidate.first == candidate.last
      && mention.name.first == candidate.first && mention.name.last == candidate.last
  }

  /// Whether a title stands among the few words right before word `k`, with no punctuation
  /// between ("szef służby prasowej | pułku").
  func titled(_ k: Int, view: TokenView, lexicon: CompiledLexicon) -> Bool {
    var j = k - 1
    while j >= 0, j >= k - 4, contiguous(view.words, j, j + 1) {
      if lexicon.flags(view.lexicon[j]).contains(.title) { return true }
      j -= 1
    }
    return false
  }

  /// The institution word that a name opening at word `first` qualifies: right before it, or
  /// past up to three lowercase words of its complement ("Міністерстві закордонних справ
  /// Росії"), with nothing else between (no verb, preposition, conjunction or punctuation).
  func institutionWord(before first: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Int? {
    var k = first - 1
    var skipped = 0
    while k >= 0, contiguous(words, k, k + 1) {
      let flags = lexicon.flags(ids[k])
      if flags.contains(.organization) { return k }
      guard skipped < 3, words[k].hasLetter, !words[k].capitalized,
        flags.isDisjoint(with: [.verb, .preposition, .sourcePreposition, .stopword, .conjunction, .determiner, .startsPhrase])
      else { return nil }
      skipped += 1
      k -= 1
    }
    return nil
  }

  /// Whether the named run `first...last` after a verb belongs to an institution's name, in
  /// which its last word is a genitive of the state ("oświadczyło Ministerstwo Obrony Rosji",
  /// "підтвердили у Міністерстві закордонних справ Росії"): such a word is no object of the
  /// verb, and the body may speak.
  func namesInstitution(_ first: Int, _ last: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    (first..<last).contains { lexicon.flags(ids[$0]).contains(.organization) }
      || institutionWord(before: first, words: words, ids: ids, lexicon: lexicon) != nil
  }

  /// Whether an institution's role noun carries its own qualifier before it, one of them
  /// capitalized: "the Russian defence ministry", "Germany's foreign ministry". Up to three
  /// contiguous words before it, none a stopword, determiner, preposition, conjunction or verb.
  func ownQualifier(_ candidate: Candidate, view: TokenView, lexicon: CompiledLexicon) -> Bool {
    var k = candidate.first - 1
    var seen = 0
    var capitalized = false
    while k >= 0, seen < 3, contiguous(view.words, k, k + 1), view.words[k].hasLetter,
      lexicon.flags(view.lexicon[k]).isDisjoint(with: [.stopword, .determiner, .preposition, .sourcePreposition, .verb, .conjunction])
    {
      if view.words[k].capitalized { capitalized = true }
      seen += 1
      k -= 1
    }
    return capitalized
  }
}
