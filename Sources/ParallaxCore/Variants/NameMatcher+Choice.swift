import ParallaxICU

/// The name matcher's choice among entities that share a form (cues in the text around it) and
/// its fuzzy pass for near misses of registered names.
extension NameMatcher {
  // MARK: - Ambiguity

  /// The candidate a mention over `tokens[start..<end]` resolves to and the other entities it
  /// may name, or nil when its form is an ordinary word too (the rule's `ordinaryWordIn`), no
  /// cue of an entity stands near it and the matcher reads text (not a name, as `lookup` does).
  func choose(
    _ candidates: [NameIndex.Candidate], around start: Int, end: Int, _ tokens: [Token], surface: String
  )
    -> (candidate: NameIndex.Candidate, alternatives: [EntityID])?
  {
    let entities = Array(Set(candidates.map(\.entity))).sorted()
    let formKey = tokens[start..<end].map { infos[$0.id].key }.joined(separator: " ")
    let rule = index.ambiguities.isEmpty ? nil : index.ambiguities[formKey]
    guard entities.count > 1 || rule?.ordinaryWordIn.isEmpty == false else {
      return (preferred(candidates, entities[0], surface: surface), [])
    }
    let ids = entities.map { index.registry.entities[$0].id }
    var chosenID = ids[0]
    if let rule {
      chosenID = rule.default
      let cues = cueKeys(for: formKey, rule)
      let low = max(0, start - options.cueWindow)
      let high = min(tokens.count, end + options.cueWindow)
      let nearby = Set(tokens[low..<high].map { infos[$0.id].key })
      var cued = false
      for id in rule.entities.sorted() where !(cues[id] ?? []).isDisjoint(with: nearby) {
        chosenID = id
        cued = true
        break
      }
      // In text the ordinary word needs its cue; a name looked up is read as a name.
      if !cued, !rule.ordinaryWordIn.isEmpty, !readingName { return nil }
    }
    let chosenIndex = entities.first { index.registry.entities[$0].id == chosenID } ?? entities[0]
    return (preferred(candidates, chosenIndex, surface: surface), ids.filter { $0 != chosenID })
  }

  /// The candidate of `entity` whose form is the surface letter for letter, else its first
  /// form that is not inflected, else its first.
  func preferred(_ candidates: [NameIndex.Candidate], _ entity: Int, surface: String) -> NameIndex.Candidate {
    let own = candidates.filter { $0.entity == entity }
    if let exact = own.first(where: { index.resolve($0).1.form == surface }) { return exact }
    if let base = own.first(where: { index.resolve($0).1.how != .inflected }) { return base }
    return own.first ?? candidates[0]
  }

  func cueKeys(for formKey: String, _ rule: NameAmbiguity) -> [EntityID: Set<String>] {
    if let known = cueKeys[formKey] { return known }
    var result: [EntityID: Set<String>] = [:]
    for (id, words) in rule.cues {
      result[id] = Set(words.compactMap { try? keys.key($0) })
    }
    cueKeys[formKey] = result
    return result
  }

  // MARK: - Paradigms

  /// Whether the Cyrillic words of `tokens`, matched to `candidate` by a shared stem, decline
  /// as its form does: a form in a paradigm of its language (a plural such as Кринки, by its
  /// ending, or Кринках, an inflected form by a mark) is found only with that paradigm's endings
  /// on the stem they share, so the singular кринка (a jug) is not the village.
  func declines(_ candidate: NameIndex.Candidate, as tokens: ArraySlice<Token>) -> Bool {
    let (_, variant) = index.resolve(candidate)
    let paradigms = paradigms(of: variant.lang)
    guard !paradigms.isEmpty else { return true }
    let forms: [String]
    if let known = formKeys[candidate] {
      forms = known
    } else {
      forms = (try? NameTokenizer(keys: keys, words: words).keys(of: variant.form)) ?? []
      formKeys[candidate] = forms
    }
    guard forms.count == tokens.count else { return true }
    for (form, token) in zip(forms, tokens) where infos[token.id].isCyrillic && infos[token.id].key != form {
      let key = infos[token.id].key
      var fits = false
      for stem in infos[token.id].stems where form.hasPrefix(stem) {
        let formEnding = String(form.unicodeScalars.dropFirst(stem.unicodeScalars.count))
        let ending = String(key.unicodeScalars.dropFirst(stem.unicodeScalars.count))
        // Only a stem of both words counts (кринка is no stem of Кринках).
        guard formEnding.isEmpty || index.endings.contains(formEnding) else { continue }
        let binding = paradigms.filter {
          $0.marks.contains(formEnding) || (variant.how != .inflected && $0.base.contains(formEnding))
        }
        if binding.isEmpty || binding.contains(where: { $0.endings.contains(ending) }) {
          fits = true
          break
        }
      }
      if !fits { return false }
    }
    return true
  }

