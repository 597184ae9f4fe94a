import Foundation

/// Why a file could not be written, as a plain sentence that names the path: the words an
/// editor needs instead of "NSCocoaErrorDomain error 512".
///
/// ```swift
/// WriteFailure.sentence(for: error, path: "/etc/passwd/x")
/// // "cannot write '/etc/passwd/x': '/etc/passwd' is a file, not a folder"
/// ```
public enum WriteFailure {
  /// The sentence for a system error number met writing `path`.
  public static func sentence(path: String, code: Int32) -> String {
    let shown = VisibleText.path(path)
    let reason: String
    switch code {
    case ENOTDIR, ENOENT:
      reason = blockingAncestor(of: path) ?? "the folder '\(VisibleText.path(parent(of: path)))' does not exist"
    case EACCES, EPERM:
      reason = "permission denied in '\(VisibleText.path(parent(of: path)))'"
    case EROFS:
      reason = "the file system is read-only"
    case ENOSPC:
      reason = "no space left on the device"
    case EDQUOT:
      reason = "the disk quota is exhausted"
    case EISDIR:
      reason = "it is a folder"
    case ENAMETOOLONG:
      reason = "the name is too long"
    default:
      reason = String(cString: strerror(code))
    }
    return "cannot write '\(shown)': \(reason)"
  }

  /// The sentence for any error thrown writing `path` (Foundation's file errors included):
  /// the system error number is taken from the error or its underlying error, or, when there
  /// is none, found by looking at the path itself.
  public static func sentence(for error: any Error, path: String) -> String {
    if let code = systemCode(of: error) { return sentence(path: path, code: code) }
    if let blocking = blockingAncestor(of: path) { return "cannot write '\(VisibleText.path(path))': \(blocking)" }
    var isFolder: ObjCBool = false
    let folder = parent(of: path)
    if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) { return sentence(path: path, code: ENOENT) }
    if !FileManager.default.isWritableFile(atPath: folder) { return sentence(path: path, code: EACCES) }
    return "cannot write '\(VisibleText.path(path))': \(error.localizedDescription)"
  }

  /// The POSIX error number carried by `error`, if any.
  static func systemCode(of error: any Error) -> Int32? {
    let ns = error as NSError
    if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
    if let code = ns.userInfo["errno"] as? Int32 { return code }
    if let code = ns.userInfo["errno"] as? Int { return Int32(code) }
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
      return Int32(underlying.code)
    }
    return nil
  }

  /// "'/etc/passwd' is a file, not a folder" when a component above `path` exists and is not
  /// a folder; nil otherwise.
  static func blockingAncestor(of path: String) -> String? {
    var folder = parent(of: path)
    while !folder.isEmpty, folder != "/", folder != "." {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
        return isFolder.boolValue ? nil : "'\(VisibleText.path(folder))' is a file, not a folder"
      }
      folder = parent(of: folder)
    }
    return nil
  }

  private static func parent(of path: String) -> String {
    let parent = (path as NSString).deletingLastPathComponent
    return parent.isEmpty ? "." : parent
  }
}
