import ParallaxICU

/// Which earlier name a pronoun means, and institutions that name themselves.
extension ExtractionRun {
  /// The subject of the latest sentence that holds a fitting mention before `position`: the
  /// first fitting mention of that sentence, not its last ("Президент Володимир Зеленський
  /// застеріг керівництво РФ від спроб підірвати Каховську ГЕС. Про це він повідомив …": "він"
  /// is the president, not the dam). Subjects are the likelier antecedents of a pronoun.
  func salient(_ list: [Mention], before position: Int, _ fits: (Mention) -> Bool) -> Mention? {
    guard let latest = recent(list, before: position, fits) else { return nil }
    guard let sentence = sentenceIndex(containing: latest.position) else { return latest }
    let start = sentences[sentence].range.lowerBound
    var best = latest
    var k = list.count - 1
    while k >= 0, list[k].position >= start {
      if list[k].position < best.position, fits(list[k]) { best = list[k] }
      k -= 1
    }
    return best
  }

  /// The index of the sentence whose range holds byte `offset`, if any.
  func sentenceIndex(containing offset: Int) -> Int? {
    guard offset >= 0 else { return nil }
    var low = 0
    var high = sentences.count
    while low < high {
      let mid = (low + high) / 2
      if sentences[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
    }
    return low < sentences.count && sentences[low].range.contains(offset) ? low : nil
  }

  /// An institution named by a role noun with its qualifiers, when no earlier name fits: the
  /// words around the noun that belong to its phrase (adjectives, a possessive, a genitive:
  /// "Russia's defence ministry", "le ministère russe de la Défense", "das russische
  /// Außenministerium"), up to a verb, a preposition or determiner on the left, or punctuation.
  /// A bare "the ministry" has no qualifier and stays unresolved.
  mutating func institution(_ candidate: Candidate, view: TokenView, lexicon: CompiledLexicon, position: Int) -> Mention? {
    let words = view.words
    func stops(_ k: Int) -> Bool {
      let id = view.lexicon[k]
      // An auxiliary or adverb of the verb group ends it too ("the ministry has said").
      if !lexicon.flags(id).isDisjoint(with: [.verb, .adjunct]) || !words[k].hasLetter || isInitialWord(view, k) { return true }
      // A complementizer opens the reported clause ("… ministry that …").
      return lexicon.info(id)?.phrases.contains { $0.kind == .complementizer && $0.length == 1 } ?? false
    }
    var first = candidate.first
    // Past the determiner the role starts with, leftwards: adjectives and possessives.
    while first > candidate.first - 3, first > 0, contiguous(words, first - 1, first), !stops(first - 1),
      lexicon.flags(view.lexicon[first - 1]).isDisjoint(with: [.stopword, .preposition])
    {
      first -= 1
    }
    var last = candidate.last
    // Rightwards: a determiner only after a preposition ("de la Défense"); any other stopword
    // ("und", "and", "et") ends the phrase.
    while last < candidate.last + 6, last + 1 < words.count, contiguous(words, last, last + 1), !stops(last + 1),
      !lexicon.flags(view.lexicon[last + 1]).contains(.stopword)
        || !lexicon.flags(view.lexicon[last + 1]).isDisjoint(with: [.preposition]) || lexicon.flags(view.lexicon[last]).contains(.preposition)
    {
      last += 1
    }
    // A preposition or determiner cannot end the phrase ("… de la").
    while last > candidate.last, !lexicon.flags(view.lexicon[last]).isDisjoint(with: [.stopword, .preposition]) { last -= 1 }
    guard first < candidate.first || last > candidate.last else { return nil }
    // Skip the determiner of the role itself ("the", "le", "das").
    var start = first
    while start < last, lexicon.flags(view.lexicon[start]).contains(.stopword), !words[start].capitalized || start == first { start += 1 }
    let known = makeMention(view, first: start, last: last, contextFrom: max(0, start - 4), position: position, lexicon: lexicon)
    let entity = known.entity.flatMap { $0.hasKind("person") || $0.hasKind("place") ? nil : $0 }
    return Mention(
      position: position, name: view.mentionName(start, last), entity: entity, organization: true,
      context: (view.base + start)..<(view.base + last + 1), earlierContext: [], lastWord: state.allIDs[view.base + last])
  }

  /// Whether word `k` is a lone lowercase letter ("a" in "le ministère … a souligné"): an
  /// auxiliary or a conjunction, never part of a name.
  func isInitialWord(_ view: TokenView, _ k: Int) -> Bool {
    !view.words[k].capitalized && view.words[k].range.count == 1
  }

  /// A role that names its own state, when no earlier name fits: "українська влада", "władze
  /// Ukrainy", "the Ukrainian authorities" speak as written. A role whose own words are its
  /// keywords is bare ("das Ministerium") and stays unresolved.
  mutating func selfQualified(
    _ candidate: Candidate, referent: AttributionLexicon.Referent, view: TokenView, lexicon: CompiledLexicon, position: Int
  ) -> Mention? {
    guard candidate.last > candidate.first, let keywords = referent.keywords, !keywords.isEmpty else { return nil }
    let folded = Set(keywords.map { TextFold.fold($0) })
    let words = view.words
    for k in candidate.first...candidate.last where folded.contains(TextFold.fold(String(decoding: view.text[words[k].range], as: UTF8.self))) {
      return registered(candidate, view: view, lexicon: lexicon, position: position)
    }
    // Not the determiner the role starts with ("the", "les", "as").
    var start = candidate.first
    while start < candidate.last, lexicon.flags(view.lexicon[start]).contains(.determiner) || isInitialWord(view, start)
      || (lexicon.flags(view.lexicon[start]).contains(.stopword) && start == candidate.first && candidate.last - start >= 2)
    {
      start += 1
    }
    return Mention(
      position: position, name: view.mentionName(start, candidate.last), entity: nil, organization: true,
      context: (view.base + start)..<(view.base + candidate.last + 1), earlierContext: [], lastWord: state.allIDs[view.base + candidate.last])
  }

  /// A bare role that is a proper name the registry knows as a body ("the Kremlin said"): it
  /// names itself, past its determiner.
  mutating func registered(_ candidate: Candidate, view: TokenView, lexicon: CompiledLexicon, position: Int) -> Mention? {
    var start = candidate.first
    while start < candidate.last, lexicon.flags(view.lexicon[start]).contains(.determiner) || !view.words[start].capitalized { start += 1 }
    guard view.words[start].capitalized else { return nil }
    let known = makeMention(view, first: start, last: candidate.last, contextFrom: start, position: position, lexicon: lexicon)
    guard let entity = known.entity, !entity.hasKind("person"), !entity.hasKind("place") else { return nil }
    var mention = known
    mention.organization = true
    return mention
  }

  /// The holder of the title written right before `candidate` ("il direttore" of "il
  /// direttore Aiea"), resolved as that role; nil when no role of the lexicon ends there.
  mutating func titleHolder(
    before candidate: Candidate, attribution: RawAttribution, view: TokenView, lexicon: CompiledLexicon, at position: Int
  ) -> Mention? {
    // The role ends right before the run, or before the body's adjectives ("Szef ukraińskiego MSZ").
    let first = candidate.first - adjectivesBefore(candidate.first, view: view, lexicon: lexicon)
    for start in stride(from: first - 1, through: max(0, first - 4), by: -1) {
      let id = view.lexicon[start]
      guard lexicon.flags(id).contains(.startsPhrase) else { continue }
      for phrase in lexicon.words[Int(id)].phrases where start + phrase.length == first {
        guard case .role = phrase.kind, (0..<phrase.length).allSatisfy({ view.lexicon[start + $0] == phrase.ids[$0] }),
          contiguous(view.words, start, first)
        else { continue }
        guard case .role(let r) = phrase.kind else { continue }
        var role = attribution
        role.candidate = Candidate(kind: .referent(r), first: start, last: first - 1)
        return resolve(role, at: position)
      }
    }
    return nil
  }
}
