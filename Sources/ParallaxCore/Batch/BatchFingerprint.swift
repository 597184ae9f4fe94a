import Foundation

/// What a job's report depends on, hashed: a job whose fingerprint equals the last run's is
/// skipped.
public struct BatchFingerprint: Sendable, Hashable, Codable {
  /// FNV-1a over every input file's path and bytes, in order.
  public var inputs: String
  /// The SHA-256 of the locale data.
  public var localeData: String
  /// FNV-1a over the job's option lines (including the as-of date and output path).
  public var options: String
  /// The Parallax version.
  public var version: String

  public init(inputs: String, localeData: String, options: String, version: String) {
    self.inputs = inputs
    self.localeData = localeData
    self.options = options
    self.version = version
  }

  /// The fingerprint of `job` over `files` for a run dated `date`; unreadable files hash as
  /// their absence, so that they change the fingerprint when they become readable.
  public static func of(
    _ job: BatchJob, files: [String], localeData: String, date: CalendarDate, version: String
  ) -> BatchFingerprint {
    var inputs = StableHash()
    for file in files {
      inputs.combine(file)
      if let bytes = FileManager.default.contents(atPath: file) {
        inputs.combine(bytes)
        inputs.combine([0xFE])
      } else {
        inputs.combine([0xFD])
      }
    }
    var options = StableHash()
    for line in job.optionLines(date: date) { options.combine(line) }
    return BatchFingerprint(inputs: inputs.hex, localeData: localeData, options: options.hex, version: version)
  }
}
