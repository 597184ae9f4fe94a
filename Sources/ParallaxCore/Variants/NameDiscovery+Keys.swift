import ParallaxICU

extension DiscoveryRun {
  /// The mention of a run of name words, with its keys; nil when a word has no key.
  func mention(
    _ words: [Word], in text: String, language: String, document: Int, base: Int, titled: Bool, initial: Bool
  ) throws -> Mention? {
    guard let first = words.first, let last = words.last else { return nil }
    let bytes = Array(text.utf8)
    var surface = String(decoding: bytes[first.range.lowerBound..<last.range.upperBound], as: UTF8.self)
    let lastInfo = last
    if lastInfo.possessiveBase != nil {
      surface = String(String.UnicodeScalarView(surface.unicodeScalars.dropLast(lastInfo.possessiveScalars)))
    }
    let scripts = Set(words.map(\.isCyrillic))
    guard scripts.count == 1, let cyrillic = scripts.first else { return nil }
    let bases = words.map { $0.possessiveBase ?? $0.key }
    var readings: [[[UInt8]]] = []
    if cyrillic {
      let languages = endings[language] != nil ? [language] : cyrillicLanguages
      for scheme in languages {
        let full = try bases.map { word throws in try folded(word, scheme: scheme) }
        let stems = try bases.map { word throws in try folded(stem(of: word, language: scheme), scheme: scheme) }
        for reading in [full, stems] where !readings.contains(reading) { readings.append(reading) }
      }
    } else {
      readings.append(try bases.map { word throws in try folded(word, scheme: "und") })
      for reading in try renderedReadings(words, bytes) where !readings.contains(reading) { readings.append(reading) }
    }
    if cyrillic {
      for reading in readings {
        if let loan = loanReading(reading), !readings.contains(loan) { readings.append(loan) }
      }
    }
    // Two names joined by a hyphen name a third thing (a crossing, a route) in either order:
    // "Orliwka-Isaccea" and "Исакча-Орловка".
    let compound = words.count == 2 && bytes[first.range.upperBound..<last.range.lowerBound].elementsEqual([0x2D])
    if compound {
      for reading in readings where !readings.contains(Array(reading.reversed())) { readings.append(Array(reading.reversed())) }
    }
    if words.count == 1, let concept = nameConceptReading(first, language: language), !readings.contains(concept) {
      readings.append(concept)
    }
    readings.removeAll { $0.contains(where: \.isEmpty) }
    guard !readings.isEmpty else { return nil }
    var initials = ""
    for word in words where word.isCapitalized || !lexicon.isConnector(word.key, in: language) {
      let scalars = word.key.unicodeScalars
      // After an elided article ("l'energia"), the word's own first letter.
      let start = scalars.lastIndex { $0 == "'" || $0 == "\u{2019}" }.map { scalars.index(after: $0) } ?? scalars.startIndex
      if start < scalars.endIndex { initials.unicodeScalars.append(scalars[start]) }
    }
    let count = words.count == 1 ? first.key.unicodeScalars.count : 0
    var mention = Mention(
      document: document, offset: base + first.range.lowerBound, surface: surface, language: language,
      isCyrillic: cyrillic, keys: readings, titled: titled, place: lexicon.isPlaceWord(first.key, in: language), initial: initial,
      hasParticle: words.contains { !$0.isCapitalized }, isAcronym: NameMatcher.isAllCaps(surface),
      end: base + first.range.lowerBound + surface.utf8.count)
    if initials.unicodeScalars.count >= 3, words.count >= 3 { mention.initials = initials }
    if (3...6).contains(count) { mention.shortForm = first.key }
    mention.isCompound = compound
    mention.startsWithGivenName = words.count >= 2 && words.allSatisfy(\.isCapitalized) && isGivenName(first.key)
    mention.foreign = words.contains { lexicon.hasForeignLetter(Self.text(bytes, $0.range), in: language) }
    return mention
  }

  /// `key` without the longest case ending of `language` that leaves a stem long enough: the
  /// shortest of the matcher's stems (`NameTokenizer.stems`), so Кліщіївки and Кліщіївку meet.
  func stem(of key: String, language: String) -> String {
    let stems = NameTokenizer.stems(of: key, endings: endings[language] ?? [], shortest: matcher.index.shortestStem)
    return stems.min { ($0.unicodeScalars.count, $0) < ($1.unicodeScalars.count, $1) } ?? key
  }

  /// The word's key romanized by `scheme`'s language (ASCII) and folded by the `names`
  /// spelling folds; empty when nothing is left.
  func folded(_ key: String, scheme: String) throws -> [UInt8] {
    let memoKey = scheme + "|" + key
    if let known = memo[memoKey] { return known }
    var result: [UInt8] = []
    if let romanizer = romanizers[scheme] ?? romanizers["und"] {
      let latin = try keys.key(try romanizer.transliterate(key))
      result = discoverer.names.spellingFolds.names.fold(latin) ?? []
    }
    memo[memoKey] = result
    return result
  }

  /// A Cyrillic reading with its words' starts read as the Latin spelling of a loanword
  /// (`loanReadings`: "ievropi" as "europi"); nil when no start is listed.
  func loanReading(_ reading: [[UInt8]]) -> [[UInt8]]? {
    var changed = false
    let result = reading.map { word -> [UInt8] in
      for (from, to) in lexicon.loanReadings where word.starts(with: from) && word.count > from.count + 1 {
        changed = true
        return to + word.dropFirst(from.count)
      }
      return word
    }
    return changed ? result : nil
  }

  /// Whether the letters a longer word adds to a shorter one hold a piece that makes
  /// adjectives of names (`adjectiveInfixes`: "tychnyi" of "adriatychnyi").
  func isAdjectiveTail(_ tail: ArraySlice<UInt8>) -> Bool {
    lexicon.adjectiveInfixes.contains { infix in
      tail.count >= infix.count && tail.indices.contains { start in tail[start...].starts(with: infix) }
    }
  }

  /// The consonant skeleton of a folded word: its vowels dropped.
  func skeleton(_ word: [UInt8]) -> [UInt8] {
    word.filter { !lexicon.vowels.contains($0) }.map { lexicon.skeletonLetters[$0] ?? $0 }
  }

  /// Whether two readings of the same length spell one name: every word pair is near enough,
  /// by similarity alone or (`bySkeleton`) by similarity and the same consonant skeleton.
  func near(_ a: [[UInt8]], _ b: [[UInt8]], bySkeleton: Bool = true) -> Bool {
    guard a.count == b.count else { return false }
    for (x, y) in zip(a, b) where x != y {
      // Concepts (#) and registered entities (@) of a term name are the same or different.
      if Self.isSymbol(x) || Self.isSymbol(y) { return false }
      // A word much longer than another is a compound of it, not its spelling (Tiraspol and
      // Tiraspoltransgaz: Jaro-Winkler rewards the shared start), unless the rest makes an
      // adjective of it (Adria and Адріатичний).
      let (short, long) = x.count < y.count ? (x, y) : (y, x)
      if long.count - short.count > options.longestEnding, !isAdjectiveTail(long.dropFirst(short.count)) { return false }
      let similarity = NameTokenizer.similarity(x, y)
      if similarity >= options.linkSimilarity { continue }
      let skeleton = self.skeleton(x)
      if bySkeleton, similarity >= options.skeletonSimilarity, skeleton.count >= options.shortestSkeleton,
        skeleton == self.skeleton(y)
      {
        continue
      }
      return false
    }
    return true
  }
}
