import ParallaxICU

/// `Normalizer(.nfkcCaseFold).normalize(String) -> String` per paragraph, against ICU's
/// unorm2_normalize from C.
struct NFKCCaseFoldBenchmark: Benchmark {
  let name = "nfkc-casefold"
  let summary = "ParallaxICU Normalizer NFKC_Casefold per paragraph vs unorm2_normalize"
  let floor: Floor? = .ratioAtLeast(0.8)

  func run(in context: BenchContext) throws(BenchError) -> BenchResult {
    let corpus = context.corpus
    let anchor = try context.anchor()
    let normalizer = try icu { () throws(ICUError) in try Normalizer(.nfkcCaseFold) }
    var checksum = 0
    let times = try Stopwatch.race(
      runs: context.runs, chunks: corpus.chunks,
      [
        .init { (range) throws(BenchError) in
          for paragraph in corpus.paragraphs[range] {
            checksum &+= try icu { () throws(ICUError) in
              try normalizer.normalize(paragraph.text).utf8.count
            }
          }
        },
        .init { (range) throws(BenchError) in try anchor.run(.nfkcCaseFold, paragraphs: range) },
        .init { (range) throws(BenchError) in
          try anchor.run(.nfkcCaseFold, utf16Only: true, paragraphs: range)
        },
      ])
    var result = BenchResult(
      name: name, bytes: corpus.byteCount, parallaxSeconds: times[0], anchorSeconds: times[1],
      anchorUTF16Seconds: times[2], floor: floor)
    let difference = try firstDifference(
      corpus.paragraphs.count,
      { (i) throws(BenchError) in
        try icu { () throws(ICUError) in try normalizer.normalize(corpus.paragraphs[i].text) }
      },
      { (i) throws(BenchError) in try anchor.output(.nfkcCaseFold, paragraph: i) },
      labels: ("parallax", "anchor"))
    result.notes.append(
      difference.map { "output differs from the anchor: \($0)" } ?? "same output as the anchor")
    result.verified = difference == nil
    return result
  }
}
