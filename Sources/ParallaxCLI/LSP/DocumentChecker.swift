import Foundation
import ParallaxCore

/// Checks one text as `parallax check` checks a file: the name setup and compiled style loaded
/// once, the copy's language detected from its opening, then the style checker's findings at
/// or above the minimum severity. Not thread-safe (it owns a `StyleChecker`); the server uses
/// it from one thread.
final class DocumentChecker {
  let style: HouseStyle
  let minSeverity: Severity
  private let checker: StyleChecker
  private let detector: LanguageDetector

  /// Loads everything from `data`.
  /// - Throws: `LocaleDataError` for bad or missing data, or an ICU error opening the checker.
  init(data: any LocaleDataProvider, setup: NameSetup, style styleID: String?, minSeverity: Severity) throws {
    var languages = LanguageDetector(profiles: try LanguageProfile.loadAll(from: data))
    // As `check` does: the opening of a piece is enough to tell its language.
    languages.sampleLimit = 300
    detector = languages
    let id = try styleID ?? LocaleDefaults.load(from: data).style
    let compiled = try CompiledStyle(style: HouseStyle.load(id, from: data, registry: setup.registry), setup: setup)
    checker = try StyleChecker(
      compiled: compiled, setup: setup, matcher: try setup.makeMatcher(), quotes: try QuotationMarks.load(from: data))
    style = compiled.style
    self.minSeverity = minSeverity
  }

  /// The findings in `text`, reported under `path`, in text order.
  func check(_ text: String, path: String) throws -> [StyleFinding] {
    let detected = detector.detect(text).language
    let language = detected == .undetermined ? nil : detected
    return try checker.check(text, path: path, language: language).filter { $0.severity >= minSeverity }
  }
}
