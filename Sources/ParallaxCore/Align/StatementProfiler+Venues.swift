extension StatementProfiler {
  /// How many words after a gathering word a venue may start ("talks between the United
  /// States and Ukraine in Jeddah", "le sommet entre Donald Trump et Vladimir Poutine, tenu
  /// vendredi à Anchorage"): further on, a place after a locative is another story's ("a
  /// meeting with the Ukrainian leader and the Russian president, Vladimir Putin, whom he
  /// received in Alaska").
  static let venueReachAfter = 12
  /// How many words before a gathering word a venue after a locative may start ("18 августа в
  /// Вашингтоне состоялась встреча", "si è concluso ad Anchorage, in Alaska, il faccia a faccia").
  static let venueReachBefore = 8

  /// The venues of the meetings a lead statement names: each place of a venue type
  /// (`CompareResources.venues`) right after a locative near a gathering word
  /// (`EventClueLexicon.venueSlots`, within `venueReachAfter` words after it or
  /// `venueReachBefore` before it), or right before a gathering word ("the Alaska summit",
  /// "Riad-Gespräche"), as the place with those it lies within, nearest first; each once, in
  /// order. None when the statement names no gathering.
  /// - Parameters:
  ///   - ranges: the UTF-8 ranges of the text's word tokens, in order.
  ///   - mentions: the names the matcher found in the text.
  func venues(_ text: String, _ ranges: [Range<Int>], _ mentions: [NameMention], language: String) -> [[String]] {
    let places = mentions.filter { !$0.isSuggestion && resources.venues[$0.entity] != nil }
    guard !places.isEmpty else { return [] }
    let bytes = Array(text.utf8)
    let words = ranges.map { TextFold.fold(utf8: Array(bytes[$0])) }
    guard let slots = resources.events.venueSlots(words: words, language: language) else { return [] }
    var found: [[String]] = []
    for mention in places {
      guard let first = ranges.firstIndex(where: { $0.lowerBound >= mention.utf8Range.lowerBound }),
        let last = ranges.lastIndex(where: { $0.upperBound <= mention.utf8Range.upperBound }), first <= last
      else { continue }
      let named =
        slots.gatherings.contains { $0 == last + 1 }
        || slots.afterLocatives.contains(first)
          && slots.gatherings.contains { (1...Self.venueReachAfter).contains(first - $0) || (1...Self.venueReachBefore).contains($0 - first) }
      guard named, let chain = resources.venues[mention.entity], !found.contains(chain) else { continue }
      found.append(chain)
    }
    return found
  }
}
