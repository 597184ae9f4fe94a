/// What can stop `parallax-bench realpages`.
enum RealPagesError: Error, Sendable, Equatable, CustomStringConvertible {
  case cannotRead(path: String, reason: String)
  case labels(path: String, line: Int, problem: String)
  case badLabel(path: String, article: String, problem: String)
  case parallaxFailed(command: String, status: Int32, message: String)
  case spawn(path: String, reason: String)
  case badOutput(command: String, reason: String)
  case cannotWrite(path: String, reason: String)

  var description: String {
    switch self {
    case .cannotRead(let path, let reason):
      "cannot read \(path): \(reason)"
    case .labels(let path, let line, let problem):
      "\(path):\(line): \(problem); fix the labels file"
    case .badLabel(let path, let article, let problem):
      "\(path): article '\(article)': \(problem)"
    case .parallaxFailed(let command, let status, let message):
      "'\(command)' exited with status \(status): \(message)"
    case .spawn(let path, let reason):
      "cannot run \(path): \(reason); build parallax (swift build -c release) or pass --parallax PATH"
    case .badOutput(let command, let reason):
      "cannot read the JSON of '\(command)': \(reason); does --parallax name a current build?"
    case .cannotWrite(let path, let reason):
      "cannot write \(path): \(reason)"
    }
  }
}
