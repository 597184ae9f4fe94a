import ArgumentParser
import ParallaxCore

/// Checks of option values that need the locale data, thrown as usage errors (exit 64, with
/// the usage line) rather than as bad data: `--style nope` is a mistake on the command line,
/// not in `Locales/`.
enum OptionChecks {
  /// Throws when `style` names no house style in `data`.
  static func style(_ style: String?, in data: any LocaleDataProvider) throws {
    guard let style else { return }
    let known = HouseStyle.ids(in: data)
    if !known.contains(style) {
      throw ValidationError("--style: no house style '\(style)'; known: \(known.joined(separator: ", "))")
    }
  }

  /// Throws when `language` has no report strings in `data`.
  static func reportLocale(_ language: String?, in data: any LocaleDataProvider) throws {
    guard let language else { return }
    let known = ReportStrings.languages(in: data).map(\.rawValue)
    if !known.contains(language) {
      throw ValidationError("--report-locale: no report strings for '\(language)'; known: \(known.joined(separator: ", "))")
    }
  }
}

/// The exit code a run's problems add up to, the same in every command: 65 when any input
/// held bad data (invalid UTF-8, malformed front matter, a bad JSON Lines record, HTML
/// without a tree), else 66 when one was missing or unreadable, else 0. Warnings (an empty
/// file) count for nothing.
struct ProblemTally {
  private(set) var code: Int32 = 0

  mutating func count(_ problem: InputError) {
    add(problem.isDataError ? ExitCodes.dataError.rawValue : ExitCodes.noInput.rawValue)
  }

  mutating func count(_ problem: IngestError) {
    if problem.isWarning { return }
    add(problem.isDataError ? ExitCodes.dataError.rawValue : ExitCodes.noInput.rawValue)
  }

  private mutating func add(_ candidate: Int32) {
    if code == 0 || candidate == ExitCodes.dataError.rawValue { code = candidate }
  }
}
