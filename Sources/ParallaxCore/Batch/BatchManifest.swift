import Foundation

/// A `parallax.batch/1` manifest: the jobs of a scheduled batch.
///
/// ```yaml
/// schema: parallax.batch/1
/// sourceGroups:
///   russian-state: [TASS, RIA Novosti]
///   ukrainian: [Ukrinform]
/// jobs:
///   - id: ukraine.nightly
///     inputs: [feeds/tass, "feeds/ria/*.jsonl", extra/statement.md]
///     sources: [russian-state, ukrainian]
///     window: 7d
///     grouping: events
///     output: "{date}/{job}.md"
/// ```
public struct BatchManifest: Sendable, Hashable {
  /// The schema this build reads.
  public static let kind = "parallax.batch"
  /// The path shown in messages.
  public var path: String
  /// The jobs, in manifest order.
  public var jobs: [BatchJob]
  /// The source groups the manifest defines, by name.
  public var sourceGroups: [BatchSourceGroup]
  /// What is worth saying but stops nothing, found at load time: an input glob that matches
  /// no file today. Print them before the jobs run.
  public var warnings: [BatchError] = []

  public init(path: String, jobs: [BatchJob], sourceGroups: [BatchSourceGroup] = []) {
    self.path = path
    self.jobs = jobs
    self.sourceGroups = sourceGroups
  }

  /// The keys a manifest may use; any other is reported with its position.
  public static let keys: KeySchema = .mapping(
    [
      "schema": .any,
      "sourceGroups": .dictionary(value: .any),
      "jobs": .sequence(
        .mapping(
          [
            "id": .any, "inputs": .any, "window": .any, "grouping": .any, "style": .any,
            "reportLocale": .any, "charts": .any, "evidence": .any, "output": .any, "sources": .any,
            "thresholds": .mapping(["event": .any, "suggest": .any, "confident": .any]),
          ], required: ["id", "inputs"])),
    ], required: ["schema", "jobs"])
}
