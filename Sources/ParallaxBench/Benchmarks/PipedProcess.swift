#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A child process started with posix_spawn, its standard input and output on pipes and its
/// standard error discarded: the benchmarks that time whole `parallax` processes use it rather
/// than Foundation's `Process`, whose `waitUntilExit` polls a run loop on Linux and would add
/// tens of milliseconds to every figure.
struct PipedProcess {
  let pid: pid_t
  /// The write end of the child's standard input.
  let input: Int32
  /// The read end of the child's standard output.
  let output: Int32

  /// Starts `path` with `arguments`.
  static func spawn(_ path: String, _ arguments: [String]) throws(BenchError) -> PipedProcess {
    var toChild: [Int32] = [-1, -1]
    var fromChild: [Int32] = [-1, -1]
    guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw .spawn(path: path, reason: "cannot create pipes") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    for fd in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, fd) }
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    close(toChild[0])
    close(fromChild[1])
    guard spawned == 0 else {
      close(toChild[1])
      close(fromChild[0])
      throw .spawn(path: path, reason: "posix_spawn failed with error \(spawned)")
    }
    return PipedProcess(pid: pid, input: toChild[1], output: fromChild[0])
  }
}
