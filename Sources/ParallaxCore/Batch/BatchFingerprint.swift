import Foundation

/// What a job's report depends on, hashed: a job whose fingerprint equals the last run's is
/// skipped.
public struct BatchFingerprint: Sendable, Hashable, Codable {
  /// FNV-1a over every input file's path and the FNV-1a of its bytes, in order.
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

  /// The fingerprint of `job` over `files` for a run dated `date`, reading every file;
  /// unreadable files hash as their absence, so that they change the fingerprint when they
  /// become readable.
  public static func of(
    _ job: BatchJob, files: [String], localeData: String, date: CalendarDate, version: String
  ) -> BatchFingerprint {
    var hashes = BatchFileHashes()
    return of(job, files: files, hashes: &hashes, localeData: localeData, date: date, version: version)
  }

  /// The fingerprint of `job` over `files`, taking each file's content hash from `hashes`
  /// (which reads only the files whose metadata changed since it was saved).
  public static func of(
    _ job: BatchJob, files: [String], hashes: inout BatchFileHashes, localeData: String, date: CalendarDate,
    version: String
  ) -> BatchFingerprint {
    var inputs = StableHash()
    for file in files {
      inputs.combine(file)
      if let hash = hashes.hash(of: file) {
        inputs.combine(hash)
      } else {
        inputs.combine([0xFD])
      }
    }
    var options = StableHash()
    for line in job.optionLines(date: date) { options.combine(line) }
    return BatchFingerprint(inputs: inputs.hex, localeData: localeData, options: options.hex, version: version)
  }
}
