/// Turns UTF-8 byte offsets into 1-based line and column numbers (columns in Unicode scalars),
/// as editors and `path:line:column` output expect.
///
/// Each lookup costs a binary search and at most one 256-byte scan, however long the line: a
/// 20 MB single-line file with half a million findings stays fast.
public struct LineTable: Sendable {
  /// The byte offset where each line starts.
  public let lineStarts: [Int]
  private let bytes: [UInt8]
  /// The number of scalars before each 256-byte block.
  private let scalarsBeforeBlock: [Int]
  private static let blockShift = 8

  /// Indexes `text` once.
  public init(_ text: String) {
    let bytes = Array(text.utf8)
    var starts = [0]
    var blocks: [Int] = []
    blocks.reserveCapacity(bytes.count >> Self.blockShift + 1)
    var scalars = 0
    for (offset, byte) in bytes.enumerated() {
      if offset & ((1 << Self.blockShift) - 1) == 0 { blocks.append(scalars) }
      if byte & 0xC0 != 0x80 { scalars += 1 }
      if byte == 0x0A { starts.append(offset + 1) }
    }
    blocks.append(scalars)
    self.bytes = bytes
    self.lineStarts = starts
    self.scalarsBeforeBlock = blocks
  }

  /// The number of scalars in the bytes before `offset`.
  private func scalars(before offset: Int) -> Int {
    let end = min(max(0, offset), bytes.count)
    let block = end >> Self.blockShift
    var count = block < scalarsBeforeBlock.count ? scalarsBeforeBlock[block] : scalarsBeforeBlock[scalarsBeforeBlock.count - 1]
    var i = block << Self.blockShift
    while i < end {
      if bytes[i] & 0xC0 != 0x80 { count += 1 }
      i += 1
    }
    return count
  }

  /// The line and column of byte `offset`.
  public func position(ofByte offset: Int) -> (line: Int, column: Int) {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return (low + 1, scalars(before: offset) - scalars(before: lineStarts[low]) + 1)
  }
}
