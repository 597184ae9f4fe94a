public import ParallaxICU

/// Profiles statements for comparison: one pass of the name matcher over each statement gives
/// its word keys and canonical entities (so Київ = Kiev = Kyiv); the topic tagger, stop words,
/// negations, framing terms and romanized stems work on those keys.
///
/// Not thread-safe: it owns ICU objects and a memo of token stems. Give each task its own
/// (`CompareResources.makeProfiler()`).
///
/// ```swift
/// let profiled = try profiler.profile(document, statements: extraction.statements)
/// profiled.profiles[0].entities   // [org.icrc, place.russia]
/// ```
public final class StatementProfiler {
  public let resources: CompareResources
  private let matcher: NameMatcher
  /// What each word met so far means to the profile, by the matcher's token id and language.
  private var words = WordMemo()
  /// Per stem number, the last text (by `stamp`) that picked it: a text's stems are told
  /// apart by number.
  private var stemStamps: [Int] = []
  private var stamp = 0
  /// The matcher's token-id generation the memos above belong to: they go when it renumbers.
  private var generation = 0
  /// Surfaces of names, one string per spelling (see `interned`).
  private var surfaces: [UTF8Key: String] = [:]
  /// The number of each word's surface in `WordVocabulary.surfaces`, by the matcher's token id
  /// (a token id is a spelling); `UInt32.max` while not asked for.
  private var tokenSurfaces: [UInt32] = []

  init(resources: CompareResources) throws {
    self.resources = resources
    self.matcher = try resources.names.makeMatcher()
  }

  /// The document's statements with topics and entities filled, and their profiles.
  /// - Throws: `ICUError` when ICU fails.
  /// - Parameter statements: taken over (pass them with `consume`), so that they are filled
  ///   in place rather than copied.
  /// - Parameter headings: what the story's headings say (`StatementExtractor.Extraction.headings`).
  public func profile(
    _ document: Document, statements: consuming [Statement], headings: [Statement] = []
  ) throws(ICUError) -> ProfiledDocument {
    let (filled, profiles) = try fill(consume statements, language: document.language)
    let placed = try self.headings(headings, among: filled, language: document.language)
    return ProfiledDocument(document: document, statements: filled, profiles: profiles, title: try title(of: document), headings: placed)
  }

  /// The profiles of a story's headings, each placed after the statements that come before it
  /// on the page; read as a lead is, for grouping.
  func headings(
    _ headings: [Statement], among statements: [Statement], language: LocaleID
  ) throws(ICUError) -> [ProfiledDocument.Heading] {
    let profiles = try headingProfiles(of: headings, in: headings.indices, language: language)
    return Self.placed(profiles, of: headings, among: statements)
  }

  /// The profiles of `headings[range]`, each read as a lead is (its event clues and venues too),
  /// in the document's `language` when it has none of its own.
  func headingProfiles(
    of headings: [Statement], in range: Range<Int>, language documentLanguage: LocaleID
  ) throws(ICUError) -> [StatementProfile] {
    var profiles: [StatementProfile] = []
    profiles.reserveCapacity(range.count)
    for heading in headings[range] {
      let language = heading.language == .undetermined ? documentLanguage : heading.language
      var profile = try profile(text: heading.text, language: language, lead: true)
      profile.dates = StatementProfiler.unique(heading.dates.map { "--" + $0.suffix(5) })
      profiles.append(profile)
    }
    return profiles
  }

  /// The headings' `profiles`, each with the number of statements that come before it.
  static func placed(
    _ profiles: [StatementProfile], of headings: [Statement], among statements: [Statement]
  ) -> [ProfiledDocument.Heading] {
    var placed: [ProfiledDocument.Heading] = []
    placed.reserveCapacity(headings.count)
    var position = 0
    for (heading, profile) in zip(headings, profiles) {
      let first = heading.sentences.first ?? 0
      while position < statements.count, (statements[position].sentences.first ?? 0) < first { position += 1 }
      placed.append(ProfiledDocument.Heading(profile: profile, position: position))
    }
    return placed
  }

  /// Statements with topics and entities filled, and their profiles: a statement of no
  /// language of its own is read in the document's `language`.
  public func fill(
    _ statements: consuming [Statement], language: LocaleID
  ) throws(ICUError) -> (statements: [Statement], profiles: [StatementProfile]) {
    var filled = consume statements
    let profiles = try profiles(of: filled, in: filled.indices, language: language)
    for index in filled.indices { Self.fill(&filled[index], from: profiles[index - filled.startIndex]) }
    return (filled, profiles)
  }

