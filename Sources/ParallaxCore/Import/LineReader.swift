import Foundation

/// Reads a file (or standard input, `-`) line by line in 1 MB chunks, so a multi-gigabyte dump
/// is never held in memory. Lines are split on `\n`; a `\r` before it and invalid UTF-8 bytes
/// are kept as the decoder repairs them, and the caller reports such a record.
struct LineReader {
  let handle: FileHandle
  private let ownsHandle: Bool
  private var buffer: [UInt8] = []
  private var start = 0
  private var finished = false
  /// The number of the line `next()` returned last, from 1.
  private(set) var lineNumber = 0

  /// Opens `path` (`-` for standard input).
  /// - Throws: `NameImportError.unreadable` when it cannot be opened.
  init(path: String) throws(NameImportError) {
    if path == "-" {
      handle = FileHandle.standardInput
      ownsHandle = false
      return
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .unreadable(file: path, reason: "no such file")
    }
    guard !isDirectory.boolValue, let opened = FileHandle(forReadingAtPath: path) else {
      throw .unreadable(file: path, reason: isDirectory.boolValue ? "a folder, not a file" : "not readable")
    }
    handle = opened
    ownsHandle = true
  }

  /// The next line without its end, or nil at the end of the file.
  mutating func next() -> String? {
    while true {
      if let newline = buffer[start...].firstIndex(of: 0x0A) {
        var end = newline
        if end > start, buffer[end - 1] == 0x0D { end -= 1 }
        let line = String(decoding: buffer[start..<end], as: UTF8.self)
        start = newline + 1
        lineNumber += 1
        return line
      }
      if finished {
        guard start < buffer.count else { return nil }
        let line = String(decoding: buffer[start...], as: UTF8.self)
        start = buffer.count
        lineNumber += 1
        return line
      }
      buffer.removeSubrange(0..<start)
      start = 0
      let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
      if let chunk, !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { finished = true }
    }
  }

  /// Closes the file (not standard input).
  func close() {
    if ownsHandle { try? handle.close() }
  }
}
