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
  /// problems met on the way (missing paths, link loops).
  public func expand(_ arguments: [String]) -> (files: [String], problems: [InputError]) {
    var files: [String] = []
    var problems: [InputError] = []
    let manager = FileManager.default
    for argument in arguments {
      if argument == "-" {
        files.append(argument)
        continue
      }
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
        // A dangling or looping link "exists" only as a link.
        if (try? manager.destinationOfSymbolicLink(atPath: argument)) != nil {
          problems.append(.symlinkLoop(path: argument))
        } else {
          problems.append(.missing(path: argument))
        }
        continue
      }
      if isDirectory.boolValue {
        var visited: Set<String> = []
        walk(argument, visited: &visited, files: &files, problems: &problems)
      } else {
        files.append(argument)
      }
    }
    return (files, problems)
  }

  private func walk(
    _ folder: String, visited: inout Set<String>, files: inout [String], problems: inout [InputError]
  ) {
    let manager = FileManager.default
    let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
    guard visited.insert(real).inserted else {
      problems.append(.symlinkLoop(path: folder))
      return
    }
    defer { visited.remove(real) }
    let entries: [String]
    do {
      entries = try manager.contentsOfDirectory(atPath: folder).sorted()
    } catch {
      problems.append(.unreadable(path: folder, reason: "cannot list the folder"))
      return
    }
    for name in entries where !name.hasPrefix(".") {
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        if (try? manager.destinationOfSymbolicLink(atPath: path)) != nil {
          problems.append(.symlinkLoop(path: path))
        }
        continue
      }
      if isDirectory.boolValue {
        walk(path, visited: &visited, files: &files, problems: &problems)
      } else if extensions.contains((name as NSString).pathExtension.lowercased()) {
        files.append(path)
      }
    }
  }

  /// Reads one file (or standard input for `-`) and decodes it as UTF-8, strictly.
  public func read(_ path: String) -> Result<InputText, InputError> {
    let data: Data
    if path == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard FileManager.default.fileExists(atPath: path) else { return .failure(.missing(path: path)) }
      guard let contents = FileManager.default.contents(atPath: path) else {
        return .failure(.unreadable(path: path, reason: "permission denied or not a regular file"))
      }
      data = contents
    }
    return decode(data, path: path)
  }

  /// Decodes bytes as UTF-8, refusing NUL bytes and invalid sequences with their position.
  public func decode(_ data: Data, path: String) -> Result<InputText, InputError> {
    let nul = data.withUnsafeBytes { raw -> Int? in
      guard let base = raw.baseAddress, let hit = memchr(base, 0, raw.count) else { return nil }
      return base.distance(to: UnsafeRawPointer(hit))
    }
    if let nul { return .failure(.binary(path: path, offset: nul)) }
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
