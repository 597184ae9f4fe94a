import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The lock that keeps two batch runs on one output root apart: an advisory `flock` on
/// `{root}/.parallax-batch.lock`, which holds the holder's pid for messages.
///
/// The kernel drops the lock when its holder dies, even by SIGKILL, so a stale lock file never
/// blocks a later run; the file itself is never removed, so two runs never lock different files.
public final class BatchLock {
  /// The lock file's path.
  public let path: String
  private let descriptor: Int32
  private var released = false

  private init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = descriptor
  }

  deinit { release() }

  /// Takes the lock at `path`, waiting for it when `wait` is true.
  /// - Throws: `BatchError.locked` with the holder when another run holds it and `wait` is
  ///   false; `.lockUnavailable` when the file cannot be opened.
  public static func acquire(at path: String, wait: Bool) throws(BatchError) -> BatchLock {
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .lockUnavailable(path: path, reason: String(cString: strerror(errno)))
    }
    while flock(descriptor, wait ? LOCK_EX : LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      if code == EINTR { continue }
      let holder = holderDescription(path)
      close(descriptor)
      if code == EWOULDBLOCK { throw .locked(path: path, holder: holder) }
      throw .lockUnavailable(path: path, reason: String(cString: strerror(code)))
    }
    let text = "\(getpid())\n"
    _ = ftruncate(descriptor, 0)
    _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    return BatchLock(path: path, descriptor: descriptor)
  }

  /// Releases the lock (also done when the lock is freed or the process ends).
  public func release() {
    guard !released else { return }
    released = true
    _ = flock(descriptor, LOCK_UN)
    close(descriptor)
  }

  private static func holderDescription(_ path: String) -> String {
    let text = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    return text.isEmpty ? "pid unknown" : "pid \(text)"
  }
}
