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
  private var stems: [UTF8Key: String] = [:]
  private static let noStem = "\u{0}"
  /// What each word met so far means to the profile, per language.
  private var words: [String: LanguageWords] = [:]
  private var wordCount = 0
  /// Surfaces of words and names, one string per spelling (see `interned`).
  private var surfaces: [UTF8Key: String] = [:]

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
    // One lookup per word gives what the word means here (learnt the first time it is met).
    let known = words(in: language)
    var facts: [WordFacts] = []
    facts.reserveCapacity(keys.count)
    for key in keys {
      if let found = known.facts[UTF8Key(key)] {
        facts.append(found)
      } else {
        let new = learn(key, language: language)
        known.facts[UTF8Key(key)] = new
        wordCount += 1
        facts.append(new)
      }
    }
    result.topics = resources.tagger.topics(inKeys: keys, language: language) { facts[$0].topicCandidates }
    var seen = Set<String>()
    for (index, token) in tokens.enumerated() {
      if facts[index].isNegation { result.negated = true }
      guard !covered[index], facts[index].isStemmable else { continue }
      guard let stem = try stem(of: token.key, language: language), seen.insert(stem).inserted else { continue }
      result.stems.append(stem)
      result.stemSurfaces.append(interned(surface(token.range)))
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

  /// The words of `language` met so far (emptied when all languages together hold too many).
  private func words(in language: LocaleID) -> LanguageWords {
    if wordCount > 500_000 {
      words.removeAll()
      surfaces.removeAll()
      wordCount = 0
    }
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

  private func stem(of key: String, language: LocaleID) throws(ICUError) -> String? {
    if let known = stems[UTF8Key(key)] { return known == Self.noStem ? nil : known }
    var romanized = key
    if key.unicodeScalars.contains(where: { $0.value >= 0x80 }) {
      let romanizer = romanizers[language.language] ?? romanizers["und"]
      romanized = try romanizer?.transliterate(key) ?? key
    }
    let stem = resources.names.spellingFolds.cognates.fold(romanized).map { String(decoding: $0, as: UTF8.self) }
    if stems.count > 500_000 { stems.removeAll(keepingCapacity: true) }
    stems[UTF8Key(key)] = stem ?? Self.noStem
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
  var facts: [UTF8Key: WordFacts] = [:]
}
