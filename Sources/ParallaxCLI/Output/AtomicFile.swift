import Foundation
import ParallaxCore

#if canImport(Glibc)
  import Glibc
#endif

/// Writes files so that a reader, or a crash, never sees half a file: the bytes go to a
/// temporary file in the same folder, are flushed to the disk, and the file then replaces the
/// target with one rename, itself flushed with the folder. A killed process leaves the old file
/// or the new one; so does a power loss.
///
/// Replacing an existing file keeps what belongs to the file rather than to its text: a path
/// that is a symbolic link writes the link's target (the link stays a link), the new file gets
/// the old one's permission bits and, where the process may set them (as root), its owner and
/// group, and a UTF-8 byte order mark the old file opened with opens the new one too. A file
/// with other hard links is replaced by the rename like any other: the other names keep the old
/// text (the README's reliability section says why).
enum AtomicFile {
  static func write(_ text: String, to path: String, flush: Bool = true) throws {
    try write(parts: [text], to: path, flush: flush)
  }

  /// Writes `parts` one after another, straight from the strings' storage (no joined copy of a
  /// report that can run to hundreds of megabytes).
  /// - Parameter flush: wait for the bytes and the rename to reach the disk before returning.
  ///   A command writing a folder of many files passes false and calls `flush(files:folder:)`
  ///   once at the end: a flush per file costs more than writing the file (about 0.7 ms each here,
  ///   2.5 s for the 3,600 files of a 10,000-document comparison). Readers still never see
  ///   half a file; a power loss before the final flush may leave some new files empty, in a
  ///   run that had not finished.
  static func write(parts: [String], to path: String, flush: Bool = true) throws {
    let stream = try Stream(path: path)
    for part in parts { try stream.append(part) }
    try stream.commit(flush: flush)
  }

  /// A file written part by part as its text is made (a file of hundreds of megabytes need
  /// not be in memory at once), with the guarantees of `write`: the parts go to a temporary
  /// file beside the target, which replaces it only at `commit`; `abandon`, or a failed
  /// append, leaves the target as it was.
  final class Stream {
    let path: String
    private let target: String
    private let folder: String
    private let temporary: String
    private var original = stat()
    private let replacing: Bool
    private var descriptor: Int32
    /// Whether the text must open with a byte order mark (the replaced file did); settled by
    /// the first part that is not empty.
    private var pendingMark: Bool

    init(path: String) throws {
      self.path = path
      let target = AtomicFile.resolvedTarget(of: path)
      self.target = target
      // Plain path arithmetic (a command writes thousands of files, and making URLs took a fifth
      // of the time of writing each one): the folder is what comes before the last slash.
      let slash = target.lastIndex(of: "/")
      let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
      let folder = slash.map { $0 == target.startIndex ? "/" : String(target[..<$0]) } ?? "."
      self.folder = folder
      temporary = (folder == "/" ? "" : folder) + "/.\(name).parallax-\(getpid()).tmp"
      replacing = stat(target, &original) == 0 && (original.st_mode & S_IFMT) == S_IFREG
      pendingMark = replacing && AtomicFile.opensWithByteOrderMark(target)
      descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else { throw WriteError(path: path, code: errno) }
    }

