import ParallaxICU

/// Generic words that Latin pages take over from Ukrainian and Russian, romanized: the port
/// Pivdennyi (Південний, "southern"), Yuzhny (Южный), an oblast. A Latin word whose folded key
/// is a Cyrillic term's, romanized by that language's scheme, is that term; and a one-word name
/// that is a term of a concept naming things on its own (`nameConcepts`: a port called
/// "Southern") is keyed by the concept, so that Южный, Південний and Pivdennyi meet.
extension DiscoveryRun {
  /// The term a Latin word's key is as a romanized Cyrillic term, or nil. Only romanized terms
  /// of five letters or more count: shorter ones are ordinary Latin words too ("most", "more").
  func romanizedTermHit(_ key: String) throws -> TermHit? {
    let table = try romanizedTermTable()
    let folded = try folded(key, scheme: "und")
    guard !folded.isEmpty else { return nil }
    return table.hit(String(decoding: folded, as: UTF8.self))
  }

  /// The Cyrillic terms of every language with a romanization scheme, folded as discovery
  /// folds Cyrillic names (built once per run).
  private func romanizedTermTable() throws -> GenericTerms {
    if let known = romanizedTerms { return known }
    var table = GenericTerms()
    for language in cyrillicLanguages {
      guard let terms = lexicon.terms[language] else { continue }
      for (words, open) in [(terms.exact, false), (terms.stems, true)] {
        for (word, concepts) in words.sorted(by: { $0.key < $1.key }) where NameTokenizer.isCyrillic(word) {
          let latin = String(decoding: try folded(word, scheme: language), as: UTF8.self)
          guard latin.unicodeScalars.count >= 5 else { continue }
          if open { table.stems[latin, default: []].formUnion(concepts) } else { table.exact[latin, default: []].formUnion(concepts) }
        }
      }
    }
    romanizedTerms = table
    return table
  }

  /// The concept reading of a one-word name that is a term of concepts naming things on their
  /// own ("Южный", "Pivdennyi": `#south`), or nil.
  func nameConceptReading(_ word: Word, language: String) -> [[UInt8]]? {
    guard !lexicon.nameConcepts.isEmpty, let hit = termHit(word.key, language: language), hit.head == nil,
      !hit.concepts.isEmpty, hit.concepts.isSubset(of: lexicon.nameConcepts)
    else { return nil }
    return hit.concepts.sorted().map { Array("#\($0)".utf8) }
  }
}