  /// `language`'s paradigms with their endings as match keys.
  private func paradigms(of language: String) -> [ParadigmKeys] {
    if let known = paradigmKeys[language] { return known }
    func keyed(_ endings: [String]) -> Set<String> { Set(endings.compactMap { try? keys.key($0) }) }
    let result = (index.profiles[language]?.paradigms ?? []).map {
      ParadigmKeys(base: keyed($0.base), marks: keyed($0.marks), endings: keyed($0.endings))
    }
    paradigmKeys[language] = result
    return result
  }

  // MARK: - Fuzzy

  /// Whether `token`'s near miss is an adjective of its nearest form: the word's skeleton (as
  /// the fuzzy matcher folds romanized words) is the form's stem (without its final vowels), but
  /// for its last two letters, plus an adjectival suffix of any language, folded alike
  /// ("Каховская" of Kakhovka, "Украинская" of Ukraine).
  func isAdjectiveOfNearest(_ token: Token) -> Bool {
    if let known = infos[token.id].adjectiveOfNearest { return known }
    let answer = adjectiveOfNearest(token)
    infos[token.id].adjectiveOfNearest = answer
    return answer
  }

  /// `isAdjectiveOfNearest`, worked out.
  private func adjectiveOfNearest(_ token: Token) -> Bool {
    // Most words end in no adjectival suffix (every sentence's first word comes here): they are
    // set aside before their near miss is looked for.
    guard let romanized = infos[token.id].romanized.last, let word = index.skeletons.fold(romanized) else { return false }
    let suffixes = index.adjectivalSkeletons.filter {
      $0.count >= 2 && word.count > $0.count && word.suffix($0.count).elementsEqual($0)
    }
    guard !suffixes.isEmpty else { return false }
    if case .unknown = infos[token.id].fuzzy { infos[token.id].fuzzy = fuzzyOutcome(infos[token.id]) }
    guard case .match(_, let score, let linkable, let form) = infos[token.id].fuzzy, linkable,
      score >= options.linkThreshold
    else { return false }
    var stem = index.fuzzyForms[form].skeleton
    while let last = stem.last, Self.vowels.contains(last) { stem.removeLast() }
    let needed = max(4, stem.count - 2)
    return suffixes.contains { suffix in
      zip(word.dropLast(suffix.count), stem).prefix(while: { $0 == $1 }).count >= needed
    }
  }

  /// a e i o u (the skeletons fold y to i).
  static let vowels: Set<UInt8> = [0x61, 0x65, 0x69, 0x6F, 0x75]

  func fuzzyMention(_ token: Token, _ bytes: [UInt8]) -> NameMention? {
    guard infos[token.id].isCapitalized, infos[token.id].scalarCount >= 5 else { return nil }
    let surface = String(decoding: bytes[token.range], as: UTF8.self)
    var outcome = infos[token.id].fuzzy
    if case .unknown = outcome {
      outcome = fuzzyOutcome(infos[token.id])
      infos[token.id].fuzzy = outcome
    }
    guard case .match(let candidate, let score, let linkable, _) = outcome else { return nil }
    let (entity, variant) = index.resolve(candidate)
    return NameMention(
      utf8Range: token.range, surface: surface, entity: entity.id, variant: variant, match: .fuzzy,
      confidence: (score * 1000).rounded() / 1000, isSuggestion: score < options.linkThreshold || !linkable,
      alternatives: [])
  }

