/// A problem in a dataset being imported into the name registry: a line that does not have the
/// published layout, or a file that cannot be read. Bad lines are reported and the other lines
/// still imported.
public enum NameImportError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A line (counted from 1) that is not a record of the format.
  case badLine(file: String, line: Int, problem: String)
  /// A file that cannot be opened or read.
  case unreadable(file: String, reason: String)
  /// A file that is none of the files the format reads.
  case unknownFile(file: String, problem: String)

  /// Whether the problem is in the data (exit 65) rather than the file system (exit 66).
  public var isDataError: Bool {
    if case .unreadable = self { return false }
    return true
  }

  public var description: String {
    switch self {
    case .badLine(let file, let line, let problem):
      "\(file):\(line): error: skipped a bad line: \(problem)"
    case .unreadable(let file, let reason):
      "\(file): error: cannot read: \(reason)"
    case .unknownFile(let file, let problem):
      "\(file):1: error: \(problem)"
    }
  }
}
