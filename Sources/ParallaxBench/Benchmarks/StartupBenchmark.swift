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
  /// posix_spawn and waitpid directly: Foundation's `Process.waitUntilExit` polls a run loop on
  /// Linux and would add tens of milliseconds to every figure.
  private func spawn(_ path: String, _ arguments: [String]) throws(BenchError) -> (String, Double) {
    var toChild: [Int32] = [-1, -1]
    var fromChild: [Int32] = [-1, -1]
    guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else {
      throw .spawn(path: path, reason: "cannot create pipes")
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    for fd in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, fd) }
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }

    let start = Stopwatch.now()
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    close(toChild[0])
    close(fromChild[1])
    guard spawned == 0 else {
      close(toChild[1])
      close(fromChild[0])
      throw .spawn(path: path, reason: "posix_spawn failed with error \(spawned)")
    }
    let bytes = Array(input.utf8)
    _ = bytes.withUnsafeBytes { write(toChild[1], $0.baseAddress, $0.count) }
    close(toChild[1])
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(fromChild[0], $0.baseAddress, $0.count) }
      if count <= 0 { break }
      output.append(contentsOf: buffer[0..<count])
    }
    close(fromChild[0])
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    let seconds = Double(Stopwatch.now() - start) / 1e9
    // WIFEXITED and WEXITSTATUS, which Swift does not import.
    guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
      throw .spawn(path: path, reason: "exit status \(status)")
    }
    return (String(decoding: output, as: UTF8.self), seconds)
  }
}
