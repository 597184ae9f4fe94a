import ParallaxICU

/// Names whose later words some languages write in lowercase: Russian "Газпром нефть" is the
/// company English writes "Gazprom Neft". A one-word name followed by a lowercase word takes
/// that word when the two, romanized and folded, are a name of two words written elsewhere;
/// otherwise the lowercase word is an ordinary one ("Газпром заявил").
extension DiscoveryRun {
  /// `mentions` with each one-word name continued by its lowercase word where another mention
  /// spells the pair (`Mention.following`).
  func withContinuations(_ mentions: [Mention], _ documents: [Document]) throws -> [Mention] {
    var pairs: Set<[UInt8]> = []
    for mention in mentions {
      for reading in mention.keys where reading.count == 2 && !Self.isTermReading(reading) {
        pairs.insert(Self.joined(reading))
      }
    }
    guard !pairs.isEmpty else { return mentions }
    var result = mentions
    for (index, mention) in mentions.enumerated() {
      guard let next = mention.following, !mention.isAcronym else { continue }
      let readings = try continuedReadings(mention, next)
      guard readings.contains(where: { pairs.contains(Self.joined($0)) }) else { continue }
      let text = documents[mention.document].text.utf8
      let start = text.index(text.startIndex, offsetBy: mention.offset)
      let end = text.index(start, offsetBy: mention.surface.utf8.count + 1 + next.range.count)
      guard let surface = String(text[start..<end]) else { continue }
      var continued = mention
      continued.surface = surface
      continued.end = mention.offset + surface.utf8.count
      continued.keys = readings
      continued.shortForm = ""
      continued.following = nil
      result[index] = continued
    }
    return result
  }

  /// The two-word readings of a one-word mention and the lowercase word after it: each of the
  /// mention's readings with the word read by the same schemes (as written and stemmed).
  private func continuedReadings(_ mention: Mention, _ next: Word) throws -> [[[UInt8]]] {
    var tails: [[UInt8]] = []
    if mention.isCyrillic {
      for scheme in endings[mention.language] != nil ? [mention.language] : cyrillicLanguages {
        tails.append(try folded(next.key, scheme: scheme))
        tails.append(try folded(stem(of: next.key, language: scheme), scheme: scheme))
      }
    } else {
      tails.append(try folded(next.key, scheme: "und"))
    }
    var result: [[[UInt8]]] = []
    for reading in mention.keys where reading.count == 1 && !Self.isTermReading(reading) {
      for tail in tails where !tail.isEmpty {
        let pair = [reading[0], tail]
        if !result.contains(pair) { result.append(pair) }
      }
    }
    return result
  }
}
