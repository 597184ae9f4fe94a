import ArgumentParser
import Foundation
import ParallaxCore

/// Buffered standard output and unbuffered diagnostics on standard error.
///
/// Output goes through one buffer flushed in large writes, because line-by-line commands print
/// millions of short lines.
final class Terminal: @unchecked Sendable, ProgressDisplay {
  /// The process's terminal; used from the main thread only.
  static let shared = Terminal()

  private var buffer: [UInt8] = []
  private let limit = 1 << 16
  /// Whether a progress line stands on standard error (see `ProgressLine`).
  private var progressShown = false
  /// Whether standard output is a terminal, where a progress line would share its lines.
  private let outputIsTerminal = isatty(1) == 1
  /// Whether the last byte written to standard output ended a line: on a shared terminal a
  /// progress line drawn after half a line would overwrite it, so it waits for the line's end.
  private var outputAtLineStart = true

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
    progress(nil)
    buffer.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
        if written <= 0 { break }
        offset += written
      }
    }
    outputAtLineStart = buffer.last == 0x0A
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes a diagnostic line to standard error at once (after flushing standard output, so
  /// the two streams interleave in order on a terminal).
  func diagnostic(_ text: String) {
    flush()
    progress(nil)
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Draws `text` as the progress line on standard error in place of the last one, or clears
  /// it (nil). Only `ProgressLine` calls it, and only on a terminal.
  func progress(_ text: String?) {
    if let text {
      if outputIsTerminal && !outputAtLineStart { return }
      FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
      progressShown = true
    } else if progressShown {
      FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
      progressShown = false
    }
  }
}

/// `--color auto|always|never`: whether output gets ANSI colour.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
  /// Colour on a terminal, unless `NO_COLOR` is set to something or `TERM` is `dumb`.
  case auto
  /// Colour even into a pipe or file (or a dumb terminal), but never with `NO_COLOR` set to
  /// something: CLI.md's contract is "never with NO_COLOR", so a user's `NO_COLOR` wins over a
  /// `--color always` written into a script or alias.
  case always
  case never

  /// Whether output to `fileDescriptor` gets colour under this choice and `environment`.
  func enabled(
    fileDescriptor: Int32 = 1, environment: [String: String] = ProcessInfo.processInfo.environment,
    isTerminal: (Int32) -> Bool = { isatty($0) == 1 }
  ) -> Bool {
    if self == .never { return false }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    if self == .always { return true }
    if environment["TERM"] == "dumb" { return false }
    return isTerminal(fileDescriptor)
  }
}

/// ANSI colours for what commands print: severities, paths and emphasis. With colour off every
/// function returns its text unchanged, so callers write one code path.
struct TerminalPalette: Sendable {
  /// What a piece of output is, which picks its colour.
  enum Role: Sendable {
    case severity(Severity)
    /// A file path heading a group of findings.
    case path
    /// A suggested replacement.
    case fix
    /// Less important detail (counts, notes).
    case dim
  }

  let enabled: Bool

  init(enabled: Bool) { self.enabled = enabled }

  /// The palette for standard output under `choice`.
  init(_ choice: ColorChoice, fileDescriptor: Int32 = 1) {
    enabled = choice.enabled(fileDescriptor: fileDescriptor)
  }

  /// `text` wrapped in the SGR sequence for `role` and a reset, or unchanged when colour is off
  /// or the text is empty. Padding must be applied before, so columns line up.
  func paint(_ text: String, _ role: Role) -> String {
    guard enabled, !text.isEmpty else { return text }
    return "\u{1B}[\(Self.code(role))m\(text)\u{1B}[0m"
  }

  /// SGR parameters: errors bold red, warnings yellow, suggestions cyan, infos and details dim,
  /// paths bold, fixes green.
  static func code(_ role: Role) -> String {
    switch role {
    case .severity(.error): "1;31"
    case .severity(.warning): "33"
    case .severity(.suggestion): "36"
    case .severity(.info): "2"
    case .path: "1"
    case .fix: "32"
    case .dim: "2"
    }
  }

  /// `parallax check`'s text report (as `CheckRenderer.text` writes it) with the severity
  /// column coloured by severity, paths bold and `[fix: …]` green. Byte-identical to its input
  /// when colour is off.
  func checkText(_ findings: [StyleFinding], files: Int) -> String {
    checkText(CheckRenderer.text(findings, files: files), findings: findings)
  }

  /// The same for a piece of that report (one file's findings, as `CheckStream` writes them).
  func checkText(_ plain: String, findings: [StyleFinding]) -> String {
    guard enabled else { return plain }
    var out = ""
    var index = 0
    var current: String?
    for line in plain.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      if index < findings.count, line == findings[index].path, current != findings[index].path {
        out += paint(String(line), .path) + "\n"
        current = findings[index].path
        continue
      }
      if index < findings.count, line.hasPrefix("  ") {
        let finding = findings[index]
        index += 1
        // "  " + position (8 wide) + severity (10 wide) + the rest.
        let text = String(line)
        guard text.count > 20 else {
          out += text + "\n"
          continue
        }
        let severityStart = text.index(text.startIndex, offsetBy: 10)
        let severityEnd = text.index(severityStart, offsetBy: 10)
        var rest = String(text[severityEnd...])
        let fix = " [fix: \(finding.suggestion ?? "")]"
        if finding.fixable, let range = rest.range(of: fix, options: .backwards) {
          rest.replaceSubrange(range, with: " " + paint(String(fix.dropFirst()), .fix))
        }
        out += String(text[..<severityStart]) + paint(String(text[severityStart..<severityEnd]), .severity(finding.severity))
          + rest + "\n"
        continue
      }
      out += String(line) + "\n"
    }
    return out
  }
}
