import Foundation

/// TF-IDF cosine over binary sparse features, with candidates found through capped inverted
/// postings (never all pairs) and rescored exactly by merging sorted feature lists.
///
/// Weights are the kind's weight times `ln(1 + n / df)`. Within a language the norm is the
/// whole vector; across languages words count only at `crossWordShare`, since only cognates
/// can meet. Cost grows with the postings walked: about items × features × cap at worst.
public struct SparseSimilarity: Sendable {
  /// A pair of items (`a < b`) and its score.
  public struct Pair: Sendable, Hashable {
    public var a: Int32
    public var b: Int32
    public var score: Float
  }

  public let items: SparseItems
  public let options: SimilarityOptions
  /// Squared weight per feature id.
  public let squaredWeights: [Float]
  private let kinds: [FeatureKind]
  private let places: [Bool]
  private let frequencies: [Int32]
  private let postingOffsets: [Int32]
  private let postings: [Int32]
  private let sameNorms: [Float]
  private let crossNorms: [Float]
  private let hasPlace: [Bool]

  /// Prepares weights, norms and postings.
  /// - Parameters:
  ///   - kinds: the kind of each feature id.
  ///   - places: per feature id, whether it is a place entity (for the place-conflict factor).
  public init(items: SparseItems, kinds: [FeatureKind], places: [Bool], options: SimilarityOptions = SimilarityOptions()) {
    self.items = items
    self.options = options
    self.kinds = kinds
    self.places = places
    let featureCount = kinds.count
    var df = [Int32](repeating: 0, count: featureCount)
    for f in items.features { df[Int(f)] += 1 }
    let n = Float(max(1, items.count))
    var squared = [Float](repeating: 0, count: featureCount)
    for f in 0..<featureCount where df[f] > 0 {
      let w = kinds[f].weight * Float(log(Double(1 + n / Float(df[f]))))
      squared[f] = w * w
    }
    var offsets = [Int32](repeating: 0, count: featureCount + 1)
    for f in 0..<featureCount { offsets[f + 1] = offsets[f] + df[f] }
    var cursor = offsets
    var postings = [Int32](repeating: 0, count: items.features.count)
    var same = [Float](repeating: 0, count: items.count)
    var cross = [Float](repeating: 0, count: items.count)
    var hasPlace = [Bool](repeating: false, count: items.count)
    for i in 0..<items.count {
      var s: Float = 0
      var c: Float = 0
      for f in items.features(of: i) {
        let fi = Int(f)
        postings[Int(cursor[fi])] = Int32(i)
        cursor[fi] += 1
        s += squared[fi]
        c += kinds[fi].isCrossLingual ? squared[fi] : squared[fi] * options.crossWordShare
        if places[fi] { hasPlace[i] = true }
      }
      same[i] = s
      cross[i] = c
    }
    self.squaredWeights = squared
    self.frequencies = df
    self.postingOffsets = offsets
    self.postings = postings
    self.sameNorms = same
    self.crossNorms = cross
    self.hasPlace = hasPlace
  }

  /// The shared features of items `i` and `j`, ascending.
  public func shared(_ i: Int, _ j: Int) -> [UInt32] {
    var result: [UInt32] = []
    merge(i, j) { result.append($0) }
    return result
  }

  /// The score of items `i` and `j` (0 when they may not be compared).
  public func score(_ i: Int, _ j: Int) -> Float {
    var dot: Float = 0
    var sharedPlace = false
    var sharedTopic = false
    merge(i, j) { f in
      dot += squaredWeights[Int(f)]
      if places[Int(f)] { sharedPlace = true }
      if kinds[Int(f)] == .topic { sharedTopic = true }
    }
    if options.requireSharedTopic, !sharedTopic { return 0 }
    return finish(i, j, dot: dot, sharedPlace: sharedPlace)
  }

  /// The cosine of `i` and `j` over features of one kind only.
  public func cosine(_ i: Int, _ j: Int, kind: FeatureKind) -> Float {
    var dot: Float = 0
    merge(i, j) { f in if kinds[Int(f)] == kind { dot += squaredWeights[Int(f)] } }
    var ni: Float = 0
    var nj: Float = 0
    for f in items.features(of: i) where kinds[Int(f)] == kind { ni += squaredWeights[Int(f)] }
    for f in items.features(of: j) where kinds[Int(f)] == kind { nj += squaredWeights[Int(f)] }
    guard ni > 0, nj > 0 else { return 0 }
    return dot / (ni * nj).squareRoot()
  }

