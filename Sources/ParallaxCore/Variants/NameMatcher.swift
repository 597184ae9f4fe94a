public import ParallaxICU

/// Options of the name matcher.
public struct NameMatcherOptions: Sendable, Hashable {
  /// Fuzzy matches at or above this similarity link to their entity.
  public var linkThreshold: Double
  /// Fuzzy matches at or above this (and below the link threshold) are suggestions.
  public var suggestThreshold: Double
  /// Tokens within this distance of an ambiguous form are read for cues.
  public var cueWindow: Int
  /// Distinct words remembered before the memo starts again (a new `generation`): bounds the
  /// memory a corpus of many distinct words takes; it is checked between texts, never inside one.
  public var vocabularyLimit: Int

  public init(
    linkThreshold: Double = 0.94, suggestThreshold: Double = 0.88, cueWindow: Int = 12, vocabularyLimit: Int = 500_000
  ) {
    self.linkThreshold = linkThreshold
    self.suggestThreshold = suggestThreshold
    self.cueWindow = cueWindow
    self.vocabularyLimit = vocabularyLimit
  }
}

/// Finds registered names in text: longest match on ICU word boundaries over match keys, then
/// over romanized keys and Cyrillic stems, then a fuzzy pass for near misses.
///
/// Not thread-safe: it owns ICU objects and a token memo. Give each task its own.
///
/// ```swift
/// let mentions = try matcher.mentions(in: "Лавров прибыл в Киев. Spolarich met him.")
/// mentions.map { ($0.surface, $0.entity, $0.match) }
/// // [("Лавров", person.sergey-lavrov, exact), ("Киев", place.kyiv, exact),
/// //  ("Spolarich", person.mirjana-spoljaric, fuzzy)]
/// ```
public final class NameMatcher {
  public let index: NameIndex
  public let options: NameMatcherOptions
  let keys: MatchKeyBuilder
  let words: WordBreaker
  /// By language, sorted; each compiled on first use.
  private let romanizers: [NameRomanizer]

  /// The ASCII romanizer of `language`'s scheme (or `und`'s), for a caller on this matcher's
  /// task (the statement profiler romanizes stems with the same rules): compiled once per task.
  func romanizer(for language: String) throws(ICUError) -> SchemeTransliterator? {
    try (romanizers.first { $0.language == language } ?? romanizers.first { $0.language == "und" })?.transliterator()
  }

  /// How many of the romanizers have been compiled so far.
  var compiledRomanizers: Int { romanizers.filter(\.isCompiled).count }
  private var table = TokenTable()
  var infos: [TokenInfo] = []
  /// Bumped whenever the token table is emptied, so callers keeping per-token-id facts know.
  public private(set) var generation = 0
  var cueKeys: [String: [EntityID: Set<String>]] = [:]
  /// Scratch for the fuzzy matcher: trigrams shared per registered form (zero between calls).
  var sharedTrigrams: [Int32] = []
  /// Set while `lookup` reads a name: its first word is not a sentence's first word, and a
  /// form that is an ordinary word too is the name.
  private(set) var readingName = false
  /// Per candidate of the stem trie, its form's match keys (for the paradigm check).
  var formKeys: [NameIndex.Candidate: [String]] = [:]
  /// Per language, its paradigms with endings as match keys, built on first use.
  var paradigmKeys: [String: [ParadigmKeys]] = [:]
  struct ParadigmKeys {
    var base: Set<String>
    var marks: Set<String>
    var endings: Set<String>
  }

  struct TokenInfo {
    var key: String
    /// The key without a possessive suffix, and how many scalars that suffix had.
    var possessiveBase: String?
    var possessiveScalars: Int
    var romanized: [String]
    var stems: [String]
    var isCyrillic: Bool
    var isCapitalized: Bool
    var scalarCount: Int
    /// Whether a name can start at this token, per trie (exact, romanized, stems): most tokens
    /// start none, and then the walks are skipped.
    var startsExact: Bool
    var startsRomanized: Bool
    var startsStem: Bool
    /// The fuzzy outcome for this token, computed once per distinct token.
    var fuzzy: FuzzyOutcome
    /// `romanized` and `stems` not worked out yet: a lowercase word starts no name (a mention
    /// must start with a capital), so they are only needed when a walk from a name's first
    /// word reaches it (the "на" of Ростов-на-Дону), and most lowercase words are never reached.
    var deferred = false
    /// `isAdjectiveOfNearest` of this token once worked out (every sentence's first word asks).
    var adjectiveOfNearest: Bool?
  }

