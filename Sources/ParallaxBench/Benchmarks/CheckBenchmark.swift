import Foundation
import ParallaxCore
import ParallaxBenchSupport

/// `parallax check` end to end on two cores: spawns the release executable with
/// `--format line --jobs 2` over a folder of generated documents (written once per
/// --docs/--seed and kept in the work folder), output to /dev/null, and reports MB/s of input.
/// Reading the files, loading the registry (from its cache) and printing are all included.
struct CheckBenchmark: Benchmark {
  let name = "check"
  let summary = "spawn 'parallax check --format line --jobs 2 DIR' over --docs generated files"
  let floor: Floor? = .megabytesPerSecondAtLeast(30)

  func run(in context: BenchContext) throws(BenchError) -> BenchResult {
    let path = context.parallaxExecutable.path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw .spawn(path: path, reason: "no executable there")
    }
    let (folder, bytes) = try corpusFolder(context)
    var arguments = ["check", "--format", "line", "--jobs", "2"]
    if let locales = context.localesArgument { arguments += ["--locales", locales] }
    arguments.append(folder.path)
    // One warm-up run fills the page cache and the compiled name cache.
    _ = try checked(path, arguments)
    var best = Double.infinity
    let runs = min(context.runs, 3)
    for _ in 0..<runs { best = min(best, try checked(path, arguments)) }
    return BenchResult(
      name: name, bytes: bytes, parallaxSeconds: best, floor: floor,
      notes: [
        "\(context.docs) documents, \(bytes) bytes in \(folder.path); two cores, best of "
          + "\(runs) runs after a warm-up"
      ])
  }

  /// One run's wall time; findings (exit 1) are expected, anything else is a failure.
  private func checked(_ path: String, _ arguments: [String]) throws(BenchError) -> Double {
    let (seconds, status) = try ProcessTimer.run(path, arguments)
    guard status == 0 || status == 1 else {
      throw .spawn(path: path, reason: "'\(arguments.joined(separator: " "))' exited with \(status)")
    }
    return seconds
  }

  /// The folder of `context.docs` documents from `context.seed`, written unless a complete one
  /// is there already (a marker file written last holds its size).
  private func corpusFolder(_ context: BenchContext) throws(BenchError) -> (URL, Int) {
    let folder = context.workDirectory.appendingPathComponent(
      "corpus-docs\(context.docs)-seed\(context.seed)")
    let marker = folder.appendingPathComponent("corpus.complete")
    if let data = FileManager.default.contents(atPath: marker.path),
      let bytes = Int(String(decoding: data, as: UTF8.self))
    {
      return (folder, bytes)
    }
    FileHandle.standardError.write(Data("  writing \(context.docs) documents to \(folder.path)…\n".utf8))
    do {
      try? FileManager.default.removeItem(at: folder)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      var generator = CorpusGenerator(seed: context.seed)
      var bytes = 0
      for _ in 0..<context.docs {
        let document = generator.nextDocument()
        let data = Data(document.text.utf8)
        try data.write(to: folder.appendingPathComponent(document.name))
        bytes += data.count
      }
      try Data(String(bytes).utf8).write(to: marker)
      return (folder, bytes)
    } catch {
      throw .cannotWrite(path: folder.path, reason: error.localizedDescription)
    }
  }
}
