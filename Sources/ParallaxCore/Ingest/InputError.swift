/// Why an input could not be read. Each case names the file; the run goes on with the others.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The path does not exist.
  case missing(path: String)
  /// The path exists but cannot be read (permissions, a device, an I/O error).
  case unreadable(path: String, reason: String)
  /// The bytes are not UTF-8; `offset` is the first bad byte, `line:column` where it sits.
  case invalidUTF8(path: String, offset: Int, line: Int, column: Int)
  /// The file holds NUL bytes: a binary file, not text.
  case binary(path: String, offset: Int)
  /// A folder links back to one of its ancestors.
  case symlinkLoop(path: String)

  public var path: String {
    switch self {
    case .missing(let path), .unreadable(let path, _), .invalidUTF8(let path, _, _, _),
      .binary(let path, _), .symlinkLoop(let path):
      path
    }
  }

  /// Whether the problem is in the data (exit 65) rather than the file system (exit 66).
  public var isDataError: Bool {
    switch self {
    case .invalidUTF8, .binary: true
    case .missing, .unreadable, .symlinkLoop: false
    }
  }

  public var description: String {
    switch self {
    case .missing(let path):
      "\(path): error: no such file or folder"
    case .unreadable(let path, let reason):
      "\(path): error: cannot read: \(reason)"
    case .invalidUTF8(let path, let offset, let line, let column):
      "\(path):\(line):\(column): error: invalid UTF-8 at byte offset \(offset); convert the file to UTF-8 (nothing was replaced)"
    case .binary(let path, let offset):
      "\(path): error: binary file (NUL byte at offset \(offset)); skipped"
    case .symlinkLoop(let path):
      "\(path): error: symbolic link loop; the folder was not entered again"
    }
  }
}
