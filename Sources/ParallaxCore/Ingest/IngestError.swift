/// A problem in an input's content, located by file, line and column. The run goes on with
/// the other documents (and, in JSON Lines, with the other lines).
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file could not be read or decoded (missing, unreadable, invalid UTF-8).
  case input(InputError)
  /// YAML front matter that does not parse or is not a mapping.
  case frontMatter(path: String, line: Int, column: Int, problem: String)
  /// A JSON Lines line that is not a JSON object with a text.
  case jsonLine(path: String, line: Int, column: Int, problem: String)
  /// An HTML page libxml2 could not make a tree of.
  case html(path: String, problem: String)
  /// A file with no text at all.
  case empty(path: String)

  public var path: String {
    switch self {
    case .input(let error): error.path
    case .frontMatter(let path, _, _, _), .jsonLine(let path, _, _, _), .html(let path, _), .empty(let path): path
    }
  }

  /// Whether the problem is in the data (exit 65) rather than the file system (exit 66).
  public var isDataError: Bool {
    switch self {
    case .input(let error): error.isDataError
    case .frontMatter, .jsonLine, .html, .empty: true
    }
  }

  /// Whether it is only worth a warning (the file is fine, there is just nothing in it).
  public var isWarning: Bool {
    if case .empty = self { return true }
    return false
  }

  /// The message, `path:line:column: error: …`, with the path escaped for one line.
  public var description: String {
    let shown = VisibleText.path(path)
    return switch self {
    case .input(let error):
      error.description
    case .frontMatter(_, let line, let column, let problem):
      "\(shown):\(line):\(column): error: malformed front matter: \(problem); fix the YAML between the '---' lines"
    case .jsonLine(_, let line, let column, let problem):
      "\(shown):\(line):\(column): error: bad JSON Lines record: \(problem); the other lines were read"
    case .html(_, let problem):
      "\(shown): error: cannot parse the HTML page: \(problem)"
    case .empty:
      "\(shown): warning: no text in this file; nothing to extract"
    }
  }
}
