/// Groups documents into events: documents whose shared entities, topics, numbers and words
/// score at least a threshold are linked, strongest links first, and linked documents form one
/// event (union-find over candidate pairs from the postings, never all pairs), as long as
/// - most of the dated documents of the event (all but `outlierShare` of them) stay within the
///   day window of each other, and
/// - the two events a link would join are alike as wholes: their first few documents score
///   `cohesion` on average, pair by pair.
///
/// Across languages only entities, topics, numbers and dates can meet (and the few cognate
/// words), so the cross-language norm keeps little word weight (`crossWordShare`); pairs whose
/// salient numbers disagree are weakened by `numberConflictFactor`.
///
/// Without those bounds, links chain: A is like B, B like C, and so on across weeks and
/// subjects, until most of a large corpus is one "event" (71,637 of 100,000 generated
/// documents were; on real pages, every undated article was).
public struct EventGrouper: Sendable {
  public let options: EventOptions

  public init(options: EventOptions = EventOptions()) { self.options = options }

  /// The events, as ascending item indexes, ordered by their first item. Each item is a
  /// document with its own group. Candidate pairs are scored on `jobs` threads.
  /// - Parameter evidence: per item, its salient numbers (none when nil).
  public func group(
    _ items: SparseItems, kinds: [FeatureKind], places: [Bool], evidence: EventEvidence? = nil, jobs: Int = 1
  ) -> [[Int]] {
    let n = items.count
    if options.asOne { return n == 0 ? [] : [Array(0..<n)] }
    let evidence = evidence ?? EventEvidence(count: n)
    var similarity = options.similarity
    similarity.dayWindow = options.dayWindow
    let scorer = SparseSimilarity(items: items, kinds: kinds, places: places, options: similarity)
    let factor = options.numberConflictFactor
    /// The pair's score, weakened when their salient numbers disagree.
    func adjusted(_ i: Int, _ j: Int, _ score: Float) -> Float {
      evidence.numbersConflict(i, j) ? score * factor : score
    }
    var pairs = scorer.pairs(minimum: options.threshold, jobs: jobs)
    for k in pairs.indices { pairs[k].score = adjusted(Int(pairs[k].a), Int(pairs[k].b), pairs[k].score) }
    pairs.removeAll { $0.score < options.threshold }
    pairs.sort { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
    var events = EventUnion(
      days: items.days, window: options.dayWindow, outlierShare: options.outlierShare, representatives: options.representatives)
    // Strongest first: a weak link must not use up the window or the likeness a strong one needs.
    for pair in pairs {
      events.link(Int(pair.a), Int(pair.b)) { mean in mean { adjusted($0, $1, scorer.score($0, $1)) } >= options.cohesion }
    }
    var groups: [Int: [Int]] = [:]
    for i in 0..<n { groups[events.root(i), default: []].append(i) }
    return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
  }
}

/// Union-find over documents whose sets keep most of their dated members within `window` days
/// of each other: at most `outlierShare` of a set's dated members may lie outside its busiest
/// window (undated ones join any set). Each set keeps its first `representatives` members, in
/// joining order, to judge a join by.
///
/// The window is where most of an event's coverage lies, not a bound on every page: a page
/// dated by a stray date in its text, or a follow-up days later, would otherwise keep two
/// halves of one event's coverage apart once it has joined one of them.
struct EventUnion {
  private var parent: [Int]
  /// Per root, how many of its members are dated on each day (empty while all are undated).
  private var days: [[Int32: Int32]]
  /// Per root, its dated members, how many of them lie in its busiest window, and the first
  /// day of that window.
  private var dated: [Int32]
  private var core: [Int32]
  private var coreStart: [Int32]
  /// Per root, the first members of its set.
  private var firsts: [[Int32]]
  private let window: Int32
  private let outlierShare: Float
  private let representatives: Int

  init(days: [Int32], window: Int, outlierShare: Float = 0, representatives: Int) {
    parent = Array(days.indices)
    self.days = days.map { $0 == Int32.min ? [:] : [$0: 1] }
    dated = days.map { $0 == Int32.min ? 0 : 1 }
    core = dated
    coreStart = days
    firsts = days.indices.map { [Int32($0)] }
    self.window = Int32(clamping: max(0, window))
    self.outlierShare = max(0, outlierShare)
    self.representatives = max(1, representatives)
  }

  mutating func root(_ x: Int) -> Int {
    var x = x
    while parent[x] != x {
      parent[x] = parent[parent[x]]
      x = parent[x]
    }
    return x
  }

