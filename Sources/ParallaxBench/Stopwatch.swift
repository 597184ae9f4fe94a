import Dispatch

/// Wall-clock timing on the monotonic clock (DispatchTime wraps CLOCK_MONOTONIC on Linux).
enum Stopwatch {
  /// One side of a comparison: what to time, and untimed preparation before each run.
  struct Contender {
    var setup: () throws(BenchError) -> Void = {}
    var body: () throws(BenchError) -> Void
  }

  /// Nanoseconds since an arbitrary fixed point.
  static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

  /// The best wall time in seconds of each contender over `runs` rounds, after one untimed
  /// warm-up round. The contenders take turns within each round, so a change in machine load
  /// (the cores are shared) hits all of them alike and their ratio stays fair.
  static func race(runs: Int, _ contenders: [Contender]) throws(BenchError) -> [Double] {
    for contender in contenders {
      try contender.setup()
      try contender.body()
    }
    var best = [Double](repeating: .infinity, count: contenders.count)
    for _ in 0..<max(1, runs) {
      for (index, contender) in contenders.enumerated() {
        try contender.setup()
        let start = now()
        try contender.body()
        best[index] = min(best[index], Double(now() - start) / 1e9)
      }
    }
    return best
  }
}