  @inline(__always)
  private func finish(_ i: Int, _ j: Int, dot: Float, sharedPlace: Bool) -> Float {
    guard dot > 0 else { return 0 }
    if let window = options.dayWindow {
      let a = items.days[i]
      let b = items.days[j]
      if a != Int32.min, b != Int32.min, abs(Int(a) - Int(b)) > window { return 0 }
    }
    let sameLanguage = items.languages[i] == items.languages[j]
    let norm = sameLanguage ? sameNorms[i] * sameNorms[j] : crossNorms[i] * crossNorms[j]
    guard norm > 0 else { return 0 }
    var score = min(1, dot / norm.squareRoot())
    if hasPlace[i], hasPlace[j], !sharedPlace { score *= options.placeConflictFactor }
    return score
  }

  @inline(__always)
  private func merge(_ i: Int, _ j: Int, _ body: (UInt32) -> Void) {
    let a = items.features(of: i)
    let b = items.features(of: j)
    var x = a.startIndex
    var y = b.startIndex
    while x < a.endIndex, y < b.endIndex {
      let fa = a[x]
      let fb = b[y]
      if fa == fb {
        body(fa)
        x += 1
        y += 1
      } else if fa < fb {
        x += 1
      } else {
        y += 1
      }
    }
  }

  /// Every pair of items from different groups scoring at least `minimum`, found through the
  /// postings of features rarer than the cap; sorted by score (descending), then by items.
  /// - Parameter jobs: threads to share the items among (each with its own scratch); the pairs
  ///   are the same whatever the number, as their order is total.
  public func pairs(minimum: Float, jobs: Int = 1) -> [Pair] {
    let n = items.count
    let workers = max(1, min(jobs, n / 2048))
    var result: [Pair]
    if workers == 1 {
      result = candidatePairs(minimum: minimum, items: 0..<n)
    } else {
      // Stripes of items, dealt round-robin so that each thread meets early and late items.
      let stripe = 1024
      let stripes = (n + stripe - 1) / stripe
      let found = PairStripes(count: stripes)
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        for k in Swift.stride(from: worker, to: stripes, by: workers) {
          found.set(k, candidatePairs(minimum: minimum, items: (k * stripe)..<min(n, (k + 1) * stripe)))
        }
      }
      result = found.joined()
    }
    result.sort { ($0.a, $0.b) < ($1.a, $1.b) }
    var unique: [Pair] = []
    unique.reserveCapacity(result.count)
    for pair in result where unique.last.map({ $0.a != pair.a || $0.b != pair.b }) ?? true { unique.append(pair) }
    unique.sort { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
    return unique
  }

  /// The pairs of the items in `range` with their best candidates, unsorted.
  private func candidatePairs(minimum: Float, items range: Range<Int>) -> [Pair] {
    var accumulator = [Float](repeating: 0, count: items.count)
    var touched: [Int32] = []
    var result: [Pair] = []
    let cap = Int32(options.postingCap)
    let keep = options.candidatesPerItem
    for i in range {
      let group = items.groups[i]
      for f in items.features(of: i) {
        let fi = Int(f)
        let df = frequencies[fi]
        guard df > 1, df <= cap else { continue }
        let w = squaredWeights[fi]
        for p in Int(postingOffsets[fi])..<Int(postingOffsets[fi + 1]) {
          let j = postings[p]
          if Int(j) == i || items.groups[Int(j)] == group { continue }
          if accumulator[Int(j)] == 0 { touched.append(j) }
          accumulator[Int(j)] += w
        }
      }
      if touched.count > keep {
        // Only the best `keep` are scored: they are picked and ranked, the rest left unsorted.
        touched.sortPrefix(keep) { accumulator[Int($0)] != accumulator[Int($1)] ? accumulator[Int($0)] > accumulator[Int($1)] : $0 < $1 }
      }
      for (rank, j) in touched.enumerated() {
        if rank < keep {
          let s = score(i, Int(j))
          if s >= minimum {
            result.append(Pair(a: Int32(min(i, Int(j))), b: Int32(max(i, Int(j))), score: s))
          }
        }
        accumulator[Int(j)] = 0
      }
      touched.removeAll(keepingCapacity: true)
    }
    return result
  }
}

/// The pairs found per stripe of items, filled by several threads, read in stripe order.
private final class PairStripes: @unchecked Sendable {
  private let lock = NSLock()
  private var stripes: [[SparseSimilarity.Pair]]

  init(count: Int) { stripes = Array(repeating: [], count: count) }

  func set(_ index: Int, _ pairs: [SparseSimilarity.Pair]) { lock.withLock { stripes[index] = pairs } }

  func joined() -> [SparseSimilarity.Pair] { lock.withLock { stripes.flatMap { $0 } } }
}
