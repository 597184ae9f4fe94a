import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where a progress line is drawn: `Terminal` (standard error), or a test's recording fake.
protocol ProgressDisplay: AnyObject {
  /// Draws `text` in place of the last line, or takes the line away (nil).
  func progress(_ text: String?)
}

/// The progress of a long command on standard error, on a terminal only (never into a pipe, a
/// file or a cron mail): files and megabytes done, the rate, and the time left, redrawn in place
/// at most ten times a second ("compare: 1,204/10,000 files · 2.4 MB · 4.9 MB/s · 18 s left").
/// Diagnostics and standard output on the same terminal clear it first (`Terminal`).
///
/// `check`, `statements` and `compare` advance it as each file is delivered; `batch run` draws
/// the same counts inside its job bar (`BatchConsole`).
final class ProgressLine: @unchecked Sendable {
  /// Nanoseconds on a monotonic clock.
  typealias Clock = @Sendable () -> UInt64

  /// The system's monotonic clock.
  static let monotonic: Clock = { DispatchTime.now().uptimeNanoseconds }

  /// The shortest time between two redraws (the last file is always drawn).
  static let interval: UInt64 = 100_000_000

  let command: String
  let total: Int
  let enabled: Bool
  private let display: any ProgressDisplay
  private let clock: Clock
  private let start: UInt64
  private let lock = NSLock()
  private var done = 0
  private var bytes = 0
  private var drawn: UInt64?

  /// - Parameters:
  ///   - quiet: no progress at all (`--quiet`).
  ///   - isTerminal: whether standard error is a terminal.
  ///   - display: where the line is drawn (the process's terminal unless a test passes a fake).
  ///   - clock: the time the rate and the time left are worked out from.
  init(
    command: String, total: Int, quiet: Bool, isTerminal: Bool = isatty(2) == 1,
    display: any ProgressDisplay = Terminal.shared, clock: @escaping Clock = ProgressLine.monotonic
  ) {
    self.command = command
    self.total = total
    self.display = display
    self.clock = clock
    start = clock()
    enabled = isTerminal && !quiet && total > 1
  }

  /// One more file done, of `path`'s size (standard input counts no bytes).
  func advance(path: String) {
    guard enabled else { return }
    advance(bytes: Self.size(of: path))
  }

  /// One more file done, of `count` bytes.
  func advance(bytes count: Int) {
    guard enabled else { return }
    let line: String? = lock.withLock {
      done += 1
      bytes += count
      let now = clock()
      if let drawn, now &- drawn < Self.interval, done != total { return nil }
      drawn = now
      return Self.text(command: command, done: done, total: total, bytes: bytes, seconds: Double(now &- start) / 1e9)
    }
    if let line { display.progress(line) }
  }

  /// Takes the line away (the command's own output follows).
  func finish() {
    if enabled { display.progress(nil) }
  }

  /// The size of the file at `path` in bytes; 0 for standard input or a file that is gone.
  static func size(of path: String) -> Int {
    var info = stat()
    guard path != "-", stat(path, &info) == 0 else { return 0 }
    return Int(info.st_size)
  }

  /// The line for `done` of `total` files and `bytes` read in `seconds`.
  static func text(command: String, done: Int, total: Int, bytes: Int, seconds: Double) -> String {
    "\(command): " + counts(done: done, total: total, bytes: bytes, seconds: seconds)
  }

  /// The counts without the command: `1,204/10,000 files · 2.4 MB · 1.2 MB/s · 15 s left` (no
  /// rate in the first half second, no time left once done).
  static func counts(done: Int, total: Int, bytes: Int, seconds: Double) -> String {
    let megabytes = Double(bytes) / 1_000_000
    var parts = ["\(grouped(done))/\(grouped(total)) files", String(format: "%.1f MB", megabytes)]
    if seconds >= 0.5, done > 0 {
      parts.append(String(format: "%.1f MB/s", megabytes / seconds))
      let left = seconds / Double(done) * Double(total - done)
      if done < total { parts.append(left < 60 ? "\(Int(left.rounded())) s left" : "\(Int((left / 60).rounded())) min left") }
    }
    return parts.joined(separator: " · ")
  }

  /// `value` with commas between groups of three digits (the CLI's messages are English).
  static func grouped(_ value: Int) -> String {
    let digits = String(value)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, digit != "-", (digits.count - index) % 3 == 0 { out += "," }
      out.append(digit)
    }
    return out
  }
}
