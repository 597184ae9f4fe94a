/// Pairwise precision, recall and F1 of a clustering against gold entities: a pair of mentions
/// is predicted when both are in one cluster, and right when both name one entity.
struct PairwiseScore: Equatable {
  var predictedPairs = 0
  var goldPairs = 0
  var rightPairs = 0
  var mentions = 0
  var entities = 0

  /// The score of `items`, each a gold label and a predicted cluster.
  init(_ items: [(gold: String, predicted: String)]) {
    func pairs(_ counts: [String: Int]) -> Int { counts.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 } }
    var gold: [String: Int] = [:]
    var predicted: [String: Int] = [:]
    var both: [String: Int] = [:]
    for item in items {
      gold[item.gold, default: 0] += 1
      predicted[item.predicted, default: 0] += 1
      both[item.gold + "\u{0}" + item.predicted, default: 0] += 1
    }
    goldPairs = pairs(gold)
    predictedPairs = pairs(predicted)
    rightPairs = pairs(both)
    mentions = items.count
    entities = gold.count
  }

  var precision: Double { predictedPairs == 0 ? 1 : Double(rightPairs) / Double(predictedPairs) }
  var recall: Double { goldPairs == 0 ? 1 : Double(rightPairs) / Double(goldPairs) }
  var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

  /// Worked examples: the arithmetic the figures rest on.
  static func selfCheck() -> [String] {
    var problems: [String] = []
    // Gold {a1 a2 a3} {b1}; predicted {a1 a2} {a3 b1}: 1 right of 2 predicted, 1 of 3 gold pairs.
    let score = PairwiseScore([("a", "x"), ("a", "x"), ("a", "y"), ("b", "y")])
    if score.rightPairs != 1 || score.predictedPairs != 2 || score.goldPairs != 3 {
      problems.append("pairs: \(score.rightPairs)/\(score.predictedPairs)/\(score.goldPairs), expected 1/2/3")
    }
    if abs(score.f1 - 0.4) > 1e-9 { problems.append("F1 \(score.f1), expected 0.4") }
    let perfect = PairwiseScore([("a", "1"), ("a", "1"), ("b", "2")])
    if perfect.f1 != 1 { problems.append("perfect clustering F1 \(perfect.f1), expected 1") }
    return problems
  }
}
