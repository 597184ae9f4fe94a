public import ParallaxICU

/// Tags statements with the lexicon concepts whose patterns occur in their words.
///
/// Patterns are compiled once into match-key words (a trailing `*` is a prefix), indexed by
/// their first word; tagging walks a statement's token keys once. Immutable and shareable.
///
/// ```swift
/// let tagger = try TopicTagger(lexicon: lexicon, keys: keys, words: words)
/// tagger.topics(inKeys: ["exchange", "of", "150", "prisoners", "of", "war"], language: "en")
/// // [detention.exchanges, detention.prisoners]
/// ```
public struct TopicTagger: Sendable {
  struct Word: Sendable, Hashable {
    var key: String
    var isPrefix: Bool
  }

  struct Absence: Sendable {
    var words: Set<String> = []
    var unless: Set<String> = []
  }

  struct Pattern: Sendable {
    var topic: Int
    var words: [Word]
  }

  /// How many words before a term a word of absence may stand ("sem provocar danos ou
  /// feridos", "n'a pas fait de victimes").
  static let absenceReach = 4

  struct LanguageIndex: Sendable {
    var patterns: [Pattern] = []
    /// Per topic, the match keys of its words of absence in this language, and of the words
    /// that take that sense away when they follow one.
    var absence: [Int: Absence] = [:]
    var exactFirst: [String: [Int32]] = [:]
    /// Patterns whose first word is a prefix, by that prefix's first scalar: a word is compared
    /// only with the prefixes that start like it, byte by byte.
    var prefixFirst: [Unicode.Scalar: [(prefix: [UInt8], patterns: [Int32])]] = [:]
  }

  public let lexicon: TopicLexicon
  private let languages: [String: LanguageIndex]
  private let allLanguages: LanguageIndex

  /// Compiles `lexicon`'s patterns with the match keys and word breaks the statements use.
  /// - Throws: `ICUError` when ICU fails.
  public init(lexicon: TopicLexicon, keys: MatchKeyBuilder, words: WordBreaker) throws(ICUError) {
    self.lexicon = lexicon
    var languages: [String: LanguageIndex] = [:]
    var all = LanguageIndex()
    for (topic, concept) in lexicon.topics.enumerated() {
      for (language, patterns) in concept.terms.sorted(by: { $0.key < $1.key }) {
        for text in patterns {
          var compiled: [Word] = []
          for part in text.split(separator: " ") {
            let isPrefix = part.hasSuffix("*")
            let bare = String(isPrefix ? part.dropLast() : part)
            let pieces = try words.tokens(in: bare).filter { $0.kind != .other }
            for (k, piece) in pieces.enumerated() {
              let key = try keys.key(String(bare[piece.range]))
              compiled.append(Word(key: key, isPrefix: isPrefix && k == pieces.count - 1))
            }
          }
          guard !compiled.isEmpty else { continue }
          let pattern = Pattern(topic: topic, words: compiled)
          languages[language, default: LanguageIndex()].add(pattern)
          all.add(pattern)
        }
      }
      for (language, words) in (concept.absence ?? [:]).sorted(by: { $0.key < $1.key }) {
        var absence = Absence()
        for word in words { absence.words.insert(try keys.key(word)) }
        for word in concept.absenceUnless?[language] ?? [] { absence.unless.insert(try keys.key(word)) }
        // Only where the language has terms of its own: a language without them reads every
        // language's patterns, and so every language's words of absence.
        if languages[language] != nil { languages[language]?.absence[topic] = absence }
        all.absence[topic, default: Absence()].words.formUnion(absence.words)
        all.absence[topic, default: Absence()].unless.formUnion(absence.unless)
      }
    }
    self.languages = languages
    self.allLanguages = all
  }

  /// The concepts found in a statement's token match keys, in lexicon order.
  /// - Parameter language: the statement's language; patterns of other languages are used
  ///   only when the lexicon has none for it.
  public func topics(inKeys keys: [String], language: LocaleID) -> [TopicID] {
    topics(inKeys: keys, language: language) { candidates(startingWith: keys[$0], language: language)[...] }
  }

  /// The same, with the candidate patterns of the token at each position from `candidates` (a
  /// caller that sees the same words again and again keeps them: see `StatementProfiler`).
  func topics(inKeys keys: [String], language: LocaleID, candidates: (Int) -> ArraySlice<Int32>) -> [TopicID] {
    let index = self.index(for: language)
    var found = Set<Int>()
    for start in keys.indices {
      for p in candidates(start) {
        let pattern = index.patterns[Int(p)]
        if found.contains(pattern.topic) { continue }
        if Self.matches(pattern.words, keys, from: start), !Self.absent(index.absence[pattern.topic], keys, before: start) {
          found.insert(pattern.topic)
        }
      }
    }
    return found.sorted().map { lexicon.topics[$0].id }
  }

  /// The patterns of `language` whose first word `token` is, or begins with.
  func candidates(startingWith token: String, language: LocaleID) -> [Int32] {
    let index = self.index(for: language)
    var candidates: [Int32] = index.exactFirst[token] ?? []
    if let first = token.unicodeScalars.first, let prefixes = index.prefixFirst[first] {
      // Shortest prefix first, as the patterns were listed before.
      for entry in prefixes where token.utf8.starts(with: entry.prefix) { candidates += entry.patterns }
    }
    return candidates
  }

  private func index(for language: LocaleID) -> LanguageIndex { languages[language.language] ?? allLanguages }

  /// Whether a word of `absence` stands among the few keys before `start`, not followed by a
  /// word that takes its sense away.
  static func absent(_ absence: Absence?, _ keys: [String], before start: Int) -> Bool {
    guard let absence, !absence.words.isEmpty else { return false }
    for k in max(0, start - absenceReach)..<start where absence.words.contains(keys[k]) {
      if !absence.unless.contains(keys[k + 1]) { return true }
    }
    return false
  }

  static func matches(_ words: [Word], _ keys: [String], from start: Int) -> Bool {
    guard start + words.count <= keys.count else { return false }
    for (k, word) in words.enumerated() {
      let token = keys[start + k]
      if word.isPrefix ? !token.hasPrefix(word.key) : token != word.key { return false }
    }
    return true
  }
}

extension TopicTagger.LanguageIndex {
  mutating func add(_ pattern: TopicTagger.Pattern) {
    let index = Int32(patterns.count)
    patterns.append(pattern)
    let first = pattern.words[0]
    if first.isPrefix {
      guard let scalar = first.key.unicodeScalars.first else { return }
      let bytes = Array(first.key.utf8)
      var entries = prefixFirst[scalar] ?? []
      if let at = entries.firstIndex(where: { $0.prefix == bytes }) {
        entries[at].patterns.append(index)
      } else {
        entries.append((bytes, [index]))
        // Shortest first (the sort is stable), as candidates were found before.
        entries.sort { scalarCount($0.prefix) < scalarCount($1.prefix) }
      }
      prefixFirst[scalar] = entries
    } else {
      exactFirst[first.key, default: []].append(index)
    }
  }
}

private func scalarCount(_ bytes: [UInt8]) -> Int { bytes.reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) } }
