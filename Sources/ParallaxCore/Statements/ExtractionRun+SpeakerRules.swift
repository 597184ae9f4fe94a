import ParallaxICU

/// Rules that keep a named run from speaking, or say what it is instead: a complement of a
/// preposition, an apposition in parentheses, a medium.
extension ExtractionRun {
  /// Whether the word at `clause[opening]` follows a preposition, directly or past one
  /// determiner ("in den Vereinten Arabischen Emiraten", "of the UN"): an oblique case or a
  /// prepositional phrase, never a subject.
  func afterPreposition(_ clause: Clause, _ opening: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    guard opening > 0 else { return false }
    let before = lexicon.flags(ids[clause[opening - 1]])
    guard contiguous(words, clause[opening - 1], clause[opening]) else { return false }
    if before.contains(.preposition) { return true }
    // "между Москвой и Киевом", "between Moscow and Kyiv": a name joined by a conjunction to a
    // preposition's complement is in the phrase too.
    if before.contains(.conjunction), !words[clause[opening - 1]].capitalized, opening > 1,
      words[clause[opening - 2]].capitalized, contiguous(words, clause[opening - 2], clause[opening - 1])
    {
      var r = opening - 2
      while r > 0, words[clause[r - 1]].capitalized, contiguous(words, clause[r - 1], clause[r]) { r -= 1 }
      return afterPreposition(clause, r, words: words, ids: ids, lexicon: lexicon)
    }
    // A lowercase determiner between ("the", "den", "la"): the stopword lists hold them. A
    // demonstrative there is the complement itself ("Про це Петренко сказав").
    guard opening > 1, before.contains(.stopword), !before.contains(.demonstrative), !words[clause[opening - 1]].capitalized,
      contiguous(words, clause[opening - 2], clause[opening - 1])
    else { return false }
    return lexicon.flags(ids[clause[opening - 2]]).contains(.preposition)
  }

