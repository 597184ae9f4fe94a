import Foundation

/// Buffered standard output and unbuffered diagnostics on standard error.
///
/// Output goes through one buffer flushed in large writes, because line-by-line commands print
/// millions of short lines.
final class Terminal: @unchecked Sendable {
  /// The process's terminal; used from the main thread only.
  static let shared = Terminal()

  private var buffer: [UInt8] = []
  private let limit = 1 << 16

  private init() { buffer.reserveCapacity(limit) }

  /// Writes `text` to standard output.
  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= limit { flush() }
  }

  /// Writes `text` and a newline to standard output.
  func line(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    buffer.append(0x0A)
    if buffer.count >= limit { flush() }
  }

  /// Writes everything buffered.
  func flush() {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
        if written <= 0 { break }
        offset += written
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes a diagnostic line to standard error at once (after flushing standard output, so
  /// the two streams interleave in order on a terminal).
  func diagnostic(_ text: String) {
    flush()
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
