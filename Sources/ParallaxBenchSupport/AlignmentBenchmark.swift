public import ParallaxCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Benchmarks of the alignment core on generated statement sets with planted paraphrase pairs,
/// for `parallax-bench` (release builds). Generation is seeded and deterministic; only the
/// timings read the clock.
///
/// ```swift
/// let result = AlignmentBenchmark.run(statements: 10_000, seed: 1)
/// print(result.alignSeconds, result.recall, result.peakResidentBytes)
/// ```
public enum AlignmentBenchmark {
  /// What one statement-alignment run measured.
  public struct Result: Sendable, Hashable {
    /// Statements on each side (the run aligns `statements` × `statements`).
    public var statements: Int
    /// Paraphrase pairs planted (half the statements).
    public var plantedPairs: Int
    /// Planted pairs found in one alignment.
    public var foundPairs: Int
    /// Planted pairs found / planted pairs.
    public var recall: Double
    /// Alignments formed (planted pairs and chance groupings).
    public var alignments: Int
    /// Seconds to build the index, score candidates and cluster (generation excluded).
    public var alignSeconds: Double
    /// The process's peak resident set size after the run, in bytes (0 when unknown).
    public var peakResidentBytes: Int
  }

  /// What one corpus run (grouping documents into events, then aligning within each) measured.
  public struct CorpusResult: Sendable, Hashable {
    public var documents: Int
    /// Statements in all (eight per document).
    public var statements: Int
    /// Events found.
    public var events: Int
    /// Events generated.
    public var plantedEvents: Int
    /// Documents whose found event equals their planted event exactly, as a share.
    public var exactEventShare: Double
    /// Alignments formed in all events.
    public var alignments: Int
    /// Seconds to group the documents into events.
    public var groupSeconds: Double
    /// Seconds to align the statements within every event.
    public var alignSeconds: Double
    /// The process's peak resident set size after the run, in bytes (0 when unknown).
    public var peakResidentBytes: Int
  }

