import ParallaxICU

/// One run of discovery: the task's matcher and transliterators, and the candidate mentions.
/// Not thread-safe; `NameDiscoverer.discover` makes one per call.
final class DiscoveryRun {
  /// A candidate name in a document.
  struct Mention {
    var document: Int
    /// UTF-8 offset in the document's text.
    var offset: Int
    var surface: String
    var language: String
    var isCyrillic: Bool
    /// Folded romanized keys, one per reading (scheme, as written or stemmed), each a list of
    /// words.
    var keys: [[[UInt8]]]
    /// A title stood right before it.
    var titled: Bool
    /// Its first word is a place word.
    var place: Bool
    /// Its first word starts a sentence.
    var initial: Bool
    /// A lowercase particle joins two of its words ("von").
    var hasParticle: Bool
    /// Written in capitals ("ГЭС"): a common acronym, never taken for a surname elsewhere.
    var isAcronym: Bool
    /// The UTF-8 offset in the document's text where it ends.
    var end: Int = 0
    /// It stands right before or after a registered person's name, so it may be part of it
    /// ("Mariano" of Rafael Mariano Grossi).
    var besidePerson = false
    /// The first letters of its words without particles (match keys: "aiiea" is not; "aiea"
    /// of "Agenzia internazionale per l'energia atomica"), for a name of three words or more.
    var initials = ""
    /// A one-word name of three to six letters, as a match key: it may be an acronym ("Aiea").
    var shortForm = ""
    /// Two words or more, the first a registered person's given name: a person's name.
    var startsWithGivenName = false
    /// A word has a letter its page's language does not use ("Spânu" on a German page).
    var foreign = false
    /// A noun naming the kind of thing stood right before it ("Dorf Plauru").
    var afterKindNoun = false
    /// Two words joined by a hyphen ("Orliwka-Isaccea"): a name of its own, not a person's
    /// full name whose last word is a surname.
    var isCompound = false
    /// The lowercase word right after a one-word name, which may continue it as the same name
    /// does capitalized elsewhere ("Газпром нефть", "Gazprom Neft"); see `withContinuations`.
    var following: Word?
  }

  /// A registered name found in a paragraph.
  struct Registered {
    var range: Range<Int>
    var isPerson: Bool
    /// The registered entity's id.
    var entity: String
    /// Linked by similarity only ("Staudamms" near Staatsduma).
    var isFuzzy = false
  }

  /// A word of a paragraph, with what the matcher knows of it (copied: the matcher may
  /// renumber its words between texts).
  struct Word {
    var range: Range<Int>
    var key: String
    var isCapitalized: Bool
    var isCyrillic: Bool
    var scalarCount: Int
    /// The key without a possessive suffix ("'s"), and that suffix's length in scalars.
    var possessiveBase: String?
    var possessiveScalars: Int
  }

  let discoverer: NameDiscoverer
  let matcher: NameMatcher
  let keys: MatchKeyBuilder
  /// ASCII romanizers by language (`uk`, `ru`, `und`).
  let romanizers: [String: SchemeTransliterator]
  /// Cyrillic case endings by language as match keys, longest first.
  let endings: [String: [String]]
  /// Folded romanized keys of words already seen, by scheme language and match key.
  var memo: [String: [UInt8]] = [:]
  /// The starts of registered one-word names, with the entities they start: each name's key
  /// and the key without its last one to three letters (four letters at least), for telling
  /// adjectives ("Russian", "Каховської") from names.
  let registeredStarts: [String: Set<String>]
  /// The given names of registered people (the first word of their full names), Cyrillic ones
  /// also by their stems without the Cyrillic languages' case endings: a run of Cyrillic name
  /// words breaks before one ("Олешек | Евгением Рыщуком": a town's genitive, then its mayor),
  /// and a name that starts with one is a person's even on German pages ("Igor Tonkovidov").
  let givenNames: Set<String>
  /// The renderings of Latin spellings in Cyrillic (`renderings`), compiled, with the language
  /// whose scheme romanizes them.
  let renderers: [(language: String, transliterator: Transliterator)]
  /// The generic terms of each word key seen, by language (see `termHit`).
  var termMemo: [String: TermHit?] = [:]
  /// The Cyrillic generic terms as Latin pages write them (see `romanizedTermHit`), built on
  /// first use.
  var romanizedTerms: GenericTerms?
  /// The concepts of the terms each language's texts write in lowercase.
  var conceptsInLowercase: [String: Set<String>] = [:]
  var lexicon: NameDiscoveryLexicon { discoverer.lexicon }
  var options: NameDiscoveryOptions { discoverer.options }

