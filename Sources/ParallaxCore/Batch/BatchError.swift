/// A problem with a batch: its manifest, its lock or its saved state.
///
/// Manifest problems follow compiler conventions, so editors and cron logs can jump to them:
/// `nightly.yaml:7:9: error: input folder 'feeds/tass' does not exist`.
public enum BatchError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The manifest's YAML, schema, keys or value types are wrong.
  case manifest(LocaleDataError)
  /// A value that parses but is not allowed (a bad id, date, duration or threshold).
  case invalidValue(file: String, line: Int, column: Int, key: String, problem: String)
  /// A named input file or folder (or a glob's folder) does not exist.
  case missingInput(file: String, line: Int, column: Int, path: String)
  /// An output pattern that would write outside the output root.
  case outputOutsideRoot(file: String, line: Int, column: Int, pattern: String)
  /// A job's `sources:` names a group the manifest does not define.
  case unknownSourceGroup(file: String, line: Int, column: Int, name: String, known: [String])
  /// Two jobs with the same id.
  case duplicateJob(file: String, line: Int, column: Int, id: String, firstLine: Int)
  /// An input glob that matches no file (a warning: the job may have nothing to compare).
  case emptyGlob(file: String, line: Int, column: Int, pattern: String)
  /// The manifest's bytes are not UTF-8; `offset` is the first bad byte.
  case invalidUTF8(file: String, offset: Int, line: Int, column: Int)
  /// A report path that, through a symbolic link, would land outside the output root.
  case linkEscapesRoot(path: String, resolved: String, root: String)
  /// Another run holds the lock.
  case locked(path: String, holder: String)
  /// The lock file cannot be created or locked.
  case lockUnavailable(path: String, reason: String)

  public var description: String {
    switch self {
    case .manifest(let error):
      error.description
    case .invalidValue(let file, let line, let column, let key, let problem):
      "\(file):\(line):\(column): error: invalid value for '\(key)': \(problem)"
    case .missingInput(let file, let line, let column, let path):
      "\(file):\(line):\(column): error: input '\(path)' does not exist; fix the path or remove it"
    case .outputOutsideRoot(let file, let line, let column, let pattern):
      "\(file):\(line):\(column): error: output '\(pattern)' would be written outside the output root; use a relative path without '..'"
    case .unknownSourceGroup(let file, let line, let column, let name, let known):
      "\(file):\(line):\(column): error: unknown source group '\(name)'; "
        + (known.isEmpty
          ? "the manifest defines none; add it under 'sourceGroups:'"
          : "the manifest defines \(known.map { "'\($0)'" }.joined(separator: ", "))")
    case .duplicateJob(let file, let line, let column, let id, let firstLine):
      "\(file):\(line):\(column): error: duplicate job id '\(id)' (first on line \(firstLine))"
    case .emptyGlob(let file, let line, let column, let pattern):
      "\(VisibleText.path(file)):\(line):\(column): warning: input '\(pattern)' matches no file; the job reads nothing from it"
    case .invalidUTF8(let file, let offset, let line, let column):
      "\(VisibleText.path(file)):\(line):\(column): error: invalid UTF-8 at byte offset \(offset); save the manifest as UTF-8"
    case .linkEscapesRoot(let path, let resolved, let root):
      "\(VisibleText.path(path)): error: a symbolic link leads this report to '\(VisibleText.path(resolved))', outside the output root '\(VisibleText.path(root))'; nothing was written there"
    case .locked(let path, let holder):
      "\(path): error: another batch run (\(holder)) holds the lock; try again later or pass --wait"
    case .lockUnavailable(let path, let reason):
      "\(path): error: cannot take the batch lock: \(reason)"
    }
  }
}

extension BatchError {
  /// Whether the problem only deserves a warning (the run goes on).
  public var isWarning: Bool {
    if case .emptyGlob = self { return true }
    return false
  }
}

/// Every problem found in a manifest, in order of position.
public struct BatchManifestErrors: Error, Sendable, Equatable {
  public var problems: [BatchError]
  public init(_ problems: [BatchError]) { self.problems = problems }
}
