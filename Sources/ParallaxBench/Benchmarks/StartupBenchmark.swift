import Foundation

/// Spawns the release `parallax transliterate --scheme uk-Latn-KMU2010` on a one-line input and
/// reports the median wall time: process start, locale data, rule compilation, one line.
struct StartupBenchmark: Benchmark {
  let name = "startup"
  let summary = "spawn 'parallax transliterate --scheme uk-Latn-KMU2010' on one line; median wall time"
  let floor: Floor? = .millisecondsBelow(100)
  let input = "Знам\u{2019}янка, Київ.\n"
  let expected = "Znamianka, Kyiv."

  func run(in context: BenchContext) throws(BenchError) -> BenchResult {
    let path = context.parallaxExecutable.path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw .spawn(path: path, reason: "no executable there")
    }
    var arguments = ["transliterate", "--scheme", "uk-Latn-KMU2010"]
    if let locales = context.localesArgument { arguments += ["--locales", locales] }
    // Two warm-up runs put the executable and ICU's data in the page cache.
    var output = ""
    for _ in 0..<2 { (output, _) = try spawn(path, arguments) }
    var times: [Double] = []
    for _ in 0..<max(1, context.startupRuns) { times.append(try spawn(path, arguments).1) }
    times.sort()
    let median =
      times.count % 2 == 1
      ? times[times.count / 2] : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
    var result = BenchResult(name: name, milliseconds: median * 1000, floor: floor)
    result.notes.append(
      "median of \(times.count) runs; min \(String(format1: (times.first ?? 0) * 1000)) ms, "
        + "max \(String(format1: (times.last ?? 0) * 1000)) ms")
    if output.trimmingCharacters(in: .newlines) != expected {
      result.verified = false
      result.notes.append("unexpected output '\(output)' (expected '\(expected)')")
    }
    return result
  }

  /// Runs the command once with `input` on stdin; returns its stdout and wall time in seconds.
  private func spawn(_ path: String, _ arguments: [String]) throws(BenchError) -> (String, Double) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    let start = Stopwatch.now()
    do {
      try process.run()
    } catch {
      throw .spawn(path: path, reason: "\(error)")
    }
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try? stdin.fileHandleForWriting.close()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let seconds = Double(Stopwatch.now() - start) / 1e9
    guard process.terminationStatus == 0 else {
      throw .spawn(path: path, reason: "exit status \(process.terminationStatus)")
    }
    return (String(decoding: data, as: UTF8.self), seconds)
  }
}
