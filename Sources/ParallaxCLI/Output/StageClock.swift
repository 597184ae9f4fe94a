import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What `--verbose` adds to a long command: each stage's wall time, the processor time all its
/// threads spent and the peak memory so far, on standard error as the stage ends ("compare:
/// profiled 10000 files in 2.41 s (4.70 s of processor time; peak 180 MiB)"), so a user can see
/// where a run's time and memory go.
struct StageClock {
  let command: String
  let enabled: Bool
  private var wall = DispatchTime.now().uptimeNanoseconds
  private var processor = StageClock.processorNanoseconds()

  init(command: String, enabled: Bool) {
    self.command = command
    self.enabled = enabled
  }

  /// Reports the stage that just ended and starts the next one.
  mutating func lap(_ what: @autoclosure () -> String) {
    let (nowWall, nowProcessor) = (DispatchTime.now().uptimeNanoseconds, Self.processorNanoseconds())
    if enabled {
      let seconds = { (nanoseconds: UInt64) in String(format: "%.2f", Double(nanoseconds) / 1e9) }
      Terminal.shared.diagnostic(
        "\(command): \(what()) in \(seconds(nowWall - wall)) s (\(seconds(nowProcessor &- processor)) s of processor time; "
          + "peak \(Self.peakMebibytes()) MiB)")
    }
    (wall, processor) = (nowWall, nowProcessor)
  }

  /// The most memory the process has held so far (resident set, as `/usr/bin/time` reports it).
  private static func peakMebibytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss / 1024
  }

  private static func processorNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }
}
