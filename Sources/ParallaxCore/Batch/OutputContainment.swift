import Foundation

/// Keeps batch reports inside the output root: a report path whose folders (or the report
/// itself) are symbolic links leading outside the root is refused before anything is written.
public enum OutputContainment {
  /// nil when `path`, with every symbolic link on it resolved (a dangling one included, since
  /// a write would create its target), stays under `root`; otherwise the problem to report.
  public static func problem(writing path: String, root: String) -> BatchError? {
    let realRoot = resolved(root)
    let realPath = resolved(path)
    if realPath == realRoot || realPath.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") { return nil }
    return .linkEscapesRoot(path: path, resolved: realPath, root: root)
  }

  /// `path` made absolute with every existing symbolic link on it resolved, and the part that
  /// does not exist yet appended as written.
  public static func resolved(_ path: String) -> String {
    var current = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    current = (current as NSString).standardizingPath
    var rest: [String] = []
    for _ in 0..<64 {
      if let real = realpath(current, nil) {
        defer { free(real) }
        var result = String(cString: real)
        for component in rest { result = (result as NSString).appendingPathComponent(component) }
        return result
      }
      var info = stat()
      if lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK,
        let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current)
      {
        // A dangling link: what it points at is where a write would go.
        let folder = (current as NSString).deletingLastPathComponent
        current = ((target.hasPrefix("/") ? target : (folder as NSString).appendingPathComponent(target)) as NSString).standardizingPath
        continue
      }
      let parent = (current as NSString).deletingLastPathComponent
      if parent == current || parent.isEmpty { break }
      rest.insert((current as NSString).lastPathComponent, at: 0)
      current = parent
    }
    var result = current
    for component in rest { result = (result as NSString).appendingPathComponent(component) }
    return result
  }
}
