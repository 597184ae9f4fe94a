import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes files so that a reader, or a crash, never sees half a file: the bytes go to a
/// temporary file in the same folder, are flushed to the disk, and the file then replaces the
/// target with one rename, itself flushed with the folder. A killed process leaves the old file
/// or the new one; so does a power loss.
enum AtomicFile {
  static func write(_ text: String, to path: String) throws {
    try write(parts: [text], to: path)
  }

  /// Writes `parts` one after another, straight from the strings' storage (no joined copy of a
  /// report that can run to hundreds of megabytes).
  static func write(parts: [String], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).parallax-\(getpid()).tmp").path
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary])
    }
    var failure: Int32?
    for part in parts where failure == nil {
      var part = part
      part.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
          let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
          if written < 0, errno == EINTR { continue }
          if written <= 0 {
            failure = written < 0 ? errno : ENOSPC
            return
          }
          offset += written
        }
      }
    }
    // The bytes reach the disk before the rename can: otherwise a power loss could leave the
    // new name on an empty file.
    if failure == nil, fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == nil { failure = errno }
    if let failure {
      unlink(temporary)
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, "errno": failure])
    }
    // Keep the original file's permissions.
    if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let permissions = attributes[.posixPermissions]
    {
      try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary)
    }
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, "errno": code])
    }
    // The rename is an entry of the folder: flushing the folder keeps it. Best effort: some
    // file systems cannot flush a folder, and the file itself is already whole.
    let folderDescriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folderDescriptor >= 0 {
      _ = fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }
}
