/// The record of one batch run (`parallax.batch-run/2`): `{root}/runs/<started>.json`, one file
/// per run that is never overwritten, and a copy of the latest run of a date at
/// `{root}/{date}/run.json`.
///
/// `/2` differs from `/1` in one key: a job's `output` is `null` when the job has no report of
/// its own (it failed, or no document was left), where `/1` always named a path, even one that
/// did not exist. A script that opened `output` unchecked would now meet a null, so the major
/// changed (CLI.md: a change to a format is a schema bump). Records of both majors are read.
public struct BatchRunRecord: Sendable, Hashable, Codable {
  /// What happened to one job.
  public struct Job: Sendable, Hashable, Codable {
    /// `ran`, `skipped` or `failed`.
    public enum Outcome: String, Sendable, Hashable, Codable {
      case ran, skipped, failed
    }

    public var id: String
    public var outcome: Outcome
    /// Why it ran or was skipped (`new`, `inputs changed`, `up to date`, …).
    public var reason: String
    /// The job's report index under the output root (`2025-03-12/energy.zaes/index.md`), or,
    /// for a skipped job, the one it keeps; nil when the job has no report: it failed (its
    /// previous report, if any, is left as it was but is not this run's), or no document was
    /// left to compare. Never a path to a file that does not exist.
    public var output: String?
    /// Wall time in seconds.
    public var seconds: Double
    /// Input files found.
    public var files: Int
    /// Documents compared (after the window); 0 when skipped.
    public var documents: Int
    /// Events reported; 0 when skipped.
    public var events: Int
    /// What went wrong, one message each (also warnings of a job that ran).
    public var errors: [String]
    /// Documents compared per source group, for a job that names groups and ran (a document
    /// can count in several groups); absent otherwise.
    public var sources: [String: Int]?

    enum CodingKeys: String, CodingKey {
      case id, outcome, reason, output, seconds, files, documents, events, errors, sources
    }

    /// Every key, `output` as `null` when the job has no report (`sources` only for a job that
    /// names source groups, as in `/1`).
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(outcome, forKey: .outcome)
      try container.encode(reason, forKey: .reason)
      try container.encode(output, forKey: .output)
      try container.encode(seconds, forKey: .seconds)
      try container.encode(files, forKey: .files)
      try container.encode(documents, forKey: .documents)
      try container.encode(events, forKey: .events)
      try container.encode(errors, forKey: .errors)
      try container.encodeIfPresent(sources, forKey: .sources)
    }

    public init(
      id: String, outcome: Outcome, reason: String, output: String?, seconds: Double, files: Int,
      documents: Int, events: Int, errors: [String], sources: [String: Int]? = nil
    ) {
      self.id = id
      self.outcome = outcome
      self.reason = reason
      self.output = output
      self.seconds = seconds
      self.files = files
      self.documents = documents
      self.events = events
      self.errors = errors
      self.sources = sources
    }
  }

  /// Jobs per outcome.
  public struct Counts: Sendable, Hashable, Codable {
    public var ran = 0
    public var skipped = 0
    public var failed = 0
    public init() {}
  }

  public static let schemaName = "parallax.batch-run/2"
  /// The majors a reader accepts: this one and the previous (whose `output` is always a
  /// string, empty or naming a missing file for a job without a report).
  public static let readableSchemas = ["parallax.batch-run/1", schemaName]
  public var schema: String = BatchRunRecord.schemaName
  public var manifest: String
  public var asOf: CalendarDate
  public var parallaxVersion: String
  /// When the run started and finished, ISO 8601 in UTC.
  public var started: String
  public var finished: String
  public var seconds: Double
  /// `ok` when no job failed, else `failed`.
  public var status: String
  public var counts: Counts
  public var jobs: [Job]

  public init(
    manifest: String, asOf: CalendarDate, parallaxVersion: String, started: String, finished: String,
    seconds: Double, jobs: [Job]
  ) {
    self.manifest = manifest
    self.asOf = asOf
    self.parallaxVersion = parallaxVersion
    self.started = started
    self.finished = finished
    self.seconds = seconds
    self.jobs = jobs
    var counts = Counts()
    for job in jobs {
      switch job.outcome {
      case .ran: counts.ran += 1
      case .skipped: counts.skipped += 1
      case .failed: counts.failed += 1
      }
    }
    self.counts = counts
    self.status = counts.failed == 0 ? "ok" : "failed"
  }
}
