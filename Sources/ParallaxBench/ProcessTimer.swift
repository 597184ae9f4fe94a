import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a command with its output thrown away and times it from posix_spawn to waitpid:
/// Foundation's `Process.waitUntilExit` polls a run loop on Linux and would add to every figure.
enum ProcessTimer {
  /// The wall time in seconds and the exit status of `path arguments`, with standard input,
  /// output and error on /dev/null.
  static func run(_ path: String, _ arguments: [String]) throws(BenchError) -> (seconds: Double, status: Int32) {
    let measured = try measure(path, arguments)
    return (measured.seconds, measured.status)
  }

  /// `run`, with the process's peak resident memory in KiB (from `wait4`).
  static func measure(_ path: String, _ arguments: [String]) throws(BenchError) -> (seconds: Double, status: Int32, peakKiB: Int) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let start = Stopwatch.now()
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard spawned == 0 else {
      throw .spawn(path: path, reason: "posix_spawn failed with error \(spawned)")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1, errno == EINTR {}
    let seconds = Double(Stopwatch.now() - start) / 1e9
    // WIFEXITED and WEXITSTATUS, which Swift does not import.
    guard status & 0x7F == 0 else { throw .spawn(path: path, reason: "killed by signal \(status & 0x7F)") }
    return (seconds, (status >> 8) & 0xFF, Int(usage.ru_maxrss))
  }
}
