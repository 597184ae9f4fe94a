import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax batch plan`: what `batch run` would do, and why, without running anything.
struct BatchPlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Show which jobs would run and why (new, inputs changed, options changed, up to date).",
    discussion: "One line per job: id, run or skip, the reason, and the report's path under the root."
  )

  @OptionGroup var batch: BatchOptions
  @Flag(help: "Plan as if every job had changed.")
  var force = false
  @OptionGroup var verbosity: VerbosityOptions
  @OptionGroup var locale: LocaleOptions

  func run() throws {
    var clock = verbosity.clock("batch plan")
    let data = try locale.provider()
    let manifest = try batch.loadManifest(locales: data, quiet: verbosity.quiet)
    clock.lap("read the manifest and the locale data")
    let paths = BatchPaths(root: batch.root)
    // Planning reads the saved input hashes but never writes them: only a run under the lock does.
    var hashes = paths.loadFileHashes()
    let planned = PlannedJob.plan(
      manifest, state: paths.loadState(), paths: paths, date: batch.date,
      localeData: LocaleDataDigest.sha256(data), force: force, hashes: &hashes)
    clock.lap("planned \(counted(planned.count, "job")) (\(counted(hashes.filesRead, "input file")) hashed)")
    for item in planned {
      Terminal.shared.line("\(item.job.id)\t\(item.decision.runs ? "run" : "skip")\t\(item.decision.rawValue)\t\(item.output)")
    }
    Terminal.shared.flush()
  }
}
