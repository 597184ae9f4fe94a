import ParallaxICU

/// Elided articles: French and Italian write the article onto the name after it ("L'Ukraine a
/// annoncé", "l'Unione europea ha detto"). The word scanner keeps the apostrophe inside the
/// word, so the name would never open a capitalized run; the article is cut off here.
extension ExtractionRun {
  /// `words` with each word that opens with one of the lexicon's elided articles, an
  /// apostrophe (' or ’) and a capital ("L'Ukraine", "l’ONU") cut in two: the article with its
  /// apostrophe, then the name. Other words ("l'échange", "dell'Ucraina") stay whole. The same
  /// array when the language elides nothing or no word is cut (most paragraphs). An elided
  /// complementizer before a name is cut off the same way ("a affirmé qu’Israël …"), so that the
  /// reported clause opens there.
  func splittingElisions(_ words: [WordToken], lexicon: CompiledLexicon) -> [WordToken] {
    guard !lexicon.elisionBytes.isEmpty else { return words }
    var result: [WordToken]?
    for (index, word) in words.enumerated() {
      guard let cut = elisionCut(word, lexicon: lexicon) else {
        result?.append(word)
        continue
      }
      if result == nil {
        result = Array(words[..<index])
        result?.reserveCapacity(words.count + 4)
      }
      let article = word.range.lowerBound..<cut
      let name = cut..<word.range.upperBound
      result?.append(WordToken(range: article, capitalized: word.capitalized, hasLetter: true, allCaps: false, folded: false))
      result?.append(WordToken(range: name, capitalized: true, hasLetter: true, allCaps: allCapitals(name), folded: false))
    }
    return result ?? words
  }

  /// Where the name starts in `word` when the word is an elided article, an apostrophe and a
  /// capital; nil otherwise.
  private func elisionCut(_ word: WordToken, lexicon: CompiledLexicon) -> Int? {
    let start = word.range.lowerBound
    for prefix in lexicon.elisionBytes where word.range.count > prefix.count + 1 {
      var k = 0
      // The article's letters, ASCII, in either case ("L'", "l'").
      while k < prefix.count, bytes[start + k] | 0x20 == prefix[k] { k += 1 }
      guard k == prefix.count else { continue }
      var at = start + k
      if bytes[at] == UInt8(ascii: "'") {
        at += 1
      } else if at + 2 < word.range.upperBound, bytes[at] == 0xE2, bytes[at + 1] == 0x80, bytes[at + 2] == 0x99 {
        at += 3
      } else {
        continue
      }
      guard at < word.range.upperBound else { return nil }
      let (value, _) = decodeUTF8Scalar(bytes, at: at)
      guard let scalar = Unicode.Scalar(value), scalar.properties.isUppercase else { return nil }
      return at
    }
    return nil
  }

  /// Whether every letter of `bytes[range]` is a capital ("ONU" of "l’ONU"), with two or more.
  private func allCapitals(_ range: Range<Int>) -> Bool {
    var letters = 0
    for scalar in String(decoding: bytes[range], as: UTF8.self).unicodeScalars where scalar.properties.isAlphabetic {
      if !scalar.properties.isUppercase { return false }
      letters += 1
    }
    return letters >= 2
  }
}
