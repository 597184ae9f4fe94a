/// Case inside names (issue 16, seventh speaker pass): registry names whose later words are
/// written in lowercase ("Білий дім", "Белый дом"), where the capitalized run holds the first
/// word only, which the registry does not know alone; and cue words written capitalized inside
/// a name ("dal Secondo Dopoguerra").
extension ExtractionRun {
  /// Whether `clause[c]` is written capitalized right after a lowercase word of its clause: a
  /// cue there ("dal Secondo Dopoguerra") is part of a name, as a capitalized verb form is.
  func capitalizedInside(_ clause: Clause, _ c: Int, words: [WordToken]) -> Bool {
    guard c > 0, words[clause[c]].capitalized else { return false }
    let previous = words[clause[c - 1]]
    return !previous.capitalized && previous.hasLetter && contiguous(words, clause[c - 1], clause[c])
  }

  /// The mention of the run `first...last` stretched over the lowercase words right after it
  /// (at most two, each in some registry form, none a reporting verb), when the longer stretch
  /// is a registry name not recorded only in an oblique case; nil otherwise. Issue 16, seventh
  /// speaker pass: "Білий дім заявив".
  /// - Parameter source: the run follows a preposition of source ("В Офісі президента
  ///   сказали"): a form in an oblique case is the impersonal plural's source, and is taken.
  mutating func lowercaseTailMention(
    _ view: TokenView, first: Int, last: Int, contextFrom: Int, position: Int, lexicon: CompiledLexicon, source: Bool = false
  ) -> Mention? {
    var end = last
    while end + 1 < view.words.count, end - last < 2 {
      let next = end + 1
      let word = view.words[next]
      guard !word.capitalized, word.hasLetter, contiguous(view.words, end, next),
        lexicon.flags(view.lexicon[next]).isDisjoint(with: [.verb, .preposition, .conjunction, .negation]),
        mayResolve(state.allIDs[view.base + next])
      else { return nil }
      end = next
      let mention = makeMention(view, first: first, last: end, contextFrom: contextFrom, position: position, lexicon: lexicon)
      // A form the registry records only in an oblique case ("Херсонської області", "Білому
      // домі") is a complement, as the capitalized word alone was: left as it is.
      if mention.entity != nil, mention.name.last == end {
        let folded = Array(TextFold.fold(surface(view.words, first, end)).utf8)
        return !source && extractor.isOblique(folded: folded) ? nil : mention
      }
    }
    return nil
  }
}
