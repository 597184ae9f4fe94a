import Foundation
import Logging

#if canImport(Glibc)
  import Glibc
#endif

/// What `batch run` tells its operator on standard error, from any thread.
///
/// On a terminal: a single line redrawn with `\r`, with the jobs done, the files and megabytes
/// read, the rate, the time left and the jobs under way
/// (`[#####...............] 3/10 jobs · 1,204/4,800 files · 2.4 MB · 4.9 MB/s · 18 s left · lavrov, feb`),
/// and warnings and errors printed above it. Once `end()` has cleared it, it is never drawn
/// again, so the run's last log lines and its summary on standard output start on a clean line.
/// Anywhere else (cron, systemd, a pipe): plain log lines with a UTC timestamp and a level, one
/// per job start and finish:
///
/// ```
/// 2025-03-12T02:30:00.412Z info lavrov: started (inputs changed): 1204 files
/// 2025-03-12T02:30:03.020Z info lavrov: ran in 2.608 s: 1180 documents, 14 events, wrote 2025-03-12/lavrov.md
/// ```
///
/// `--quiet` keeps errors only (and no bar); `--verbose` adds a line per input file and the
/// reason of each skipped job.
final class BatchConsole: @unchecked Sendable {
  enum Verbosity: Sendable {
    case quiet, normal, verbose

    /// The lowest level logged.
    var level: Logger.Level {
      switch self {
      case .quiet: .error
      case .normal: .info
      case .verbose: .debug
      }
    }
  }

  let verbosity: Verbosity
  /// Whether the progress bar is drawn (standard error is a terminal and not --quiet).
  let showsBar: Bool
  private let lock = NSLock()
  private var total = 0
  private var done = 0
  private var files = (done: 0, total: 0, bytes: 0)
  /// The jobs running now, in the order they started.
  private var running: [String] = []
  private var barDrawn = false
  /// Set by `begin` and `end()`: the bar shows between the two only.
  private var begun = false
  private var ended = false
  private let width: Int
  private let write: @Sendable (String) -> Void
  private let clock: ProgressLine.Clock
  private var start: UInt64
  private var drawn: UInt64?

  /// - Parameters:
  ///   - terminal: whether standard error is a terminal; asked of the system when nil.
  ///   - write: where the bar and the log lines go (standard error unless a test records them).
  ///   - clock: the time the rate and the time left are worked out from.
  init(
    verbosity: Verbosity, terminal: Bool? = nil, columns: Int? = nil,
    write: @escaping @Sendable (String) -> Void = { BatchConsole.writeStandardError($0) },
    clock: @escaping ProgressLine.Clock = ProgressLine.monotonic
  ) {
    self.verbosity = verbosity
    showsBar = verbosity != .quiet && (terminal ?? (isatty(2) == 1))
    let columns = columns ?? ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) } ?? 80
    width = max(40, columns) - 1
    self.write = write
    self.clock = clock
    start = clock()
  }

  /// A logger that writes through this console.
  var logger: Logger {
    var logger = Logger(label: "parallax.batch") { _ in BatchLogHandler(console: self) }
    logger.logLevel = verbosity.level
    return logger
  }

  /// Starts the bar at 0 of `jobs`, which will read `files` input files in all.
  func begin(jobs: Int, files: Int = 0) {
    lock.withLock {
      total = jobs
      done = 0
      self.files = (0, files, 0)
      running = []
      start = clock()
      begun = true
      redraw()
    }
  }

  /// Counts one input file of `bytes` bytes as read; redraws at most ten times a second.
  func fileRead(bytes: Int) {
    guard showsBar else { return }
    lock.withLock {
      files.done += 1
      files.bytes += bytes
      let now = clock()
      if let drawn, now &- drawn < ProgressLine.interval { return }
      redraw()
    }
  }

  /// Shows `job` as running.
  func started(_ job: String) {
    lock.withLock {
      running.append(job)
      redraw()
    }
  }

  /// Counts `job` as done.
  func finished(_ job: String) {
    lock.withLock {
      running.removeAll { $0 == job }
      done += 1
      redraw()
    }
  }

  /// Clears the bar for good, so that what follows starts on a clean line.
  func end() {
    lock.withLock {
      clearBar()
      ended = true
    }
  }

  /// Writes one log line (called by `BatchLogHandler`). On a terminal, info and debug lines
  /// give way to the bar unless --verbose.
  func log(_ line: String, level: Logger.Level) {
    if showsBar, verbosity != .verbose, level < .warning { return }
    lock.withLock {
      clearBar()
      write(line + "\n")
      redraw()
    }
  }

  /// The bar's text for `done` of `total` jobs with `running` under way, at most `width`
  /// characters; with `files`, the files and megabytes read, the rate and the time left after
  /// the jobs (the bar then fills by files, the finer count).
  static func bar(
    done: Int, total: Int, running: [String], width: Int, files: (done: Int, total: Int, bytes: Int)? = nil,
    seconds: Double = 0
  ) -> String {
    let cells = 20
    var filled = total == 0 ? cells : min(cells, done * cells / total)
    if let files, files.total > 0, done < total { filled = min(cells, files.done * cells / files.total) }
    var text = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: cells - filled) + "]"
    text += " \(done)/\(total) jobs"
    if let files, files.total > 0 {
      text += " · " + ProgressLine.counts(done: files.done, total: files.total, bytes: files.bytes, seconds: seconds)
    }
    let withFiles = (files?.total ?? 0) > 0
    if !running.isEmpty { text += (withFiles ? " · " : "  ") + running.joined(separator: ", ") }
    if text.count > width { text = String(text.prefix(max(0, width - 3))) + "..." }
    return text
  }

  // Called under the lock.
  private func redraw() {
    guard showsBar, begun, !ended else { return }
    let now = clock()
    drawn = now
    let line = Self.bar(
      done: done, total: total, running: running, width: width, files: files, seconds: Double(now &- start) / 1e9)
    write("\r" + line + "\u{1B}[K")
    barDrawn = true
  }

  // Called under the lock.
  private func clearBar() {
    guard barDrawn else { return }
    write("\r\u{1B}[K")
    barDrawn = false
  }

  /// Writes `text` to standard error whole (retrying interrupted writes).
  static func writeStandardError(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Glibc.write(2, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0, errno == EINTR { continue }
        if written <= 0 { break }
        offset += written
      }
    }
  }
}
