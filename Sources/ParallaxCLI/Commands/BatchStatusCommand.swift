import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax batch status`: the last run's jobs and outcomes.
struct BatchStatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Show the last batch run under the root: its date, and each job's outcome.",
    discussion: """
      Text: a summary line, then one line per job: id, outcome, reason, report (its index.md; \
      '-' when the job has none), seconds, and its first error. --format json prints \
      parallax.batch-status/1: the record's path and the run record's fields, keys in a fixed \
      order. Exit codes: 0 the last run had no failed job, 1 it had one, 65 its record is \
      unreadable, 66 no run is recorded or its record is missing.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Option(help: "The output root of the batch.")
  var root: String = "Reports"

  @Option(help: "text or json.")
  var format: Format = .text

  @OptionGroup var verbosity: VerbosityOptions

  func run() throws {
    var clock = verbosity.clock("batch status")
    let paths = BatchPaths(root: root)
    guard let relative = paths.loadState().lastRun else {
      Terminal.shared.diagnostic("\(root): error: no batch run recorded under this root")
      throw ExitCodes.noInput
    }
    let file = paths.path(relative)
    guard let data = FileManager.default.contents(atPath: file) else {
      Terminal.shared.diagnostic("\(file): error: the last run's record is missing")
      throw ExitCodes.noInput
    }
    let record: BatchRunRecord
    do {
      record = try JSONDecoder().decode(BatchRunRecord.self, from: data)
    } catch {
      Terminal.shared.diagnostic("\(file): error: unreadable run record: \(error.localizedDescription)")
      throw ExitCodes.dataError
    }
    guard BatchRunRecord.readableSchemas.contains(record.schema) else {
      Terminal.shared.diagnostic(
        "\(file): error: unsupported run record schema '\(record.schema)'; this parallax reads "
          + BatchRunRecord.readableSchemas.joined(separator: " and ") + " (a newer parallax wrote it?)")
      throw ExitCodes.dataError
    }
    clock.lap("read \(VisibleText.path(file))")
    switch format {
    case .text: Self.printText(record, file: file)
    case .json: Terminal.shared.write(Self.json(record, file: file).rendered() + "\n")
    }
    Terminal.shared.flush()
    if record.counts.failed > 0 { throw ExitCodes.findings }
  }

  private static func printText(_ record: BatchRunRecord, file: String) {
    Terminal.shared.line(
      "\(file): \(record.status), as of \(record.asOf), finished \(record.finished): "
        + "\(record.counts.ran) ran, \(record.counts.skipped) skipped, \(record.counts.failed) failed")
    for job in record.jobs {
      let seconds = String(format: "%.2f", job.seconds)
      // An old record names "" for a job without a report; both show as "-".
      let output = Self.report(of: job) ?? "-"
      Terminal.shared.line(
        "\(job.id)\t\(job.outcome.rawValue)\t\(job.reason)\t\(output)\t\(seconds)s\t\(job.errors.first ?? "")")
    }
  }

  /// The job's report, nil when it has none: a failed job never has one, whatever a
  /// `parallax.batch-run/1` record named, and "" in such a record means none too.
  static func report(of job: BatchRunRecord.Job) -> String? {
    guard job.outcome != .failed, let output = job.output, !output.isEmpty else { return nil }
    return output
  }

  /// `parallax.batch-status/1`: `schema record status asOf manifest parallaxVersion started
  /// finished seconds counts{ran skipped failed} jobs[{id outcome reason output seconds files
  /// documents events sources errors}]`, in that order; `output` is null for a job without a
  /// report, `sources` null for a job that names no source groups.
  static func json(_ record: BatchRunRecord, file: String) -> JSONValue {
    let jobs = record.jobs.map { job -> JSONValue in
      let sources: JSONValue = job.sources.map { counts in
        .object(counts.keys.sorted().map { ($0, .int(counts[$0] ?? 0)) })
      } ?? .null
      return .object([
        ("id", .string(job.id)), ("outcome", .string(job.outcome.rawValue)), ("reason", .string(job.reason)),
        ("output", .optional(Self.report(of: job))), ("seconds", .number(job.seconds)),
        ("files", .int(job.files)), ("documents", .int(job.documents)), ("events", .int(job.events)),
        ("sources", sources), ("errors", .array(job.errors.map(JSONValue.string))),
      ])
    }
    return .object([
      ("schema", .string("parallax.batch-status/1")), ("record", .string(file)), ("status", .string(record.status)),
      ("asOf", .string(record.asOf.description)), ("manifest", .string(record.manifest)),
      ("parallaxVersion", .string(record.parallaxVersion)), ("started", .string(record.started)),
      ("finished", .string(record.finished)), ("seconds", .number(record.seconds)),
      ("counts", .object([
        ("ran", .int(record.counts.ran)), ("skipped", .int(record.counts.skipped)), ("failed", .int(record.counts.failed)),
      ])),
      ("jobs", .array(jobs)),
    ])
  }
}
