/// Why statements could not be extracted from a document.
public enum StatementError: Error, Sendable, Equatable, CustomStringConvertible {
  /// ICU failed to open or run its sentence rules.
  case segmentation(path: String, problem: String)

  public var description: String {
    switch self {
    case .segmentation(let path, let problem):
      "\(path): error: cannot split the text into sentences: \(problem); check the ICU installation"
    }
  }
}
