import Foundation

/// How the cache folder's files are written (the names cache, parsed trees, Unicode tables,
/// locale digests): whole or not at all, and best effort, as an unwritable folder only costs
/// speed.
enum CacheFile {
  /// Writes `bytes` to `file` through a temporary file beside it, renamed over it: a reader, in
  /// this process or another, sees the old file or the new one, never part of one. False when it
  /// could not be written.
  @discardableResult
  static func write(_ bytes: [UInt8], to file: URL) -> Bool {
    let folder = file.deletingLastPathComponent()
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else { return false }
    guard rename(temporary.path, file.path) == 0 else {
      try? FileManager.default.removeItem(at: temporary)
      return false
    }
    return true
  }

  /// The size of a payload file's header.
  static let headerSize = 24

  /// Writes `payload` to `file` under a header that lets `readPayload` refuse a file of another
  /// kind, format or content (as `write`: whole or not at all, best effort):
  ///
  /// ```
  /// header   magic (8 bytes), format (u32), payload size (u32), XXH64 of the payload (u64)
  /// payload
  /// ```
  @discardableResult
  static func writePayload(_ payload: [UInt8], magic: [UInt8], format: Int, to file: URL) -> Bool {
    var w = ByteTableWriter()
    w.append(magic)
    w.u32(format)
    w.u32(payload.count)
    w.u64(ByteHash.hash(payload))
    w.append(payload)
    return write(w.bytes, to: file)
  }

  /// The file `writePayload` wrote and where its payload is in it; nil when the file is missing,
  /// of another kind or format, or damaged.
  static func readPayload(magic: [UInt8], format: Int, from file: URL) -> (buffer: ByteBuffer, payload: Range<Int>)? {
    guard let buffer = ByteBuffer(contentsOfFile: file.path), buffer.count >= headerSize,
      buffer.equals(at: 0, count: 8, magic), Int(buffer.u32(at: 8)) == format,
      Int(buffer.u32(at: 12)) == buffer.count - headerSize,
      buffer.hash(at: headerSize, count: buffer.count - headerSize) == buffer.u64(at: 16)
    else { return nil }
    return (buffer, headerSize..<buffer.count)
  }
}
