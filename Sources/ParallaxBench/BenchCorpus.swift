import ParallaxCore
import ParallaxBenchSupport

/// The in-memory corpus every throughput benchmark reads: the paragraphs as Swift strings, and
/// the same bytes laid end to end for the C anchor.
struct BenchCorpus {
  let paragraphs: [CorpusParagraph]
  /// All paragraphs' UTF-8, paragraph i at `offsets[i] ..< offsets[i + 1]`.
  let bytes: [UInt8]
  let offsets: [Int64]
  /// Each paragraph's language as an index into `CorpusLanguage.allCases`.
  let languages: [UInt8]
  let seed: UInt64

  /// The corpus size in bytes (UTF-8, paragraphs only): the numerator of every MB/s.
  var byteCount: Int { bytes.count }

  /// Generates `megabytes` × 10^6 bytes of paragraphs from `seed`.
  init(megabytes: Int, seed: UInt64) {
    var generator = CorpusGenerator(seed: seed)
    let paragraphs = generator.paragraphs(totalBytes: megabytes * 1_000_000)
    var bytes: [UInt8] = []
    var offsets: [Int64] = [0]
    bytes.reserveCapacity(megabytes * 1_000_000 + 4096)
    offsets.reserveCapacity(paragraphs.count + 1)
    let order = CorpusLanguage.allCases
    var languages: [UInt8] = []
    for paragraph in paragraphs {
      bytes.append(contentsOf: paragraph.text.utf8)
      offsets.append(Int64(bytes.count))
      languages.append(UInt8(order.firstIndex(of: paragraph.language) ?? 0))
    }
    self.paragraphs = paragraphs
    self.bytes = bytes
    self.offsets = offsets
    self.languages = languages
    self.seed = seed
  }

  /// Consecutive paragraph ranges of about 256 KB each, covering the corpus: the unit of
  /// timing (see `Stopwatch.race`).
  var chunks: [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    for index in paragraphs.indices {
      if offsets[index + 1] - offsets[start] >= 256_000 || index == paragraphs.count - 1 {
        result.append(start..<index + 1)
        start = index + 1
      }
    }
    return result
  }

  /// Distinct whitespace-separated tokens, for the report header.
  func distinctTokenCount() -> Int {
    var seen = Set<Substring>()
    for paragraph in paragraphs {
      for token in paragraph.text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }) {
        seen.insert(token)
      }
    }
    return seen.count
  }
}
