import Foundation
import Testing

/// `.ci/install`: the place step puts the built binary and `Locales/` into a prefix, and the
/// installed tool then runs from `PATH` in an unrelated folder with an empty environment, as
/// cron runs it. The release build step is left out (too slow for the test suite); the test
/// installs the binary the tests already built.
@Suite(.serialized) struct InstallTests {
  /// A temporary prefix with the test build installed into it by the script's place step.
  struct Installed {
    let folder: URL
    var prefix: URL { folder.appendingPathComponent("prefix") }
    var work: URL { folder.appendingPathComponent("work") }

    init() throws {
      folder = try CLI.temporaryFolder()
      try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
      let placed = try InstallTests.run(
        "/bin/bash", [CLI.packageRoot.appendingPathComponent(".ci/install").path, "place"],
        environment: ["PATH": "/usr/bin:/bin", "PREFIX": prefix.path, "PARALLAX_BIN": CLI.executable.path],
        in: folder)
      #expect(placed.status == 0, "\(placed.stderr)")
    }

    /// Runs `parallax arguments…` found through `PATH=prefix/bin` under `env -i`, in `work`.
    func parallax(_ arguments: [String], path: URL? = nil) throws -> CLI.Result {
      try InstallTests.run(
        "/usr/bin/env", ["-i", "PATH=\((path ?? prefix).appendingPathComponent("bin").path)", "parallax"] + arguments,
        environment: nil, in: work)
    }
  }

  /// Runs `executable` with exactly `environment` (inherited when nil), output to files.
  static func run(_ executable: String, _ arguments: [String], environment: [String: String]?, in folder: URL)
    throws -> CLI.Result
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    if let environment { process.environment = environment }
    let out = folder.appendingPathComponent(".out-\(UUID().uuidString)")
    let err = folder.appendingPathComponent(".err-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: out)
      try? FileManager.default.removeItem(at: err)
    }
    let outHandle = try FileHandle(forWritingTo: out)
    let errHandle = try FileHandle(forWritingTo: err)
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = outHandle
    process.standardError = errHandle
    try process.run()
    process.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    return CLI.Result(
      status: process.terminationStatus,
      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
  }

  /// Copies the sample corpus into the work folder.
  static func copyCorpus(into work: URL) throws {
    try FileManager.default.copyItem(
      at: CLI.packageRoot.appendingPathComponent("Reports/examples/corpus"), to: work.appendingPathComponent("corpus"))
  }

  @Test("the place step lays out bin/parallax and share/parallax/Locales")
  func layout() throws {
    let installed = try Installed()
    defer { try? FileManager.default.removeItem(at: installed.folder) }
    let binary = installed.prefix.appendingPathComponent("bin/parallax").path
    #expect(FileManager.default.isExecutableFile(atPath: binary))
    let defaults = installed.prefix.appendingPathComponent("share/parallax/Locales/und/defaults.yaml").path
    #expect(FileManager.default.fileExists(atPath: defaults))
    // Placing again over an existing install replaces it and leaves no temporary files behind.
    let again = try Self.run(
      "/bin/bash", [CLI.packageRoot.appendingPathComponent(".ci/install").path, "place"],
      environment: ["PATH": "/usr/bin:/bin", "PREFIX": installed.prefix.path, "PARALLAX_BIN": CLI.executable.path],
      in: installed.folder)
    #expect(again.status == 0, "\(again.stderr)")
    let share = try FileManager.default.contentsOfDirectory(atPath: installed.prefix.appendingPathComponent("share/parallax").path)
    #expect(share == ["Locales"])
    let bin = try FileManager.default.contentsOfDirectory(atPath: installed.prefix.appendingPathComponent("bin").path)
    #expect(bin == ["parallax"])
  }

  @Test("check, compare and batch run work from PATH under env -i in another folder")
  func runsFromPath() throws {
    let installed = try Installed()
    defer { try? FileManager.default.removeItem(at: installed.folder) }
    try Self.copyCorpus(into: installed.work)

    let check = try installed.parallax(["check", "--format", "line", "corpus"])
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout.contains("corpus/tass-2025-03-12-lavrov-icrc.txt:17:93:warning:variant:"), "\(check.stdout)")
    let stdin = try installed.parallax(["check", "-"])
    #expect(stdin.status == 0, "\(stdin.stderr)")

    let compare = try installed.parallax(["compare", "corpus", "-o", "reports", "--as-of", "2025-03-13"])
    #expect(compare.status == 0, "\(compare.stderr)")
    let index = installed.work.appendingPathComponent("reports/index.md").path
    #expect(((try? String(contentsOfFile: index, encoding: .utf8)) ?? "").hasPrefix("#"), "no index.md: \(compare.stderr)")

    let manifest = "schema: parallax.batch/1\njobs:\n  - id: all\n    inputs: [corpus]\n"
    try Data(manifest.utf8).write(to: installed.work.appendingPathComponent("batch.yaml"))
    let batch = try installed.parallax(["batch", "run", "batch.yaml", "--as-of", "2025-03-13", "--root", "runs"])
    #expect(batch.status == 0, "\(batch.stderr)")
    let report = installed.work.appendingPathComponent("runs/2025-03-13/index.md").path
    #expect(FileManager.default.fileExists(atPath: report), "\(batch.stderr)")
  }

  @Test("a symlink to the installed binary on PATH finds the installed Locales/")
  func symlinkOnPath() throws {
    let installed = try Installed()
    defer { try? FileManager.default.removeItem(at: installed.folder) }
    let other = installed.folder.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: other.appendingPathComponent("bin"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: other.appendingPathComponent("bin/parallax"), withDestinationURL: installed.prefix.appendingPathComponent("bin/parallax"))
    try Data("Talks in Kiev.\n".utf8).write(to: installed.work.appendingPathComponent("copy.txt"))
    let result = try installed.parallax(["check", "--format", "line", "copy.txt"], path: other)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "copy.txt:1:10:warning:variant:use 'Kyiv' instead of 'Kiev' (legacy-exonym, AP-like English)\n")
  }

  @Test("a binary installed without its Locales/ says where it looked, naming the prefix")
  func missingLocales() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bin = folder.appendingPathComponent("bare/bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: CLI.executable, to: bin.appendingPathComponent("parallax"))
    let result = try Self.run(
      "/usr/bin/env", ["-i", "PATH=\(bin.path)", "parallax", "check", "-"], environment: nil, in: folder)
    #expect(result.status == 65)
    #expect(result.stderr.contains(folder.appendingPathComponent("bare/share/parallax/Locales").path), "\(result.stderr)")
  }
}
