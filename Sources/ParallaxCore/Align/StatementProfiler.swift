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
  private var stems: [String: String] = [:]
  private static let noStem = "\u{0}"

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
      result.names.append(.init(id: mention.entity.rawValue, surface: mention.surface, neutral: false))
      while t < tokens.count, tokens[t].range.lowerBound < mention.utf8Range.lowerBound { t += 1 }
      var k = t
      while k < tokens.count, tokens[k].range.lowerBound < mention.utf8Range.upperBound {
        covered[k] = true
        k += 1
      }
    }
    result.entities = Array(Set(analysis.mentions.filter { !$0.isSuggestion }.map(\.entity))).sorted()
    result.topics = resources.tagger.topics(inKeys: keys, language: language)
    let stop = resources.stopwords[language.language] ?? []
    let negations = resources.negations[language.language] ?? []
    var seen = Set<String>()
    for (index, token) in tokens.enumerated() {
      if negations.contains(token.key) { result.negated = true }
      guard !covered[index], !stop.contains(token.key), token.key.unicodeScalars.contains(where: { $0.properties.isAlphabetic })
      else { continue }
      guard let stem = try stem(of: token.key, language: language), seen.insert(stem).inserted else { continue }
      result.stems.append(stem)
      result.stemSurfaces.append(surface(token.range))
    }
    result.numbers = NumberNormalizer.numbers(
      in: String(decoding: bytes, as: UTF8.self), multipliers: resources.multipliers[language.language] ?? [:])
    result.framing = framing(keys, tokens.map(\.range), surface)
    return result
  }

  private func stem(of key: String, language: LocaleID) throws(ICUError) -> String? {
    if let known = stems[key] { return known == Self.noStem ? nil : known }
    var romanized = key
    if key.unicodeScalars.contains(where: { $0.value >= 0x80 }) {
      let romanizer = romanizers[language.language] ?? romanizers["und"]
      romanized = try romanizer?.transliterate(key) ?? key
    }
    let stem = resources.names.spellingFolds.cognates.fold(romanized).map { String(decoding: $0, as: UTF8.self) }
    if stems.count > 500_000 { stems.removeAll(keepingCapacity: true) }
    stems[key] = stem ?? Self.noStem
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
      for (term, forms) in resources.neutralForms.enumerated() {
        for form in forms where !form.isEmpty && start + form.count <= keys.count && Array(keys[start..<start + form.count]) == form {
          let text = surface(ranges[start].lowerBound..<ranges[start + form.count - 1].upperBound)
          found.append(.init(id: style.style.framing[term].id, surface: text, neutral: true))
        }
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
