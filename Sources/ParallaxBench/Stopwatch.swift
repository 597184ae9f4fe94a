import Dispatch

/// Wall-clock timing on the monotonic clock (DispatchTime wraps CLOCK_MONOTONIC on Linux).
enum Stopwatch {
  /// One side of a comparison: untimed preparation before each pass over the corpus, and the
  /// timed work on a range of paragraphs.
  struct Contender {
    var setup: () throws(BenchError) -> Void = {}
    var body: (Range<Int>) throws(BenchError) -> Void
  }

  /// Nanoseconds since an arbitrary fixed point.
  static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

  /// The time in seconds each contender needs for one pass over the corpus: the sum over
  /// `chunks` of the chunk's best time in `runs` passes, after one untimed warm-up pass.
  ///
  /// The cores are shared, so load comes and goes. Within a pass the contenders take turns
  /// chunk by chunk (about 256 KB each), so a burst of load hits them alike; keeping
  /// each chunk's best time drops the bursts. Passes go through the chunks in order after
  /// `setup`, so state such as a memo is what one pass over the whole corpus would build.
  static func race(runs: Int, chunks: [Range<Int>], _ contenders: [Contender])
    throws(BenchError) -> [Double]
  {
    var best = [[Double]](
      repeating: [Double](repeating: .infinity, count: contenders.count), count: chunks.count)
    for round in 0...max(1, runs) {
      for contender in contenders { try contender.setup() }
      for (c, chunk) in chunks.enumerated() {
        for (k, contender) in contenders.enumerated() {
          let start = now()
          try contender.body(chunk)
          let seconds = Double(now() - start) / 1e9
          if round > 0 { best[c][k] = min(best[c][k], seconds) }
        }
      }
    }
    return (0..<contenders.count).map { k in best.reduce(0) { $0 + $1[k] } }
  }
}