  init(discoverer: NameDiscoverer) throws {
    self.discoverer = discoverer
    matcher = try discoverer.names.makeMatcher()
    keys = try MatchKeyBuilder(profile: discoverer.names.matchKeyProfile)
    romanizers = try NameSetup.makeRomanizers(discoverer.names.romanization)
    renderers = try discoverer.lexicon.renderings.map { rendering in
      (rendering.language, try rendering.compile(file: "\(rendering.language)/\(NameDiscoveryProfile.fileName)", text: ""))
    }
    var endings: [String: [String]] = [:]
    for (language, profile) in discoverer.names.index.profiles where !profile.inflectionEndings.isEmpty {
      var list: [String] = []
      for ending in profile.inflectionEndings { list.append(try keys.key(ending)) }
      endings[language] = Array(Set(list)).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }
    self.endings = endings
    var starts: [String: Set<String>] = [:]
    for entity in discoverer.names.registry.entities {
      for variant in entity.variants where !variant.form.contains(" ") {
        let key = Array(try keys.key(variant.form).unicodeScalars)
        guard key.count >= 4 else { continue }
        for length in max(4, key.count - 3)...key.count {
          starts[String(String.UnicodeScalarView(key.prefix(length))), default: []].insert(entity.id.rawValue)
        }
      }
    }
    registeredStarts = starts
    var given: Set<String> = []
    for entity in discoverer.names.registry.entities where entity.kind == .person {
      for variant in entity.variants {
        let words = variant.form.split(separator: " ")
        guard words.count >= 2, let first = words.first else { continue }
        let key = try keys.key(String(first))
        given.insert(key)
        guard NameTokenizer.isCyrillic(key) else { continue }
        for language in endings.keys {
          given.formUnion(NameTokenizer.stems(of: key, endings: endings[language] ?? [], shortest: matcher.index.shortestStem))
        }
      }
    }
    givenNames = given
  }

  /// Whether a word's key is a registered person's given name (a Cyrillic one in any case).
  func isGivenName(_ key: String) -> Bool {
    if givenNames.contains(key) { return true }
    guard NameTokenizer.isCyrillic(key) else { return false }
    return endings.values.contains { list in
      NameTokenizer.stems(of: key, endings: list, shortest: matcher.index.shortestStem).contains { givenNames.contains($0) }
    }
  }

  /// Whether a one-word key is a registered name's start plus an adjectival ending of
  /// `language` ("Russian" in English; not "Europas" in German, whose -as is Spanish).
  func isAdjective(_ key: String, in language: String) -> Bool { !adjectiveOwners(key, in: language).isEmpty }

  /// The registered entities whose name starts a one-word key followed by an adjectival ending
  /// of `language`, for the longest such start.
  func adjectiveOwners(_ key: String, in language: String) -> Set<String> {
    let count = key.unicodeScalars.count
    for suffix in lexicon.adjectivalSuffixes(of: language) where key.hasSuffix(suffix) {
      let kept = count - suffix.unicodeScalars.count
      guard kept >= 4 else { continue }
      if let owners = registeredStarts[String(String.UnicodeScalarView(key.unicodeScalars.prefix(kept)))] { return owners }
    }
    return []
  }

  /// The Cyrillic languages whose scheme and endings read a mention of `language`.
  var cyrillicLanguages: [String] { endings.keys.sorted() }

  // MARK: - Candidates