  /// The busiest window of the sets of roots `large` and `small` together: how many of their
  /// dated members lie in it, and its first day. A window that beats `large`'s own holds a day
  /// of `small`, so only the windows around `small`'s days are counted: the cost follows the
  /// smaller set.
  private func busiest(_ large: Int, _ small: Int) -> (count: Int32, start: Int32) {
    var best = (count: core[large], start: coreStart[large])
    let (a, b) = (days[large], days[small])
    for day in b.keys {
      var start = day - window
      while start <= day {
        let count = members(a, from: start) + members(b, from: start)
        if count > best.count || (count == best.count && start < best.start) { best = (count, start) }
        start += 1
      }
    }
    return best
  }

  /// How many members of a day histogram lie in the window that opens on `start`.
  private func members(_ histogram: [Int32: Int32], from start: Int32) -> Int32 {
    var count: Int32 = 0
    var day = start
    while day <= start + window {
      count += histogram[day] ?? 0
      day += 1
    }
    return count
  }

  /// Joins the sets of `a` and `b` unless more than the outlier share of the joined set's
  /// dated members would lie outside its busiest window, or all the dated members of one of
  /// them, two or more, would (that is another event's coverage, not stray pages), or `alike`
  /// refuses: it gets a function giving the mean of a score over every pair of the two sets'
  /// first members (asked only when one of the sets has more than one member).
  mutating func link(_ a: Int, _ b: Int, alike: ((_ score: (Int, Int) -> Float) -> Float) -> Bool) {
    let (ra, rb) = (root(a), root(b))
    guard ra != rb else { return }
    let (large, small) = days[ra].count >= days[rb].count ? (ra, rb) : (rb, ra)
    let joinedDated = dated[ra] + dated[rb]
    var joined = (count: core[large], start: coreStart[large])
    if dated[small] > 0 {
      joined = busiest(large, small)
      if Float(joinedDated - joined.count) > outlierShare * Float(joinedDated) { return }
      if dated[large] > 1 && members(days[large], from: joined.start) == 0 { return }
      if dated[small] > 1 && members(days[small], from: joined.start) == 0 { return }
    }
    if firsts[ra].count > 1 || firsts[rb].count > 1 {
      let (left, right) = (firsts[ra], firsts[rb])
      let fits = alike { score in
        var total: Float = 0
        for i in left { for j in right { total += score(Int(i), Int(j)) } }
        return total / Float(left.count * right.count)
      }
      guard fits else { return }
    }
    let (low, high) = (min(ra, rb), max(ra, rb))
    parent[high] = low
    // The smaller histogram goes into the larger (taken out first, so it is not copied), which
    // the joined root keeps.
    var merged = days[large]
    days[large] = [:]
    for (day, count) in days[small] { merged[day, default: 0] += count }
    days[small] = [:]
    days[low] = merged
    dated[low] = joinedDated
    (core[low], coreStart[low]) = joined
    if firsts[low].count < representatives {
      firsts[low] += firsts[high].prefix(representatives - firsts[low].count)
    }
    firsts[high] = []
  }
}

/// Options of event grouping.
public struct EventOptions: Sendable, Hashable {
  /// Documents scoring at least this are the same event.
  public var threshold: Float
  /// Documents dated further apart (in days) are different events, and most of an event's
  /// dated documents lie within this many days of each other.
  public var dayWindow: Int
  /// The share of an event's dated documents that may lie outside its busiest day window: a
  /// page misdated by a stray date in its text, or a follow-up, does not split the coverage it
  /// belongs to. A fifth: one page of five.
  public var outlierShare: Float
  /// Put every document in one event.
  public var asOne: Bool
  public var similarity: SimilarityOptions
  /// Two events join only when their first documents score at least this on average, pair by pair.
  public var cohesion: Float
  /// How many of an event's first documents stand for it when a join is judged. Sixteen rather
  /// than a handful: the mean over a few pairs depends on which documents happened to join
  /// first (often one language's), and lets a different event of the same kind in, or keeps
  /// the same event's pages in another language out.
  public var representatives: Int
  /// The factor applied to a pair whose salient numbers disagree (see `EventEvidence`).
  public var numberConflictFactor: Float

  public init(threshold: Float = 0.15, dayWindow: Int = 3, asOne: Bool = false,
              similarity: SimilarityOptions = EventOptions.defaultSimilarity,
              cohesion: Float = 0.1, representatives: Int = 16, numberConflictFactor: Float = 0.25,
              outlierShare: Float = 0.2) {
    self.threshold = threshold
    self.dayWindow = dayWindow
    self.outlierShare = outlierShare
    self.asOne = asOne
    self.similarity = similarity
    self.cohesion = cohesion
    self.representatives = representatives
    self.numberConflictFactor = numberConflictFactor
  }

  /// Capped postings; across languages, a tenth of a document's word weight is expected to
  /// meet cognates (names, numbers in words): a long article's words otherwise drown the
  /// entities and topics that two languages share.
  public static let defaultSimilarity = SimilarityOptions(postingCap: 64, candidatesPerItem: 24, crossWordShare: 0.1)
}
