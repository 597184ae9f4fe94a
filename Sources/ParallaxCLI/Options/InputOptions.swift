import ArgumentParser
import ParallaxCore

/// The inputs of a command: files, folders (read recursively) or `-` for standard input.
struct InputOptions: ParsableArguments {
  @Argument(help: ArgumentHelp("Files, folders or - for standard input (default: -).", valueName: "input"))
  var inputs: [String] = []

  /// The arguments, standard input when none are given.
  var arguments: [String] { inputs.isEmpty ? ["-"] : inputs }

  /// What a closing line calls `files` inputs read: "standard input", or "3 files".
  func described(files: Int) -> String {
    arguments == ["-"] ? "standard input" : counted(files, "file")
  }
}

/// Reads every input, calling `body` for each readable one; reports the others on standard
/// error and returns the exit code their problems call for (0 when all were read).
/// `progress` names the command for a progress line on a terminal (nil: none).
func forEachInput(
  _ options: InputOptions, progress command: String? = nil, quiet: Bool = false, _ body: (InputText) throws -> Void
) rethrows -> Int32 {
  let collector = InputCollector()
  let (files, problems) = collector.expand(options.arguments)
  let progress = command.map { ProgressLine(command: $0, total: files.count, quiet: quiet) }
  var reported = InputProblems(problems)
  for file in files {
    switch collector.read(file) {
    case .success(let input): try body(input)
    case .failure(let problem): reported.record(problem)
    }
    progress?.advance(path: file)
  }
  progress?.finish()
  Terminal.shared.flush()
  return reported.code
}

/// The inputs a run could not read, each reported on standard error as it is met, and the exit
/// code they call for: 0 when there were none, 66 for a missing or unreadable file, 65 once
/// any is malformed (a data error outranks a missing file: the user must fix the content).
struct InputProblems {
  var code: Int32 = 0

  /// The problems found while expanding the inputs, each reported.
  init(_ problems: [InputError] = []) { problems.forEach { record($0) } }

  mutating func record(_ problem: InputError) {
    Terminal.shared.diagnostic(problem.description)
    let failure = problem.isDataError ? ExitCodes.dataError.rawValue : ExitCodes.noInput.rawValue
    if code == 0 || failure == ExitCodes.dataError.rawValue { code = failure }
  }
}
