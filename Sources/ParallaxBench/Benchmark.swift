import Foundation
import ParallaxCore
import ParallaxBenchSupport

/// One measured operation. To add one (check, statements, alignment, reports…), write a type
/// conforming to this protocol in `Benchmarks/` and list it in `BenchmarkRegistry.all`.
protocol Benchmark: Sendable {
  /// The name used by `--only` and in JSON, such as `nfkc-casefold`.
  var name: String { get }
  /// One line for `parallax-bench list`.
  var summary: String { get }
  /// The bar the result must clear, if any.
  var floor: Floor? { get }
  /// Measures the operation; the context supplies the corpus, the anchor and the locale data.
  func run(in context: BenchContext) throws(BenchError) -> BenchResult
}

/// A performance floor.
enum Floor: Sendable, Equatable, Codable, CustomStringConvertible {
  /// Parallax MB/s must be at least this multiple of the ICU-from-C anchor's MB/s.
  case ratioAtLeast(Double)
  /// The median wall time must stay below this many milliseconds.
  case millisecondsBelow(Double)
  /// Parallax must read at least this many MB/s (10^6 bytes), where no anchor exists.
  case megabytesPerSecondAtLeast(Double)

  var description: String {
    switch self {
    case .ratioAtLeast(let ratio): "≥ \(ratio)×"
    case .millisecondsBelow(let ms): "< \(Int(ms)) ms"
    case .megabytesPerSecondAtLeast(let mbps): "≥ \(Int(mbps)) MB/s"
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  init(from decoder: any Decoder) throws {
    // Floors are written for people and machines to read, not read back.
    throw DecodingError.dataCorrupted(
      .init(codingPath: decoder.codingPath, debugDescription: "floors are not decoded"))
  }
}

/// What one benchmark measured.
/// The median of sorted `times` (the mean of the middle two for an even count; 0 for none).
func median(ofSorted times: [Double]) -> Double {
  guard !times.isEmpty else { return 0 }
  return times.count % 2 == 1 ? times[times.count / 2] : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
}

struct BenchResult: Sendable, Encodable {
  var name: String
  /// Input bytes per run (0 for benchmarks that are not throughput).
  var bytes: Int = 0
  /// Best wall time of Parallax, in seconds.
  var parallaxSeconds: Double?
  /// Best wall time of the ICU-from-C anchor with UTF-8 conversions, in seconds.
  var anchorSeconds: Double?
  /// Best wall time of the anchor on prepared UTF-16 (no conversion), in seconds.
  var anchorUTF16Seconds: Double?
  /// A latency in milliseconds (for `startup`).
  var milliseconds: Double?
  var floor: Floor?
  /// Facts worth printing: memo hit rate, "identical", sizes.
  var notes: [String] = []
  /// False when the output check failed; the run then fails whatever the floors say.
  var verified = true

  var parallaxMBps: Double? { parallaxSeconds.map { Double(bytes) / 1e6 / $0 } }
  var anchorMBps: Double? { anchorSeconds.map { Double(bytes) / 1e6 / $0 } }
  var anchorUTF16MBps: Double? { anchorUTF16Seconds.map { Double(bytes) / 1e6 / $0 } }

  /// Parallax speed over anchor speed.
  var ratio: Double? {
    guard let parallaxSeconds, let anchorSeconds, parallaxSeconds > 0 else { return nil }
    return anchorSeconds / parallaxSeconds
  }

  /// Whether the floor holds (true without a floor) and the output check passed.
  var passed: Bool {
    guard verified else { return false }
    switch floor {
    case nil: return true
    case .ratioAtLeast(let minimum): return (ratio ?? 0) >= minimum
    case .millisecondsBelow(let limit): return (milliseconds ?? .infinity) < limit
    case .megabytesPerSecondAtLeast(let minimum): return (parallaxMBps ?? 0) >= minimum
    }
  }

  enum CodingKeys: String, CodingKey {
    case name, bytes, parallaxSeconds, anchorSeconds, anchorUTF16Seconds, milliseconds
    case parallaxMBps, anchorMBps, anchorUTF16MBps, ratio, floor, passed, verified, notes
  }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encode(bytes, forKey: .bytes)
    try c.encodeIfPresent(parallaxSeconds, forKey: .parallaxSeconds)
    try c.encodeIfPresent(anchorSeconds, forKey: .anchorSeconds)
    try c.encodeIfPresent(anchorUTF16Seconds, forKey: .anchorUTF16Seconds)
    try c.encodeIfPresent(milliseconds, forKey: .milliseconds)
    try c.encodeIfPresent(parallaxMBps, forKey: .parallaxMBps)
    try c.encodeIfPresent(anchorMBps, forKey: .anchorMBps)
    try c.encodeIfPresent(anchorUTF16MBps, forKey: .anchorUTF16MBps)
    try c.encodeIfPresent(ratio, forKey: .ratio)
    try c.encodeIfPresent(floor, forKey: .floor)
    try c.encode(passed, forKey: .passed)
    try c.encode(verified, forKey: .verified)
    try c.encode(notes, forKey: .notes)
  }
}

/// What benchmarks share: settings, the locale data, and the corpus and anchor, built on first
/// use (so `--only startup` generates no corpus).
final class BenchContext {
  let megabytes: Int
  let seed: UInt64
  /// Documents in the folder that `check` reads.
  let docs: Int
  /// Where generated corpus folders and the compiled name cache are kept between runs.
  let workDirectory: URL
  /// Timed runs per measurement (the best is kept), after one warm-up.
  let runs: Int
  let startupRuns: Int
  let localeData: DirectoryLocaleData
  /// The `parallax` executable that `startup` spawns.
  let parallaxExecutable: URL
  /// A `--locales` path to hand to spawned commands, when the user gave one.
  let localesArgument: String?