  enum FuzzyOutcome {
    case unknown
    case none
    /// `form`: the position of the nearest form in the index's fuzzy forms.
    case match(candidate: NameIndex.Candidate, score: Double, linkable: Bool, form: Int)
  }

  /// A word of the text: its bytes and its distinct-token id (its facts are `infos[id]`,
  /// read in place rather than copied into every token).
  struct Token {
    var range: Range<Int>
    var id: Int
  }

  /// A matcher over `index` with its own ICU objects.
  /// - Parameter romanizers: the same ASCII transliterators the index was built with.
  public init(
    index: NameIndex, keys: MatchKeyBuilder, words: WordBreaker,
    romanizers: [String: SchemeTransliterator], options: NameMatcherOptions = NameMatcherOptions()
  ) {
    self.index = index
    self.keys = keys
    self.words = words
    self.romanizers = romanizers.sorted { $0.key < $1.key }.map { NameRomanizer(language: $0.key, compiled: $0.value) }
    self.options = options
  }

  /// A matcher whose romanizers are compiled from `schemes` when a word first needs them.
  init(
    index: NameIndex, keys: MatchKeyBuilder, words: WordBreaker,
    schemes: [String: TransliterationScheme], options: NameMatcherOptions
  ) {
    self.index = index
    self.keys = keys
    self.words = words
    self.romanizers = schemes.sorted { $0.key < $1.key }.map { NameRomanizer(language: $0.key, scheme: $0.value) }
    self.options = options
  }

  /// Every name in `text`, in order, without overlaps.
  public func mentions(in text: String) throws(ICUError) -> [NameMention] {
    if text.isEmpty { return [] }
    return try mentions(utf8: Array(text.utf8))
  }

  /// The mention that covers all of `name`, if the name is registered or close to one. The
  /// name is read as a name, not as text: its first word's capital is evidence, so a near miss
  /// of a registered name is matched there too (in text, a sentence's first word is not), and
  /// a form that is an ordinary word too ("Rada") is the name (in text it needs a cue).
  public func lookup(_ name: String) throws(ICUError) -> NameMention? {
    readingName = true
    defer { readingName = false }
    let found = try mentions(in: name)
    let length = name.utf8.count
    return found.first { $0.utf8Range.lowerBound == 0 && $0.utf8Range.upperBound >= length - 1 }
      ?? (found.count == 1 ? found.first : nil)
  }

  /// Every name in valid UTF-8 `bytes`.
  public func mentions(utf8 bytes: [UInt8]) throws(ICUError) -> [NameMention] {
    try mentions(tokens(of: bytes), bytes)
  }

  /// `analyze(utf8:)` of `text`'s UTF-8 (token ranges are UTF-8 offsets into `text`).
  public func analyze(_ text: String) throws(ICUError)
    -> (tokens: [(range: Range<Int>, key: String, id: Int)], mentions: [NameMention])
  {
    try analyze(utf8: Array(text.utf8))
  }

  /// The word tokens of `bytes` with their match keys and distinct-token ids (stable within a
  /// `generation`), and the names among them.
  public func analyze(utf8 bytes: [UInt8]) throws(ICUError)
    -> (tokens: [(range: Range<Int>, key: String, id: Int)], mentions: [NameMention])
  {
    let tokens = try tokens(of: bytes)
    return (tokens.map { ($0.range, infos[$0.id].key, $0.id) }, try mentions(tokens, bytes))
  }

