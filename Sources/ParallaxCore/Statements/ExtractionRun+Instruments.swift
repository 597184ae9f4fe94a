import ParallaxICU

/// Names of things: a treaty, an agreement or a pact named by its own name ("the treaty New
/// Harbour", "el tratado de pesca Mar Abierto", "den Neuen Hafen-Vertrag", "porozumienie
/// Nowy Port"), and a route between two places ("une liaison Lyon-Marseille"), are
/// what was said about, never who said it, nor whom a dropped subject or a pronoun of a later
/// sentence means (issue 16, eleventh pass).
extension ExtractionRun {
  /// Whether the capitalized run of paragraph words `first...last` names an instrument: an
  /// instrument noun of `lexicon` opens it, or stands right before it or past up to four
  /// lowercase words that are no verbs and no punctuation sets off ("the treaty on fishing
  /// rights New Harbour"), or its last word is a compound whose head is one ("Hafen-Vertrag";
  /// without a hyphen only where nouns compound and are capitalized: "Fischereiabkommen"). The
  /// caller keeps the names the registry knows as someone else ("North Atlantic Treaty
  /// Organization", a person named right after "соглашения").
  func namesInstrument(_ first: Int, _ last: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    guard !lexicon.instrumentNounBytes.isEmpty, first <= last, last < words.count else { return false }
    if lexicon.flags(ids[first]).contains(.instrumentNoun) || lexicon.flags(ids[last]).contains(.instrumentNoun) { return true }
    if endsInInstrumentNoun(words[last], lexicon: lexicon) { return true }
    var k = first - 1
    var skipped = 0
    while k >= 0, contiguous(words, k, k + 1) {
      if lexicon.flags(ids[k]).contains(.instrumentNoun) { return true }
      guard skipped < 4, words[k].hasLetter, !words[k].capitalized, !lexicon.isVerb(ids[k]) else { return false }
      skipped += 1
      k -= 1
    }
    return false
  }

  /// Whether `word` is a compound ending in an instrument noun: after a hyphen ("Hafen-Vertrag",
  /// "Port-Treaty"), or, where nouns compound, right after the word's other part ("Fischereiabkommen").
  func endsInInstrumentNoun(_ word: WordToken, lexicon: CompiledLexicon) -> Bool {
    let folded = Array(TextFold.fold(String(decoding: bytes[word.range], as: UTF8.self)).utf8)
    return lexicon.instrumentNounBytes.contains { noun in
      guard folded.count > noun.count + 1, folded.suffix(noun.count).elementsEqual(noun) else { return false }
      return folded[folded.count - noun.count - 1] == UInt8(ascii: "-") || lexicon.capitalizesNouns
    }
  }

  /// Whether paragraph word `k` is a route: two places joined by a hyphen or a dash in one
  /// word ("Lyon-Marseille", "Gdańsk–Kraków"), each part a place the registry knows and
  /// the whole no name it knows (a body named with its state, "X-Außenministerium", is no route).
  mutating func namesRoute(_ k: Int, words: [WordToken]) -> Bool {
    let word = String(decoding: bytes[words[k].range], as: UTF8.self)
    guard let joint = word.firstIndex(where: { $0 == "-" || $0 == "–" || $0 == "—" }) else { return false }
    let head = String(word[..<joint])
    let rest = String(word[word.index(after: joint)...])
    guard !head.isEmpty, let next = rest.first, next.isUppercase else { return false }
    guard resolveName(word) == nil, let from = resolveName(head), from.hasKind("place") else { return false }
    return resolveName(rest)?.hasKind("place") ?? false
  }
}
