import Foundation
import ParallaxCore

/// Checks one text as `parallax check` checks a file: the name setup and compiled style loaded
/// once, the copy's language detected from its opening, then the style checker's findings at
/// or above the minimum severity. Not thread-safe (it owns a `StyleChecker`); the server uses
/// it from one thread.
final class DocumentChecker {
  let style: HouseStyle
  let minSeverity: Severity
  private let pipeline: CheckPipeline
  private let checker: StyleChecker

  /// Loads the style and the rest of `check`'s data from `data`, over names already loaded.
  /// - Throws: `LocaleDataError` for bad or missing data, or an ICU error opening the checker.
  init(data: any LocaleDataProvider, setup: NameSetup, style styleID: String?, minSeverity: Severity) throws {
    pipeline = try CheckPipeline(data: data, names: setup, style: styleID)
    checker = try pipeline.makeChecker()
    style = pipeline.style.style
    self.minSeverity = minSeverity
  }

  /// The findings in `text`, reported under `path`, in text order.
  func check(_ text: String, path: String) throws -> [StyleFinding] {
    try pipeline.check(text, path: path, with: checker).filter { $0.severity >= minSeverity }
  }
}
