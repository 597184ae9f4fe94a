import ParallaxICU

/// Names made of generic terms ("dam", "гребля", "Staudamm", `terms` of
/// `names-discovery.yaml`) and a specific part: "Каховської греблі", "Kachowka-Staudamm",
/// "Palazzo Dolmabahçe", "Nazioni Unite". Such a name is also keyed by its concepts and its
/// specific part (a registered entity, or the folded romanized stem of a name word), whatever
/// the order and language, so that its translations meet: Каховской ГЭС, Kachowskiej Elektrowni
/// Wodnej and Каховской гидроэлектростанции are one power plant, and not the town of Kakhovka.
extension DiscoveryRun {
  /// What one word is inside a term name.
  struct TermPart {
    /// Concept ids, when the word is (or ends in) a generic term.
    var concepts: Set<String> = []
    /// Specific tokens: `@` and a registered entity's id, or a folded romanized stem.
    var specifics: [[UInt8]] = []
    /// A lowercase particle ("de", "per"), only inside a name.
    var isConnector = false
    /// A compound of terms or of a name and a term ("Нацгвардії", "Krimbrücke").
    var isCompound = false
  }

  /// The mentions of one paragraph with its term names: a term name that covers ordinary
  /// mentions replaces them (the same span keeps their readings and gains the concept
  /// reading).
  func withTermNames(
    _ ordinary: [Mention], words: [Word], in text: String, registered: [Registered], language: String,
    lowercase: Set<String>, document: Int, base: Int
  ) throws -> [Mention] {
    guard lexicon.genericTerms(of: language) != nil, !words.isEmpty else { return ordinary }
    let bytes = Array(text.utf8)
    var parts: [TermPart?] = []
    for word in words { parts.append(try part(of: word, bytes: bytes, registered: registered, language: language)) }
    // A sentence's first word that the texts also write in lowercase (a term: any word of its
    // concepts) is read as lowercase ("Плотину Каховской гидроэлектростанции": the dam of the
    // plant, not a name's first word).
    let seen = lowercaseConcepts(language, lowercase)
    let words = words.enumerated().map { k, word -> Word in
      var word = word
      guard word.isCapitalized, Self.startsSentence(bytes, at: word.range.lowerBound) else { return word }
      if lowercase.contains(word.key) || parts[k].map({ !$0.concepts.isEmpty && $0.concepts.isSubset(of: seen) }) == true {
        word.isCapitalized = false
      }
      return word
    }
    var result = ordinary
    var start = 0
    while start < words.count {
      guard parts[start] != nil else {
        start += 1
        continue
      }
      var end = start + 1
      while end < words.count, parts[end] != nil, words[end - 1].isCyrillic == words[end].isCyrillic,
        Self.joins(bytes, words[end - 1].range.upperBound, words[end].range.lowerBound)
      {
        end += 1
      }
      for segment in segments(Array(start..<end), words: words, parts: parts) {
        let span = trimmed(segment, words: words, parts: parts)
        guard !span.isEmpty, let mention = try termMention(
          span, words: words, parts: parts, in: text, language: language, document: document, base: base)
        else { continue }
        result = Self.merging(mention, into: result)
      }
      start = end
    }
    return result
  }

