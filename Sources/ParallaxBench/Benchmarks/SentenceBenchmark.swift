import ParallaxCore
import ParallaxBenchSupport
import ParallaxICU

/// Core `Segmenter` (ICU sentence rules corrected by the en/ru/uk abbreviation profiles) per
/// paragraph, against every ubrk UBRK_SENTENCE boundary from C.
struct SentenceBenchmark: Benchmark {
  let name = "sentences"
  let summary = "Core Segmenter with the en/ru/uk profiles per paragraph vs ubrk sentences"
  let floor: Floor? = .ratioAtLeast(0.8)

  func run(in context: BenchContext) throws(BenchError) -> BenchResult {
    let corpus = context.corpus
    let anchor = try context.anchor()
    var segmenters: [Segmenter] = []
    for language in CorpusLanguage.allCases {
      let profile = try context.segmentationProfile(language)
      segmenters.append(
        try icu { () throws(ICUError) in
          try Segmenter(language: LocaleID(language.rawValue), profile: profile)
        })
    }
    var sentences = 0
    let times = try Stopwatch.race(
      runs: context.runs, chunks: corpus.chunks,
      [
        .init(setup: { () throws(BenchError) in sentences = 0 }) { (range) throws(BenchError) in
          for index in range {
            let paragraph = corpus.paragraphs[index]
            let segmenter = segmenters[Int(corpus.languages[index])]
            sentences += try icu { () throws(ICUError) in
              try segmenter.sentences(in: paragraph.text).count
            }
          }
        },
        .init { (range) throws(BenchError) in try anchor.run(.sentences, paragraphs: range) },
        .init { (range) throws(BenchError) in
          try anchor.run(.sentences, utf16Only: true, paragraphs: range)
        },
      ])
    return BenchResult(
      name: name, bytes: corpus.byteCount, parallaxSeconds: times[0], anchorSeconds: times[1],
      anchorUTF16Seconds: times[2], floor: floor, notes: ["\(sentences) sentences"])
  }
}
