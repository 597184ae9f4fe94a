import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What `--verbose` adds to a long command: each stage's wall time and the processor time all
/// its threads spent, on standard error as the stage ends ("compare: profiled 10000 files in
/// 2.41 s (4.70 s of processor time)"), so a user can see where a run's time goes.
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
        "\(command): \(what()) in \(seconds(nowWall - wall)) s (\(seconds(nowProcessor &- processor)) s of processor time)")
    }
    (wall, processor) = (nowWall, nowProcessor)
  }

  private static func processorNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }
}
