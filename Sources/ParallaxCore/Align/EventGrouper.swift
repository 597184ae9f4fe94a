/// Groups documents into events: documents whose shared entities, topics, numbers and words
/// score at least a threshold are linked, strongest links first, and linked documents form one
/// event (union-find over candidate pairs from the postings, never all pairs), as long as
/// - most of the dated documents of the event stay within the day window of each other (at
///   most `outlierShare` of its documents lie outside it), and
/// - the two events a link would join are alike as wholes: their first few documents score
///   `cohesion` on average, pair by pair, or `signatureCohesion` when their leads name one
///   struck thing at one place (a dam at Kakhovka, an apartment block in Dnipro: see
///   `EventEvidence.signatures`), which tells of one happening in any language, while the
///   words that would show it are the language's own; or `crossLanguageCohesion` when the two
///   have no language in common, so that every pair of the mean is one across languages.
///
/// Pairs whose leads share such a signature are linked first: a page that names the struck
/// thing and place of an event joins it before the pages it shares only people with.
///
/// Across languages only entities, topics, numbers and dates can meet (and the few cognate
/// words), so the cross-language norm keeps little word weight (`crossWordShare`); pairs are
/// weakened by `clueConflictFactor` for each clue of their leads that disagrees (counts, stages,
/// days: see `EventEvidence`), and by `numberConflictFactor` when their salient numbers do (off
/// by default: the lead's counts tell exchanges apart, and the tolls of one attack differ from
/// report to report as they rise). A
/// page dated only by a date its text names was written on or after that day: it is no page
/// of an event whose days all lie before it.
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
    let days = items.days
    let window = Int32(clamping: max(0, options.dayWindow))
    /// The pair's score, weakened when their salient numbers or their leads' clues disagree;
    /// nothing when one was written after the window of the other's day.
    func adjusted(_ i: Int, _ j: Int, _ score: Float) -> Float {
      if days[i] != Int32.min, evidence.floors[j] != Int32.min, evidence.floors[j] > days[i] + window { return 0 }
      if days[j] != Int32.min, evidence.floors[i] != Int32.min, evidence.floors[i] > days[j] + window { return 0 }
      var score = factor < 1 && evidence.numbersConflict(i, j) ? score * factor : score
      for _ in 0..<evidence.cluesConflict(i, j, window: options.dayWindow) { score *= options.clueConflictFactor }
      return score
    }
    var pairs = scorer.pairs(minimum: options.threshold, jobs: jobs)
    for k in pairs.indices { pairs[k].score = adjusted(Int(pairs[k].a), Int(pairs[k].b), pairs[k].score) }
    pairs.removeAll { $0.score < options.threshold }
    pairs.sort { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
    // Pairs whose leads share a signature go first, strongest first: a page that names the
    // struck thing and place of an event joins that event before the pages it shares only
    // people and agencies with (a Kremlin spokesman on a dam's breach, and on a grain deal).
    if options.signaturesFirst {
      var meeting: [SparseSimilarity.Pair] = []
      var others: [SparseSimilarity.Pair] = []
      for pair in pairs {
        if evidence.signaturesMeet(Int(pair.a), Int(pair.b)) { meeting.append(pair) } else { others.append(pair) }
      }
      if !meeting.isEmpty { pairs = meeting + others }
    }
    var events = EventUnion(
      days: items.days, languages: items.languages, clues: evidence, window: options.dayWindow, outlierShare: options.outlierShare,
      representatives: options.representatives, floorReach: options.floorReach)
    // Strongest first: a weak link must not use up the window or the likeness a strong one needs.
    for pair in pairs {
      events.link(Int(pair.a), Int(pair.b)) { mean, leadsMeet, shareLanguage in
        var needed = shareLanguage ? options.cohesion : min(options.cohesion, options.crossLanguageCohesion)
        if leadsMeet { needed = min(needed, options.signatureCohesion) }
        return mean { adjusted($0, $1, scorer.score($0, $1)) } >= needed
      }
    }
    if options.lonePagesBySignature {
      adoptLonePages(&events, count: n) { adjusted($0, $1, scorer.score($0, $1)) }
    }
    var groups: [Int: [Int]] = [:]
    for i in 0..<n { groups[events.root(i), default: []].append(i) }
    return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
  }
}

extension EventGrouper {
  /// Joins each page left alone to the one event of several pages whose leads share a signature
  /// with its lead (one struck thing at one place), when it is as alike to one of that event's
  /// first pages as `signatureCohesion` asks and no clue, day or floor of the two disagrees
  /// (`EventUnion.link`). A page alone has no whole to be alike to: the mean over an event of
  /// pages in several languages sinks with every page in another language, and two accounts of
  /// one strike that blame opposite sides share the struck thing and the place more than their
  /// words ("a Ukrainian air-defence missile fell on a hospital in Kyiv", "a Russian missile
  /// struck the children's hospital in Kyiv"). A page whose signature two events share stays
  /// alone: it cannot tell which happening it reports.
  /// - Parameter score: the adjusted score of two pages.
  func adoptLonePages(_ events: inout EventUnion, count n: Int, score: (Int, Int) -> Float) {
    var eventsBySignature: [String: Set<Int>] = [:]
    for i in 0..<n where events.root(i) == i && events.size(of: i) > 1 {
      for signature in events.signatures(of: i) { eventsBySignature[signature, default: []].insert(i) }
    }
    guard !eventsBySignature.isEmpty else { return }
    for i in 0..<n where events.root(i) == i && events.size(of: i) == 1 {
      var meeting = Set<Int>()
      for signature in events.signatures(of: i) { meeting.formUnion(eventsBySignature[signature] ?? []) }
      guard meeting.count == 1, let event = meeting.first else { continue }
      let best = events.firstMembers(of: events.root(event)).map { score(i, Int($0)) }.max() ?? 0
      guard best >= options.signatureCohesion else { continue }
      events.link(i, event) { _, _, _ in true }
    }
  }
}

