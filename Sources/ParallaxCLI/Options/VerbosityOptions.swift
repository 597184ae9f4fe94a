import ArgumentParser

#if canImport(Glibc)
  import Glibc
#endif

/// `--quiet` and `--verbose`, the same on every command (CLI.md's common options; `compare` and
/// `batch run` declare the same two flags with their own help).
///
/// - `--quiet`: errors only on standard error: no warnings, no progress line, no closing or
///   summary line. Standard output is unchanged.
/// - `--verbose`: also each stage's time on standard error, and the closing line even off a
///   terminal.
/// - The two together are a usage error (64).
///
/// The closing line (what was written where, on standard error) ends the commands that read
/// inputs or write files; it shows on a terminal, or anywhere with `--verbose`; never with
/// `--quiet`. A cron job stays silent when all went well, so cron mails only errors, and a log
/// that wants the line asks for it with `--verbose`.
struct VerbosityOptions: ParsableArguments {
  @Flag(help: "Print errors only: no warnings, no closing line on standard error.")
  var quiet = false

  @Flag(help: "Also say on standard error how long each stage took, and end with what was written where, even off a terminal.")
  var verbose = false

  func validate() throws {
    if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
  }

  /// The stage clock of `command`: running with `--verbose`, silent otherwise.
  func clock(_ command: String) -> StageClock {
    StageClock(command: command, enabled: verbose)
  }

  /// Whether the closing line is printed.
  var showsClosingLine: Bool { Self.showsClosingLine(quiet: quiet, verbose: verbose) }

  /// Whether a command with its own `quiet` and `verbose` flags (`compare`) prints the closing
  /// line: the same rule, with standard error's terminal status.
  static func showsClosingLine(quiet: Bool, verbose: Bool) -> Bool {
    closingLine(quiet: quiet, verbose: verbose, terminal: isatty(STDERR_FILENO) != 0)
  }

  /// The rule for the closing line: with `--verbose`, or on a terminal; never with `--quiet`.
  static func closingLine(quiet: Bool, verbose: Bool, terminal: Bool) -> Bool {
    !quiet && (verbose || terminal)
  }

  /// Prints a warning (or other non-error diagnostic) on standard error unless `--quiet`.
  func warning(_ text: String) {
    if !quiet { Terminal.shared.diagnostic(text) }
  }

  /// Prints a line that is neither an error nor the closing line (what a command did: "3
  /// spellings added") on standard error unless `--quiet`.
  func note(_ text: String) {
    if !quiet { Terminal.shared.diagnostic(text) }
  }

  /// Prints the closing line on standard error when `showsClosingLine`.
  func closing(_ text: String) {
    if showsClosingLine { Terminal.shared.diagnostic(text) }
  }
}

/// "1 file", "2 files": counted nouns in the CLI's English messages.
func counted(_ number: Int, _ noun: String) -> String {
  "\(ProgressLine.grouped(number)) \(noun)\(number == 1 ? "" : "s")"
}