  /// Every candidate mention of every document, in document and text order.
  func mentions(in documents: [Document]) throws -> [Mention] {
    // Words each language writes in lowercase somewhere: capitalized at a sentence's start,
    // they are ordinary words, not names.
    var analyzed: [[(part: Paragraph, words: [Word], registered: [Registered])]] = []
    var lowercase: [String: Set<String>] = [:]
    for document in documents {
      var parts: [(part: Paragraph, words: [Word], registered: [Registered])] = []
      for paragraph in document.paragraphs where paragraph.role != .byline {
        let text = Self.slice(document.text, paragraph.range)
        let (tokens, found) = try matcher.analyze(text)
        let words = tokens.map { token in
          let info = matcher.infos[token.id]
          return Word(
            range: token.range, key: token.key, isCapitalized: info.isCapitalized, isCyrillic: info.isCyrillic,
            scalarCount: info.scalarCount, possessiveBase: info.possessiveBase, possessiveScalars: info.possessiveScalars)
        }
        let language = Self.language(of: paragraph, in: document)
        for word in words where !word.isCapitalized {
          lowercase[language, default: []].insert(word.key)
        }
        let registered = found.filter { !$0.isSuggestion }.map { mention in
          Registered(
            range: mention.utf8Range, isPerson: matcher.index.registry.entity(mention.entity)?.kind == .person,
            entity: mention.entity.rawValue, isFuzzy: mention.match == .fuzzy)
        }
        parts.append((paragraph, words, registered))
      }
      analyzed.append(parts)
    }
    var result: [Mention] = []
    for (index, document) in documents.enumerated() {
      for (paragraph, words, registered) in analyzed[index] {
        let text = Self.slice(document.text, paragraph.range)
        let language = Self.language(of: paragraph, in: document)
        result += try candidates(
          in: text, words: words, registered: registered, language: language, lowercase: lowercase[language] ?? [],
          document: index, base: paragraph.range.lowerBound)
      }
    }
    // Beside a registered person, a word is kept only when it is also seen as a name of its
    // own: "na Twitterze Grossi" (Twitterze elsewhere), not "Rafael Mariano Grossi".
    var alone: Set<[UInt8]> = []
    for mention in result where !mention.besidePerson {
      for reading in mention.keys { alone.insert(Self.joined(reading)) }
    }
    result.removeAll { mention in mention.besidePerson && !mention.keys.contains { alone.contains(Self.joined($0)) } }
    return try withContinuations(result, documents)
  }

