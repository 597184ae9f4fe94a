import Dispatch

/// Wall-clock timing on the monotonic clock (DispatchTime wraps CLOCK_MONOTONIC on Linux).
enum Stopwatch {
  /// Nanoseconds since an arbitrary fixed point.
  static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

  /// The best wall time in seconds of `runs` timed runs of `body`, after one untimed warm-up.
  /// `setup` runs before every run, untimed (to hand each run a fresh memo, say).
  static func best<E: Error>(
    runs: Int, setup: () throws(E) -> Void = {}, _ body: () throws(E) -> Void
  ) throws(E) -> Double {
    try setup()
    try body()
    var best = Double.infinity
    for _ in 0..<max(1, runs) {
      try setup()
      let start = now()
      try body()
      best = min(best, Double(now() - start) / 1e9)
    }
    return best
  }
}
