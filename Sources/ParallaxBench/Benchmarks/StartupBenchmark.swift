import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Spawns the release `parallax transliterate --scheme uk-Latn-KMU2010` on a one-line input and
/// reports the median wall time: process start, locale data, rule compilation, one line.
/// Wall time runs from posix_spawn to waitpid.
struct StartupBenchmark: Benchmark {
  let name = "startup"
  let summary = "spawn 'parallax transliterate --scheme uk-Latn-KMU2010' on one line; median"
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
    let middle = median(ofSorted: times)
    var result = BenchResult(name: name, milliseconds: middle * 1000, floor: floor)
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
  ///
  /// Through `PipedProcess` (posix_spawn and waitpid directly).
  private func spawn(_ path: String, _ arguments: [String]) throws(BenchError) -> (String, Double) {
    let start = Stopwatch.now()
    let child = try PipedProcess.spawn(path, arguments)
    let bytes = Array(input.utf8)
    _ = bytes.withUnsafeBytes { write(child.input, $0.baseAddress, $0.count) }
    close(child.input)
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(child.output, $0.baseAddress, $0.count) }
      if count <= 0 { break }
      output.append(contentsOf: buffer[0..<count])
    }
    close(child.output)
    var status: Int32 = 0
    while waitpid(child.pid, &status, 0) == -1, errno == EINTR {}
    let seconds = Double(Stopwatch.now() - start) / 1e9
    // WIFEXITED and WEXITSTATUS, which Swift does not import.
    guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
      throw .spawn(path: path, reason: "exit status \(status)")
    }
    return (String(decoding: output, as: UTF8.self), seconds)
  }
}
