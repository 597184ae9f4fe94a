import Foundation

/// The byte-level half of reading an input (`InputCollector.read`): a file descriptor read to
/// its end, and the first NUL byte of what was read. The system calls and `memchr` work on raw
/// buffers; they live here, in the kernel, with their tests.
enum DescriptorBytes {
  /// A read that failed, with the system's error number.
  struct Failure: Error, Equatable {
    let code: Int32
  }

  /// Everything `descriptor` yields until its end. `sizeHint` (a regular file's size) sizes the
  /// result and the chunk: its size and a byte, up to 64 KB, so a file of a few kilobytes is
  /// one read and the end (zeroing 64 KB for each of 100,000 small files was most of what
  /// reading them cost); without a hint (a pipe, a device), 64 KB chunks.
  static func readToEnd(_ descriptor: Int32, sizeHint: Int?) throws(Failure) -> Data {
    var contents = Data()
    if let sizeHint { contents.reserveCapacity(sizeHint) }
    var chunk = [UInt8](repeating: 0, count: sizeHint.map { max(1, min($0 + 1, 1 << 16)) } ?? 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count < 0 { throw Failure(code: errno) }
      if count == 0 { return contents }
      contents.append(contentsOf: chunk[..<count])
    }
  }

  /// The offset of the first NUL byte of `data`, if it has one.
  static func firstNUL(in data: Data) -> Int? {
    data.withUnsafeBytes { raw -> Int? in
      guard let base = raw.baseAddress, let hit = memchr(base, 0, raw.count) else { return nil }
      return base.distance(to: UnsafeRawPointer(hit))
    }
  }

  /// A new file in `folder`, named from `prefix` and six random characters, removed from the
  /// folder at once (it lives as long as the descriptor) and closed on exec; nil when no file
  /// can be made there.
  static func unlinkedTemporaryFile(in folder: String, prefix: String) -> Int32? {
    var template = Array((folder as NSString).appendingPathComponent(prefix + "XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { return nil }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    return descriptor
  }

  /// Writes all of `bytes` at `offset` of `descriptor` (interrupted writes resumed); false when
  /// the system refuses part of them.
  static func write(_ bytes: [UInt8], to descriptor: Int32, at offset: Int) -> Bool {
    bytes.withUnsafeBytes { buffer -> Bool in
      var done = 0
      while done < buffer.count {
        let wrote = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
        if wrote < 0, errno == EINTR { continue }
        guard wrote > 0 else { return false }
        done += wrote
      }
      return true
    }
  }
}
