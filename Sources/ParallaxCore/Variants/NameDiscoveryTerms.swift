import ParallaxICU

/// The generic terms of names in one language (or in all), from the `terms` of
/// `names-discovery.yaml`, as match keys: the words that say what a name names ("dam",
/// "гребля", "Staudamm") and the concepts they stand for across languages.
struct GenericTerms: Sendable {
  /// A compound's tail ("brücke" of Krimbrücke) and its concepts.
  struct Tail: Sendable {
    var key: String
    /// `key`'s scalars, split once.
    var scalars: [Unicode.Scalar]
    /// Up to three letters may follow (a case ending).
    var open: Bool
    var concepts: Set<String>
  }

  /// Whole words.
  var exact: [String: Set<String>] = [:]
  /// Stems: the word is the stem plus up to three letters.
  var stems: [String: Set<String>] = [:]
  /// Compound tails, longest first.
  var tails: [Tail] = []

  /// Adds one word of the data (`гребл*`, `*brücke`, `ГЭС`) for the concepts `concepts`
  /// (space-separated ids).
  /// - Throws: `ICUError` when the match key cannot be made.
  mutating func add(_ word: String, concepts: String, keys: MatchKeyBuilder) throws {
    var text = Substring(word)
    let isTail = text.hasPrefix("*")
    if isTail { text = text.dropFirst() }
    let open = text.hasSuffix("*")
    if open { text = text.dropLast() }
    let key = try keys.key(String(text))
    guard !key.isEmpty else { return }
    let ids = Set(concepts.split(separator: " ").map(String.init))
    if open { stems[key, default: []].formUnion(ids) } else { exact[key, default: []].formUnion(ids) }
    if isTail {
      tails.append(Tail(key: key, scalars: Array(key.unicodeScalars), open: open, concepts: ids))
      tails.sort(by: Self.longestFirst)
    }
  }

  /// The order of `tails`: longest first, then by key.
  private static func longestFirst(_ a: Tail, _ b: Tail) -> Bool {
    a.scalars.count != b.scalars.count ? a.scalars.count > b.scalars.count : a.key < b.key
  }

  /// Adds every term of `other`.
  mutating func merge(_ other: GenericTerms) {
    for (key, ids) in other.exact { exact[key, default: []].formUnion(ids) }
    for (key, ids) in other.stems { stems[key, default: []].formUnion(ids) }
    tails += other.tails
    tails.sort(by: Self.longestFirst)
  }

  /// The concepts of a word's match key, and the letters before the tail when the word is a
  /// compound ending in a term (`krim` of `krimbrücke`); nil when it is no term.
  func hit(_ key: String) -> TermHit? {
    if let ids = exact[key] { return TermHit(concepts: ids, head: nil) }
    let scalars = Array(key.unicodeScalars)
    if scalars.count > 1 {
      for drop in 0...min(3, scalars.count - 1) {
        if let ids = stems[String(String.UnicodeScalarView(scalars.dropLast(drop)))] { return TermHit(concepts: ids, head: nil) }
      }
    }
    for tail in tails {
      let tailScalars = tail.scalars
      for extra in 0...(tail.open ? 3 : 0) {
        let headCount = scalars.count - extra - tailScalars.count
        guard headCount >= 2 else { break }
        if scalars[headCount..<(headCount + tailScalars.count)].elementsEqual(tailScalars) {
          return TermHit(concepts: tail.concepts, head: String(String.UnicodeScalarView(scalars.prefix(headCount))))
        }
      }
    }
    return nil
  }
}

/// A word that is a generic term: its concepts, and the head of a compound it ends.
struct TermHit: Sendable, Hashable {
  var concepts: Set<String>
  var head: String?
}
