import ParallaxICU

/// Clause shapes that name a speaker beyond "name, verb": quoted names, headline colons,
/// resumptive sentences without a verb, quotative inversion, passive agents and separable verbs.
extension ExtractionRun {
  /// Whether `quote` holds a name rather than words somebody said: one to four words, each
  /// capitalized, with no punctuation ("«Energoatom»", "„Південь“"). Russian, Ukrainian and
  /// Spanish copy sets the names of companies and commands in quotation marks.
  func isNameQuote(_ quote: QuoteRaw, words: [WordToken]) -> Bool {
    guard quote.terminated, quote.contentEnd > quote.contentStart, quote.contentEnd - quote.contentStart <= 60 else { return false }
    for b in quote.contentStart..<quote.contentEnd {
      switch bytes[b] {
      case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: ":"): return false
      default: continue
      }
    }
    var k = lowerBoundToken(words, quote.contentStart)
    var count = 0
    while k < words.count, words[k].range.lowerBound < quote.contentEnd {
      if !words[k].hasLetter || !words[k].capitalized { return false }
      count += 1
      if count > 4 { return false }
      k += 1
    }
    return count > 0
  }

  /// Whether `quote` holds one to three words without punctuation that a sentence quotes on
  /// its way ("called the strike “horrifying” and said", "назвал удар «варварским» и
  /// заявил"): a word right before the opening mark, and a lowercase word, a comma or a
  /// semicolon right after the closing one. Such words are no statement of their own, and the
  /// clause runs on through them.
  func isEmbeddedPhrase(_ quote: QuoteRaw, words: [WordToken]) -> Bool {
    guard quote.terminated, quote.contentEnd > quote.contentStart, quote.contentEnd - quote.contentStart <= 40 else { return false }
    guard !(quote.contentStart..<quote.contentEnd).contains(where: { Self.closesClause(bytes[$0]) }) else { return false }
    let q = lowerBoundToken(words, quote.contentStart)
    var count = 0
    var k = q
    while k < words.count, words[k].range.lowerBound < quote.contentEnd {
      count += 1
      k += 1
    }
    guard (1...3).contains(count), q > 0, words[q - 1].hasLetter else { return false }
    // Only spaces between the word before and the opening mark, on one line.
    let space = UInt8(ascii: " ")
    guard (words[q - 1].range.upperBound..<quote.open).allSatisfy({ bytes[$0] == space }) else { return false }
    // After the closing mark: a comma or a semicolon, or spaces and a lowercase word.
    var after = quote.end
    guard after < bytes.count else { return false }
    if bytes[after] == UInt8(ascii: ",") || bytes[after] == UInt8(ascii: ";") { return true }
    guard bytes[after] == space else { return false }
    while after < bytes.count, bytes[after] == space { after += 1 }
    guard k < words.count, words[k].range.lowerBound == after else { return false }
    return words[k].hasLetter && !words[k].capitalized
  }

  /// Whether `quote` holds one word that ends a speech act begun right before it ("issued an
  /// “ultimatum”", "висунув «ультиматум»"): a scare quote, whose word stays in the clause.
  func endsSpeechAct(_ quote: QuoteRaw, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    guard quote.terminated, quote.contentEnd > quote.contentStart, quote.contentEnd - quote.contentStart <= 40 else { return false }
    let q = lowerBoundToken(words, quote.contentStart)
    guard q < words.count, words[q].range.upperBound <= quote.contentEnd, q + 1 >= words.count || words[q + 1].range.lowerBound >= quote.contentEnd
    else { return false }
    for start in stride(from: q - 1, through: max(0, q - 3), by: -1) where lexicon.flags(ids[start]).contains(.startsSpeechAct) {
      for phrase in lexicon.words[Int(ids[start])].phrases where phrase.isSpeechAct && start + phrase.length - 1 == q {
        if (0..<phrase.length).allSatisfy({ ids[start + $0] == phrase.ids[$0] }) { return true }
      }
    }
    return false
  }

  /// Whether `quote` holds one to three words right before a reporting verb, where the verb
  /// closes its clause (languages that capitalize nouns: "X hat den Plan als „voreilig“
  /// bezeichnet"): the quoted words are the verb's complement, and stay in its clause.
  func precedesClosingVerb(_ quote: QuoteRaw, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    guard lexicon.capitalizesNouns, quote.terminated, quote.contentEnd > quote.contentStart,
      quote.contentEnd - quote.contentStart <= 40
    else { return false }
    var k = lowerBoundToken(words, quote.contentStart)
    var count = 0
    while k < words.count, words[k].range.lowerBound < quote.contentEnd {
      count += 1
      k += 1
    }
    guard (1...3).contains(count), k < words.count, lexicon.flags(ids[k]).contains(.verb) else { return false }
    // Only the closing mark and spaces between the quote's words and the verb; no sentence
    // or clause inside the quote.
    let verbAt = words[k].range.lowerBound
    guard quote.end <= verbAt, (quote.end..<verbAt).allSatisfy({ bytes[$0] == 0x20 }) else { return false }
    return !(quote.contentStart..<quote.contentEnd).contains { b in
      let byte = bytes[b]
      return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ",")
    }
  }

  /// Whether the run opening at `clause[c]` is a quoted name between a common noun and a
  /// person's name ("речник командування «Південь» Владислав Назаров"): it qualifies the
  /// title of the person named next, and does not speak.
  func quotedAppellative(_ clause: Clause, _ c: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    guard c > 0, c + 1 < clause.count else { return false }
    let before = words[clause[c - 1]]
    guard before.hasLetter, !before.capitalized, !contiguous(words, clause[c - 1], clause[c]),
      lexicon.flags(ids[clause[c - 1]]).isDisjoint(with: [.stopword, .determiner, .preposition, .verb, .startsPhrase])
    else { return false }
    // Only a mark between the noun and the name.
    let gap = before.range.upperBound..<words[clause[c]].range.lowerBound
    guard gap.count <= 5, gap.allSatisfy({ isSpace(bytes[$0]) || bytes[$0] == UInt8(ascii: "\"") || bytes[$0] >= 0x80 }) else { return false }
    // The run ends at the closing mark, and a capitalized name follows it.
    var e = c
    while e + 1 < clause.count, contiguous(words, clause[e], clause[e + 1]), words[clause[e + 1]].capitalized { e += 1 }
    guard e + 1 < clause.count, words[clause[e + 1]].capitalized, !contiguous(words, clause[e], clause[e + 1]) else { return false }
    let after = words[clause[e]].range.upperBound..<words[clause[e + 1]].range.lowerBound
    return after.count <= 5 && after.allSatisfy { isSpace(bytes[$0]) || bytes[$0] == UInt8(ascii: "\"") || bytes[$0] >= 0x80 }
  }

  /// The token of a capitalized word written right before a colon that a quote follows
  /// ("Zelensky: “This will not stop us”", "Глава МИД Сергей Лавров: «…»"), in the unit's words
  /// from `first` on, among its first few: a name closing a longer clause ("погодився з
  /// пропозицією … по рубежу річки Дніпро: «…»") is no headline's speaker.
  func colonSpeakerWord(_ quotes: [QuoteRaw], words: [WordToken], from first: Int) -> Int? {
    for quote in quotes {
      var p = quote.open - 1
      while p >= 0, isSpace(bytes[p]) { p -= 1 }
      guard p > 0, bytes[p] == UInt8(ascii: ":") else { continue }
      let t = lowerBoundToken(words, p) - 1
      guard t >= first, t - first < Self.colonSpeakerWords, words[t].range.upperBound == p, words[t].capitalized, words[t].hasLetter
      else { continue }
      return t
    }
    return nil
  }

  /// The most words a headline's speaker and title take before the colon.
  static let colonSpeakerWords = 7

  /// The speaker of a unit without a verb: the name before a colon that opens a quote, or the
  /// first name of a resumptive sentence ("Così il presidente turco Recep Erdogan alla firma").
  func verblessSpeaker(_ candidates: [(position: Int, candidate: Candidate)], colonWord: Int?, resumes: Bool) -> Candidate? {
    func named(_ candidate: Candidate) -> Bool {
      if case .named = candidate.kind { return true }
      return false
    }
    if let colonWord, let found = candidates.first(where: { named($0.candidate) && $0.candidate.last == colonWord }) {
      return found.candidate
    }
    guard resumes else { return nil }
    return candidates.first(where: { named($0.candidate) && $0.position <= 8 })?.candidate
  }

  /// Whether the verb at `clause[v]` opens its clause: first in it (after a quote) or after a
  /// comma, a semicolon, a colon, a dash or a quotation mark. The verb group may open with up to
  /// two words of `verbAdjuncts` ("…, a déclaré X", "…, ha detto X"), as in `invertedSubject`.
  func verbOpensClause(_ v: Int, clause: Clause, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    var opening = v
    while opening > 0, v - opening < 2, lexicon.flags(ids[clause[opening - 1]]).contains(.adjunct),
      contiguous(words, clause[opening - 1], clause[opening])
    {
      opening -= 1
    }
    guard opening > 0 else { return true }
    return gapBreaksClause(words[clause[opening - 1]].range.upperBound..<words[clause[opening]].range.lowerBound)
  }

  /// Where the subject precedes its verb (English), the verb of a reporting clause that closes
  /// the sentence with its subject after it: "…, said Stephanie Tremblay, a spokesperson" or
  /// "…, said Anna Smith." The verb opens its clause, and a name right after it ends there.
  /// - Returns: that verb's clause position, or nil.
  func quotativeInversion(
    _ verbs: [Int], candidates: [(position: Int, candidate: Candidate)], clause: Clause, words: [WordToken], ids: [Int32],
    lexicon: CompiledLexicon
  ) -> Int? {
    guard !lexicon.invertsSubject else { return nil }
    for v in verbs where v > 0 && verbOpensClause(v, clause: clause, words: words, ids: ids, lexicon: lexicon) {
      guard let next = candidates.first(where: { $0.position > v }), next.position == v + 1, case .named = next.candidate.kind else { continue }
      let last = next.candidate.last
      if endsClause(words, last) { return v }
      let end = next.position + (last - next.candidate.first)
      if end + 1 < clause.count, lexicon.flags(ids[clause[end + 1]]).contains(.preposition) { return v }
    }
    return nil
  }

  /// Whether an agent preposition follows the verb at `clause[v]` and opens a phrase naming a
  /// speaker ("confermato dal ministro …", "confirmed by Anna Smith"): a capitalized word, a
  /// title or a role after it, past a determiner.
  func agentFollows(
    _ v: Int, clause: Clause, candidates: [(position: Int, candidate: Candidate)], words: [WordToken], ids: [Int32],
    lexicon: CompiledLexicon
  ) -> Bool {
    // One adverb of the verb group may stand between ("denunciato oggi dalla presidenza").
    var a = v + 1
    if a + 2 < clause.count, groupAdverb(ids[clause[a]], lexicon: lexicon),
      lexicon.flags(ids[clause[a + 1]]).contains(.agent), contiguous(words, clause[a], clause[a + 1])
    {
      a += 1
    }
    guard a + 1 < clause.count, lexicon.flags(ids[clause[a]]).contains(.agent), contiguous(words, clause[v], clause[a]) else {
      return false
    }
    // "ha confermato da New York": after an active auxiliary the participle is no passive.
    if v > 0, lexicon.flags(ids[clause[v - 1]]).contains(.activeAuxiliary), contiguous(words, clause[v - 1], clause[v]) { return false }
    var k = a + 1
    if lexicon.flags(ids[clause[k]]).contains(.determiner), k + 1 < clause.count { k += 1 }
    let flags = lexicon.flags(ids[clause[k]])
    guard words[clause[k]].capitalized || !flags.isDisjoint(with: [.title, .startsPhrase]) else { return false }
    // The first candidate after the verb is a person or a name ("by the BBC" relays, and "the
    // agency" is a medium too).
    guard let next = candidates.first(where: { $0.position > a }), next.position <= v + 14 else { return false }
    switch next.candidate.kind {
    case .named: return true
    case .referent(let r): return lexicon.referents[r].kind == "person"
    case .document, .dropped, .medium: return false
    }
  }

  /// Whether word `id` is an adverb of the verb group (`verbAdjuncts`, not an auxiliary):
  /// "denunciato oggi dalla presidenza".
  func groupAdverb(_ id: Int32, lexicon: CompiledLexicon) -> Bool {
    let flags = lexicon.flags(id)
    return flags.contains(.adjunct) && !flags.contains(.activeAuxiliary)
  }

  /// Whether the run opening at `clause[opening]` is the agent of a passive participle: an
  /// agent preposition (past a determiner) right after a verb ("confermato da Marco Bellini").
  func inAgentPhrase(_ clause: Clause, _ opening: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    guard opening >= 2 else { return false }
    var p = opening - 1
    if !lexicon.flags(ids[clause[p]]).contains(.agent), opening >= 3, lexicon.flags(ids[clause[p]]).contains(.determiner) { p -= 1 }
    guard lexicon.flags(ids[clause[p]]).contains(.agent), contiguous(words, clause[p - 1], clause[p]) else { return false }
    // "denunciato oggi dalla presidenza": one adverb of the verb group between.
    var verb = p - 1
    if verb >= 1, !lexicon.isVerb(ids[clause[verb]]), groupAdverb(ids[clause[verb]], lexicon: lexicon),
      contiguous(words, clause[verb - 1], clause[verb])
    {
      verb -= 1
    }
    // "ha confermato da New York": an active perfect has no agent.
    if verb >= 1, lexicon.flags(ids[clause[verb - 1]]).contains(.activeAuxiliary), contiguous(words, clause[verb - 1], clause[verb]) { return false }
    return lexicon.isVerb(ids[clause[verb]])
  }

  /// The lemma of the separable verb whose finite form is `clause[c]`, when one of its
  /// particles closes the clause within fifteen words ("stellte der Präsident klar,"): the
  /// German sentence bracket. Nil when the clause closes without it ("stellte den Antrag.").
  func separableLemma(_ clause: Clause, _ c: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> String? {
    guard let info = lexicon.info(ids[clause[c]]), !info.particles.isEmpty else { return nil }
    var k = c + 1
    while k < clause.count, k <= c + 15 {
      let closes = endsClause(words, clause[k]) || k == clause.count - 1
      if closes, !words[clause[k]].capitalized, let found = info.particles.first(where: { $0.particle == ids[clause[k]] }) {
        return found.lemma
      }
      if closes { return nil }
      k += 1
    }
    return nil
  }

  /// The name a person's role yields to after a cue: a full name within four words of it
  /// ("segundo o ministro João Ferreira"), or one set off by a comma as its appositive ("a
  /// porta-voz do ministério, Maria Costa"); else the candidate itself. Where only names are
  /// capitalized, a surname right after the role is its holder too ("selon le président X").
  func holderName(
    of candidate: (position: Int, candidate: Candidate), after cue: Int, candidates: [(position: Int, candidate: Candidate)],
    clause: Clause, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> (position: Int, candidate: Candidate) {
    guard case .referent(let r) = candidate.candidate.kind, r >= lexicon.firstRole, lexicon.referents[r].kind == "person" else { return candidate }
    let end = candidate.position + (candidate.candidate.last - candidate.candidate.first)
    for other in candidates where other.position > end && other.position - end <= 14 {
      guard case .named = other.candidate.kind else { continue }
      if other.candidate.last == other.candidate.first {
        if other.position == end + 1, !lexicon.capitalizesNouns,
          !hasComma(words[candidate.candidate.last].range.upperBound, words[other.candidate.first].range.lowerBound)
        {
          return other
        }
        continue
      }
      if other.position - end <= 4 { return other }
      if titleBefore(other.position, after: cue, candidates: candidates, clause: clause, words: words, ids: ids, lexicon: lexicon)
        == candidate.position
      {
        return other
      }
    }
    return candidate
  }

  /// The most words between a phrase of speaking through somebody and that person's name.
  static let throughReach = 5

  /// The person named right after a phrase of speaking through somebody (clause positions in
  /// `through`), by name or as a role with the holder's name after it ("a través de su
  /// portavoz, Serhiy Nikiforov"); nil when what follows is no person ("a través de un
  /// comunicado", "through Telegram").
  mutating func throughPerson(
    _ through: [Int], candidates: [(position: Int, candidate: Candidate)], words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> Candidate? {
    for start in through {
      // The first name within reach, past a role ("su portavoz", "il segretario"): a person
      // speaks; a body or a medium there ("a través de la agencia EFE") is no person.
      for next in candidates where next.position >= start && next.position <= start + Self.throughReach {
        guard case .named = next.candidate.kind else { continue }
        // Capitalized titles before the name are not its words ("il Segretario Generale X").
        var person = next.candidate
        while person.first < person.last, lexicon.flags(ids[person.first]).contains(.title) { person.first += 1 }
        if let entity = resolveName(surface(words, person.first, person.last)) {
          if entity.hasKind("person") { return person }
          break
        }
        // A full name the registry does not know.
        if person.last > person.first { return person }
        break
      }
    }
    return nil
  }
}
