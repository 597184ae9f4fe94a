import ArgumentParser

#if canImport(Glibc)
  import Glibc
#endif

/// `--quiet` and `--verbose` for the commands that read many files (`check`, `statements`).
///
/// The closing line (what was written where, on standard error) shows on a terminal, or
/// anywhere with `--verbose`; never with `--quiet`. A cron job stays silent when all went well,
/// so cron mails only errors, and a log that wants the line asks for it with `--verbose`.
struct VerbosityOptions: ParsableArguments {
  @Flag(help: "Print errors only: no warnings, no closing line on standard error.")
  var quiet = false

  @Flag(help: "Also say on standard error how long each stage took, and end with what was written where, even off a terminal.")
  var verbose = false

  func validate() throws {
    if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
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

  /// Prints the closing line on standard error when `showsClosingLine`.
  func closing(_ text: String) {
    if showsClosingLine { Terminal.shared.diagnostic(text) }
  }
}
