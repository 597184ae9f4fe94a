import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxICU

/// `parallax-bench run [--only NAME…] [--mb 1|10|100] [--json] [--no-fail]`.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run the benchmarks on one thread and print a table (or JSON).",
    discussion: """
      Each throughput figure is the best of --runs timed runs after one warm-up, wall clock, \
      one thread, on a corpus of --mb × 10^6 bytes generated from --seed. Exits 1 when a floor \
      fails or an output check fails (--no-fail: floors only report).
      """
  )

  @Option(
    name: .long, parsing: .upToNextOption,
    help: ArgumentHelp("Only these benchmarks (see 'parallax-bench list').", valueName: "name"))
  var only: [String] = []

  @Option(help: "Corpus size in MB (10^6 bytes): 1, 10 or 100.")
  var mb: Int = 10

  @Option(help: "The corpus generator seed.")
  var seed: UInt64 = 42

  @Option(help: "Documents in the folder 'check' reads (100000 for the published figure).")
  var docs: Int = 100_000

  @Option(
    help: ArgumentHelp(
      "Where generated corpus folders and the name cache are kept (default: a parallax-bench "
        + "folder in the temporary directory).", valueName: "dir"))
  var workDir: String?

  @Option(help: "Timed runs per measurement; the best is kept.")
  var runs: Int = 5

  @Option(help: "Runs of the startup benchmark; the median is kept.")
  var startupRuns: Int = 20

  @Option(
    help: ArgumentHelp(
      "The locale data folder (default: Locales/ of the package).", valueName: "dir"))
  var locales: String?

  @Option(
    help: ArgumentHelp(
      "The parallax executable for 'startup' (default: beside this one).", valueName: "path"))
  var parallax: String?

  @Flag(help: "Print JSON instead of the table.")
  var json = false

  @Flag(help: "Report floors without failing the exit status.")
  var noFail = false

  func validate() throws {
    guard mb > 0 else { throw ValidationError("--mb must be positive (1, 10 or 100)") }
    guard runs >= 1, startupRuns >= 1 else { throw ValidationError("runs must be at least 1") }
    guard docs >= 1 else { throw ValidationError("--docs must be at least 1") }
  }

  func run() throws {
    do {
      try measure()
    } catch let error as BenchError {
      FileHandle.standardError.write(Data("parallax-bench: error: \(error)\n".utf8))
      throw ExitCode(error.exitCode)
    }
  }

  private func measure() throws {
    let benchmarks = try BenchmarkRegistry.select(only)
    #if DEBUG
      progress("warning: this is a debug build; build with -c release for meaningful figures")
    #endif
    let context = BenchContext(
      megabytes: mb, seed: seed, docs: docs,
      workDirectory: workDir.map { URL(fileURLWithPath: $0) }
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("parallax-bench"),
      runs: runs, startupRuns: startupRuns,
      localeData: try localeData(), parallaxExecutable: parallaxExecutable(),
      localesArgument: locales)
    var results: [BenchResult] = []
    for benchmark in benchmarks {
      progress("running \(benchmark.name)…")
      let result = try benchmark.run(in: context)
      progress(ResultReport.line(result))
      results.append(result)
    }
    let corpus = context.builtCorpus
    let report = ResultReport(
      megabytes: mb, seed: seed, runs: runs, icuVersion: ICUVersion.current,
      corpusBytes: corpus?.byteCount ?? 0, paragraphs: corpus?.paragraphs.count ?? 0,
      distinctTokens: corpus?.distinctTokenCount() ?? 0, results: results)
    print(json ? report.json() : report.table(), terminator: "")
    let failed = results.filter { !$0.verified || (!noFail && !$0.passed) }
    if !failed.isEmpty {
      progress("failed: \(failed.map(\.name).joined(separator: ", "))")
      throw ExitCode(1)
    }
  }

  private func progress(_ text: String) {
    FileHandle.standardError.write(Data("\(text)\n".utf8))
  }

  /// `--locales`, else `PARALLAX_LOCALES`, else `Locales/` in the package root above the
  /// executable, else in the current folder.
  private func localeData() throws(BenchError) -> DirectoryLocaleData {
    var candidates: [URL] = []
    if let locales { candidates.append(URL(fileURLWithPath: locales)) }
    if let variable = ProcessInfo.processInfo.environment["PARALLAX_LOCALES"] {
      candidates.append(URL(fileURLWithPath: variable))
    }
    var folder = executableFolder()
    for _ in 0..<6 {
      folder = folder.deletingLastPathComponent()
      let manifest = folder.appendingPathComponent("Package.swift")
      if FileManager.default.fileExists(atPath: manifest.path) {
        candidates.append(folder.appendingPathComponent("Locales"))
        break
      }
    }
    candidates.append(
      URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        .appendingPathComponent("Locales"))
    for candidate in candidates {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        return DirectoryLocaleData(root: candidate)
      }
      if candidate.path == locales { break }
    }
    throw .localesNotFound(searched: candidates.map(\.path))
  }

  private func parallaxExecutable() -> URL {
    if let parallax { return URL(fileURLWithPath: parallax) }
    return executableFolder().appendingPathComponent("parallax")
  }

  private func executableFolder() -> URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
  }
}

extension BenchError {
  /// The exit status for this error (CLI.md: 64 usage, 65 data, 66 no input, 73 cannot create).
  var exitCode: Int32 {
    switch self {
    case .unknownBenchmark: 64
    case .localeData, .notMemoized: 65
    case .localesNotFound, .spawn: 66
    case .cannotWrite: 73
    case .icu, .anchor: 70
    }
  }
}