  /// A run of term-name words cut where one name ends and another begins: after a lowercase
  /// term followed by a capitalized word ("zapory | Kachowskiej Elektrowni Wodnej"), and before
  /// a particle unless the words up to the next particle qualify the name (a term such as
  /// "energia": "Agenzia internazionale per l'energia atomica") or name what the term before
  /// the particle names ("Palacio de Dolmabahçe"); never before a term naming a thing of its
  /// own ("Agência de Energia Nuclear | da Organização das Nações Unidas"; "Palazzo Dolmabahçe
  /// | di Istanbul").
  private func segments(_ run: [Int], words: [Word], parts: [TermPart?]) -> [[Int]] {
    var result: [[Int]] = []
    var current: [Int] = []
    for (position, k) in run.enumerated() {
      guard let part = parts[k] else { continue }
      var cut = false
      if let previous = current.last, let before = parts[previous], !words[previous].isCapitalized,
        !before.concepts.isEmpty, words[k].isCapitalized, !namesRegistered(current, run[position...], words: words, parts: parts)
      {
        cut = true
      }
      // A lowercase kind of thing after a capitalized name and before a particle names what
      // follows: "Black Sea | port of Constanta".
      if !words[k].isCapitalized, !part.concepts.isDisjoint(with: lexicon.headConcepts),
        current.contains(where: { words[$0].isCapitalized }), position + 1 < run.count,
        parts[run[position + 1]]?.isConnector == true
      {
        cut = true
      }
      if part.isConnector, current.last.map({ parts[$0]?.isConnector != true }) ?? false {
        var next = position + 1
        while next < run.count, parts[run[next]]?.isConnector == true { next += 1 }
        var following: [TermPart] = []
        while next < run.count, let after = parts[run[next]], !after.isConnector {
          following.append(after)
          next += 1
        }
        // A word that names a thing on its own ("Yuzhny") qualifies nothing after a particle:
        // "Chernomorsk y | Yuzhny".
        let modifier = following.contains {
          !$0.concepts.isEmpty && $0.concepts.isDisjoint(with: lexicon.headConcepts) && !$0.concepts.isSubset(of: lexicon.nameConcepts)
        }
        let hasHead = following.contains { !$0.concepts.isDisjoint(with: lexicon.headConcepts) }
        let afterHead = current.last.map { parts[$0]?.concepts.isDisjoint(with: lexicon.headConcepts) == false } ?? false
        if hasHead || !(modifier || (afterHead && !following.isEmpty)) {
          cut = !namesRegistered(current, run[position...], words: words, parts: parts)
        }
      }
      if cut, !current.isEmpty {
        result.append(current)
        current = []
      }
      current.append(k)
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// `segment` without what cannot start or end a name: lowercase words at its start (a
  /// sentence's first word that the texts also write in lowercase is one: "Підрив Каховської
  /// греблі") unless they are the terms of a registered name after them ("zbiorniku
  /// Kachowskim"), particles at its ends.
  private func trimmed(_ segment: [Int], words: [Word], parts: [TermPart?]) -> [Int] {
    var span = segment[...]
    while let first = span.first, parts[first]?.isConnector == true, !words[first].isCapitalized { span = span.dropFirst() }
    let lead = span.prefix { !words[$0].isCapitalized }
    if !namesRegistered(Array(lead), span.dropFirst(lead.count), words: words, parts: parts) {
      while let first = span.first, !words[first].isCapitalized { span = span.dropFirst() }
    }
    while let last = span.last, parts[last]?.isConnector == true { span = span.dropLast() }
    return Array(span)
  }

  /// Whether lowercase words `lead`, generic terms with one naming a kind of thing
  /// (`headConcepts`), name the thing of the registered place that makes up all of `rest` but
  /// its particles: where a language puts the generic word first ("zbiorniku Kachowskim", "zapora
  /// Kachowka", "diga di Kakhovka") as others put it last ("Kakhovka dam"). A name with a
  /// specific part or a term of its own after them does not count ("zapory | Kachowskiej
  /// Elektrowni Wodnej": the dam of the plant is named by the plant), nor does a registered
  /// organization or person after a term ("agencji Reuters" is Reuters). Latin script only:
  /// Russian and Ukrainian put the generic word after an adjective ("Каховської греблі"), and a
  /// lowercase noun before a place is another phrase there ("підриві дамби | Росію").
  private func namesRegistered(_ lead: [Int], _ rest: ArraySlice<Int>, words: [Word], parts: [TermPart?]) -> Bool {
    guard !lead.isEmpty, lead.allSatisfy({ !words[$0].isCapitalized && !words[$0].isCyrillic && parts[$0] != nil }),
      lead.contains(where: { parts[$0]?.concepts.isDisjoint(with: lexicon.headConcepts) == false })
    else { return false }
    let named = rest.filter { parts[$0]?.isConnector != true }
    return !named.isEmpty && named.allSatisfy { k in
      guard let part = parts[k], part.concepts.isEmpty, !part.specifics.isEmpty else { return false }
      return part.specifics.allSatisfy { token in
        token.first == 0x40 && matcher.index.registry.entity(EntityID(String(decoding: token.dropFirst(), as: UTF8.self)))?.kind == .place
      }
    }
  }

  /// The term name of the words at `run`, or nil when they are not one: it needs a generic
  /// term, a capitalized word, and a specific part, a second term or a compound; at most
  /// `longestName` words besides particles. Lowercase terms stay out of a name that has no
  /// capitalized term unless one of them names a kind of thing (`headConcepts`) of a
  /// registered name.
  private func termMention(
    _ run: [Int], words: [Word], parts: [TermPart?], in text: String, language: String, document: Int, base: Int
  ) throws -> Mention? {
    let capitalTerm = run.contains { words[$0].isCapitalized && parts[$0]?.concepts.isEmpty == false }
    let head = run.contains { parts[$0]?.concepts.isDisjoint(with: lexicon.headConcepts) == false }
    let registeredPart = run.contains { parts[$0]?.specifics.contains { $0.first == 0x40 } == true }
    // Without a capitalized term, a lowercase term names the thing of a registered name
    // ("Kakhovka dam", "Каховської греблі"), not of any capitalized word ("Rosjan zapory").
    func loose(_ k: Int) -> Bool {
      guard let part = parts[k], !words[k].isCapitalized else { return false }
      return part.isConnector || (!part.concepts.isEmpty && !capitalTerm && !(head && registeredPart))
    }
    var trimmed = run[...]
    while let first = trimmed.first, loose(first) { trimmed = trimmed.dropFirst() }
    while let last = trimmed.last, loose(last) { trimmed = trimmed.dropLast() }
    let indices = Array(trimmed)
    let found = indices.compactMap { parts[$0] }
    let terms = found.filter { !$0.concepts.isEmpty }.count
    let specifics = Set(found.flatMap(\.specifics))
    let concepts = Set(found.flatMap(\.concepts))
    // A term alone ("ГЭС", "Wasserkraftwerk") is no name; two terms ("Nazioni Unite") or a
    // compound of terms ("Нацгвардії") are.
    guard terms > 0, indices.contains(where: { words[$0].isCapitalized }),
      !specifics.isEmpty || terms > 1 || found.contains(where: \.isCompound),
      found.filter({ !$0.isConnector }).count <= options.longestName
    else { return nil }
    let phrase = indices.map { words[$0] }
    let initial = Self.startsSentence(Array(text.utf8), at: phrase[0].range.lowerBound)
    guard var mention = try mention(phrase, in: text, language: language, document: document, base: base, titled: false, initial: initial)
    else { return nil }
    let reading = concepts.sorted().map { Array("#\($0)".utf8) } + specifics.sorted { $0.lexicographicallyPrecedes($1) }
    if !mention.keys.contains(reading) { mention.keys.append(reading) }
    return mention
  }

  /// `mention` among a paragraph's mentions: ordinary mentions overlapping its span give way
  /// to it, and one with the same span takes its concept reading instead.
  static func merging(_ mention: Mention, into mentions: [Mention]) -> [Mention] {
    var result = mentions
    if let same = result.firstIndex(where: { $0.offset == mention.offset && $0.end == mention.end }) {
      for reading in mention.keys where isTermReading(reading) && !result[same].keys.contains(reading) {
        result[same].keys.append(reading)
      }
      return result
    }
    // Ordinary mentions overlapping it are pieces of it or run into it ("Плотину Каховской"
    // of "Плотину Каховской гидроэлектростанции", read without its first word).
    result.removeAll { $0.offset < mention.end && mention.offset < $0.end }
    result.append(mention)
    return result.sorted { $0.offset < $1.offset }
  }

  /// What `word` is in a term name, or nil when it cannot be part of one.
  private func part(of word: Word, bytes: [UInt8], registered: [Registered], language: String) throws -> TermPart? {
    // A generic term is no misspelt name: "Staudamms" is a dam, not near Staatsduma.
    if let name = registered.first(where: { $0.range.overlaps(word.range) }),
      !(name.isFuzzy && termHit(word.key, language: language) != nil)
    {
      // A person's name is no part of a thing's ("ministro della Difesa Rustem Umerov").
      return name.isPerson ? nil : TermPart(specifics: [Array("@\(name.entity)".utf8)])
    }
    if let hit = termHit(word.possessiveBase ?? word.key, language: language) {
      var part = TermPart(concepts: hit.concepts)
      if let head = hit.head {
        // The head as written ("Krim"), for the registry, when the key keeps the letters' count.
        let surface = Self.text(bytes, word.range).unicodeScalars
        let written = surface.count == word.key.unicodeScalars.count
          ? String(String.UnicodeScalarView(surface.prefix(head.unicodeScalars.count))) : head
        guard let inner = try compoundHead(head, written: written, cyrillic: word.isCyrillic, language: language)
        else { return nil }
        part.concepts.formUnion(inner.concepts)
        part.specifics = inner.specifics
        part.isCompound = true
      }
      return part
    }
    guard word.isCapitalized else {
      return lexicon.isConnector(word.key, in: language) ? TermPart(isConnector: true) : nil
    }
    // An acronym is a name of its own ("Agency WAM"), not a thing's specific part.
    let surface = Self.text(bytes, word.range)
    guard Self.isNameWord(word, surface: surface, key: word.key), !NameMatcher.isAllCaps(surface),
      !lexicon.isOrdinary(word.key, in: language), !lexicon.isTitle(word.key, in: language)
    else { return nil }
    let owners = adjectiveOwners(word.key, in: language)
    if owners.count == 1, let owner = owners.first { return TermPart(specifics: [Array("@\(owner)".utf8)]) }
    return TermPart(specifics: [try specificKey(word.possessiveBase ?? word.key, cyrillic: word.isCyrillic, language: language)])
  }

  /// The part of a compound before its generic tail: another term ("Atomenergie" of
  /// Atomenergiebehörde), a registered name ("Krim" of Krimbrücke) or a name's stem.
  private func compoundHead(_ head: String, written: String, cyrillic: Bool, language: String) throws -> TermPart? {
    if let hit = termHit(head, language: language) {
      guard let inner = hit.head else { return TermPart(concepts: hit.concepts) }
      // A compound of compounds: Держприкордонслужби is держ + прикордон + служби.
      let rest = String(String.UnicodeScalarView(written.unicodeScalars.prefix(inner.unicodeScalars.count)))
      guard var part = try compoundHead(inner, written: rest, cyrillic: cyrillic, language: language) else { return nil }
      part.concepts.formUnion(hit.concepts)
      return part
    }
    if let found = try matcher.lookup(written), !found.isSuggestion, found.match != .fuzzy {
      return TermPart(specifics: [Array("@\(found.entity.rawValue)".utf8)])
    }
    let owners = adjectiveOwners(head, in: language)
    if owners.count == 1, let owner = owners.first { return TermPart(specifics: [Array("@\(owner)".utf8)]) }
    guard head.unicodeScalars.count >= 3 else { return nil }
    return TermPart(specifics: [try specificKey(head, cyrillic: cyrillic, language: language)])
  }

  /// The folded romanized key of a specific word: Cyrillic through its language's scheme and
  /// without its case ending, Latin without an adjectival ending of the page's language, so that
  /// an adjective's case forms meet ("Dnieprzańska", "Dnieprzańską", "Dnieprzańskiej").
  private func specificKey(_ key: String, cyrillic: Bool, language: String) throws -> [UInt8] {
    guard cyrillic else { return try folded(adjectiveStem(key, language: language), scheme: "und") }
    let scheme = endings[language] != nil ? language : (cyrillicLanguages.first ?? "und")
    return try folded(stem(of: key, language: scheme), scheme: scheme)
  }

  /// A Latin word without the longest adjectival ending of `language` that leaves four letters
  /// ("dnieprzanskiej": dnieprzan); the word itself when none fits or the language lists none.
  func adjectiveStem(_ key: String, language: String) -> String {
    let scalars = key.unicodeScalars
    for suffix in lexicon.adjectivalSuffixes[language] ?? [] where key.hasSuffix(suffix) {
      let kept = scalars.count - suffix.unicodeScalars.count
      if kept >= 4 { return String(String.UnicodeScalarView(scalars.prefix(kept))) }
    }
    return key
  }

  /// The concepts of the terms the texts of `language` write in lowercase.
  func lowercaseConcepts(_ language: String, _ lowercase: Set<String>) -> Set<String> {
    if let known = conceptsInLowercase[language] { return known }
    var concepts: Set<String> = []
    for key in lowercase {
      if let hit = termHit(key, language: language), hit.head == nil { concepts.formUnion(hit.concepts) }
    }
    conceptsInLowercase[language] = concepts
    return concepts
  }

  /// The generic term a word's key is in `language`, or nil; an elided article before it
  /// ("l'energia") is read past.
  func termHit(_ key: String, language: String) -> TermHit? {
    let memoKey = language + "|" + key
    if let known = termMemo[memoKey] { return known }
    var hit = lexicon.genericTerms(of: language)?.hit(key)
    if hit == nil, !NameTokenizer.isCyrillic(key) { hit = try? romanizedTermHit(key) }
    if hit == nil, let apostrophe = key.unicodeScalars.lastIndex(where: { $0 == "'" || $0 == "\u{2019}" }) {
      let rest = String(key.unicodeScalars[key.unicodeScalars.index(after: apostrophe)...])
      if rest.unicodeScalars.count >= 2 { hit = lexicon.genericTerms(of: language)?.hit(rest) }
    }
    termMemo[memoKey] = hit
    return hit
  }

  /// Whether a folded token is a concept (`#`) or a registered entity (`@`), not letters.
  static func isSymbol(_ word: [UInt8]) -> Bool { word.first == 0x23 || word.first == 0x40 }

  /// Whether a reading is a term name's concept reading.
  static func isTermReading(_ reading: [[UInt8]]) -> Bool { reading.contains(where: isSymbol) }
}
