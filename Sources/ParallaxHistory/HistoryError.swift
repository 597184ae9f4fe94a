/// A problem with the batch history store. Each message names the store's file and says what
/// to do; the store is never deleted or replaced to get past a problem.
public enum HistoryError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file cannot be opened or created.
  case cannotOpen(path: String, reason: String)
  /// The file is not an SQLite database (or not one Parallax can read).
  case notAStore(path: String, reason: String)
  /// The store has migrations this version of Parallax does not know: a newer one wrote it.
  case newerStore(path: String, unknown: [String])
  /// A read or write failed.
  case database(path: String, operation: String, reason: String)

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason):
      "\(path): error: cannot open the history store: \(reason)"
    case .notAStore(let path, let reason):
      "\(path): error: not a Parallax history store (\(reason)); it was left as it is: move it away to start a new history"
    case .newerStore(let path, let unknown):
      "\(path): error: the history store was written by a newer Parallax (unknown migrations: \(unknown.joined(separator: ", "))); it was left as it is: run that version, or move the file away"
    case .database(let path, let operation, let reason):
      "\(path): error: cannot \(operation) in the history store: \(reason)"
    }
  }
}
