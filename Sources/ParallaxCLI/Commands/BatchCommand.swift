import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax batch`: scheduled report batches from a `parallax.batch/1` manifest.
struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Run the report jobs of a parallax.batch/1 manifest, skipping what has not changed.",
    subcommands: [BatchPlanCommand.self, BatchRunCommand.self, BatchStatusCommand.self]
  )
}

/// The options `batch plan` and `batch run` share.
struct BatchOptions: ParsableArguments {
  @Argument(help: "The parallax.batch/1 manifest (YAML).")
  var manifest: String

  @Option(name: .customLong("as-of"), help: "The run date, YYYY-MM-DD (default: today, UTC): {date} in outputs and the end of each window.")
  var asOf: String?

  @Option(help: "The output root: reports, run records, state and lock go under it.")
  var root: String = "Reports"

  func validate() throws {
    if let asOf, CalendarDate(asOf) == nil { throw ValidationError("--as-of is a date, YYYY-MM-DD") }
  }

  /// The run date: --as-of or today in UTC.
  var date: CalendarDate {
    if let asOf, let date = CalendarDate(asOf) { return date }
    return CalendarDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
  }

  /// The manifest, or exit 65 after printing every problem in it.
  /// With `locales`, each job's `style` and `reportLocale` are checked against them (a bad one
  /// is reported at its line and column before any job starts); globs that match nothing are
  /// warned about, unless `quiet`.
  func loadManifest(locales: (any LocaleDataProvider)? = nil, quiet: Bool = false) throws -> BatchManifest {
    guard let bytes = FileManager.default.contents(atPath: manifest) else {
      Terminal.shared.diagnostic("\(VisibleText.path(manifest)): error: cannot read the manifest")
      throw FileManager.default.fileExists(atPath: manifest) ? ExitCodes.dataError : ExitCodes.noInput
    }
    let folder = (manifest as NSString).deletingLastPathComponent
    switch BatchManifestLoader().load(data: bytes, path: manifest, folder: folder.isEmpty ? "." : folder, locales: locales) {
    case .success(let manifest):
      if !quiet { for warning in manifest.warnings { Terminal.shared.diagnostic(warning.description) } }
      return manifest
    case .failure(let errors):
      let problems = errors.problems
      for problem in problems { Terminal.shared.diagnostic(problem.description) }
      Terminal.shared.diagnostic("\(VisibleText.path(manifest)): error: \(problems.count) problem(s); no job was started")
      throw ExitCodes.dataError
    }
  }
}

/// Where a batch keeps its files under the output root.
struct BatchPaths: Sendable {
  let root: String

  var lock: String { path(".parallax-batch.lock") }
  var state: String { path(".parallax-batch-state.json") }
  /// The input files' content hashes with their metadata (see `BatchFileHashes`).
  var fileHashes: String { path(".parallax-batch-files.tsv") }

  func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

  /// The saved state; an unreadable or foreign file counts as none (every job reruns), with a
  /// warning.
  func loadState() -> BatchState {
    guard let data = FileManager.default.contents(atPath: state) else { return BatchState() }
    guard let decoded = try? JSONDecoder().decode(BatchState.self, from: data), decoded.schema == BatchState.schemaName else {
      Terminal.shared.diagnostic("\(state): warning: unreadable batch state; every job runs again")
      return BatchState()
    }
    return decoded
  }

  /// The input hashes the last run saved; none when the file is missing or unreadable (every
  /// input is then read).
  func loadFileHashes() -> BatchFileHashes {
    guard let data = FileManager.default.contents(atPath: fileHashes) else { return BatchFileHashes() }
    return BatchFileHashes(text: String(decoding: data, as: UTF8.self))
  }

  /// Encodes `value` as pretty JSON with sorted keys and a final newline.
  static func json(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }
}

/// One job of a plan: its files, fingerprint and decision.
struct PlannedJob: Sendable {
  let job: BatchJob
  let files: [String]
  let problems: [InputError]
  let fingerprint: BatchFingerprint
  let decision: BatchDecision
  /// The job's report index under the output root (`{folder}/index.md`).
  let output: String
  /// The job's report folder under the output root.
  let folder: String

  /// Plans every job of `manifest` against `state`, taking input hashes from `hashes` (which
  /// reads only the files whose metadata changed, and keeps what it read for the next run).
  static func plan(
    _ manifest: BatchManifest, state: BatchState, paths: BatchPaths, date: CalendarDate, localeData: String, force: Bool,
    hashes: inout BatchFileHashes
  ) -> [PlannedJob] {
    manifest.jobs.map { job in
      let (files, problems) = BatchInputs.expand(job.resolvedInputs)
      let fingerprint = BatchFingerprint.of(
        job, files: files, hashes: &hashes, localeData: localeData, date: date, version: ParallaxVersion.string)
      let output = job.indexPath(date: date)
      let last = state.jobs[job.id]
      let exists = last.map { $0.output.isEmpty || FileManager.default.fileExists(atPath: paths.path($0.output)) } ?? false
      let decision = BatchDecision.decide(now: fingerprint, last: last?.fingerprint, outputExists: exists, force: force)
      return PlannedJob(job: job, files: files, problems: problems, fingerprint: fingerprint, decision: decision, output: output,
        folder: job.folderPath(date: date))
    }
  }
}
