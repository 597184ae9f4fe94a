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
  /// A folder links back to one of its ancestors, or a chain of links never ends.
  case symlinkLoop(path: String)
  /// A symbolic link whose target does not exist.
  case danglingLink(path: String, target: String)

  public var path: String {
    switch self {
    case .missing(let path), .unreadable(let path, _), .invalidUTF8(let path, _, _, _),
      .binary(let path, _), .symlinkLoop(let path), .danglingLink(let path, _):
      path
    }
  }

  /// Whether the problem is in the data (exit 65) rather than the file system (exit 66).
  public var isDataError: Bool {
    switch self {
    case .invalidUTF8, .binary: true
    case .missing, .unreadable, .symlinkLoop, .danglingLink: false
    }
  }

  /// The message, `path: error: …`, with the path escaped for one line (`VisibleText.path`).
  public var description: String {
    let path = VisibleText.path(self.path)
    return switch self {
    case .missing:
      "\(path): error: no such file or folder"
    case .unreadable(_, let reason):
      "\(path): error: cannot read: \(reason)"
    case .invalidUTF8(_, let offset, let line, let column):
      "\(path):\(line):\(column): error: invalid UTF-8 at byte offset \(offset); convert the file to UTF-8 (nothing was replaced)"
    case .binary(_, let offset):
      "\(path): error: binary file (NUL byte at offset \(offset)); skipped"
    case .symlinkLoop:
      "\(path): error: symbolic link loop; the folder was not entered again"
    case .danglingLink(_, let target):
      "\(path): error: symbolic link to '\(VisibleText.path(target))', which does not exist"
    }
  }
}
