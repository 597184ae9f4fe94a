import Foundation
import ParallaxCore

#if canImport(Glibc)
  import Glibc
#endif

/// One batch job's report folder (`{root}/{date}/{job}/`: `index.md`, a report per event,
/// `single-source.md`), written so that a reader, or a crash, sees the previous folder or the
/// new one, never a mix. The files go to a staging folder beside it
/// (`.{job}.parallax-<pid>.tmp`) without a flush each, are flushed once, and the staging folder
/// then takes the folder's place: the old folder is renamed aside (`.{job}.parallax-<pid>.old`),
/// the staging folder renamed in, and the old one removed. A run killed between those two
/// renames leaves the old folder aside; `BatchRecovery` puts it back on the next run.
struct BatchJobFolder {
  /// Why a folder was not written, as the message for the job's record.
  enum Failure: Error {
    /// The locale data could not render the reports (its message names the file).
    case data(String)
    /// A file or folder could not be written (its message names the path).
    case write(String)
  }

  /// The folder's path (under the output root).
  let path: String
  /// Where the files are written until `commit()`.
  let staging: String
  /// The names written so far, in order.
  private(set) var written: [String] = []

  /// A writer for the folder at `path`; nothing is created until `begin()`.
  init(path: String) {
    self.path = path
    staging = Self.aside(path, suffix: "tmp")
  }

  /// The name beside `path` that a run of this process uses for it, `.{name}.parallax-<pid>.{suffix}`.
  static func aside(_ path: String, suffix: String) -> String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).parallax-\(getpid()).\(suffix)").path
  }

  /// Creates an empty staging folder (and the folders above it).
  func begin() throws {
    try? FileManager.default.removeItem(atPath: staging)
    try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
  }

  /// Writes `file` into the staging folder. A name with a `/` or a leading dot is refused: the
  /// renderer names files after event ids, and nothing may leave the folder.
  mutating func write(_ file: MarkdownRenderer.File) throws {
    try write(file.text, named: file.name)
  }

  /// Writes `text` as the file `name` into the staging folder (see `write(_:)`).
  mutating func write(_ text: String, named name: String) throws {
    guard !name.isEmpty, !name.hasPrefix("."), !name.contains("/") else {
      throw WriteError(path: (path as NSString).appendingPathComponent(name), code: EINVAL)
    }
    try AtomicFile.write(text, to: (staging as NSString).appendingPathComponent(name), flush: false)
    written.append(name)
  }

  /// Flushes what was written and puts the staging folder in the folder's place.
  func commit() throws {
    AtomicFile.flush(files: written.map { (staging as NSString).appendingPathComponent($0) }, folder: staging)
    let old = Self.aside(path, suffix: "old")
    var info = stat()
    let replacing = lstat(path, &info) == 0
    if replacing {
      try? FileManager.default.removeItem(atPath: old)
      guard rename(path, old) == 0 else { throw WriteError(path: path, code: errno) }
    }
    guard rename(staging, path) == 0 else {
      let code = errno
      if replacing { _ = rename(old, path) }
      throw WriteError(path: path, code: code)
    }
    let parent = (path as NSString).deletingLastPathComponent
    AtomicFile.flush(files: [], folder: parent.isEmpty ? "." : parent)
    if replacing { try? FileManager.default.removeItem(atPath: old) }
  }

  /// Removes the staging folder after a failure; the folder itself is left as it was.
  func abandon() {
    try? FileManager.default.removeItem(atPath: staging)
  }
}
