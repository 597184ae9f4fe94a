import Foundation
import ParallaxCore

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the built `parallax` executable and finds the package's real `Locales/`.
enum CLI {
  /// The package root, found from this file's path.
  static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
      url.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }()

  static let locales = packageRoot.appendingPathComponent("Locales")

  /// The real locale data.
  static var data: DirectoryLocaleData { DirectoryLocaleData(root: locales, displayRoot: "Locales") }

  /// The folder of the example corpus (`Reports/examples/corpus`).
  static let exampleCorpus = packageRoot.appendingPathComponent("Reports/examples/corpus").path

  /// The comparison pipeline on the real locale data, reports in English, no style, no cache:
  /// what the library's users build first.
  static func comparisonPipeline() throws -> ComparisonPipeline {
    try ComparisonPipeline(try Pipeline(data: data, cacheDirectory: nil), style: nil, reportLocale: "en")
  }

  /// The `parallax` executable beside the test bundle (SwiftPM builds it because this target
  /// depends on it).
  static let executable: URL = {
    let bundle = URL(fileURLWithPath: Bundle.main.bundlePath)
    let candidates = [
      bundle.appendingPathComponent("parallax"),
      bundle.deletingLastPathComponent().appendingPathComponent("parallax"),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("parallax"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
  }()

  struct Result {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  /// Runs `parallax arguments…` with `input` on standard input.
  static func run(
    _ arguments: [String], input: Data = Data(), in folder: URL? = nil, environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    }
    let stdin = Pipe()
    let stdout = Pipe()
    // Standard error goes to a file, so reading standard output to its end cannot deadlock.
    let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-err-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorFile) }
    let stderr = try FileHandle(forWritingTo: errorFile)
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    let outData = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try stderr.close()
    let errData = (try? Data(contentsOf: errorFile)) ?? Data()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  static func run(_ arguments: [String], stdin text: String) throws -> Result {
    try run(arguments, input: Data(text.utf8))
  }

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A fixture file's URL.
  static func fixture(_ name: String) -> URL {
    packageRoot.appendingPathComponent("Tests/ParallaxCLITests/Fixtures").appendingPathComponent(name)
  }
}

extension CLI {
  /// Runs `parallax arguments…` with standard error on a pseudo-terminal, and standard output
  /// on it too (`stdoutOnTerminal`) or into a file; returns what the terminal got, what the
  /// file got, and the exit status.
  static func onTerminal(_ arguments: [String], stdoutOnTerminal: Bool = false) throws
    -> (terminal: String, stdout: String, status: Int32)
  {
    var master: Int32 = -1
    var terminal: Int32 = -1
    guard openpty(&master, &terminal, nil, nil, nil) == 0 else { throw CocoaError(.fileReadUnknown) }
    defer { close(master) }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("stdout")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    let handle = try FileHandle(forWritingTo: output)
    let onTerminal = FileHandle(fileDescriptor: terminal, closeOnDealloc: false)
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = stdoutOnTerminal ? onTerminal : handle
    process.standardError = onTerminal
    try process.run()
    // Only the child holds the terminal now: reading ends (EIO) when it exits.
    close(terminal)
    // Read while it runs: a terminal buffers only a few kilobytes.
    var received = Data()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(master, &buffer, buffer.count)
      if count <= 0 { break }
      received.append(contentsOf: buffer[0..<count])
    }
    process.waitUntilExit()
    try handle.close()
    return (
      String(decoding: received, as: UTF8.self), (try? String(contentsOf: output, encoding: .utf8)) ?? "",
      process.terminationStatus
    )
  }
}