  /// The word tokens of `bytes`, each with its distinct-token id.
  private func tokens(of bytes: [UInt8]) throws(ICUError) -> [Token] {
    // Renumbered only here, before the text's first word: the ids handed out for one text all
    // belong to one generation.
    if table.count > options.vocabularyLimit {
      table.removeAll()
      infos.removeAll(keepingCapacity: true)
      generation += 1
    }
    var tokens: [Token] = []
    for (range, kind) in try words.spans(utf8: bytes) where kind == .word {
      tokens.append(Token(range: range, id: try tokenID(for: bytes, range)))
    }
    return tokens
  }

  private func mentions(_ tokens: [Token], _ bytes: [UInt8]) throws(ICUError) -> [NameMention] {
    var mentions: [NameMention] = []
    var matched = [Bool](repeating: false, count: tokens.count)
    var i = 0
    while i < tokens.count {
      if let (mention, end) = try longestMatch(from: i, tokens, bytes) {
        mentions.append(mention)
        for k in i..<end { matched[k] = true }
        i = end
      } else {
        i += 1
      }
    }
    // A word the text also writes in lowercase is an ordinary word, not a misspelt name. Few
    // words of a text can be fuzzy matches at all, so the first few are looked for among its
    // words one by one; past those (a long text full of unknown names), the lowercase words
    // are hashed into a set once, so the cost stays linear.
    var lowercase: Set<String>?
    var lookups = 0
    func writtenInLowercase(_ key: String) -> Bool {
      if let lowercase { return lowercase.contains(key) }
      lookups += 1
      guard lookups > 8 else { return tokens.contains { !infos[$0.id].isCapitalized && infos[$0.id].key == key } }
      let set = Set(tokens.lazy.filter { !self.infos[$0.id].isCapitalized }.map { self.infos[$0.id].key })
      lowercase = set
      return set.contains(key)
    }
    for (k, token) in tokens.enumerated() where !matched[k] && infos[token.id].isCapitalized && infos[token.id].scalarCount >= 5 {
      if case .none = infos[token.id].fuzzy { continue }
      // A sentence's first word is capitalized whatever it is ("Zapora", "Grain"): its capital
      // is no evidence of a name, so only a registered form matches it, never a near miss, but
      // for an adjective of the nearest name ("Каховская ГЭС …"), which is capitalized anyway.
      if !(readingName && k == 0), startsSentence(k, tokens, bytes), !isAdjectiveOfNearest(token) { continue }
      if writtenInLowercase(infos[token.id].key) { continue }
      // Next to an unknown capitalized word, it is part of a name no one registered
      // ("Muhammad Irfan"), not a misspelling of a registered one.
      let neighbours = [k - 1, k + 1].filter { $0 >= 0 && $0 < tokens.count }
      if neighbours.contains(where: { n in
        !matched[n] && infos[tokens[n].id].isCapitalized && index.exact.step(0, infos[tokens[n].id].key) == nil
          && joins(bytes, tokens[min(n, k)].range, tokens[max(n, k)].range)
      }) {
        continue
      }
      if let mention = fuzzyMention(token, bytes) { mentions.append(mention) }
    }
    return mentions.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
  }

  // MARK: - Tokens

  private func tokenID(for bytes: [UInt8], _ range: Range<Int>) throws(ICUError) -> Int {
    let (id, isNew) = table.id(of: bytes[range])
    if isNew { infos.append(try info(for: String(decoding: bytes[range], as: UTF8.self))) }
    return id
  }

  private func info(for surface: String) throws(ICUError) -> TokenInfo {
    let key = try keys.key(surface)
    var possessiveBase: String?
    var possessiveScalars = 0
    for suffix in index.possessiveSuffixes where key.hasNormalizedSuffix(suffix) && key.count > suffix.count + 1 {
      possessiveBase = String(key.dropLast(suffix.count))
      possessiveScalars = suffix.unicodeScalars.count
      break
    }
    let cyrillic = NameTokenizer.isCyrillic(key)
    let capitalized = surface.unicodeScalars.first?.properties.isUppercase ?? false
    let startsExact =
      index.exact.step(0, key) != nil || possessiveBase.map { index.exact.step(0, $0) != nil } == true
    var info = TokenInfo(
      key: key, possessiveBase: possessiveBase, possessiveScalars: possessiveScalars,
      romanized: [], stems: [], isCyrillic: cyrillic, isCapitalized: capitalized,
      scalarCount: surface.unicodeScalars.count, startsExact: startsExact, startsRomanized: false, startsStem: false,
      fuzzy: .unknown, deferred: true)
    if capitalized { try fillVariants(&info) }
    return info
  }