  static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  static func slice(_ text: String, _ range: Range<Int>) -> String {
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: min(range.lowerBound, utf8.count))
    let upper = utf8.index(utf8.startIndex, offsetBy: min(range.upperBound, utf8.count))
    return String(text[lower..<upper])
  }

  static func language(of paragraph: Paragraph, in document: Document) -> String {
    paragraph.language == .undetermined ? document.language.rawValue : paragraph.language.rawValue
  }

  /// The candidates of one paragraph.
  private func candidates(
    in text: String, words: [Word], registered: [Registered], language: String, lowercase: Set<String>,
    document: Int, base: Int
  ) throws -> [Mention] {
    let bytes = Array(text.utf8)
    let words = words.map { withoutElision($0, bytes, language: language) }
    var result: [Mention] = []
    var run: [Int] = []
    var titled = false
    var afterTitle = false
    var kinded = false
    var afterKind = false

    func covered(_ word: Word) -> Bool {
      registered.contains { $0.range.overlaps(word.range) }
    }
    func flush() throws {
      defer {
        run = []
        titled = afterTitle
        kinded = afterKind
      }
      // Trailing particles never end a name, and a company's legal form is no part of its name.
      while let last = run.last, !words[last].isCapitalized || lexicon.isLegalForm(words[last].key) { run.removeLast() }
      while let first = run.first, lexicon.isLegalForm(words[first].key) { run.removeFirst() }
      // A sentence's first word is ordinary when the language uses it as one.
      while let first = run.first {
        let key = words[first].key
        let initial = Self.startsSentence(bytes, at: words[first].range.lowerBound)
        if lexicon.isOrdinary(key, in: language) || (initial && lowercase.contains(key)) {
          run.removeFirst()
          while let next = run.first, !words[next].isCapitalized { run.removeFirst() }
        } else {
          break
        }
      }
      guard let first = run.first, let last = run.last, run.count <= options.longestName else { return }
      if run.count == 1, isAdjective(words[first].key, in: language) { return }
      // Part of a registered person's longer name ("Mariano" of "Rafael Mariano Grossi").
      let people = registered.filter(\.isPerson).map(\.range)
      let before = people.contains { $0.upperBound <= words[first].range.lowerBound && Self.joins(bytes, $0.upperBound, words[first].range.lowerBound) }
      let after = people.contains { $0.lowerBound >= words[last].range.upperBound && Self.joins(bytes, words[last].range.upperBound, $0.lowerBound) }
      let initial = Self.startsSentence(bytes, at: words[first].range.lowerBound)
      if var mention = try mention(
        run.map { words[$0] }, in: text, language: language, document: document, base: base, titled: titled, initial: initial)
      {
        mention.besidePerson = before || after
        mention.afterKindNoun = kinded
        if run.count == 1, last + 1 < words.count {
          let next = words[last + 1]
          if !next.isCapitalized, next.isCyrillic == words[last].isCyrillic, !covered(next),
            bytes[words[last].range.upperBound..<next.range.lowerBound].elementsEqual([0x20])
          {
            mention.following = next
          }
        }
        result.append(mention)
      }
    }

    for (k, word) in words.enumerated() {
      let info = word
      // Words of one name stand next to each other, in one script; where every noun is
      // capitalized, a hyphen starts a compound ("Telegram-Seite"), not another word of a name.
      // A possessive ends a name: "the Treasury's | Office of Foreign Assets Control".
      let joined = run.last.map {
        Self.joins(bytes, words[$0].range.upperBound, word.range.lowerBound) && words[$0].isCyrillic == info.isCyrillic
          && words[$0].possessiveBase == nil
          && !(lexicon.capitalizingNouns.contains(language) && bytes[words[$0].range.upperBound..<word.range.lowerBound].contains(0x2D))
      } ?? true
      if !joined { try flush() }
      // A given name followed by another name word starts a person's name, not the end of the
      // name before it.
      if let last = run.last, word.isCyrillic, words[last].isCyrillic, words[last].isCapitalized, k + 1 < words.count,
        words[k + 1].isCapitalized, words[k + 1].isCyrillic,
        Self.joins(bytes, word.range.upperBound, words[k + 1].range.lowerBound),
        isGivenName(word.key), !isGivenName(words[last].key)
      {
        try flush()
      }
      afterTitle = false
      afterKind = false
      if lexicon.isTitle(word.key, in: language) {
        try flush()
        titled = true
        afterTitle = true
        continue
      }
      if lexicon.isKindNoun(word.key, in: language) {
        try flush()
        titled = false
        kinded = true
        afterKind = true
        continue
      }
      if covered(word) || !Self.isNameWord(info, surface: Self.text(bytes, word.range), key: word.key) {
        // A lowercase particle may join two capitalized words of one name.
        let inner = lexicon.isInnerConnector(word.key, in: language)
        let particle = !info.isCapitalized && !run.isEmpty
          && (lexicon.isConnector(word.key, in: language) || (inner && run.last.map { !words[$0].isCapitalized } == true))
          && run.count < options.longestName && k + 1 < words.count
        if particle {
          run.append(k)
          continue
        }
        try flush()
        titled = false
        kinded = false
        continue
      }
      run.append(k)
    }
    try flush()
    return try withTermNames(
      result, words: words, in: text, registered: registered, language: language, lowercase: lowercase,
      document: document, base: base)
  }

  /// The word after an elided article or preposition ("Europe" of "d’Europe"), or the word.
  func withoutElision(_ word: Word, _ bytes: [UInt8], language: String) -> Word {
    let surface = Array(Self.text(bytes, word.range).unicodeScalars)
    guard let apostrophe = surface.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" || $0 == "\u{02BC}" }),
      apostrophe + 1 < surface.count, surface[apostrophe + 1].properties.isUppercase,
      let prefix = try? keys.key(String(String.UnicodeScalarView(surface[...apostrophe]))), lexicon.isElision(prefix, in: language),
      let key = try? keys.key(String(String.UnicodeScalarView(surface[(apostrophe + 1)...])))
    else { return word }
    // A registered name after the elision ("dell’Ucraina") is the registry's, not a new one.
    let name = String(String.UnicodeScalarView(surface[(apostrophe + 1)...]))
    if let found = try? matcher.lookup(name), !found.isSuggestion { return word }
    let skipped = surface[...apostrophe].reduce(0) { $0 + String($1).utf8.count }
    var rest = word
    rest.range = (word.range.lowerBound + skipped)..<word.range.upperBound
    rest.key = key
    rest.isCapitalized = true
    rest.scalarCount = surface.count - apostrophe - 1
    return rest
  }
}
