import ParallaxICU

/// Latin names read as a Cyrillic language writes them (`renderings` of `names-discovery.yaml`):
/// "Marcel Ciolacu" through the Romanian rendering is "марчел чолаку", romanized by BGN/PCGN
/// "marchel cholaku", the key of "Марчел Чолаку"; "Szijjártó" through the Hungarian one is
/// "сийярто", the key of Сийярто and Сійярто.
extension DiscoveryRun {
  /// One reading per rendering of a Latin name's words (as written, without a possessive),
  /// romanized by the rendering language's scheme and folded; none that leaves a word empty.
  func renderedReadings(_ words: [Word], _ bytes: [UInt8]) throws -> [[[UInt8]]] {
    var result: [[[UInt8]]] = []
    for (position, renderer) in renderers.enumerated() {
      var reading: [[UInt8]] = []
      for word in words {
        var surface = Self.text(bytes, word.range)
        if word.possessiveBase != nil {
          surface = String(String.UnicodeScalarView(surface.unicodeScalars.dropLast(word.possessiveScalars)))
        }
        reading.append(try rendered(surface, by: position, renderer))
      }
      if !reading.contains(where: \.isEmpty), !result.contains(reading) { result.append(reading) }
    }
    return result
  }

  /// A word as written, through one rendering, romanized and folded (memoized).
  private func rendered(
    _ surface: String, by position: Int, _ renderer: (language: String, transliterator: Transliterator)
  ) throws -> [UInt8] {
    let memoKey = "render|\(position)|" + surface
    if let known = memo[memoKey] { return known }
    let cyrillic = try keys.key(try renderer.transliterator.transliterate(surface))
    // A letter the rules leave in Latin has no reading in the Cyrillic language.
    let result = cyrillic.unicodeScalars.contains(where: { ("a"..."z").contains($0) }) ? [] : try folded(cyrillic, scheme: renderer.language)
    memo[memoKey] = result
    return result
  }
}