  /// Works out a token's romanized keys and Cyrillic stems, and whether a name starts with them.
  private func fillVariants(_ info: inout TokenInfo) throws(ICUError) {
    guard info.deferred else { return }
    var romanized: [String] = []
    for romanizer in romanizers where info.isCyrillic || romanizer.language == "und" {
      let latin = try keys.key(try romanizer.romanize(info.possessiveBase ?? info.key))
      if !latin.isEmpty, !romanized.contains(latin) { romanized.append(latin) }
    }
    // A Latin word is looked up as written among the declined Latin forms (Prigożynem), which
    // the index holds in ASCII as the generic romanizer gives them.
    let stems =
      info.isCyrillic ? NameTokenizer.stems(of: info.key, endings: index.endings, shortest: index.shortestStem) : romanized
    info.romanized = romanized
    info.stems = stems
    info.startsRomanized = romanized.contains { index.romanized.step(0, $0) != nil }
    info.startsStem = stems.contains { index.stems.step(0, $0) != nil }
    info.deferred = false
  }

  /// Whether token `k` opens the text or a sentence: nothing but punctuation before it, or a
  /// full stop, question or exclamation mark, ellipsis or line break since the word before.
  private func startsSentence(_ k: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Bool {
    let gap = bytes[(k > 0 ? tokens[k - 1].range.upperBound : 0)..<tokens[k].range.lowerBound]
    if k == 0 { return !gap.contains { $0 >= 0x30 && $0 <= 0x39 } }
    var previous: UInt8 = 0
    for byte in gap {
      // . ! ? and line breaks; … is E2 80 A6.
      if byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x0A || byte == 0x0D { return true }
      if byte == 0xA6, previous == 0x80 { return true }
      previous = byte
    }
    return false
  }

  /// Whether only spaces or a hyphen stand between two tokens of one name.
  private func joins(_ bytes: [UInt8], _ a: Range<Int>, _ b: Range<Int>) -> Bool {
    let gap = bytes[a.upperBound..<b.lowerBound]
    guard !gap.isEmpty, gap.count <= 3 else { return false }
    // Spaces, hyphens, a no-break space (C2 A0), or a period of an initial.
    return gap.allSatisfy { $0 == 0x20 || $0 == 0x2D || $0 == 0xC2 || $0 == 0xA0 || $0 == 0x2E }
  }

  // MARK: - Trie walks

  private enum Path { case exact, romanized, stems }

  private func longestMatch(from start: Int, _ tokens: [Token], _ bytes: [UInt8]) throws(ICUError)
    -> (NameMention, Int)?
  {
    // The head's flags are read in place: most tokens start no name, and copying a token's
    // facts would retain each of its strings.
    let head = tokens[start].id
    guard infos[head].startsExact || infos[head].startsRomanized || infos[head].startsStem else { return nil }
    for path in [Path.exact, .romanized, .stems] {
      switch path {
      case .exact: if !infos[head].startsExact { continue }
      case .romanized: if !infos[head].startsRomanized { continue }
      case .stems: if !infos[head].startsStem { continue }
      }
      if let (node, end, possessive) = try walk(path, from: start, tokens, bytes) {
        let trie = self.trie(path)
        let candidates = trie.terminals[node]
        let first = tokens[start]
        let last = tokens[end - 1]
        var upper = last.range.upperBound
        if possessive {
          upper = byteOffset(bytes, droppingScalars: infos[last.id].possessiveScalars, from: last.range)
        }
        let range = first.range.lowerBound..<upper
        let surface = String(decoding: bytes[range], as: UTF8.self)
        // Proper names are written with a capital: a lowercase word that happens to be a name
        // ("изюм") is not a mention; an acronym matches only in capitals ("WHO", not "Who").
        let capitalized = infos[first.id].isCapitalized
        let allCaps = Self.isAllCaps(surface)
        let fitting = candidates.filter { candidate in
          let flags = index.formFlags[candidate.entity][candidate.variant]
          if flags & NameIndex.startsUppercase != 0, !capitalized { return false }
          if flags & NameIndex.allCaps != 0, !allCaps { return false }
          return path != .stems || declines(candidate, as: tokens[start..<end])
        }
        guard !fitting.isEmpty else { continue }
        guard let chosen = choose(fitting, around: start, end: end, tokens, surface: surface) else { continue }
        let (_, variant) = index.resolve(chosen.candidate)
        let kind: NameMention.Match =
          switch path {
          case .exact: surface == variant.form ? .exact : .key
          case .romanized: .transliterated
          case .stems: .inflected
          }
        let mention = NameMention(
          utf8Range: range, surface: surface, entity: index.registry.entities[chosen.candidate.entity].id,
          variant: variant, match: kind, confidence: 1, isSuggestion: false, alternatives: chosen.alternatives)
        return (mention, end)
      }
    }
    return nil
  }

  /// Whether every letter is uppercase and there are at least two.
  static func isAllCaps(_ text: String) -> Bool {
    var letters = 0
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      if !scalar.properties.isUppercase { return false }
      letters += 1
    }
    return letters >= 2
  }

