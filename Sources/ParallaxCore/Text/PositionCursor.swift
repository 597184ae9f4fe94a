/// Turns ascending UTF-8 offsets of a document's text into file `line:column` through its
/// source map, walking forward once: linear over a whole document even when it is one
/// 10 MB paragraph (a fresh scan from the line start per sentence would be quadratic).
public struct PositionCursor {
  private let bytes: [UInt8]
  private let anchors: [SourceMap.Anchor]
  private var anchorIndex = 0
  private var offset = 0
  private var line = 1
  private var column = 1

  public init(text: String, sourceMap: SourceMap) {
    self.init(bytes: Array(text.utf8), sourceMap: sourceMap)
  }

  /// A cursor over the UTF-8 of the text, already at hand.
  init(bytes: [UInt8], sourceMap: SourceMap) {
    self.bytes = bytes
    anchors = sourceMap.anchors
    reset(to: 0)
  }

  private mutating func reset(to index: Int) {
    anchorIndex = index
    offset = anchors[index].offset
    line = anchors[index].line
    column = anchors[index].column
  }

  /// The position of `target`; cheapest when called with ascending offsets.
  public mutating func position(of target: Int) -> (line: Int, column: Int) {
    let target = min(max(target, 0), bytes.count)
    // The last anchor at or before the target.
    var k = anchorIndex
    if target < offset || anchors[k].offset > target {
      k = 0
      var low = 0
      var high = anchors.count - 1
      while low <= high {
        let mid = (low + high) / 2
        if anchors[mid].offset <= target { k = mid; low = mid + 1 } else { high = mid - 1 }
      }
      reset(to: k)
    }
    while anchorIndex + 1 < anchors.count, anchors[anchorIndex + 1].offset <= target { reset(to: anchorIndex + 1) }
    let verbatim = anchors[anchorIndex].verbatim
    var (o, l, c) = (offset, line, column)
    bytes.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress else { return }
      let raw = UnsafeRawPointer(base)
      while o < target {
        // Eight bytes at a time while none of them ends a line (or lines do not count).
        while o + 8 <= target {
          let word = raw.loadUnaligned(fromByteOffset: o, as: UInt64.self)
          if verbatim, ByteWord.matches(word, 0x0A) != 0 { break }
          c &+= 8 - ByteWord.continuationCount(word)
          o &+= 8
        }
        guard o < target else { break }
        let byte = bytes[o]
        if verbatim, byte == 0x0A {
          l &+= 1
          c = 1
        } else if byte & 0xC0 != 0x80 {
          c &+= 1
        }
        o &+= 1
      }
    }
    (offset, line, column) = (o, l, c)
    return (line, column)
  }
}
