import Foundation

/// The scoring arithmetic of `parallax-bench realpages`: pure functions over counts and
/// clusterings, with no I/O, so that each figure can be checked by hand.
enum RealPagesScore {
  /// Counts for precision and recall: `correct` of `predicted` predictions are right, and
  /// `found` of `gold` gold items were predicted.
  struct Tally: Sendable, Equatable, Codable {
    var correct = 0
    var predicted = 0
    var found = 0
    var gold = 0

    static func + (a: Tally, b: Tally) -> Tally {
      Tally(
        correct: a.correct + b.correct, predicted: a.predicted + b.predicted,
        found: a.found + b.found,
        gold: a.gold + b.gold)
    }

    /// correct / predicted, or nil when nothing was predicted.
    var precision: Double? { predicted == 0 ? nil : Double(correct) / Double(predicted) }
    /// found / gold, or nil when there is no gold item.
    var recall: Double? { gold == 0 ? nil : Double(found) / Double(gold) }
    /// The harmonic mean of precision and recall (0 when either is 0; nil when either is nil).
    var f1: Double? { RealPagesScore.f1(precision, recall) }
  }

  /// The harmonic mean of `p` and `r`.
  static func f1(_ p: Double?, _ r: Double?) -> Double? {
    guard let p, let r else { return nil }
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  /// B-cubed precision and recall of each item: for item i with predicted cluster P(i) and gold
  /// cluster G(i), precision |P(i) ∩ G(i)| / |P(i)| and recall |P(i) ∩ G(i)| / |G(i)|.
  /// Items missing from either clustering are left out.
  /// - Returns: per item, (precision, recall).
  static func bcubed(predicted: [String: String], gold: [String: String]) -> [String: (
    precision: Double, recall: Double
  )] {
    let items = Set(predicted.keys).intersection(gold.keys)
    var predictedMembers: [String: Set<String>] = [:]
    var goldMembers: [String: Set<String>] = [:]
    for item in items {
      predictedMembers[predicted[item]!, default: []].insert(item)
      goldMembers[gold[item]!, default: []].insert(item)
    }
    var result: [String: (precision: Double, recall: Double)] = [:]
    for item in items {
      let p = predictedMembers[predicted[item]!]!
      let g = goldMembers[gold[item]!]!
      let both = Double(p.intersection(g).count)
      result[item] = (both / Double(p.count), both / Double(g.count))
    }
    return result
  }

  /// The mean B-cubed precision, recall and F1 over `items` (nil when there are none).
  static func bcubedMean(
    _ scores: [String: (precision: Double, recall: Double)], over items: [String]
  ) -> (precision: Double, recall: Double, f1: Double)? {
    let present = items.compactMap { scores[$0] }
    guard !present.isEmpty else { return nil }
    let p = present.map(\.precision).reduce(0, +) / Double(present.count)
    let r = present.map(\.recall).reduce(0, +) / Double(present.count)
    return (p, r, f1(p, r) ?? 0)
  }

  /// One labelled event and where its pages went, or one predicted event and which labels it
  /// holds: `parts` are (the other side's id, pages), most pages first, then by id.
  struct Confusion: Sendable, Equatable, Codable {
    var id: String
    var pages: Int
    var parts: [Part]

    struct Part: Sendable, Equatable, Codable {
      var id: String
      var pages: Int
    }
  }

  /// Per gold cluster, the predicted clusters its items fall in; items missing from either
  /// clustering are left out. Ordered by gold id.
  static func confusion(predicted: [String: String], gold: [String: String]) -> [Confusion] {
    var counts: [String: [String: Int]] = [:]
    for (item, cluster) in gold {
      guard let other = predicted[item] else { continue }
      counts[cluster, default: [:]][other, default: 0] += 1
    }
    return counts.keys.sorted { $0.localizedStandardCompare($1) == .orderedAscending }.map { id in
      let parts = counts[id, default: [:]].map { Confusion.Part(id: $0.key, pages: $0.value) }
        .sorted { $0.pages != $1.pages ? $0.pages > $1.pages : $0.id.localizedStandardCompare($1.id) == .orderedAscending }
      return Confusion(id: id, pages: parts.map(\.pages).reduce(0, +), parts: parts)
    }
  }

  /// Micro counts for one item's predicted and gold label sets.
  static func setTally(predicted: Set<String>, gold: Set<String>) -> Tally {
    let both = predicted.intersection(gold).count
    return Tally(correct: both, predicted: predicted.count, found: both, gold: gold.count)
  }

  /// How many of `texts` start with one of `prefixes` (leading spaces ignored).
  static func chromeCount(_ texts: [String], prefixes: [String]) -> Int {
    let prefixes = prefixes.filter { !$0.isEmpty }
    return texts.filter { text in
      let trimmed = text.drop(while: { $0 == " " || $0 == "\n" })
      return prefixes.contains { trimmed.hasPrefix($0) }
    }.count
  }
}