  /// The profiles of `statements[range]`, read in the document's `language` when they have
  /// none of their own. Each statement is profiled on its own, so the statements of a long
  /// document can be profiled in parts by several profilers, the parts joined in order.
  public func profiles(
    of statements: [Statement], in range: Range<Int>, language documentLanguage: LocaleID
  ) throws(ICUError) -> [StatementProfile] {
    var profiles: [StatementProfile] = []
    profiles.reserveCapacity(range.count)
    for index in range {
      let language = statements[index].language == .undetermined ? documentLanguage : statements[index].language
      // The lead tells what happened: event grouping reads its clues (the rest of a story
      // tells of earlier exchanges and attacks as often as of its own).
      var profile = try profile(text: statements[index].text, language: language, lead: index < EventClueLexicon.lead)
      profile.dates = StatementProfiler.unique(statements[index].dates.map { "--" + $0.suffix(5) })
      profiles.append(profile)
    }
    return profiles
  }

  /// A statement's topics and entities, from its profile.
  public static func fill(_ statement: inout Statement, from profile: StatementProfile) {
    statement.topics = profile.topics.map(\.rawValue)
    statement.entities = profile.entities
  }

  /// The profile of a document's title.
  public func title(of document: Document) throws(ICUError) -> StatementProfile {
    try profile(text: document.title ?? "", language: document.language, lead: true)
  }

  /// The profile of one text in `language` (numbers from its digit tokens).
  public func profile(text: String, language: LocaleID) throws(ICUError) -> StatementProfile {
    try profile(text: text, language: language, lead: false)
  }

  /// The profile of one text in `language`; with `lead`, the text is a title or a statement of
  /// a document's lead, and its event clues and venues are read too.
  func profile(text: String, language: LocaleID, lead: Bool) throws(ICUError) -> StatementProfile {
    guard !text.isEmpty else { return StatementProfile() }
    let analysis = try matcher.analyze(text)
    let tokens = analysis.tokens
    let keys = tokens.map(\.key)
    let utf8 = text.utf8
    func surface(_ range: Range<Int>) -> String {
      let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      return String(decoding: utf8[start..<utf8.index(start, offsetBy: range.count)], as: UTF8.self)
    }
    var result = StatementProfile()
    var covered = [Bool](repeating: false, count: tokens.count)
    var t = 0
    for mention in analysis.mentions where !mention.isSuggestion {
      result.names.append(.init(id: mention.entity.rawValue, surface: interned(mention.surface), neutral: false))
      while t < tokens.count, tokens[t].range.lowerBound < mention.utf8Range.lowerBound { t += 1 }
      var k = t
      while k < tokens.count, tokens[k].range.lowerBound < mention.utf8Range.upperBound {
        covered[k] = true
        k += 1
      }
    }
    result.entities = Array(Set(analysis.mentions.filter { !$0.isSuggestion }.map(\.entity))).sorted()
    // The matcher numbers distinct words: what a word means here is one array read away
    // (learnt the first time the word is met in this language).
    forget(ifNot: matcher.generation)
    let slot = words.slot(of: language.language)
    var facts: [WordFacts] = []
    facts.reserveCapacity(keys.count)
    for token in tokens {
      facts.append(words.facts(token.id, slot) ?? learn(token.key, id: token.id, language: language, slot: slot))
    }
    result.topics = resources.tagger.topics(inKeys: keys, language: language) { words.candidates(of: facts[$0]) }
    // Stems first into a scratch list, then into arrays of their exact size: a profile lives as
    // long as the comparison, and arrays grown by appending keep up to twice the room they use.
    // A stem already picked for this text: among the first few, found by looking through
    // them (a stamp per stem number of the whole corpus is a read from far memory a word); from
    // then on, by this text's stamp.
    stamp += 1
    var picked: [(stem: Int64, token: Int)] = []
    var stamped = false
    for (index, token) in tokens.enumerated() {
      if facts[index].isNegation { result.negated = true }
      guard !covered[index], facts[index].isStemmable else { continue }
      let stem = try stem(of: token.key, id: token.id, language: language, slot: slot)
      guard stem != WordMemo.none else { continue }
      if picked.count < Self.picksLookedThrough {
        guard !picked.contains(where: { $0.stem == stem }) else { continue }
      } else {
        if !stamped {
          for pick in picked { stampStem(pick.stem) }
          stamped = true
        }
        guard Int(stem) >= stemStamps.count || stemStamps[Int(stem)] != stamp else { continue }
        stampStem(stem)
      }
      picked.append((stem, index))
    }
    result.words = picked.map { pick in
      let token = tokens[pick.token]
      return StatementProfile.Word(stem: UInt32(pick.stem), surface: tokenSurface(token.id) { surface(token.range) })
    }
    result.numbers = NumberNormalizer.numbers(
      in: text, multipliers: resources.multipliers[language.language] ?? [:])
    result.framing = framing(keys, facts, tokens.map(\.range), surface)
    if lead {
      result.clues = resources.events.clues(in: text, language: language.language)
      result.clues.venues = venues(text, tokens.map(\.range), analysis.mentions, language: language.language)
    }
    return result
  }