  func fuzzyOutcome(_ info: TokenInfo) -> FuzzyOutcome {
    guard info.isCapitalized, info.scalarCount >= 5, let romanized = info.romanized.last else { return .none }
    let whole = fuzzyOutcome(info, romanized: romanized)
    if case .match(_, let score, let linkable, _) = whole, linkable, score >= options.linkThreshold { return whole }
    guard !info.isCyrillic else { return whole }
    // A Latin word that matches nothing as written may be a near miss declined: the stem
    // without a case ending of its language ("Progiżynowi") near a form of that language.
    for (ending, languages) in index.latinEndingKeys where romanized.hasNormalizedSuffix(ending) {
      let stem = String(romanized.unicodeScalars.dropLast(ending.unicodeScalars.count))
      guard stem.unicodeScalars.count >= 5 else { continue }
      let outcome = fuzzyOutcome(info, romanized: stem)
      guard case .match(let candidate, let score, let linkable, _) = outcome, linkable, score >= options.linkThreshold,
        languages.contains(index.resolve(candidate).1.lang)
      else { continue }
      return outcome
    }
    return whole
  }

  /// The fuzzy outcome of `romanized`, the word's romanized key or its stem.
  private func fuzzyOutcome(_ info: TokenInfo, romanized: String) -> FuzzyOutcome {
    let skeleton = index.skeletons.fold(romanized) ?? []
    guard skeleton.count >= 4 else { return .none }
    // A registered name plus an adjectival ending ("Russian") is not a misspelled name.
    for suffix in index.adjectivalSuffixes where romanized.hasNormalizedSuffix(suffix) || info.key.hasNormalizedSuffix(suffix) {
      let base = String((romanized.hasNormalizedSuffix(suffix) ? romanized : info.key).dropLast(suffix.count))
      if index.romanized.step(0, base).map({ !index.romanized.terminals[$0].isEmpty }) == true
        || index.exact.step(0, base).map({ !index.exact.terminals[$0].isEmpty }) == true
      {
        return .none
      }
    }
    // Trigrams shared with each registered form, counted in an array kept between calls.
    var grams = NameTokenizer.trigrams(skeleton)
    grams.sort()
    if sharedTrigrams.count < index.fuzzyForms.count { sharedTrigrams = [Int32](repeating: 0, count: index.fuzzyForms.count) }
    var touched: [Int32] = []
    var distinct = 0
    for (k, gram) in grams.enumerated() where k == 0 || grams[k - 1] != gram {
      distinct += 1
      for form in index.trigrams[gram] ?? [] {
        if sharedTrigrams[Int(form)] == 0 { touched.append(form) }
        sharedTrigrams[Int(form)] += 1
      }
    }
    defer { for form in touched { sharedTrigrams[Int(form)] = 0 } }
    let needed = max(2, distinct * 2 / 5)
    var best: (score: Double, form: Int)?
    for form in touched where Int(sharedTrigrams[Int(form)]) >= needed {
      let candidate = index.fuzzyForms[Int(form)].skeleton
      guard candidate.first == skeleton.first else { continue }
      let score = NameTokenizer.similarity(skeleton, candidate)
      if let current = best, current.score > score || (current.score == score && current.form < Int(form)) {
        continue
      }
      best = (score, Int(form))
    }
    guard let best, best.score >= options.suggestThreshold else { return .none }
    // Short names are too easily near each other (Irfan, Iran): those are only ever suggestions.
    // A link also needs few edits: Jaro-Winkler forgives much after a shared start ("Staudamms"
    // scores 0.945 against "Staatsduma", six edits away), a misspelling does not need it.
    let form = index.fuzzyForms[best.form].skeleton
    let linkable =
      skeleton.count >= 6 && abs(skeleton.count - form.count) <= 2
      && NameTokenizer.editDistance(skeleton, form) <= max(2, skeleton.count / 4)
    return .match(candidate: index.fuzzyForms[best.form].candidate, score: best.score, linkable: linkable, form: best.form)
  }
}
