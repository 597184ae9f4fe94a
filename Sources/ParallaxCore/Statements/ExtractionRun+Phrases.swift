import ParallaxICU

/// The phrases of a clause (cues, pronouns and role nouns, document nouns, complementizers,
/// speech acts of several words) and the negations that silence a reporting verb.
extension ExtractionRun {
  /// Marks in `phraseAt` where each of the lexicon's phrases starts in `clause`, with its kind
  /// and length; positions that open no phrase are nil, and a match skips the words it covers.
  func matchPhrases(
    in clause: Clause, into phraseAt: inout [(kind: CompiledLexicon.PhraseKind, length: Int)?], words: [WordToken],
    ids: [Int32], lexicon: CompiledLexicon
  ) {
    for p in 0...clause.count { phraseAt[p] = nil }
    var c = 0
    while c < clause.count {
      var matched = false
      let id = ids[clause[c]]
      guard lexicon.flags(id).contains(.startsPhrase) else {
        c += 1
        continue
      }
      // By index, and the second word compared before the phrase's words are read: a
      // common opening word ("the") has many phrases, and most fail there.
      let phrases = lexicon.words[Int(id)].phrases
      for p in phrases.indices where c + phrases[p].length <= clause.count {
        let length = phrases[p].length
        if length > 1, ids[clause[c + 1]] != phrases[p].second { continue }
        var ok = true
        for w in 0..<length where ids[clause[c + w]] != phrases[p].ids[w] {
          ok = false
          break
        }
        if ok, contiguous(words, clause[c], clause[c + length - 1], marks: phrases[p].isSpeechAct ? lexicon : nil) {
          phraseAt[c] = (phrases[p].kind, length)
          c += length
          matched = true
          break
        }
      }
      // A speech act with a few words set inside it before its last word: "wyraził w środę
      // nadzieję", "issued a lengthy statement", "fez nesta terça um apelo".
      if !matched {
        for p in phrases.indices where phrases[p].isSpeechAct && phrases[p].length >= 2 {
          guard let found = insertedSpeechAct(phrases[p], at: c, in: clause, words: words, ids: ids, lexicon: lexicon) else { continue }
          phraseAt[c] = (phrases[p].kind, found)
          c += found
          matched = true
          break
        }
      }
      if !matched { c += 1 }
    }
  }

  /// The most words set inside a speech act before its last word.
  static let wordsInsideSpeechAct = 2

  /// The length, inserted words and all, of speech act `phrase` opening at clause position `c`
  /// with one or two words set before its last one: lowercase words that open nothing else (not
  /// a verb, a conjunction, a negation, a cue or another speech act), with only spaces between
  /// all of them. Nil when it does not open there.
  func insertedSpeechAct(
    _ phrase: CompiledLexicon.Phrase, at c: Int, in clause: Clause, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> Int? {
    let length = phrase.length
    for w in 0..<(length - 1) where c + w >= clause.count || ids[clause[c + w]] != phrase.ids[w] { return nil }
    for gap in 1...Self.wordsInsideSpeechAct {
      let last = c + length - 1 + gap
      guard last < clause.count else { return nil }
      let inserted = clause[last - 1]
      guard words[inserted].hasLetter, !words[inserted].capitalized,
        lexicon.flags(ids[inserted]).isDisjoint(with: [.verb, .conjunction, .negation, .startsCue, .startsSpeechAct])
      else { return nil }
      if ids[clause[last]] == phrase.ids[length - 1] {
        return contiguous(words, clause[c], clause[last], marks: lexicon) ? length + gap : nil
      }
    }
    return nil
  }

  /// Whether a negation close to reporting verb `v` says that somebody did not speak:
  /// "äußerte sich zunächst nicht", "did not comment" (within three words after the verb), "did
  /// not say", "не заявил" (two before it). A negation inside a speech act of several words is
  /// the act itself ("did not rule out", "не исключил", "nie wykluczył"): it reports speech, and
  /// only a negation outside the phrase silences it. After the verb, the reported clause begins
  /// at a complementizer, a comma or, where the subject precedes its verb, a name, and a negation
  /// there is what was said ("declaró que no se puede descartar", "said Nordland would not
  /// reopen"; but "sagte Trump nicht"). Nor does one inside an inserted phrase ("не раз
  /// подчеркивала", "not only said"). Where the negation of a finite verb stands before it
  /// (`negatesBeforeVerb`), one after the verb negates its complement ("afirmó no tener").
  func silenced(
    _ v: Int, actLast: [(position: Int, last: Int)], inserted: [ClosedRange<Int>], barriers: [Int], clause: Clause,
    words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> Bool {
    let phrase = actLast.first(where: { $0.position == v }).map { $0.position...$0.last }
    for k in max(0, v - 2)..<min(clause.count, v + 4) {
      if k > v,
        barriers.contains(k) || (!lexicon.invertsSubject && words[clause[k]].capitalized)
          || hasComma(words[clause[k - 1]].range.upperBound, words[clause[k]].range.lowerBound)
      {
        break
      }
      guard lexicon.flags(ids[clause[k]]).contains(.negation), !(k > v && lexicon.negatesBeforeVerb) else { continue }
      if let phrase, phrase.contains(k) { continue }
      if inserted.contains(where: { $0.contains(k) }) { continue }
      return true
    }
    return false
  }
}