  /// `text` as the first string with its bytes that this profiler kept: the words a corpus
  /// repeats share one buffer across all the profiles that hold them, instead of one each.
  private func interned(_ text: String) -> String {
    let key = UTF8Key(text)
    if let known = surfaces[key] { return known }
    surfaces[key] = text
    return text
  }

  /// Empties the per-word memos when the matcher has renumbered its words (it does when it
  /// has met too many); the interned surfaces go with them, for the same reason.
  private func forget(ifNot current: Int) {
    guard current != generation else { return }
    words = WordMemo()
    surfaces.removeAll()
    tokenSurfaces.removeAll()
    generation = current
  }

  /// The most stems of a text told apart by looking through those picked before.
  static let picksLookedThrough = 24

  /// Marks `stem` as picked by the current text.
  private func stampStem(_ stem: Int64) {
    if Int(stem) >= stemStamps.count { stemStamps.append(contentsOf: repeatElement(0, count: Int(stem) + 1 - stemStamps.count)) }
    stemStamps[Int(stem)] = stamp
  }

  /// The surface number of token `id`, its text made by `make` the first time.
  private func tokenSurface(_ id: Int, _ make: () -> String) -> UInt32 {
    if id < tokenSurfaces.count, tokenSurfaces[id] != .max { return tokenSurfaces[id] }
    if id >= tokenSurfaces.count { tokenSurfaces.append(contentsOf: repeatElement(.max, count: id + 1 - tokenSurfaces.count)) }
    let surface = WordVocabulary.surfaces.number(of: make())
    tokenSurfaces[id] = surface
    return surface
  }

  /// What `key` (token `id`) means in `language` (memo slot `slot`): stop word, negation,
  /// whether it may give a stem, and the topic patterns it may start; remembered.
  private func learn(_ key: String, id: Int, language: LocaleID, slot: Int32) -> WordFacts {
    let isStop = resources.stopwords[language.language]?.contains(key) ?? false
    let startsFraming =
      resources.style.map { $0.framing.step(0, key) != nil || !resources.neutralForms.starting(with: key).isEmpty } ?? false
    return words.setFacts(
      isNegation: resources.negations[language.language]?.contains(key) ?? false,
      isStemmable: !isStop && key.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
      startsFraming: startsFraming,
      candidates: resources.tagger.candidates(startingWith: key, language: language), id, slot)
  }

  /// The romanized, folded stem of word `key` (token `id`) in `language` (memo slot `slot`).
  private func stem(of key: String, id: Int, language: LocaleID, slot: Int32) throws(ICUError) -> Int64 {
    let known = words.stem(id, slot)
    if known != WordMemo.unknown { return known }
    var romanized = key
    if key.unicodeScalars.contains(where: { $0.value >= 0x80 }) {
      romanized = try matcher.romanizer(for: language.language)?.transliterate(key) ?? key
    }
    let stem = resources.names.spellingFolds.cognates.fold(romanized).map { String(decoding: $0, as: UTF8.self) }
    return words.setStem(stem, id, slot)
  }

  /// The framing terms and neutral alternatives among `keys`, longest first; only words whose
  /// facts say a term can start with them are looked up.
  private func framing(
    _ keys: [String], _ facts: [WordFacts], _ ranges: [Range<Int>], _ surface: (Range<Int>) -> String
  ) -> [StatementProfile.Form] {
    guard let style = resources.style else { return [] }
    var found: [StatementProfile.Form] = []
    var start = 0
    while start < keys.count {
      guard facts[start].startsFraming else {
        start += 1
        continue
      }
      var node = 0
      var best: (end: Int, term: Int)?
      var k = start
      while k < keys.count, let next = style.framing.step(node, keys[k]) {
        node = next
        if let candidate = style.framing.terminals[node].first { best = (k, candidate.entity) }
        k += 1
      }
      if let best {
        let text = surface(ranges[start].lowerBound..<ranges[best.end].upperBound)
        found.append(.init(id: style.style.framing[best.term].id, surface: text, neutral: false))
        start = best.end + 1
        continue
      }
      for (term, form) in resources.neutralForms.starting(with: keys[start])
      where start + form.count <= keys.count && keys[start..<start + form.count].elementsEqual(form) {
        let text = surface(ranges[start].lowerBound..<ranges[start + form.count - 1].upperBound)
        found.append(.init(id: style.style.framing[term].id, surface: text, neutral: true))
      }
      start += 1
    }
    return found
  }

  static func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }
}
