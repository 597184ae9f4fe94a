import Foundation
import Logging

#if canImport(Glibc)
  import Glibc
#endif

/// What `batch run` tells its operator on standard error, from any thread.
///
/// On a terminal: a single line redrawn with `\r` (`[#####.....] 3/10 jobs  lavrov, feb`), and
/// warnings and errors printed above it. Anywhere else (cron, systemd, a pipe): plain log lines
/// with a UTC timestamp and a level, one per job start and finish:
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
  /// The jobs running now, in the order they started.
  private var running: [String] = []
  private var barDrawn = false
  private let width: Int

  /// - Parameter terminal: whether standard error is a terminal; asked of the system when nil.
  init(verbosity: Verbosity, terminal: Bool? = nil) {
    self.verbosity = verbosity
    showsBar = verbosity != .quiet && (terminal ?? (isatty(2) == 1))
    let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) } ?? 80
    width = max(40, columns) - 1
  }

  /// A logger that writes through this console.
  var logger: Logger {
    var logger = Logger(label: "parallax.batch") { _ in BatchLogHandler(console: self) }
    logger.logLevel = verbosity.level
    return logger
  }

  /// Starts the bar at 0 of `jobs`.
  func begin(jobs: Int) {
    lock.withLock {
      total = jobs
      done = 0
      running = []
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

  /// Clears the bar, so that what follows starts on a clean line.
  func end() {
    lock.withLock { clearBar() }
  }

  /// Writes one log line (called by `BatchLogHandler`). On a terminal, info and debug lines
  /// give way to the bar unless --verbose.
  func log(_ line: String, level: Logger.Level) {
    if showsBar, verbosity != .verbose, level < .warning { return }
    lock.withLock {
      clearBar()
      Self.writeStandardError(line + "\n")
      redraw()
    }
  }

  /// The bar's text for `done` of `total` jobs with `running` under way, at most `width`
  /// characters.
  static func bar(done: Int, total: Int, running: [String], width: Int) -> String {
    let cells = 20
    let filled = total == 0 ? cells : min(cells, done * cells / total)
    var text = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: cells - filled) + "]"
    text += " \(done)/\(total) jobs"
    if !running.isEmpty { text += "  " + running.joined(separator: ", ") }
    if text.count > width { text = String(text.prefix(max(0, width - 3))) + "..." }
    return text
  }

  // Called under the lock.
  private func redraw() {
    guard showsBar else { return }
    Self.writeStandardError("\r" + Self.bar(done: done, total: total, running: running, width: width) + "\u{1B}[K")
    barDrawn = true
  }

  // Called under the lock.
  private func clearBar() {
    guard barDrawn else { return }
    Self.writeStandardError("\r\u{1B}[K")
    barDrawn = false
  }

  private static func writeStandardError(_ text: String) {
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
