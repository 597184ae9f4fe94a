public import Foundation

/// One text input: where it came from and its decoded text.
public struct InputText: Sendable, Hashable {
  /// The path as the user gave it or as found in a folder (`-` for standard input).
  public let path: String
  public let text: String
  /// The raw size in bytes.
  public let byteCount: Int

  /// An input already in memory (benchmarks, tests, other tools).
  public init(path: String, text: String, byteCount: Int? = nil) {
    self.path = path
    self.text = text
    self.byteCount = byteCount ?? text.utf8.count
  }
}

/// Expands the user's input arguments (files, folders, `-`) into files and reads them as
/// UTF-8, reporting every problem per file so that one bad file never stops the others.
public struct InputCollector: Sendable {
  /// File name extensions read from folders (files named explicitly are always read).
  public var extensions: Set<String>

  /// The extensions of the CLI contract: text, Markdown, JSON Lines and HTML.
  public static let defaultExtensions: Set<String> = ["txt", "md", "markdown", "jsonl", "html", "htm"]

  public init(extensions: Set<String> = InputCollector.defaultExtensions) {
    self.extensions = extensions
  }

  /// The files named by `arguments`, folders expanded recursively in sorted order, and the
  /// problems met on the way (missing paths, dangling links, link loops).
  ///
  /// A file reached twice (`f f`, `f ./f`, a folder and a file in it, a link and its target)
  /// is one source: files are told apart by device and inode, and the first path given wins.
  public func expand(_ arguments: [String]) -> (files: [String], problems: [InputError]) {
    var files: [String] = []
    var problems: [InputError] = []
    var seen: Set<FileIdentity> = []
    for argument in arguments {
      if argument == "-" {
        files.append(argument)
        continue
      }
      guard let info = Self.status(of: argument) else {
        problems.append(Self.problem(reaching: argument))
        continue
      }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        var visited: Set<FileIdentity> = []
        walk(argument, visited: &visited, seen: &seen, files: &files, problems: &problems)
      } else if seen.insert(FileIdentity(info)).inserted {
        files.append(argument)
      }
    }
    return (files, problems)
  }

  /// A file's identity on this machine: its device and inode.
  private struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64
    init(_ info: stat) {
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
    }
  }

  /// `stat` of `path`, following links; nil when it cannot be reached.
  private static func status(of path: String) -> stat? {
    var info = stat()
    return stat(path, &info) == 0 ? info : nil
  }

  /// Why `path` cannot be reached: missing, a dangling link (naming its target), a link loop,
  /// or a system reason (permissions on a folder above it).
  static func problem(reaching path: String) -> InputError {
    var info = stat()
    let code = stat(path, &info) == 0 ? 0 : errno
    var own = stat()
    if lstat(path, &own) == 0, (own.st_mode & S_IFMT) == S_IFLNK {
      if code == ELOOP { return .symlinkLoop(path: path) }
      let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? ""
      return .danglingLink(path: path, target: target)
    }
    switch code {
    case ENOENT: return .missing(path: path)
    case ELOOP: return .symlinkLoop(path: path)
    case EACCES: return .unreadable(path: path, reason: "permission denied")
    case ENOTDIR: return .missing(path: path)
    default: return .unreadable(path: path, reason: String(cString: strerror(code)))
    }
  }

  private func walk(
    _ folder: String, visited: inout Set<FileIdentity>, seen: inout Set<FileIdentity>, files: inout [String],
    problems: inout [InputError]
  ) {
    guard let info = Self.status(of: folder) else {
      problems.append(Self.problem(reaching: folder))
      return
    }
    let identity = FileIdentity(info)
    guard visited.insert(identity).inserted else {
      problems.append(.symlinkLoop(path: folder))
      return
    }
    defer { visited.remove(identity) }
    let entries: [String]
    do {
      entries = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    } catch {
      problems.append(.unreadable(path: folder, reason: "cannot list the folder"))
      return
    }
    for name in entries where !name.hasPrefix(".") {
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      guard let entry = Self.status(of: path) else {
        var own = stat()
        // Only links can fail here; a dangling one is reported, a file that vanished is not.
        if lstat(path, &own) == 0, (own.st_mode & S_IFMT) == S_IFLNK { problems.append(Self.problem(reaching: path)) }
        continue
      }
      if (entry.st_mode & S_IFMT) == S_IFDIR {
        walk(path, visited: &visited, seen: &seen, files: &files, problems: &problems)
      } else if extensions.contains((name as NSString).pathExtension.lowercased()), seen.insert(FileIdentity(entry)).inserted {
        files.append(path)
      }
    }
  }

  /// Reads one file (or standard input for `-`) and decodes it as UTF-8, strictly. Pipes and
  /// character devices named as files (`/dev/stdin`, `<(…)` process substitution) are read
  /// to their end like `-`.
  public func read(_ path: String) -> Result<InputText, InputError> {
    let data: Data
    if path == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard let info = Self.status(of: path) else { return .failure(Self.problem(reaching: path)) }
      if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.unreadable(path: path, reason: "it is a folder")) }
      let descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        let code = errno
        return .failure(.unreadable(path: path, reason: code == EACCES ? "permission denied" : String(cString: strerror(code))))
      }
      defer { close(descriptor) }
      do {
        data = try DescriptorBytes.readToEnd(descriptor, sizeHint: (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil)
      } catch {
        return .failure(.unreadable(path: path, reason: String(cString: strerror(error.code))))
      }
    }
    return decode(data, path: path)
  }

  /// Decodes bytes as UTF-8, refusing NUL bytes and invalid sequences with their position.
  public func decode(_ data: Data, path: String) -> Result<InputText, InputError> {
    if let nul = DescriptorBytes.firstNUL(in: data) { return .failure(.binary(path: path, offset: nul)) }
    // The standard library validates quickly; the offset of a bad sequence is found only when
    // there is one.
    guard var text = String(validating: data, as: UTF8.self) else {
      let offset = UTF8Validation.firstInvalidOffset(in: data) ?? 0
      let position = UTF8Validation.lineAndColumn(ofByte: offset, in: data)
      return .failure(.invalidUTF8(path: path, offset: offset, line: position.line, column: position.column))
    }
    // A byte order mark is an encoding signature, not text.
    if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
    return .success(InputText(path: path, text: text, byteCount: data.count))
  }
}
