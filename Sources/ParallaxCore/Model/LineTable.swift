/// Turns UTF-8 byte offsets into 1-based line and column numbers (columns in Unicode scalars),
/// as editors and `path:line:column` output expect.
public struct LineTable: Sendable {
  /// The byte offset where each line starts.
  public let lineStarts: [Int]
  private let bytes: [UInt8]

  /// Indexes `text` once.
  public init(_ text: String) {
    var bytes: [UInt8] = []
    var starts = [0]
    bytes.reserveCapacity(text.utf8.count)
    for (offset, byte) in text.utf8.enumerated() {
      bytes.append(byte)
      if byte == 0x0A { starts.append(offset + 1) }
    }
    self.bytes = bytes
    self.lineStarts = starts
  }

  /// The line and column of byte `offset`.
  public func position(ofByte offset: Int) -> (line: Int, column: Int) {
    // Binary search for the last line start at or before the offset.
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    var column = 1
    var i = lineStarts[low]
    let end = min(offset, bytes.count)
    while i < end {
      if bytes[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return (low + 1, column)
  }
}
