import ArgumentParser

/// The exit codes of the command-line contract (../shared/CLI.md), one place, one meaning each.
enum ExitCodes {
  /// Success; for `check`, no finding at or above `--fail-on`.
  static let success = ExitCode(0)
  /// `check` found findings at or above `--fail-on`; `batch run` had failing jobs.
  static let findings = ExitCode(1)
  /// A usage error.
  static let usage = ExitCode(64)
  /// Bad data: invalid UTF-8, malformed locale data or manifest.
  static let dataError = ExitCode(65)
  /// An input file or folder is missing or unreadable.
  static let noInput = ExitCode(66)
  /// An output cannot be created.
  static let cannotCreate = ExitCode(73)
  /// Another batch run holds the lock.
  static let temporaryFailure = ExitCode(75)
}
