import Foundation
import ParallaxCore

/// Checks one text as `parallax check` checks a file: the name setup and compiled style loaded
/// once, the copy's language detected from its opening, then the style checker's findings at
/// or above the minimum severity, less the rules `.parallax.yaml` switches off; a file its
/// `ignore` globs name gets none. Not thread-safe (it owns a `StyleChecker`); the server uses
/// it from one thread.
final class DocumentChecker {
  let style: HouseStyle
  let minSeverity: Severity
  let config: ProjectConfig?
  private let pipeline: CheckPipeline
  private let checker: StyleChecker

  /// Loads the style and the rest of `check`'s data from `data`, over names already loaded.
  /// - Throws: `LocaleDataError` for bad or missing data, or an ICU error opening the checker.
  init(
    data: any LocaleDataProvider, setup: NameSetup, style styleID: String?, minSeverity: Severity, config: ProjectConfig? = nil
  ) throws {
    pipeline = try CheckPipeline(data: data, names: setup, style: styleID)
    checker = try pipeline.makeChecker()
    style = pipeline.style.style
    self.minSeverity = minSeverity
    self.config = config
  }

  /// The findings in `text`, reported under `path`, in text order.
  func check(_ text: String, path: String) throws -> [StyleFinding] {
    if config?.ignores(path) == true { return [] }
    return try pipeline.check(text, path: path, with: checker).filter {
      $0.severity >= minSeverity && config?.disables($0) != true
    }
  }
}