/// Options of event grouping.
public struct EventOptions: Sendable, Hashable {
  /// Documents scoring at least this are the same event.
  public var threshold: Float
  /// Documents dated further apart (in days) are different events, and most of an event's
  /// dated documents lie within this many days of each other.
  public var dayWindow: Int
  /// The share of an event's documents that may be dated outside its busiest day window
  /// (undated ones count as its coverage): a page misdated by a stray date in its text, or a
  /// follow-up, does not split the coverage it belongs to. A fifth: one page of five.
  public var outlierShare: Float
  /// Put every document in one event.
  public var asOne: Bool
  public var similarity: SimilarityOptions
  /// Two events join only when their first documents score at least this on average, pair by pair.
  public var cohesion: Float
  /// The `cohesion` two events need when their leads share a signature: one struck thing at
  /// one place (`EventEvidence.signatures`). Pages of one strike in several languages and
  /// scripts share little but entities and topics, and their halves scored 0.07-0.1 as wholes
  /// (the Dnipro apartment block's Polish, Russian and Ukrainian pages against the rest, the
  /// Kakhovka breach's German and Polish ones); different happenings that a lead's signature
  /// joins are kept apart by their stages, counts and days. 0.07 and 0.08 gave the same groups
  /// on every labelled set.
  public var signatureCohesion: Float
  /// The `cohesion` two events need when they have no language in common, so that every pair
  /// of the mean is one across languages (often across scripts), where only entities, topics,
  /// numbers and a few cognates can meet. The Nord Stream blasts' Russian and Ukrainian pages
  /// scored 0.084 against the pages in six other languages, and stayed apart at 0.1; 0.06 to
  /// 0.08 gave the same events on the dev, Nord Stream and Jeddah-Alaska sets.
  public var crossLanguageCohesion: Float
  /// How many of an event's first documents stand for it when a join is judged. Sixteen rather
  /// than a handful: the mean over a few pairs depends on which documents happened to join
  /// first (often one language's), and lets a different event of the same kind in, or keeps
  /// the same event's pages in another language out.
  public var representatives: Int
  /// The factor applied to a pair whose salient numbers disagree (see `EventEvidence`); 1, the
  /// default, weakens none. At a quarter, reports of one attack whose tolls differ (12 dead in
  /// the morning, 40 by night) were kept apart: on the responsibility set's pages, 79 labelled
  /// opposite-blame pairs lay in two events, 59 with 1; the lead's counts, which tell
  /// exchanges apart, left the events of the dev set as they were.
  public var numberConflictFactor: Float
  /// The factor applied to a pair for each clue of their leads that disagrees (see
  /// `EventEvidence`): as strong as a number that disagrees.
  public var clueConflictFactor: Float
  /// How many days before the busiest window of an event a page dated only by the latest date
  /// its text names (its floor) may have that date and still count as the event's coverage;
  /// a page whose newest date is older counts against `outlierShare` as a page dated outside
  /// the window does. On the labelled sets (879 pages, 21 sets), 57 of the 69 floors lay
  /// from 2 days before to 6 days after their event's day and 6 from 468 to 7,735 days
  /// before it (pages naming a past happening only), none between: a month tells the two apart.
  public var floorReach: Int = 31
  /// Whether pairs whose leads share a signature (`EventEvidence.signatures`) are linked before
  /// the others, each part strongest first: leads that name one struck thing at one place tell
  /// of one happening more surely than a higher score from shared people and agencies does.
  public var signaturesFirst: Bool = true
  /// Whether a page left alone joins the one event whose leads share a signature with its lead,
  /// when it is as alike to one of that event's first pages as `signatureCohesion` asks
  /// (`EventGrouper.adoptLonePages`).
  public var lonePagesBySignature: Bool = true

  public init(threshold: Float = 0.15, dayWindow: Int = 3, asOne: Bool = false,
              similarity: SimilarityOptions = EventOptions.defaultSimilarity,
              cohesion: Float = 0.1, representatives: Int = 16, numberConflictFactor: Float = 1,
              outlierShare: Float = 0.2, clueConflictFactor: Float = 0.25, signatureCohesion: Float = 0.08,
              crossLanguageCohesion: Float = 0.08) {
    self.threshold = threshold
    self.dayWindow = dayWindow
    self.outlierShare = outlierShare
    self.asOne = asOne
    self.similarity = similarity
    self.cohesion = cohesion
    self.signatureCohesion = signatureCohesion
    self.crossLanguageCohesion = crossLanguageCohesion
    self.representatives = representatives
    self.numberConflictFactor = numberConflictFactor
    self.clueConflictFactor = clueConflictFactor
  }

  /// Capped postings; across languages, a tenth of a document's word weight is expected to
  /// meet cognates (names, numbers in words): a long article's words otherwise drown the
  /// entities and topics that two languages share.
  public static let defaultSimilarity = SimilarityOptions(postingCap: 64, candidatesPerItem: 24, crossWordShare: 0.1)
}
