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
  /// Everything the children holding the other end of the pseudo-terminal `master` write to it,
  /// read while they run (a terminal buffers only a few kilobytes) until the last one closes it.
  static func readTerminal(_ master: Int32) -> Data {
    var received = Data()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(master, &buffer, buffer.count)
      if count <= 0 { break }
      received.append(contentsOf: buffer[0..<count])
    }
    return received
  }
}