  /// Aligns `statements` generated statements against `statements` others, of which half are
  /// paraphrases (a third of them in another language: only entities, topics, numbers and a few
  /// cognates carry over) of the first set.
  public static func run(statements n: Int, seed: UInt64, options: ParallaxCore.AlignmentOptions = ParallaxCore.AlignmentOptions()) -> Result {
    var generator = Generator(seed: seed)
    let planted = n / 2
    var a: [[UInt32]] = []
    a.reserveCapacity(n)
    for _ in 0..<n { a.append(generator.statement()) }
    var b: [[UInt32]] = []
    var bLanguages: [Int] = []
    var partner: [Int] = []
    for k in 0..<n {
      if k < planted {
        let crossLanguage = k % 3 == 0
        b.append(generator.paraphrase(of: a[k], crossLanguage: crossLanguage))
        bLanguages.append(crossLanguage ? 1 : 0)
        partner.append(k)
      } else {
        b.append(generator.statement())
        bLanguages.append(generator.next(2))
        partner.append(-1)
      }
    }
    // Shuffle B so planted partners are not in matching positions or documents.
    var order = Array(0..<n)
    for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, generator.next(i + 1)) }
    var items = SparseItems()
    let perDocument = 10
    for (k, features) in a.enumerated() { items.append(group: k / perDocument, language: 0, features: features) }
    var bIndex = [Int](repeating: 0, count: n)
    for (position, k) in order.enumerated() {
      bIndex[k] = n + position
      items.append(group: 1_000_000 + position / perDocument, language: bLanguages[k], features: b[k])
    }
    let kinds = generator.kinds
    let places = generator.places
    let start = ContinuousClock.now
    let (clusters, similarity) = StatementAligner(options: options).align(items, kinds: kinds, places: places)
    let seconds = Self.seconds(ContinuousClock.now - start)
    _ = similarity
    var clusterOf = [Int](repeating: -1, count: 2 * n)
    for (c, cluster) in clusters.enumerated() { for m in cluster.members { clusterOf[m] = c } }
    var found = 0
    for k in 0..<n where partner[k] >= 0 {
      let x = clusterOf[partner[k]]
      if x >= 0, x == clusterOf[bIndex[k]] { found += 1 }
    }
    return Result(
      statements: n, plantedPairs: planted, foundPairs: found, recall: Double(found) / Double(max(1, planted)),
      alignments: clusters.count, alignSeconds: seconds, peakResidentBytes: peakResidentBytes())
  }

  /// Groups `documents` generated documents (eight statements each, events of about five
  /// documents spread over three years) into events, then aligns the statements of each event.
  public static func runCorpus(documents count: Int, seed: UInt64, options: ComparerOptions = ComparerOptions()) -> CorpusResult {
    var generator = Generator(seed: seed)
    let perEvent = 5
    let perDocument = 8
    let eventCount = max(1, count / perEvent)
    var stories: [[[UInt32]]] = []
    var days: [Int] = []
    stories.reserveCapacity(eventCount)
    for _ in 0..<eventCount {
      stories.append((0..<perDocument).map { _ in generator.statement() })
      days.append(generator.next(3 * 365))
    }
    var statements: [[[UInt32]]] = []
    var truth: [Int] = []
    var documentDays: [Int] = []
    var languages: [Int] = []
    for d in 0..<count {
      let event = d % eventCount
      let language = generator.next(3)
      statements.append(stories[event].map { generator.paraphrase(of: $0, crossLanguage: language != 0) })
      truth.append(event)
      documentDays.append(days[event] + generator.next(2))
      languages.append(language)
    }
    let kinds = generator.kinds
    let places = generator.places
    let start = ContinuousClock.now
    var documentItems = SparseItems()
    for d in 0..<count {
      documentItems.append(group: d, language: languages[d], day: documentDays[d], features: statements[d].flatMap { $0 })
    }
    let groups = EventGrouper(options: options.events).group(documentItems, kinds: kinds, places: places)
    let grouped = ContinuousClock.now
    var alignments = 0
    let aligner = StatementAligner(options: options.alignment)
    for group in groups where group.count > 1 {
      var items = SparseItems()
      for d in group { for s in statements[d] { items.append(group: d, language: languages[d], features: s) } }
      alignments += aligner.align(items, kinds: kinds, places: places).clusters.count
    }
    let end = ContinuousClock.now
    var exact = 0
    for group in groups {
      let events = Set(group.map { truth[$0] })
      if events.count == 1, let event = events.first {
        let size = (0..<count).lazy.filter { $0 % eventCount == event }.count
        if size == group.count { exact += group.count }
      }
    }
    return CorpusResult(
      documents: count, statements: count * perDocument, events: groups.count, plantedEvents: eventCount,
      exactEventShare: Double(exact) / Double(max(1, count)), alignments: alignments,
      groupSeconds: seconds(grouped - start), alignSeconds: seconds(end - grouped), peakResidentBytes: peakResidentBytes())
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  /// The peak resident set size of the process, in bytes.
  static func peakResidentBytes() -> Int {
    #if canImport(Glibc)
      var usage = rusage()
      getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
      return usage.ru_maxrss * 1024
    #elseif canImport(Darwin)
      var usage = rusage()
      getrusage(RUSAGE_SELF, &usage)
      return usage.ru_maxrss
    #else
      return 0
    #endif
  }

  /// Seeded generator of feature-id statements: Zipf-distributed words and entities, a few
  /// topics and numbers, and paraphrases that keep the meaning-bearing features.
  struct Generator {
    static let entityCount = 5_000
    static let topicCount = 24
    static let numberCount = 2_000
    static let wordCount = 60_000
    var state: UInt64
    let entityTable: [Double]
    let wordTable: [Double]

    init(seed: UInt64) {
      state = seed &+ 0x9E37_79B9_7F4A_7C15
      entityTable = Self.zipf(Self.entityCount, exponent: 1.0)
      wordTable = Self.zipf(Self.wordCount, exponent: 1.05)
    }

    static func zipf(_ n: Int, exponent: Double) -> [Double] {
      var cumulative = [Double](repeating: 0, count: n)
      var total = 0.0
      for k in 0..<n {
        total += 1 / pow(Double(k + 1), exponent)
        cumulative[k] = total
      }
      return cumulative.map { $0 / total }
    }

    var kinds: [FeatureKind] {
      Array(repeating: .entity, count: Self.entityCount) + Array(repeating: .topic, count: Self.topicCount)
        + Array(repeating: .number, count: Self.numberCount) + Array(repeating: .word, count: 2 * Self.wordCount)
    }

    var places: [Bool] { kinds.indices.map { $0 < Self.entityCount && $0 % 10 == 0 } }

    mutating func nextRaw() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }

    mutating func next(_ bound: Int) -> Int { Int(nextRaw() % UInt64(max(1, bound))) }
    mutating func unit() -> Double { Double(nextRaw() >> 11) / Double(1 << 53) }

    mutating func sample(_ table: [Double]) -> Int {
      let u = unit()
      var low = 0
      var high = table.count - 1
      while low < high {
        let mid = (low + high) / 2
        if table[mid] < u { low = mid + 1 } else { high = mid }
      }
      return low
    }

    func entity(_ k: Int) -> UInt32 { UInt32(k) }
    func topic(_ k: Int) -> UInt32 { UInt32(Self.entityCount + k) }
    func number(_ k: Int) -> UInt32 { UInt32(Self.entityCount + Self.topicCount + k) }
    /// Words of language 0 and their counterparts in language 1 (a separate range).
    func word(_ k: Int, language: Int) -> UInt32 {
      UInt32(Self.entityCount + Self.topicCount + Self.numberCount + language * Self.wordCount + k)
    }

    mutating func statement() -> [UInt32] {
      var features: [UInt32] = []
      for _ in 0..<(1 + next(3)) { features.append(entity(sample(entityTable))) }
      for _ in 0..<(1 + next(2)) { features.append(topic(next(Self.topicCount))) }
      for _ in 0..<next(3) { features.append(number(next(Self.numberCount))) }
      for _ in 0..<(8 + next(8)) { features.append(word(sample(wordTable), language: 0)) }
      return features
    }

    /// Keeps entities, topics and numbers; keeps 60% of the words (within a language) or turns
    /// 20% of them into cognates and the rest into other words (across); adds a few words.
    mutating func paraphrase(of features: [UInt32], crossLanguage: Bool) -> [UInt32] {
      let firstWord = UInt32(Self.entityCount + Self.topicCount + Self.numberCount)
      var result: [UInt32] = []
      for f in features {
        if f < firstWord {
          result.append(f)
        } else if crossLanguage {
          let k = Int(f - firstWord) % Self.wordCount
          if next(5) == 0 { result.append(f) } else { result.append(word(k, language: 1)) }
        } else if next(10) < 6 {
          result.append(f)
        }
      }
      for _ in 0..<(2 + next(4)) { result.append(word(sample(wordTable), language: crossLanguage ? 1 : 0)) }
      return result
    }
  }
}
