import ParallaxCore
import ParallaxICU

struct ExperimentBenchmark: Benchmark {
  let name = "experiment"
  let summary = "temporary"
  let floor: Floor? = nil

  func run(in context: BenchContext) throws(BenchError) -> BenchResult {
    let corpus = context.corpus
    let anchor = try context.anchor()
    var breakers: [Segmenter] = []
    for language in CorpusLanguage.allCases {
      let profile = try context.segmentationProfile(language)
      breakers.append(try icu { () throws(ICUError) in try Segmenter(language: LocaleID(language.rawValue), profile: profile) })
    }
    var n = 0
    let times = try Stopwatch.race(runs: context.runs, [
      .init { () throws(BenchError) in
      for (index, paragraph) in corpus.paragraphs.enumerated() {
        let breaker = breakers[Int(corpus.languages[index])]
        n += try icu { () throws(ICUError) in
          try withBytes(paragraph.text) { (bytes) throws(ICUError) in try breaker.sentenceSpans(utf8: bytes).count }
        }
      }
    },
      ])
    _ = anchor
    return BenchResult(name: name, bytes: corpus.byteCount, parallaxSeconds: times[0], anchorSeconds: times[0])
  }
}
