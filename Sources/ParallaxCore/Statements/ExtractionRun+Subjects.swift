import ParallaxICU

/// Who may be a verb's subject: names that may speak, the subject before an appositive, titles
/// whose appositive a name is, and the byte tests these need.
extension ExtractionRun {
  /// Whether the named run `clause[s...e]` (opening at `clause[opening]`) may speak: not an
  /// initial alone ("M." of "M. Grossi", "В." of "М.В.Захарова"), not after a preposition (an
  /// oblique case or a prepositional phrase), a capitalized one opening the run too ("In
  /// Berlin"), not only words that never speak (Telegram, Reuters, "Russian").
  /// A run of three words or more after a preposition holds the complement and a name after
  /// it ("degli Esteri Marco Bellini"): the name from its second word may speak. `opening` is
  /// `runStart` (where the run and its leading stopwords begin) unless a cue ends right before.
  /// - Returns: where the speaking name starts, or nil when the run does not speak.
  func speakerStart(
    _ clause: Clause, _ s: Int, _ e: Int, opening: Int, runStart: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> Int? {
    var s = s
    if s == e, isInitial(words[clause[s]]) { return nil }
    // A run that opens with a capitalized preposition, a stopword left out of it ("In Berlin
    // sagte …", "Von Moskau aus"), or whose leading stopwords follow a lowercase one ("en La
    // Haya"): the name is its complement, as right after a preposition.
    let strippedRun = opening == runStart && s > runStart
    let openedByPreposition =
      strippedRun
      && (lexicon.flags(ids[clause[s - 1]]).contains(.preposition)
        || afterPreposition(clause, runStart, words: words, ids: ids, lexicon: lexicon))
    if (s == opening && afterPreposition(clause, opening, words: words, ids: ids, lexicon: lexicon)) || openedByPreposition,
      !inAgentPhrase(clause, s, words: words, ids: ids, lexicon: lexicon)
    {
      guard e - s >= 2 else { return nil }
      s += 1
      // "ally of Russian President Vladimir Putin": after a demonym, a capitalized title is
      // inside the phrase with its holder, who does not speak.
      let second = lexicon.flags(ids[clause[s]])
      if words[clause[s]].capitalized, second.contains(.title), !second.contains(.organization),
        lexicon.flags(ids[clause[s - 1]]).contains(.nonSpeaker)
      {
        return nil
      }
    }
    var k = s
    while k <= e, lexicon.flags(ids[clause[k]]).contains(.nonSpeaker) { k += 1 }
    return k <= e ? s : nil
  }

  /// Whether the run at `clause[runStart]` ends a noun phrase opened by a determiner of an
  /// oblique case (`obliqueDeterminers`: German "des", "dem", "eines"), past up to three
  /// lowercase words (adjectives) that are no verb, preposition or conjunction.
  func obliquePhrase(_ clause: Clause, _ runStart: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    var k = runStart - 1
    var adjectives = 0
    while k >= 0, contiguous(words, clause[k], clause[k + 1]) {
      let flags = lexicon.flags(ids[clause[k]])
      if flags.contains(.obliqueDeterminer), !words[clause[k]].capitalized { return true }
      guard adjectives < 3, !words[clause[k]].capitalized, words[clause[k]].hasLetter,
        flags.isDisjoint(with: [.verb, .preposition, .conjunction, .stopword, .determiner])
      else { return false }
      adjectives += 1
      k -= 1
    }
    return false
  }

  /// Whether clause position `c` is a title written short with a full stop, right before a
  /// capitalized word ("Mr. Zelensky", "Sr. Zelensky", "Dr. Tedros"): a title of at most four
  /// letters, then ". " and the name.
  func honorificBeforeName(_ clause: Clause, _ c: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    guard c + 1 < clause.count, lexicon.flags(ids[clause[c]]).contains(.title), words[clause[c]].range.count <= 4,
      words[clause[c + 1]].capitalized
    else { return false }
    let gap = words[clause[c]].range.upperBound..<words[clause[c + 1]].range.lowerBound
    return gap.count == 2 && bytes[gap.lowerBound] == UInt8(ascii: ".") && bytes[gap.lowerBound + 1] == 0x20
  }

  /// Whether a word is a single letter (an initial).
  func isInitial(_ word: WordToken) -> Bool {
    guard word.range.count <= 4 else { return false }
    return String(decoding: bytes[word.range], as: UTF8.self).unicodeScalars.count == 1
  }

  /// The subject before an appositive or a relative clause that ends at the verb: in "Rafael
  /// Grossi, the head of the IAEA, said" or "Grossi, who heads the agency, told", the name
  /// nearest the verb sits between commas, the second right before the verb, and the subject is
  /// the name before them.
  /// - Returns: that candidate's clause position, or -1.
  func appositiveSubject(
    of v: Int, clause: Clause, candidates: [(position: Int, candidate: Candidate)], words: [WordToken], ids: [Int32],
    lexicon: CompiledLexicon
  ) -> Int {
    // The candidate nearest before the verb, with a comma between them.
    var nearest = -1
    for (index, candidate) in candidates.enumerated() where candidate.position < v {
      if nearest < 0 || candidate.position > candidates[nearest].position { nearest = index }
    }
    guard nearest >= 0 else { return -1 }
    let inner = candidates[nearest]
    // The comma closes the inserted clause right at the verb ("…, said"), or an auxiliary or
    // an adverb after it ("…, later said", "…, avait annoncé"); a relative pronoun after it
    // ("Zelensky, che avverte") makes the name before it the subject.
    let gap = words[inner.candidate.last].range.upperBound..<words[clause[v]].range.lowerBound
    guard let comma = gap.last(where: { bytes[$0] == UInt8(ascii: ",") }),
      let adjuncts = adjunctsBefore(clause[v], after: comma, words: words, ids: ids, lexicon: lexicon)
    else { return -1 }
    // The nearest name before it that a comma follows; not an institution whose appositive
    // is the name itself ("Die Sprecherin des Außenministeriums, Maria Sacharowa, sagte": the
    // name between the commas speaks). An institution speaks when its appositive opens with
    // other words and only holds the name ("le ministère russe de la Défense, bête noire du
    // groupe Wagner, avait annoncé").
    // With an adjunct before the verb, only an appositive that opens with other words than the
    // name ("le chef du groupe Wagner, Evguéni Prigojine, a annoncé": the name speaks).
    var best = -1
    for other in candidates where other.position < inner.position {
      guard case .named = other.candidate.kind else { continue }
      let next = other.candidate.last + 1 < words.count ? words[other.candidate.last + 1].range.lowerBound : bytes.count
      guard hasComma(words[other.candidate.last].range.upperBound, next), other.position > best else { continue }
      // (A role set off after the name is the name's appositive, not a name that is the
      // title's: "Vladimir Poutine, le président russe, a affirmé": the name speaks.)
      var nameIsAppositive = inner.candidate.first == other.candidate.last + 1
      if case .referent = inner.candidate.kind { nameIsAppositive = false }
      if nameIsAppositive, adjuncts > 0 || (other.candidate.first...other.candidate.last).contains(where: { lexicon.flags(ids[$0]).contains(.organization) }) {
        continue
      }
      // Nor a place or a body whose appositive is the name: it ends the title before the name
      // ("Der Sprecher der Regierung der USA, John Kirby, erklärte", "Die
      // Kommunikationsdirektorin des Weißen Hauses, Kate Bedingfield, sagte").
      if nameIsAppositive,
        let entity = extractor.resolve(surface(words, other.candidate.first, other.candidate.last), lexicon.language),
        !entity.hasKind("person")
      {
        continue
      }
      best = other.position
    }
    // No name inside the inserted clause: the name before it is the subject when a comma
    // follows it right away ("Volodymyr Zelensky, que convocou uma reunião de emergência na
    // sequência do incidente, informou que …"), however long the clause.
    if best < 0, case .named = inner.candidate.kind, inner.candidate.last + 1 < words.count,
      hasComma(words[inner.candidate.last].range.upperBound, words[inner.candidate.last + 1].range.lowerBound),
      clause[v] - inner.candidate.last <= 24
    {
      return inner.position
    }
    return best
  }

  /// How many of the language's verb adjuncts (an auxiliary or an adverb: "…, later said",
  /// "…, avait annoncé") stand between the comma at byte `comma` and the verb (token `verb`),
  /// at most two; nil when anything else does, so that the comma closes no inserted clause at
  /// the verb.
  func adjunctsBefore(_ verb: Int, after comma: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Int? {
    var between = 0
    var k = verb - 1
    while k >= 0, words[k].range.lowerBound > comma {
      guard between < 2, lexicon.flags(ids[k]).contains(.adjunct) else { return nil }
      between += 1
      k -= 1
    }
    let start = words[verb - between].range.lowerBound
    return ((comma + 1)..<start).allSatisfy { isSpace(bytes[$0]) } ? between : nil
  }

  /// For each position of `clause` and one past its end, how many positions before it lie
  /// outside parentheses; nil when the clause has none.
  func outsideParentheses(_ clause: Clause, words: [WordToken]) -> [Int]? {
    guard clause.count > 0 else { return nil }
    let span = words[clause[0]].range.lowerBound..<words[clause[clause.count - 1]].range.upperBound
    guard span.contains(where: { bytes[$0] == UInt8(ascii: "(") }) else { return nil }
    var counts = [Int](repeating: 0, count: clause.count + 1)
    var depth = 0
    var previousEnd = words[clause[0]].range.lowerBound
    for k in 0..<clause.count {
      let range = words[clause[k]].range
      for b in previousEnd..<max(previousEnd, range.lowerBound) {
        if bytes[b] == UInt8(ascii: "(") { depth += 1 } else if bytes[b] == UInt8(ascii: ")") { depth = max(0, depth - 1) }
      }
      counts[k + 1] = counts[k] + (depth == 0 ? 1 : 0)
      previousEnd = range.upperBound
    }
    return counts
  }

  /// The position of a title (a role noun) between verb `v` and the name at `position` whose
  /// appositive the name is: a comma right before the name, at most 14 words after the
  /// title, no verb between them.
  func titleBefore(
    _ position: Int, after v: Int, candidates: [(position: Int, candidate: Candidate)], clause: Clause,
    words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> Int? {
    let name = words[clause[position]].range.lowerBound
    guard position > 0 else { return nil }
    let before = words[clause[position - 1]].range.upperBound
    guard hasComma(before, name) else { return nil }
    var best: Int?
    for other in candidates where other.position > v && other.position < position && position - other.position <= 14 {
      guard case .referent(let r) = other.candidate.kind, r >= lexicon.firstRole else { continue }
      if ((other.position + 1)..<position).contains(where: { lexicon.isVerb(ids[clause[$0]]) }) { continue }
      if best.map({ other.position < $0 }) ?? true { best = other.position }
    }
    return best
  }

  /// Whether `text` is written in capitals only, with at least two letters ("EAU", "ISW").
  func isAcronym(_ text: String) -> Bool {
    var letters = 0
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      if scalar.properties.isLowercase { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// Whether the bytes `from..<to` hold a comma.
  func hasComma(_ from: Int, _ to: Int) -> Bool {
    guard from < to else { return false }
    for k in from..<to where bytes[k] == UInt8(ascii: ",") { return true }
    return false
  }

  /// Whether a quotation mark stands between paragraph word `k` and the word before it: for a
  /// word outside the quotes, the end of a quote ("… contre la vie du président" Vladimir
  /// Poutine, a ajouté le Kremlin): the name finishes the quoted words.
  func followsQuote(_ k: Int, words: [WordToken]) -> Bool {
    guard k > 0 else { return false }
    let from = words[k - 1].range.upperBound
    let to = words[k].range.lowerBound
    guard from < to else { return false }
    for j in from..<to {
      if bytes[j] == 0x22 || bytes[j] == 0xBB { return true }  // '"', the last byte of '»'
      // '“' and '”' (E2 80 9C, E2 80 9D)
      if bytes[j] == 0xE2, j + 2 < to, bytes[j + 1] == 0x80, bytes[j + 2] == 0x9C || bytes[j + 2] == 0x9D { return true }
    }
    return false
  }
}
