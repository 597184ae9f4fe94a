/// The record of one batch run (`parallax.batch-run/1`): `{root}/runs/<started>.json`, one file
/// per run that is never overwritten, and a copy of the latest run of a date at
/// `{root}/{date}/run.json`.
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

  public static let schemaName = "parallax.batch-run/1"
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
