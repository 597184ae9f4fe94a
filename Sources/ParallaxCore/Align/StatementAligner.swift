/// Groups statements of one event into alignments across N sources: candidate pairs from the
/// sparse similarity, then greedy merging from the strongest pair down, never putting two
/// statements of one document in one alignment. Works on integer ids only.
///
/// ```swift
/// let clusters = StatementAligner(options: .init()).align(items, kinds: kinds, places: places)
/// clusters[0].members   // [0, 7, 12]: statement indexes, one per document
/// ```
public struct StatementAligner: Sendable {
  /// A group of aligned items and the weakest score that joined it.
  public struct Cluster: Sendable, Hashable {
    public var members: [Int]
    public var weakestLink: Float
  }

  public let options: AlignmentOptions

  public init(options: AlignmentOptions = AlignmentOptions()) { self.options = options }

  /// The alignments (two or more members) among `items`; items in none are unique.
  public func align(_ items: SparseItems, kinds: [FeatureKind], places: [Bool]) -> (clusters: [Cluster], similarity: SparseSimilarity) {
    let similarity = SparseSimilarity(items: items, kinds: kinds, places: places, options: options.similarity)
    return (cluster(similarity.pairs(minimum: options.suggestThreshold), items: items), similarity)
  }

  /// Greedy doc-disjoint merging of scored pairs (strongest first).
  func cluster(_ pairs: [SparseSimilarity.Pair], items: SparseItems) -> [Cluster] {
    let n = items.count
    var parent = Array(0..<n)
    var members: [[Int]] = (0..<n).map { [$0] }
    // The documents (groups) in each cluster, by root: the disjointness test is a set lookup
    // per member of the smaller side, and merging moves the smaller set into the larger, so an
    // event of thousands of statements costs n log n, not n².
    var groupSets: [Set<Int32>] = (0..<n).map { [items.groups[$0]] }
    var weakest = [Float](repeating: 1, count: n)
    func root(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    for pair in pairs {
      let ra = root(Int(pair.a))
      let rb = root(Int(pair.b))
      if ra == rb { continue }
      let (small, large) = groupSets[ra].count <= groupSets[rb].count ? (ra, rb) : (rb, ra)
      if groupSets[small].contains(where: { groupSets[large].contains($0) }) { continue }
      // Joining two groups needs support from more than one pair once both are large.
      if members[ra].count > 1, members[rb].count > 1, pair.score < options.confidentThreshold { continue }
      let (keep, drop) = ra < rb ? (ra, rb) : (rb, ra)
      parent[drop] = keep
      if members[keep].count < members[drop].count { members.swapAt(keep, drop) }
      members[keep] += members[drop]
      members[drop] = []
      if groupSets[keep].count < groupSets[drop].count { groupSets.swapAt(keep, drop) }
      groupSets[keep].formUnion(groupSets[drop])
      groupSets[drop] = []
      weakest[keep] = min(weakest[keep], weakest[drop], pair.score)
    }
    var result: [Cluster] = []
    for r in 0..<n where parent[r] == r && members[r].count > 1 {
      result.append(Cluster(members: members[r].sorted(), weakestLink: weakest[r]))
    }
    return result.sorted { $0.members[0] < $1.members[0] }
  }
}
