import Foundation

/// A `parallax.batch/1` manifest: the jobs of a scheduled batch.
///
/// ```yaml
/// schema: parallax.batch/1
/// jobs:
///   - id: ukraine.nightly
///     inputs: [feeds/tass, "feeds/ria/*.jsonl", extra/statement.md]
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

  public init(path: String, jobs: [BatchJob]) {
    self.path = path
    self.jobs = jobs
  }

  /// The keys a manifest may use; any other is reported with its position.
  public static let keys: KeySchema = .mapping(
    [
      "schema": .any,
      "jobs": .sequence(
        .mapping(
          [
            "id": .any, "inputs": .any, "window": .any, "grouping": .any, "style": .any,
            "reportLocale": .any, "charts": .any, "evidence": .any, "output": .any,
            "thresholds": .mapping(["event": .any, "suggest": .any, "confident": .any]),
          ], required: ["id", "inputs"])),
    ], required: ["schema", "jobs"])
}
