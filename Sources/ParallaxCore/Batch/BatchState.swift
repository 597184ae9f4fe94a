/// What the last runs left for the next one: each job's fingerprint, stored as
/// `{root}/.parallax-batch-state.json` (`parallax.batch-state/1`).
public struct BatchState: Sendable, Hashable, Codable {
  /// A job's last successful run.
  public struct Job: Sendable, Hashable, Codable {
    public var fingerprint: BatchFingerprint
    /// The report's index under the output root; empty when the run wrote none (no document
    /// was left to compare).
    public var output: String
    public init(fingerprint: BatchFingerprint, output: String) {
      self.fingerprint = fingerprint
      self.output = output
    }
  }

  public static let schemaName = "parallax.batch-state/1"
  public var schema: String = BatchState.schemaName
  /// The jobs by id.
  public var jobs: [String: Job] = [:]
  /// The last run's record, relative to the output root (`runs/2025-03-12T02-30-00.412Z.json`;
  /// `2025-03-12/run.json` from a Parallax before run records had a folder of their own).
  public var lastRun: String?

  public init() {}
}
