import Foundation

/// Runs the `parallax` executable as a subprocess, so that the scorer depends only on its
/// command line and JSON schemas, never on ParallaxCore's internal API.
struct ParallaxRunner: Sendable {
  /// The path of the `parallax` executable.
  var executable: String
  /// A folder for the runner's temporary files.
  var scratch: URL

  /// The standard output of `parallax arguments`.
  /// - Throws: `RealPagesError.spawn` or `.parallaxFailed` (status 65 and 66 mean some input
  ///   was bad; the output is still complete for the rest, so they are accepted).
  func output(_ arguments: [String]) throws(RealPagesError) -> Data {
    let command = (["parallax"] + arguments).joined(separator: " ")
    let outURL = scratch.appendingPathComponent("stdout-\(UUID().uuidString)")
    let errURL = scratch.appendingPathComponent("stderr-\(UUID().uuidString)")
    defer {
      try? FileManager.default.removeItem(at: outURL)
      try? FileManager.default.removeItem(at: errURL)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    do {
      _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
      _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
      let out = try FileHandle(forWritingTo: outURL)
      let err = try FileHandle(forWritingTo: errURL)
      defer {
        try? out.close()
        try? err.close()
      }
      process.standardOutput = out
      process.standardError = err
      process.standardInput = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
    } catch {
      throw .spawn(path: executable, reason: "\(error)")
    }
    let status = process.terminationStatus
    let message = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
    guard status == 0 || status == 65 || status == 66 else {
      throw .parallaxFailed(
        command: command, status: status,
        message: message.split(separator: "\n").prefix(3).joined(separator: " / "))
    }
    do {
      return try Data(contentsOf: outURL)
    } catch {
      throw .badOutput(command: command, reason: "\(error)")
    }
  }

  /// Decodes the JSON output of `parallax arguments` as `T`.
  func json<T: Decodable>(_ type: T.Type, _ arguments: [String]) throws(RealPagesError) -> T {
    let data = try output(arguments)
    do {
      return try JSONDecoder().decode(T.self, from: data)
    } catch {
      throw .badOutput(
        command: (["parallax"] + arguments).joined(separator: " "), reason: "\(error)")
    }
  }

  /// Each line of `lines` passed through a line-in, line-out command such as
  /// `transliterate --scheme Any-Latin-ASCII` or `normalize --form key`.
  func mapLines(_ lines: [String], _ arguments: [String]) throws(RealPagesError) -> [String] {
    guard !lines.isEmpty else { return [] }
    let input = scratch.appendingPathComponent("lines-\(UUID().uuidString).txt")
    defer { try? FileManager.default.removeItem(at: input) }
    let text =
      lines.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n") + "\n"
    do {
      try text.write(to: input, atomically: true, encoding: .utf8)
    } catch {
      throw .cannotWrite(path: input.path, reason: "\(error)")
    }
    let data = try output(arguments + [input.path])
    var result = String(decoding: data, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map(String.init)
    if result.last == "" { result.removeLast() }
    guard result.count == lines.count else {
      throw .badOutput(
        command: (["parallax"] + arguments).joined(separator: " "),
        reason: "\(lines.count) lines in, \(result.count) out")
    }
    return result
  }
}
