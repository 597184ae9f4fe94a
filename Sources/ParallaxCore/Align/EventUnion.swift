/// Union-find over documents whose sets keep most of their dated members within `window` days
/// of each other: at most `outlierShare` of a set's members may be dated outside its busiest
/// window (undated ones join any set, and count as its coverage), and no member written on or after a day (its floor)
/// lies more than `window` days past that window, and no two sets whose leads' clues disagree
/// are joined (see `EventEvidence`: their counts, stages or days, each set's taken together).
/// Each set keeps its first `representatives` members, in joining order, to judge a join by.
///
/// The window is where most of an event's coverage lies, not a bound on every page: a page
/// dated by a stray date in its text, or a follow-up days later, would otherwise keep two
/// halves of one event's coverage apart once it has joined one of them. The share is of all
/// members, not of the dated ones: pages read without metadata are mostly undated, and one
/// follow-up three weeks on, among a few undated pages that had joined it, kept them apart
/// from the rest of their event's coverage (the Nord Stream blasts).
struct EventUnion {
  private var sets: DisjointSets
  /// Per root, how many of its members are dated on each day (empty while all are undated).
  private var days: [[Int32: Int32]]
  /// Per root, its dated members, how many of them lie in its busiest window, and the first
  /// day of that window.
  private var dated: [Int32]
  /// Per root, how many members its set has.
  private var sizes: [Int32]
  private var core: [Int32]
  private var coreStart: [Int32]
  /// Per root, the first members of its set.
  private var firsts: [[Int32]]
  /// Per root, the latest floor of its members (`Int32.min`: none).
  private var floors: [Int32]
  /// Per root, how many of its members have each floor (empty while none has one), the
  /// earliest of them (`Int32.max`: none), and the last `stale` count worked out: the window
  /// start it was asked for (`Int32.min`: none) and the count.
  private var floorDays: [[Int32: Int32]]
  private var earliestFloors: [Int32]
  private var staleAsked: [(start: Int32, count: Int32)]
  /// How many days before a set's busiest window a member's floor may lie and the member still
  /// count as its coverage (see `link`).
  private let floorReach: Int32
  /// Per root, the lead clues of its members together (each list ascending), and the window
  /// their days must meet within.
  private var clues: EventEvidence
  private let clueWindow: Int
  private let window: Int32
  private let outlierShare: Float
  private let representatives: Int
  /// Per root, the languages of its members: a bit per language index (indexes past 63 share
  /// the last bit).
  private var languages: [UInt64]

  /// - Parameter languages: per document, its language index (nil: all one language).
  init(
    days: [Int32], languages: [Int32]? = nil, clues: EventEvidence? = nil, window: Int, outlierShare: Float = 0,
    representatives: Int, floorReach: Int = Int(Int32.max)
  ) {
    self.languages = (languages ?? Array(repeating: 0, count: days.count)).map { UInt64(1) << UInt64(min(63, max(0, $0))) }
    sets = DisjointSets(count: days.count)
    let clues = clues ?? EventEvidence(count: days.count)
    self.floors = clues.floors
    floorDays = clues.floors.map { $0 == Int32.min ? [:] : [$0: 1] }
    earliestFloors = clues.floors.map { $0 == Int32.min ? Int32.max : $0 }
    staleAsked = Array(repeating: (Int32.min, 0), count: days.count)
    self.floorReach = Int32(clamping: max(0, floorReach))
    self.clues = clues
    clueWindow = window
    self.days = days.map { $0 == Int32.min ? [:] : [$0: 1] }
    dated = days.map { $0 == Int32.min ? 0 : 1 }
    sizes = Array(repeating: 1, count: days.count)
    core = dated
    coreStart = days
    firsts = days.indices.map { [Int32($0)] }
    self.window = Int32(clamping: max(0, window))
    self.outlierShare = max(0, outlierShare)
    self.representatives = max(1, representatives)
  }

  /// The root of `x`'s set: its smallest member.
  mutating func root(_ x: Int) -> Int { sets.find(x) }

  /// How many members the set of root `r` has.
  func size(of r: Int) -> Int { Int(sizes[r]) }

  /// The first members of the set of root `r`, in joining order (see `representatives`).
  func firstMembers(of r: Int) -> [Int32] { firsts[r] }

  /// The lead signatures of the set of root `r`, its members' together, ascending.
  func signatures(of r: Int) -> [String] { clues.signatures[r] }

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

