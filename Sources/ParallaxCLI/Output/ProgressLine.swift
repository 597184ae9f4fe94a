import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The progress of a long command on standard error, on a terminal only (never into a pipe, a
/// file or a cron mail): files and megabytes done, the rate, and the time left, redrawn in place
/// at most ten times a second ("compare: 1,204/10,000 files · 2.4 MB · 4.9 MB/s · 18 s left").
/// Diagnostics and standard output on the same terminal clear it first (`Terminal`).
struct ProgressLine {
  let command: String
  let total: Int
  let enabled: Bool
  private var done = 0
  private var bytes = 0
  private let start = DispatchTime.now().uptimeNanoseconds
  private var drawn: UInt64 = 0

  /// - Parameter quiet: no progress at all (`--quiet`).
  init(command: String, total: Int, quiet: Bool, isTerminal: Bool = isatty(2) == 1) {
    self.command = command
    self.total = total
    enabled = isTerminal && !quiet && total > 1
  }

  /// One more file done, of `path`'s size.
  mutating func advance(path: String) {
    guard enabled else { return }
    done += 1
    var info = stat()
    if path != "-", stat(path, &info) == 0 { bytes += Int(info.st_size) }
    let now = DispatchTime.now().uptimeNanoseconds
    guard now - drawn >= 100_000_000 || done == total else { return }
    drawn = now
    Terminal.shared.progress(
      Self.text(command: command, done: done, total: total, bytes: bytes, seconds: Double(now - start) / 1e9))
  }

  /// Takes the line away (the command's own output follows).
  func finish() {
    if enabled { Terminal.shared.progress(nil) }
  }

  /// The line for `done` of `total` files and `bytes` read in `seconds`.
  static func text(command: String, done: Int, total: Int, bytes: Int, seconds: Double) -> String {
    let megabytes = Double(bytes) / 1_000_000
    var parts = ["\(command): \(grouped(done))/\(grouped(total)) files", String(format: "%.1f MB", megabytes)]
    if seconds >= 0.5, done > 0 {
      parts.append(String(format: "%.1f MB/s", megabytes / seconds))
      let left = seconds / Double(done) * Double(total - done)
      if done < total { parts.append(left < 60 ? "\(Int(left.rounded())) s left" : "\(Int((left / 60).rounded())) min left") }
    }
    return parts.joined(separator: " · ")
  }

  private static func grouped(_ value: Int) -> String {
    let digits = String(value)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out += "," }
      out.append(digit)
    }
    return out
  }
}