    /// Writes `text` after what was appended so far, straight from the string's storage.
    func append(_ text: String) throws {
      guard descriptor >= 0 else { throw WriteError(path: path, code: EBADF) }
      if pendingMark, !text.isEmpty {
        pendingMark = false
        if !text.hasPrefix("\u{FEFF}") { try append("\u{FEFF}") }
      }
      var failure: Int32?
      var text = text
      text.withUTF8 { bytes in
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
      if let failure {
        abandon()
        throw WriteError(path: path, code: failure)
      }
    }

    /// Puts the written file in the target's place.
    /// - Parameter flush: as for `write`.
    func commit(flush: Bool = true) throws {
      guard descriptor >= 0 else { throw WriteError(path: path, code: EBADF) }
      // An empty text replacing a file that opened with the mark keeps the mark.
      if pendingMark {
        pendingMark = false
        try append("\u{FEFF}")
      }
      var failure: Int32?
      if replacing {
        // The old file's permission bits, then its owner and group (only root may give a file
        // away; for anyone else the call fails harmlessly and the file stays theirs).
        if fchmod(descriptor, original.st_mode & 0o7777) != 0 { failure = errno }
        if original.st_uid != geteuid() || original.st_gid != getegid() {
          _ = fchown(descriptor, original.st_uid, original.st_gid)
          // chown clears set-id bits: put them back where the owner is now right.
          _ = fchmod(descriptor, original.st_mode & 0o7777)
        }
      }
      // The bytes reach the disk before the rename can: otherwise a power loss could leave the
      // new name on an empty file.
      if flush, failure == nil, fsync(descriptor) != 0 { failure = errno }
      if close(descriptor) != 0, failure == nil { failure = errno }
      descriptor = -1
      if let failure {
        unlink(temporary)
        throw WriteError(path: path, code: failure)
      }
      if rename(temporary, target) != 0 {
        let code = errno
        unlink(temporary)
        throw WriteError(path: path, code: code)
      }
      // The rename is an entry of the folder: flushing the folder keeps it. Best effort: some
      // file systems cannot flush a folder, and the file itself is already whole.
      if flush {
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
          _ = fsync(folderDescriptor)
          close(folderDescriptor)
        }
      }
    }

    /// Drops what was written; the target stays as it was.
    func abandon() {
      guard descriptor >= 0 else { return }
      close(descriptor)
      descriptor = -1
      unlink(temporary)
    }

    deinit { abandon() }
  }

  /// Flushes `files`, written without `flush`, and then their `folder` to the disk. Best
  /// effort, like the folder flush of a single write.
  ///
  /// Past `wholeSystemFrom` files, the folder's file system is flushed at once (`syncfs`) where
  /// the system has that call: for the thousands of files of a large comparison that costs a
  /// few hundredths of a second, where flushing them one by one takes from half a second to
  /// several seconds on a busy disk. Fewer files are flushed one by one: a flush of the whole
  /// file system also waits for every other program's unwritten data. A file on another file
  /// system (the target of a symbolic link) is always flushed on its own.
  static func flush(files: [String], folder: String) {
    var folderInfo = stat()
    let device = stat(folder, &folderInfo) == 0 ? folderInfo.st_dev : nil
    let wholeSystem = files.count >= wholeSystemFrom && device != nil && flushFileSystem(of: folder)
    for path in files {
      var info = stat()
      if wholeSystem, stat(path, &info) == 0, info.st_dev == device { continue }
      flushOne(path)
    }
    if !wholeSystem { flushOne(folder) }
  }

  /// The number of files from which `flush` flushes their file system at once.
  static let wholeSystemFrom = 100

  private static func flushOne(_ path: String) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }

  /// Flushes the file system that holds `path`; false when the system has no `syncfs` (Glibc's
  /// Swift module does not declare it, so it is looked up by name) or the call fails.
  private static func flushFileSystem(of path: String) -> Bool {
    guard let syncfs = syncfsCall else { return false }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return syncfs(descriptor) == 0
  }

  private static let syncfsCall: (@convention(c) (Int32) -> Int32)? = {
    guard let symbol = dlsym(nil, "syncfs") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
  }()

  /// The file a write to `path` must replace: `path` itself, or the file its chain of symbolic
  /// links ends at (relative links resolved against their own folder; a dangling link's
  /// target is created). A loop, or a chain longer than the system's, leaves `path` as given,
  /// and the write then fails on it with the system's reason.
  static func resolvedTarget(of path: String) -> String {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(current, &buffer, buffer.count - 1)
      guard count > 0 else { return current }
      let link = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = link.hasPrefix("/") ? link : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
    }
    return path
  }

  /// Whether the file at `path` starts with the UTF-8 encoding signature EF BB BF.
  fileprivate static func opensWithByteOrderMark(_ path: String) -> Bool {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var head: [UInt8] = [0, 0, 0]
    return read(descriptor, &head, 3) == 3 && head == [0xEF, 0xBB, 0xBF]
  }
}

/// A file that could not be written, with the system's reason as a plain sentence naming the
/// path (`WriteFailure` in Core words it).
struct WriteError: Error, CustomStringConvertible, LocalizedError {
  let path: String
  let code: Int32

  var description: String { WriteFailure.sentence(path: path, code: code) }
  var errorDescription: String? { description }
}
