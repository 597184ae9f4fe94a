/// A document's identity across batch runs: its source file, relative to the manifest's folder
/// (so that a run from another working folder finds the same documents), and its place in that
/// file: `""` for a file's only document, `#3` for the third record of a JSON Lines file, or the
/// record's own `id`.
public struct DocumentKey: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The source file, relative to the manifest's folder when it lies inside it.
  public var path: String
  /// The document within its file.
  public var local: String

  public init(path: String, local: String = "") {
    self.path = path
    self.local = local
  }

  /// The key of `document`, whose file is at `path` (already made relative).
  public init(_ document: Document, path: String) {
    let id = document.id.rawValue
    var local = id
    if id == document.path {
      local = ""
    } else if id.hasPrefix(document.path + "#") {
      local = String(id.dropFirst(document.path.count))
    }
    self.init(path: path, local: local)
  }

  /// `path` made relative to `folder` when it lies inside it; both are absolute, standardized
  /// paths (no `.` or `..` components).
  public static func relative(_ path: String, to folder: String) -> String {
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }

  /// `path`, `path#3` or `path#own-id`.
  public var description: String {
    if local.isEmpty { return path }
    return local.hasPrefix("#") ? path + local : path + "#" + local
  }

  /// The file name without folders, for `file:line` references.
  public var fileName: String {
    String(path.split(separator: "/").last ?? Substring(path))
  }

  public static func < (a: DocumentKey, b: DocumentKey) -> Bool {
    (a.path, a.local) < (b.path, b.local)
  }
}