  /// How many members of the set of root `r` have a floor more than `floorReach` days before
  /// `start`: pages whose latest named date lies that far before the days of the set's
  /// coverage. Most pages name their event's day or the days just before it; one whose
  /// newest date is months or years older most often reports another happening. A set whose
  /// earliest floor is within reach answers at once, and a set asked again for the same start
  /// (the pairs of one set tried against another in turn) gives the count it gave.
  private mutating func stale(_ r: Int, before start: Int32) -> Int32 {
    let limit = Int64(start) - Int64(floorReach)
    guard Int64(earliestFloors[r]) < limit else { return 0 }
    if staleAsked[r].start == start { return staleAsked[r].count }
    var count: Int32 = 0
    for (day, members) in floorDays[r] where Int64(day) < limit { count += members }
    staleAsked[r] = (start, count)
    return count
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
  /// members would be dated outside its busiest window, or all the dated members of one of
  /// them, two or more, would (that is another event's coverage, not stray pages), or `alike`
  /// refuses: it gets a function giving the mean of a score over every pair of the two sets'
  /// first members, whether the two sets' leads share a signature (see `EventEvidence`), and
  /// whether the two sets have a language in common (asked only when one of the sets has more
  /// than one member).
  mutating func link(
    _ a: Int, _ b: Int, alike: (_ mean: ((Int, Int) -> Float) -> Float, _ leadsMeet: Bool, _ shareLanguage: Bool) -> Bool
  ) {
    let (ra, rb) = (root(a), root(b))
    guard ra != rb else { return }
    let (large, small) = days[ra].count >= days[rb].count ? (ra, rb) : (rb, ra)
    let joinedDated = dated[ra] + dated[rb]
    var joined = (count: core[large], start: coreStart[large])
    if dated[small] > 0 { joined = busiest(large, small) }
    if joinedDated > 0 {
      let outliers = joinedDated - joined.count + stale(ra, before: joined.start) + stale(rb, before: joined.start)
      if Float(outliers) > outlierShare * Float(sizes[ra] + sizes[rb]) { return }
    }
    if dated[small] > 0 {
      if dated[large] > 1 && members(days[large], from: joined.start) == 0 { return }
      if dated[small] > 1 && members(days[small], from: joined.start) == 0 { return }
    }
    let floor = max(floors[ra], floors[rb])
    if joinedDated > 0, floor != Int32.min, floor > joined.start + 2 * window { return }
    if clues.setsConflict(ra, rb, window: clueWindow) { return }
    if firsts[ra].count > 1 || firsts[rb].count > 1 {
      let (left, right) = (firsts[ra], firsts[rb])
      let fits = alike({ score in
        var total: Float = 0
        for i in left { for j in right { total += score(Int(i), Int(j)) } }
        return total / Float(left.count * right.count)
      }, clues.signaturesMeet(ra, rb), languages[ra] & languages[rb] != 0)
      guard fits else { return }
    }
    // The smaller root becomes the joined set's root (`DisjointSets.union`).
    let (low, high) = (min(ra, rb), max(ra, rb))
    sets.union(ra, rb)
    // The smaller histogram goes into the larger (taken out first, so it is not copied), which
    // the joined root keeps.
    var merged = days[large]
    days[large] = [:]
    for (day, count) in days[small] { merged[day, default: 0] += count }
    days[small] = [:]
    days[low] = merged
    dated[low] = joinedDated
    sizes[low] = sizes[ra] + sizes[rb]
    languages[low] = languages[ra] | languages[rb]
    (core[low], coreStart[low]) = joined
    floors[low] = floor
    if !floorDays[high].isEmpty {
      // The smaller histogram goes into the larger, which the joined root keeps.
      let (into, from) = floorDays[low].count >= floorDays[high].count ? (low, high) : (high, low)
      var merged = floorDays[into]
      floorDays[into] = [:]
      for (day, count) in floorDays[from] { merged[day, default: 0] += count }
      floorDays[from] = [:]
      floorDays[low] = merged
      earliestFloors[low] = min(earliestFloors[low], earliestFloors[high])
      staleAsked[low] = (Int32.min, 0)
    }
    clues.merge(high, into: low)
    if firsts[low].count < representatives {
      firsts[low] += firsts[high].prefix(representatives - firsts[low].count)
    }
    firsts[high] = []
  }
}

