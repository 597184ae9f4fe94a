import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Expands a job's inputs (files, folders, POSIX globs) into the files it reads.
public enum BatchInputs {
  /// Whether `path` is a glob pattern (`*`, `?` or `[`).
  public static func isGlob(_ path: String) -> Bool {
    path.contains(where: { "*?[".contains($0) })
  }

  /// The part of a glob before its first component with a wildcard: the folder that must exist.
  public static func fixedFolder(of pattern: String) -> String {
    var fixed: [Substring] = []
    for component in pattern.split(separator: "/", omittingEmptySubsequences: false) {
      if isGlob(String(component)) { break }
      fixed.append(component)
    }
    let folder = fixed.joined(separator: "/")
    return folder.isEmpty ? (pattern.hasPrefix("/") ? "/" : ".") : folder
  }

  /// The files of `inputs` in order, each once: globs expanded in sorted order, folders read
  /// recursively; and the problems met (missing paths, link loops).
  public static func expand(_ inputs: [String], collector: InputCollector = InputCollector()) -> (files: [String], problems: [InputError]) {
    var arguments: [String] = []
    for input in inputs {
      if isGlob(input) {
        arguments += matches(of: input)
      } else {
        arguments.append(input)
      }
    }
    let (files, problems) = collector.expand(arguments)
    var seen: Set<String> = []
    return (files.filter { seen.insert($0).inserted }, problems)
  }

  /// The paths `pattern` matches now, sorted.
  static func matches(of pattern: String) -> [String] {
    var result = glob_t()
    defer { globfree(&result) }
    guard glob(pattern, 0, nil, &result) == 0 else { return [] }
    var paths: [String] = []
    for index in 0..<Int(result.gl_pathc) {
      if let path = result.gl_pathv[index] { paths.append(String(cString: path)) }
    }
    return paths.sorted()
  }
}
