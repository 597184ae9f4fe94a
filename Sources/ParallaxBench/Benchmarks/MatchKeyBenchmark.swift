import ParallaxCore
import ParallaxICU

/// `TextNormalizer.matchKey` per paragraph (NFKC_Casefold, then folding of apostrophes, quotes
/// and dashes, then Latin marks stripped). No floor: it does more than the anchor's NFKC, which
/// it is reported against.
struct MatchKeyBenchmark: Benchmark {
  let name = "match-key"
  let summary = "Core TextNormalizer.matchKey per paragraph (reported vs the NFKC anchor)"
  let floor: Floor? = nil

  func run(in context: BenchContext) throws(BenchError) -> BenchResult {
    let corpus = context.corpus
    let anchor = try context.anchor()
    let profile: MatchKeyProfile
    do { profile = try MatchKeyData.load(from: context.localeData) } catch {
      throw .localeData(error)
    }
    let normalizer = try icu { () throws(ICUError) in try TextNormalizer(profile: profile) }
    var checksum = 0
    let times = try Stopwatch.race(
      runs: context.runs, chunks: corpus.chunks,
      [
        .init { (range) throws(BenchError) in
          for paragraph in corpus.paragraphs[range] {
            checksum &+= try icu { () throws(ICUError) in
              try normalizer.matchKey(paragraph.text).utf8.count
            }
          }
        },
        .init { (range) throws(BenchError) in try anchor.run(.nfkcCaseFold, paragraphs: range) },
      ])
    return BenchResult(
      name: name, bytes: corpus.byteCount, parallaxSeconds: times[0], anchorSeconds: times[1],
      floor: floor, notes: ["anchor: NFKC_Casefold only"])
  }
}
