/// Groups documents into events: documents whose shared entities, topics, numbers and words
/// score at least a threshold and whose dates fall within a window are linked, and linked
/// documents form one event (connected components, found with union-find over candidate
/// pairs from the postings, never all pairs).
public struct EventGrouper: Sendable {
  public let options: EventOptions

  public init(options: EventOptions = EventOptions()) { self.options = options }

  /// The events, as ascending item indexes, ordered by their first item. Each item is a
  /// document with its own group.
  public func group(_ items: SparseItems, kinds: [FeatureKind], places: [Bool]) -> [[Int]] {
    let n = items.count
    if options.asOne { return n == 0 ? [] : [Array(0..<n)] }
    var similarity = options.similarity
    similarity.dayWindow = options.dayWindow
    let scorer = SparseSimilarity(items: items, kinds: kinds, places: places, options: similarity)
    var parent = Array(0..<n)
    func root(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    for pair in scorer.pairs(minimum: options.threshold) {
      let a = root(Int(pair.a))
      let b = root(Int(pair.b))
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    var groups: [Int: [Int]] = [:]
    for i in 0..<n { groups[root(i), default: []].append(i) }
    return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
  }
}

/// Options of event grouping.
public struct EventOptions: Sendable, Hashable {
  /// Documents scoring at least this are the same event.
  public var threshold: Float
  /// Documents dated further apart (in days) are different events.
  public var dayWindow: Int
  /// Put every document in one event.
  public var asOne: Bool
  public var similarity: SimilarityOptions

  public init(threshold: Float = 0.15, dayWindow: Int = 3, asOne: Bool = false,
              similarity: SimilarityOptions = SimilarityOptions(postingCap: 64, candidatesPerItem: 24)) {
    self.threshold = threshold
    self.dayWindow = dayWindow
    self.asOne = asOne
    self.similarity = similarity
  }
}
