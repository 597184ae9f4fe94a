/// Whether a job runs, and why.
public enum BatchDecision: String, Sendable, Hashable, Codable {
  /// Never ran before (or its state was lost).
  case new
  /// `--force` was given.
  case forced
  /// Its input files changed (added, removed or edited).
  case inputsChanged = "inputs changed"
  /// The locale data changed.
  case localeDataChanged = "locale data changed"
  /// Its options, as-of date or output path changed.
  case optionsChanged = "options changed"
  /// Parallax changed version.
  case versionChanged = "version changed"
  /// Its last report is no longer on disk.
  case outputMissing = "output missing"
  /// Nothing changed: skipped.
  case upToDate = "up to date"

  /// Whether the job runs.
  public var runs: Bool { self != .upToDate }

  /// The decision for a job with fingerprint `now` against the last run's `last`.
  public static func decide(now: BatchFingerprint, last: BatchFingerprint?, outputExists: Bool, force: Bool) -> BatchDecision {
    if force { return .forced }
    guard let last else { return .new }
    if last.inputs != now.inputs { return .inputsChanged }
    if last.options != now.options { return .optionsChanged }
    if last.localeData != now.localeData { return .localeDataChanged }
    if last.version != now.version { return .versionChanged }
    if !outputExists { return .outputMissing }
    return .upToDate
  }
}