  init(
    megabytes: Int, seed: UInt64, docs: Int, workDirectory: URL, runs: Int, startupRuns: Int,
    localeData: DirectoryLocaleData, parallaxExecutable: URL, localesArgument: String?
  ) {
    self.megabytes = megabytes
    self.seed = seed
    self.docs = docs
    self.workDirectory = workDirectory
    self.runs = runs
    self.startupRuns = startupRuns
    self.localeData = localeData
    self.parallaxExecutable = parallaxExecutable
    self.localesArgument = localesArgument
  }

  private var cachedCorpus: BenchCorpus?
  private var cachedAnchor: AnchorCorpus?
  private var cachedDocuments: BenchDocuments?

  /// The compiled name registry cache of in-process benchmarks.
  var cacheDirectory: URL { workDirectory.appendingPathComponent("cache") }

  /// Generated documents of `megabytes` MB from `seed`, in memory.
  var documents: BenchDocuments {
    if let cachedDocuments { return cachedDocuments }
    let documents = BenchDocuments(megabytes: megabytes, seed: seed)
    cachedDocuments = documents
    return documents
  }

  /// The corpus of `megabytes` MB from `seed`.
  var corpus: BenchCorpus {
    if let cachedCorpus { return cachedCorpus }
    let corpus = BenchCorpus(megabytes: megabytes, seed: seed)
    cachedCorpus = corpus
    return corpus
  }

  /// The corpus when a benchmark has asked for it.
  var builtCorpus: BenchCorpus? { cachedCorpus }

  /// The ICU-from-C anchor over the corpus.
  func anchor() throws(BenchError) -> AnchorCorpus {
    if let cachedAnchor { return cachedAnchor }
    let anchor = try AnchorCorpus(corpus)
    cachedAnchor = anchor
    return anchor
  }

  /// The segmentation profile of a corpus language, from the locale data.
  func segmentationProfile(_ language: CorpusLanguage) throws(BenchError) -> SegmentationProfile {
    do {
      return try SegmentationProfile.load(for: LocaleID(language.rawValue), from: localeData)
    } catch {
      throw .localeData(error)
    }
  }
}
