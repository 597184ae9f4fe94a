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
  private var romanizers: [String: SchemeTransliterator] = [:]
  /// What each word met so far means to the profile, per language, by the matcher's token id.
  private var words: [String: LanguageWords] = [:]
  /// The matcher's token-id generation the memos above belong to: they go when it renumbers.
  private var generation = 0
  /// Surfaces of words and names, one string per spelling (see `interned`).
  private var surfaces: [UTF8Key: String] = [:]
  /// The interned surface of each word, by the matcher's token id (a token id is a spelling).
  private var tokenSurfaces: [String?] = []

  init(resources: CompareResources) throws {
    self.resources = resources
    self.matcher = try resources.names.makeMatcher()
    for (language, scheme) in resources.names.romanization {
      romanizers[language] = try SchemeTransliterator(scheme: scheme, ascii: true)
    }
  }

  /// The document's statements with topics and entities filled, and their profiles.
  /// - Throws: `ICUError` when ICU fails.
  public func profile(_ document: Document, statements: [Statement]) throws(ICUError) -> ProfiledDocument {
    var filled = statements
    var profiles: [StatementProfile] = []
    profiles.reserveCapacity(statements.count)
    for index in filled.indices {
      let language = filled[index].language == .undetermined ? document.language : filled[index].language
      var profile = try profile(text: filled[index].text, language: language)
      profile.dates = StatementProfiler.unique(filled[index].dates.map { "--" + $0.suffix(5) })
      filled[index].topics = profile.topics.map(\.rawValue)
      filled[index].entities = profile.entities
      profiles.append(profile)
    }
    let title = try profile(text: document.title ?? "", language: document.language)
    return ProfiledDocument(document: document, statements: filled, profiles: profiles, title: title)
  }

  /// The profile of one text in `language` (numbers from its digit tokens).
  public func profile(text: String, language: LocaleID) throws(ICUError) -> StatementProfile {
    guard !text.isEmpty else { return StatementProfile() }
    var text = text
    var outcome: Result<StatementProfile, ICUError> = .success(StatementProfile())
    text.withUTF8 { bytes in
      do throws(ICUError) { outcome = .success(try profile(bytes, language: language)) } catch { outcome = .failure(error) }
    }
    return try outcome.get()
  }

  private func profile(_ bytes: UnsafeBufferPointer<UInt8>, language: LocaleID) throws(ICUError) -> StatementProfile {
    let analysis = try matcher.analyze(utf8: bytes)
    let tokens = analysis.tokens
    let keys = tokens.map(\.key)
    func surface(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
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
    let known = words(in: language)
    var facts: [WordFacts] = []
    facts.reserveCapacity(keys.count)
    for token in tokens {
      if token.id >= known.facts.count { known.facts.append(contentsOf: repeatElement(nil, count: token.id + 1 - known.facts.count)) }
      if let found = known.facts[token.id] {
        facts.append(found)
      } else {
        let new = learn(token.key, language: language)
        known.facts[token.id] = new
        facts.append(new)
      }
    }
    result.topics = resources.tagger.topics(inKeys: keys, language: language) { facts[$0].topicCandidates }
    var seen = Set<String>()
    // Stems first into a scratch list, then into arrays of their exact size: a profile lives as
    // long as the comparison, and arrays grown by appending keep up to twice the room they use.
    var picked: [(stem: String, token: Int)] = []
    for (index, token) in tokens.enumerated() {
      if facts[index].isNegation { result.negated = true }
      guard !covered[index], facts[index].isStemmable else { continue }
      guard let stem = try stem(of: token.key, id: token.id, language: language, in: known), seen.insert(stem).inserted
      else { continue }
      picked.append((stem, index))
    }
    result.stems = picked.map(\.stem)
    result.stemSurfaces = picked.map { pick in
      let token = tokens[pick.token]
      return tokenSurface(token.id) { surface(token.range) }
    }
    result.numbers = NumberNormalizer.numbers(
      in: String(decoding: bytes, as: UTF8.self), multipliers: resources.multipliers[language.language] ?? [:])
    result.framing = framing(keys, tokens.map(\.range), surface)
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
    words.removeAll()
    surfaces.removeAll()
    tokenSurfaces.removeAll()
    generation = current
  }

  /// The interned surface of token `id`, made by `make` the first time.
  private func tokenSurface(_ id: Int, _ make: () -> String) -> String {
    if id < tokenSurfaces.count, let known = tokenSurfaces[id] { return known }
    if id >= tokenSurfaces.count { tokenSurfaces.append(contentsOf: repeatElement(nil, count: id + 1 - tokenSurfaces.count)) }
    let surface = interned(make())
    tokenSurfaces[id] = surface
    return surface
  }

  /// The words of `language` met so far.
  private func words(in language: LocaleID) -> LanguageWords {
    if let known = words[language.language] { return known }
    let new = LanguageWords()
    words[language.language] = new
    return new
  }

  /// What `key` means in `language`: stop word, negation, whether it may give a stem, and the
  /// topic patterns it may start.
  private func learn(_ key: String, language: LocaleID) -> WordFacts {
    let isStop = resources.stopwords[language.language]?.contains(key) ?? false
    return WordFacts(
      isNegation: resources.negations[language.language]?.contains(key) ?? false,
      isStemmable: !isStop && key.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
      topicCandidates: resources.tagger.candidates(startingWith: key, language: language))
  }

  /// The romanized, folded stem of word `key` (token `id`) in `language`, memoized in `words`.
  private func stem(of key: String, id: Int, language: LocaleID, in words: LanguageWords) throws(ICUError) -> String? {
    if id < words.stems.count, let known = words.stems[id] { return known }
    var romanized = key
    if key.unicodeScalars.contains(where: { $0.value >= 0x80 }) {
      let romanizer = romanizers[language.language] ?? romanizers["und"]
      romanized = try romanizer?.transliterate(key) ?? key
    }
    let stem = resources.names.spellingFolds.cognates.fold(romanized).map { String(decoding: $0, as: UTF8.self) }
    if id >= words.stems.count { words.stems.append(contentsOf: repeatElement(nil, count: id + 1 - words.stems.count)) }
    words.stems[id] = .some(stem)
    return stem
  }

  private func framing(_ keys: [String], _ ranges: [Range<Int>], _ surface: (Range<Int>) -> String) -> [StatementProfile.Form] {
    guard let style = resources.style else { return [] }
    var found: [StatementProfile.Form] = []
    var start = 0
    while start < keys.count {
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

/// What one word means to a statement's profile in one language, worked out the first time a
/// task meets it: news vocabulary repeats, so most words cost one dictionary lookup.
struct WordFacts {
  var isNegation: Bool
  /// Not a stop word, and has a letter: its stem is one of the statement's words.
  var isStemmable: Bool
  /// The topic patterns whose first word this is (or begins).
  var topicCandidates: [Int32]
}

/// The words of one language a profiler has met, shared by reference so that a statement's
/// lookups and additions need no copy of the table.
final class LanguageWords {
  /// By the matcher's token id; nil where the word has not been met in this language.
  var facts: [WordFacts?] = []
  /// Each word's stem (`.some(nil)`: it has none), by token id, filled as stems are asked for.
  var stems: [String??] = []
}