  private func trie(_ path: Path) -> NameIndex.Trie {
    switch path {
    case .exact: index.exact
    case .romanized: index.romanized
    case .stems: index.stems
    }
  }

  /// The deepest terminal node reachable from token `start`: the node, the end token index,
  /// and whether the last token matched without its possessive suffix.
  private func walk(_ path: Path, from start: Int, _ tokens: [Token], _ bytes: [UInt8]) throws(ICUError)
    -> (Int, Int, Bool)?
  {
    let trie = self.trie(path)
    if path == .exact { return walkExact(trie, from: start, tokens, bytes) }
    var frontier: [Int] = [0]
    var best: (Int, Int, Bool)?
    var k = start
    while k < tokens.count, !frontier.isEmpty {
      if k > start, !joins(bytes, tokens[k - 1].range, tokens[k].range) { break }
      if infos[tokens[k].id].deferred { try fillVariants(&infos[tokens[k].id]) }
      let options = path == .romanized ? infos[tokens[k].id].romanized : infos[tokens[k].id].stems
      var next: [Int] = []
      for node in frontier {
        for key in options {
          if let child = trie.step(node, key), !next.contains(child) { next.append(child) }
        }
      }
      for node in next where !trie.terminals[node].isEmpty {
        best = (node, k + 1, false)
        break
      }
      frontier = next
      k += 1
    }
    return best
  }

  /// The exact-key walk: one node at a time, no allocation.
  private func walkExact(_ trie: NameIndex.Trie, from start: Int, _ tokens: [Token], _ bytes: [UInt8])
    -> (Int, Int, Bool)?
  {
    var node = 0
    var best: (Int, Int, Bool)?
    var k = start
    while k < tokens.count {
      if k > start, !joins(bytes, tokens[k - 1].range, tokens[k].range) { break }
      // A possessive ("Kiev's") may end a name.
      if let base = infos[tokens[k].id].possessiveBase, let child = trie.step(node, base), !trie.terminals[child].isEmpty {
        best = (child, k + 1, true)
      }
      guard let child = trie.step(node, infos[tokens[k].id].key) else { break }
      node = child
      if !trie.terminals[node].isEmpty { best = (node, k + 1, false) }
      k += 1
    }
    return best
  }

  private func byteOffset(_ bytes: [UInt8], droppingScalars count: Int, from range: Range<Int>) -> Int {
    var offset = range.upperBound
    var dropped = 0
    while offset > range.lowerBound, dropped < count {
      offset -= 1
      if bytes[offset] & 0xC0 != 0x80 { dropped += 1 }
    }
    return offset
  }
}
