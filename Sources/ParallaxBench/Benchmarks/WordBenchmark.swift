import ParallaxCore
import ParallaxBenchSupport
import ParallaxICU

/// `WordBreaker.spans(utf8:)` (ranges and kinds) per paragraph, against every ubrk UBRK_WORD
/// boundary and its rule status from C.
struct WordBenchmark: Benchmark {
  let name = "words"
  let summary = "ParallaxICU WordBreaker spans per paragraph vs ubrk words"
  let floor: Floor? = nil

  func run(in context: BenchContext) throws(BenchError) -> BenchResult {
    let corpus = context.corpus
    let anchor = try context.anchor()
    var breakers: [WordBreaker] = []
    for language in CorpusLanguage.allCases {
      breakers.append(try icu { () throws(ICUError) in try WordBreaker(locale: language.rawValue) })
    }
    var words = 0
    let times = try Stopwatch.race(
      runs: context.runs, chunks: corpus.chunks,
      [
        .init(setup: { () throws(BenchError) in words = 0 }) { (range) throws(BenchError) in
          for index in range {
            let paragraph = corpus.paragraphs[index]
            let breaker = breakers[Int(corpus.languages[index])]
            words += try icu { () throws(ICUError) in
              try withBytes(paragraph.text) { (bytes) throws(ICUError) in
                try breaker.spans(utf8: bytes).count
              }
            }
          }
        },
        .init { (range) throws(BenchError) in try anchor.run(.words, paragraphs: range) },
        .init { (range) throws(BenchError) in
          try anchor.run(.words, utf16Only: true, paragraphs: range)
        },
      ])
    return BenchResult(
      name: name, bytes: corpus.byteCount, parallaxSeconds: times[0], anchorSeconds: times[1],
      anchorUTF16Seconds: times[2], floor: floor, notes: ["\(words) spans"])
  }
}
