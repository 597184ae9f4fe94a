import ParallaxCore
import ParallaxICU

/// Core `SchemeTransliterator` for uk-Latn-KMU2010 (word tokens through the memo) per
/// paragraph of the mixed corpus, against ICU's system `Ukrainian-Latin/BGN` from C per
/// paragraph. Every timed run starts with an empty memo, so the hit rate is the corpus's own.
/// The memo's output must equal the plain rule transliterator's byte for byte.
struct TransliterationBenchmark: Benchmark {
  let name = "translit-uk-KMU2010"
  let summary = "Core SchemeTransliterator uk-Latn-KMU2010 (memoized) vs utrans Ukrainian-Latin/BGN"
  let floor: Floor? = .ratioAtLeast(2)
  let scheme = "uk-Latn-KMU2010"

  func run(in context: BenchContext) throws(BenchError) -> BenchResult {
    let corpus = context.corpus
    let anchor = try context.anchor()
    let prototype: SchemeTransliterator
    do {
      prototype = try SchemeCatalog(data: context.localeData).transliterator(for: scheme)
    } catch {
      throw .localeData(error)
    }
    guard prototype.isMemoized else { throw .notMemoized(scheme: scheme) }
    var current = prototype
    let fresh = { () throws(BenchError) in
      current = try icu { () throws(ICUError) in try prototype.clone() }
    }
    var checksum = 0
    var statistics: MemoStatistics?
    let times = try Stopwatch.race(
      runs: context.runs, chunks: corpus.chunks,
      [
        .init(setup: fresh) { (range) throws(BenchError) in
          for paragraph in corpus.paragraphs[range] {
            checksum &+= try icu { () throws(ICUError) in
              try current.transliterate(paragraph.text).utf8.count
            }
          }
          statistics = current.memoStatistics
        },
        .init { (range) throws(BenchError) in try anchor.run(.transliterate, paragraphs: range) },
        .init { (range) throws(BenchError) in
          try anchor.run(.transliterate, utf16Only: true, paragraphs: range)
        },
      ])
    var result = BenchResult(
      name: name, bytes: corpus.byteCount, parallaxSeconds: times[0], anchorSeconds: times[1],
      anchorUTF16Seconds: times[2], floor: floor)
    if let statistics {
      let rate = statistics.lookups == 0 ? 0 : Double(statistics.hits) / Double(statistics.lookups)
      result.notes.append(
        "memo hit rate \(percent(rate)) of \(statistics.lookups) token lookups, "
          + "\(statistics.lookups - statistics.hits) distinct tokens transliterated")
    }

    // The check: memo output (fresh memo, corpus order) against the plain rules, per paragraph.
    try fresh()
    var wholeNanoseconds: UInt64 = 0
    var mismatch: String?
    for (index, paragraph) in corpus.paragraphs.enumerated() {
      let memoized = try icu { () throws(ICUError) in try current.transliterate(paragraph.text) }
      let start = Stopwatch.now()
      let whole = try icu { () throws(ICUError) in
        try prototype.transliterateWhole(paragraph.text)
      }
      wholeNanoseconds += Stopwatch.now() - start
      if memoized != whole {
        mismatch = "paragraph \(index) differs:\n  input:  \(paragraph.text)\n"
          + "  memo:   \(memoized)\n  whole:  \(whole)"
        break
      }
    }
    if let mismatch {
      result.verified = false
      result.notes.append("NOT identical to transliterateWhole: \(mismatch)")
    } else {
      let mbps = Double(corpus.byteCount) / 1e6 / (Double(wholeNanoseconds) / 1e9)
      result.notes.append(
        "identical to transliterateWhole over \(corpus.paragraphs.count) paragraphs "
          + "(plain rules, one pass: \(String(format1: mbps)) MB/s)")
    }
    return result
  }
}

/// "91.3%".
func percent(_ value: Double) -> String {
  String(format1: value * 100) + "%"
}

extension String {
  /// A number with one decimal, without Foundation's locale-dependent formatting.
  init(format1 value: Double) {
    guard value.isFinite else {
      self = "—"
      return
    }
    let tenths = Int((value * 10).rounded())
    self = "\(tenths / 10).\(abs(tenths % 10))"
  }
}
