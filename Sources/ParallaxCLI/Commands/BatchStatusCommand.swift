import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax batch status`: the last run's jobs and outcomes.
struct BatchStatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Show the last batch run under the root: its date, and each job's outcome.",
    discussion: "A summary line, then one line per job: id, outcome, reason, report path, seconds, and its first error."
  )

  @Option(help: "The output root of the batch.")
  var root: String = "Reports"

  func run() throws {
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
    Terminal.shared.line(
      "\(file): \(record.status), as of \(record.asOf), finished \(record.finished): "
        + "\(record.counts.ran) ran, \(record.counts.skipped) skipped, \(record.counts.failed) failed")
    for job in record.jobs {
      let seconds = String(format: "%.2f", job.seconds)
      Terminal.shared.line(
        "\(job.id)\t\(job.outcome.rawValue)\t\(job.reason)\t\(job.output)\t\(seconds)s\t\(job.errors.first ?? "")")
    }
    Terminal.shared.flush()
  }
}