  /// Whether the name at `clause[c]` follows a locative preposition that makes it a source only
  /// of an impersonal plural ("В МИД заявили"), and the verb at `clause[verb]` is singular:
  /// the place is the setting ("ознакомлен с ситуацией в Оленивке, предложил"), not the subject.
  /// A run of three words or more may go on past the place to a name ("в ЛНР Виктория
  /// Сердюкова сообщила"): that one speaks.
  func locativeSetting(
    _ clause: Clause, _ c: Int, _ candidate: Candidate, verb: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> Bool {
    guard c > 0, candidate.last - candidate.first < 2 else { return false }
    func preposition(_ k: Int) -> Bool {
      lexicon.flags(ids[clause[k]]).contains(.sourcePreposition) && !words[clause[k]].capitalized && contiguous(words, clause[k], clause[c])
    }
    // "в нидерландской Гааге сообщила": past one lowercase word (an adjective), a place the
    // registry knows is the setting too.
    if !preposition(c - 1) {
      guard c > 1, preposition(c - 2), words[clause[c - 1]].hasLetter, !words[clause[c - 1]].capitalized,
        !lexicon.isVerb(ids[clause[c - 1]]),
        extractor.resolve(surface(words, candidate.first, candidate.last), lexicon.language)?.hasKind("place") == true
      else { return false }
    }
    return !lexicon.isPlural(ids[clause[verb]])
  }

  /// Whether the run at `clause[c]` opens right after "(" and restates a name in a
  /// prepositional phrase: "da Agência Internacional de Energia Atômica (AIEA)" is no more a
  /// subject than the name it abbreviates. "The Institute for the Study of War (ISW), …, said"
  /// keeps its acronym.
  func restatesOblique(_ clause: Clause, _ c: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    var p = words[clause[c]].range.lowerBound - 1
    while p >= 0, bytes[p] == 0x20 { p -= 1 }
    guard p >= 0, bytes[p] == UInt8(ascii: "("), c > 0 else { return false }
    // The run of capitalized words right before the parenthesis.
    var r = c - 1
    guard words[clause[r]].capitalized else { return false }
    while r > 0, words[clause[r - 1]].capitalized, contiguous(words, clause[r - 1], clause[r]) { r -= 1 }
    return afterPreposition(clause, r, words: words, ids: ids, lexicon: lexicon)
  }

  /// Whether a dash set off by spaces (" - ", " – ", " — ") comes right before the verb at
  /// `clause[v]`: the dash closes reported speech, and the speaker follows the verb.
  func dashBefore(_ words: [WordToken], _ clause: Clause, _ v: Int) -> Bool {
    let end = words[clause[v]].range.lowerBound
    var p = end - 1
    while p >= 0, isSpace(bytes[p]) { p -= 1 }
    guard p >= 2 else { return false }
    let dash = bytes[p] == UInt8(ascii: "-") || (bytes[p - 2] == 0xE2 && bytes[p - 1] == 0x80 && (bytes[p] == 0x93 || bytes[p] == 0x94))
    let start = bytes[p] == UInt8(ascii: "-") ? p : p - 2
    return dash && start > 0 && isSpace(bytes[start - 1])
  }

  /// Whether the run `clause[s...e]` is only words that never speak (Reuters, TASS, "news
  /// agency") and not in a prepositional phrase: the verb next to it is the medium's
  /// ("…, berichtet die Nachrichtenagentur Reuters"), so no other name may take it.
  func isMedium(_ clause: Clause, _ s: Int, _ e: Int, opening: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    guard (s...e).allSatisfy({ lexicon.flags(ids[clause[$0]]).contains(.nonSpeaker) }) else { return false }
    // Only agencies and media: sentence adverbs and demonyms are non-speakers too, and a
    // lowercase-free run of them ("However", "Russian") says nothing about the verb.
    guard (s...e).contains(where: { lexicon.flags(ids[clause[$0]]).contains(.medium) }) else { return false }
    return !(s == opening && afterPreposition(clause, opening, words: words, ids: ids, lexicon: lexicon))
  }

  /// Whether the run opening at `clause[s]` follows a common noun for a medium, right after it
  /// or past up to two lowercase words of no list (its adjectives: "el diario alemán
  /// Tagesspiegel", "місцеве видання Svenska Dagbladet"): the run names that medium.
  func afterMediaNoun(_ clause: Clause, _ s: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    var k = s - 1
    var skipped = 0
    while k >= 0, contiguous(words, clause[k], clause[k + 1]) {
      let flags = lexicon.flags(ids[clause[k]])
      if flags.contains(.mediaNoun) { return true }
      guard skipped < 2, !words[clause[k]].capitalized, flags.inNoList else { return false }
      skipped += 1
      k -= 1
    }
    return false
  }

  /// Whether the run `clause[s...e]` opens with a medium's word and names it: "die
  /// Nachrichtenagentur Anatolien gab bekannt", where nouns are capitalized and the agency's
  /// common noun joins its name in one run. The medium relays; nobody in the run speaks.
  func opensWithMedium(_ clause: Clause, _ s: Int, _ e: Int, ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    s < e && lexicon.flags(ids[clause[s]]).contains(.medium)
  }

  /// Whether word `k` of `view` opens its sentence: the paragraph's first word, or the first
  /// after a sentence's or a clause's final punctuation.
  func opensSentence(_ view: TokenView, _ k: Int) -> Bool {
    guard k > 0 else { return true }
    // "M. Dupont", "Dr. Weiss": the period of an initial or a short abbreviation.
    let previous = view.words[k - 1]
    if previous.capitalized, previous.range.count <= 3 { return false }
    let gap = view.words[k - 1].range.upperBound..<view.words[k].range.lowerBound
    for i in gap {
      switch view.text[i] {
      case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"), 0x0A: return true
      default: continue
      }
    }
    return false
  }

  /// Whether `mention` is a place or an institution that only qualifies a title before it:
  /// "генсек ООН отметил", "il direttore Aiea", "Burmistrz Nowej Kachowki powiedział", "the
  /// Chief of the UN agency said". The
  /// holder of the title speaks, not the place or the body.
  func complementsTitle(_ mention: Mention, _ candidate: Candidate, view: TokenView, lexicon: CompiledLexicon) -> Bool {
    // A body the registry knows, or one its own words make a body ("MSZ").
    guard mention.entity.map({ !$0.hasKind("person") }) ?? mention.organization, mention.name.paragraph == view.paragraph else {
      return false
    }
    // A person's title: an institution's word ("МИД России") is qualified by the name, and
    // the institution speaks through it.
    func isTitle(_ k: Int) -> Bool {
      let flags = lexicon.flags(view.lexicon[k])
      return flags.contains(.title) && !flags.contains(.organization)
    }
    // Title words inside the run, before the name the registry knows.
    if mention.name.first > candidate.first, (candidate.first..<mention.name.first).contains(where: isTitle) { return true }
    // A title written right before the run ("генсек ООН", "il direttore Aiea"), or before the
    // adjectives of the body ("Szef ukraińskiego MSZ", "Rzeczniczka rosyjskiego MSZ").
    let first = candidate.first
    if first > 0 && isTitle(first - 1) && contiguous(view.words, first - 1, first) { return true }
    let gap = adjectivesBefore(first, view: view, lexicon: lexicon)
    if gap > 0, first - gap > 0, isTitle(first - gap - 1), contiguous(view.words, first - gap - 1, first - gap) { return true }
    // Or linked to it by a word that makes it the title's complement, past a determiner ("the
    // chief of the UN agency").
    var k = first - 1
    if k >= 0, lexicon.flags(view.lexicon[k]).contains(.determiner), !view.words[k].capitalized, contiguous(view.words, k, first) {
      k -= 1
    }
    guard k >= 1, lexicon.flags(view.lexicon[k]).contains(.titleLink), contiguous(view.words, k, k + 1) else { return false }
    return isTitle(k - 1) && contiguous(view.words, k - 1, k)
  }

  /// How many lowercase words of no list (a body's adjectives: "ukraińskiego" of "Szef
  /// ukraińskiego MSZ"), at most two, stand right before paragraph word `first`, one after the
  /// other.
  func adjectivesBefore(_ first: Int, view: TokenView, lexicon: CompiledLexicon) -> Int {
    var count = 0
    var k = first - 1
    while count < 2, k >= 0, contiguous(view.words, k, k + 1), view.words[k].hasLetter, !view.words[k].capitalized,
      lexicon.flags(view.lexicon[k]).inNoList
    {
      count += 1
      k -= 1
    }
    return count
  }

  /// Whether clause word `k` is a determiner ("the", "a", "this") right before the next word.
  func isDeterminer(_ clause: Clause, _ k: Int, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    guard k >= 0, contiguous(words, clause[k], clause[k + 1]) else { return false }
    return lexicon.flags(ids[clause[k]]).contains(.determiner)
  }

  /// Whether the named run ending at `last` ends with a possessive ending ("Norway’s role"):
  /// it determines the noun after it.
  func isPossessive(_ last: Int, words: [WordToken], lexicon: CompiledLexicon) -> Bool {
    let range = words[last].range
    // Compared as bytes, the last one lowercased ("UAE’S").
    return lexicon.possessiveEndingBytes.contains { ending in
      guard range.count > ending.count else { return false }
      var k = range.upperBound - ending.count
      for (i, b) in ending.enumerated() {
        let byte = i == ending.count - 1 && bytes[k] >= 0x41 && bytes[k] <= 0x5A ? bytes[k] | 0x20 : bytes[k]
        if byte != b { return false }
        k += 1
      }
      return true
    }
  }

  /// Whether the run `first...last` is a web address ("Nordnews.com", "example.ua"): a site,
  /// which relays like a medium. A letter, a dot, then two to four lowercase ASCII letters that
  /// end the word.
  func isWebAddress(_ first: Int, _ last: Int, words: [WordToken]) -> Bool {
    func lower(_ b: UInt8) -> Bool { b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") }
    func letter(_ b: UInt8) -> Bool { lower(b) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) }
    // The suffix may be cut off as a word of its own, or stay inside the last word.
    var end = words[last].range.upperBound
    while end < bytes.count, bytes[end] == UInt8(ascii: ".") || lower(bytes[end]) { end += 1 }
    while end > words[first].range.lowerBound, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
    var dot = end - 1
    while dot > words[first].range.lowerBound, lower(bytes[dot]) { dot -= 1 }
    guard bytes[dot] == UInt8(ascii: "."), (2...4).contains(end - dot - 1), dot > words[first].range.lowerBound else { return false }
    return letter(bytes[dot - 1])
  }

  /// Whether clause position `k` is an as-word opening a reporting clause at the clause's start
  /// or after a comma ("Come ha detto il ministro X, …", "Comme l'a souligné le ministre X,
  /// …"): the verb after it opens the clause as one after a comma does.
  func opensAsClause(_ k: Int, clause: Clause, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Bool {
    guard lexicon.flags(ids[clause[k]]).contains(.asClauseOpener) else { return false }
    return k == 0 || hasComma(words[clause[k - 1]].range.upperBound, words[clause[k]].range.lowerBound)
  }

  /// Where the verb group of `clause[v]` opens: up to two auxiliaries or adverbs of
  /// `verbAdjuncts` written right before the verb ("ha detto", "a déclaré").
  func verbGroupOpening(_ v: Int, clause: Clause, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon) -> Int {
    var opening = v
    while opening > 0, v - opening < 2, lexicon.flags(ids[clause[opening - 1]]).contains(.adjunct),
      contiguous(words, clause[opening - 1], clause[opening])
    {
      opening -= 1
    }
    return opening
  }

  /// Whether a named or role candidate ends right before the verb group of `clause[v]` (its
  /// auxiliaries and adverbs of `verbAdjuncts`), with no comma between: the verb's subject
  /// stands before it ("Il presidente ha accusato …").
  func subjectRightBefore(
    _ v: Int, candidates: [(position: Int, candidate: Candidate)], clause: Clause, words: [WordToken], ids: [Int32],
    lexicon: CompiledLexicon
  ) -> Bool {
    let opening = verbGroupOpening(v, clause: clause, words: words, ids: ids, lexicon: lexicon)
    guard opening > 0 else { return false }
    return candidates.contains { entry in
      switch entry.candidate.kind {
      case .named, .referent:
        let last = entry.position + (entry.candidate.last - entry.candidate.first)
        // A capitalized function word opening the sentence ("Come ha sottolineato …") is no subject.
        if entry.candidate.first == entry.candidate.last,
          !lexicon.flags(ids[clause[entry.position]]).isDisjoint(with: [.stopword, .asClauseOpener, .conjunction, .preposition])
        {
          return false
        }
        return last == opening - 1 && spacesOnly(words[clause[last]].range.upperBound, words[clause[opening]].range.lowerBound)
      case .document, .dropped, .medium: return false
      }
    }
  }

  /// Whether verb `clause[v]` follows a comma and its subject comes right after it: "Schweden
  /// hat … unterrichtet, berichtet die Agentur dpa", "…, заявил Иван Петров". In a
  /// language that inverts the subject, what stands before the comma is the reported clause,
  /// and no name in it speaks. An apposition closing at the verb ("Grossi, Chef der IAEA,
  /// sagte") keeps its subject unless a medium follows the verb.
  /// The verb group may open with an auxiliary or an adverb of `verbAdjuncts` ("…, ha detto",
  /// "…, a déclaré"), and its subject may stand past adjuncts of time, place and addressee
  /// ("…, сообщил член украинской делегации Давид Арахамия", "…, ha detto martedì ai giornalisti
  /// a Istanbul il capo della delegazione", "…, a déclaré mercredi 28 septembre le Kremlin"): up
  /// to ten words on, with no comma, verb or complementizer between, and a capitalized word
  /// between only inside a prepositional phrase.
  func invertedSubject(
    of v: Int, appositive: Int, clause: Clause, candidates: [(position: Int, candidate: Candidate)], barriers: [Int],
    words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> Bool {
    guard lexicon.invertsSubject, v > 0 else { return false }
    let opening = verbGroupOpening(v, clause: clause, words: words, ids: ids, lexicon: lexicon)
    guard opening > 0,
      hasComma(words[clause[opening - 1]].range.upperBound, words[clause[opening]].range.lowerBound)
        || opensAsClause(opening - 1, clause: clause, words: words, ids: ids, lexicon: lexicon)
    else { return false }
    guard let after = candidates.first(where: { $0.position > v }), after.position - v <= 10,
      !hasComma(words[clause[v]].range.upperBound, words[after.candidate.first].range.lowerBound)
    else { return false }
    let between = (v + 1)..<after.position
    if after.position - v <= 3, opening == v {
      guard between.allSatisfy({ !words[clause[$0]].capitalized }) else { return false }
    } else {
      guard !barriers.contains(where: { $0 > v && $0 < after.position }),
        between.allSatisfy({ k in
          guard !lexicon.isVerb(ids[clause[k]]) else { return false }
          guard words[clause[k]].capitalized else { return true }
          // "a Istanbul", "в Стамбуле": a place in a prepositional phrase, or a later word of its run.
          let previous = lexicon.flags(ids[clause[k - 1]])
          return previous.contains(.preposition) || (k - 1 > v && words[clause[k - 1]].capitalized && contiguous(words, clause[k - 1], clause[k]))
        })
      else { return false }
    }
    switch after.candidate.kind {
    case .medium: return true
    // A name in a prepositional phrase is no subject that an apposition could close on ("В
    // ходе переговоров в Стамбуле, украинская сторона предложила …, сообщил X").
    case .named, .referent:
      guard appositive >= 0 else { return true }
      // "La Russia, ha scritto Zelensky, «…»": a reporting clause set off by commas on both
      // sides is an incise, and the name that closes it speaks, whatever stands before it
      // (an apposition ends before its verb: "Grossi, Chef der IAEA, sagte").
      if after.position == v + 1, commaFollows(words, after.candidate.last),
        hasComma(words[clause[opening - 1]].range.upperBound, words[clause[opening]].range.lowerBound)
      {
        return true
      }
      // "…, что X, по-видимому, уехал …, сообщил на встрече Y.": a name past a complementizer is
      // inside the reported clause, and the name that closes the sentence speaks.
      if barriers.contains(where: { $0 < appositive }), endsClause(words, after.candidate.last) { return true }
      // "…de soupçonner X, a déclaré Y": X ends the reported clause.
      if endsReportedClause(appositive, clause: clause, candidates: candidates, words: words, ids: ids, lexicon: lexicon) { return true }
      if afterPreposition(clause, appositive, words: words, ids: ids, lexicon: lexicon) { return true }
      // "«… la vie du président» Vladimir Poutine, a ajouté le Kremlin": a name right after the
      // end of a quote finishes the quoted words.
      if let other = candidates.first(where: { $0.position == appositive }), followsQuote(other.candidate.first, words: words) {
        return true
      }
      // Nor is a name in an oblique case ("между Москвой и Киевом, сообщил …").
      if let other = candidates.first(where: { $0.position == appositive }),
        extractor.isOblique(folded: Array(TextFold.fold(surface(words, other.candidate.last, other.candidate.last)).utf8))
      {
        return true
      }
      return appositive > 0 && lexicon.flags(ids[clause[appositive - 1]]).contains(.sourcePreposition)
        && !words[clause[appositive - 1]].capitalized && contiguous(words, clause[appositive - 1], clause[appositive])
    case .document, .dropped: return false
    }
  }

  /// Whether the named candidate at clause position `c` is a person the registry records in
  /// an oblique case, written right after a lowercase word of no list (a common noun: "команда
  /// Навального", "współpracownicy Nawalnego"): the noun's possessor, not a subject. A title
  /// before the name ("пресс-секретарь Путина") is a list's word and keeps its own rules.
  mutating func possessorOfNoun(
    _ clause: Clause, _ c: Int, _ candidate: Candidate, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> Bool {
    let before = words[clause[c - 1]]
    guard before.hasLetter, !lexicon.isVerb(ids[clause[c - 1]]), contiguous(words, clause[c - 1], clause[c]),
      lexicon.flags(ids[clause[c - 1]]).inNoList,
      // Lowercase, or capitalized as the clause's first word ("Współpracownicy Nawalnego").
      !before.capitalized || c == 1
    else { return false }
    // The whole name or its last word recorded in an oblique case ("Ивана Петрова", "Навального").
    let whole = TextFold.fold(surface(words, candidate.first, candidate.last))
    let last = TextFold.fold(surface(words, candidate.last, candidate.last))
    guard extractor.isOblique(folded: Array(whole.utf8)) || extractor.isOblique(folded: Array(last.utf8)) else { return false }
    return resolves(candidate, words: words, to: "person")
  }

  /// Names qualifying a title in a chain that ends with the title holder's name: "сообщил глава
  /// Северной областной военной администрации Иван Петров", "sekretarz Rady Obrony i
  /// Bezpieczeństwa Norwegii (ROBN) Jan Kowalski". The names between the
  /// title and the last full name of the chain (no comma, verb or preposition between) are its
  /// complements and do not speak; the holder stands where the title does. Not where nouns are
  /// capitalized: a German chain of capitalized nouns is no chain of names.
  /// - Returns: the clause positions of the complements, and per holder the title's position.
  func titleChains(
    _ candidates: [(position: Int, candidate: Candidate)], clause: Clause, words: [WordToken], ids: [Int32], lexicon: CompiledLexicon
  ) -> (complements: Set<Int>, holders: [Int: Int]) {
    var complements: Set<Int> = []
    var holders: [Int: Int] = [:]
    guard !lexicon.capitalizesNouns else { return (complements, holders) }
    func isTitle(_ k: Int) -> Bool {
      let flags = lexicon.flags(ids[clause[k]])
      return flags.contains(.title) && !flags.contains(.organization)
    }
    for (index, first) in candidates.enumerated() {
      guard case .named = first.candidate.kind, !complements.contains(first.position) else { continue }
      let p = first.position
      // The title: the run's first word, or the word right before it.
      let title: Int
      if isTitle(p), first.candidate.last > first.candidate.first {
        title = p
      } else if p > 0, isTitle(p - 1), contiguous(words, clause[p - 1], clause[p]) {
        title = p - 1
      } else {
        continue
      }
      // The last full name of the chain, up to ten words on.
      var chain: [Int] = [first.position]
      var holder: Int?
      var previous = first.candidate.last
      var previousEnd = first.position + (first.candidate.last - first.candidate.first)
      for other in candidates[(index + 1)...] {
        // Up to three words between links ("областной военной администрации"), none a number.
        guard case .named = other.candidate.kind, other.position - p <= 10, other.position - previousEnd <= 4 else { break }
        if ((previousEnd + 1)..<other.position).contains(where: { !words[clause[$0]].hasLetter }) { break }
        let between = (words[previous].range.upperBound)..<(words[other.candidate.first].range.lowerBound)
        if hasComma(between.lowerBound, between.upperBound) { break }
        if (first.position..<other.position).contains(where: {
          !lexicon.flags(ids[clause[$0]]).isDisjoint(with: [.verb, .preposition])
        }) {
          break
        }
        if other.candidate.last > other.candidate.first { holder = other.position }
        chain.append(other.position)
        previous = other.candidate.last
        previousEnd = other.position + (other.candidate.last - other.candidate.first)
      }
      guard let holder else { continue }
      for position in chain where position < holder { complements.insert(position) }
      holders[holder] = title
    }
    return (complements, holders)
  }
}
