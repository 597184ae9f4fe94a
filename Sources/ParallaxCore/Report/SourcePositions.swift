/// A place in a text counted the ways different tools count it: the line, and the column in
/// Unicode scalars (Parallax's own output), in UTF-16 code units (SARIF's default, the Language
/// Server Protocol) and in UTF-8 bytes (reviewdog). All 1-based.
public struct SourcePosition: Sendable, Hashable {
  /// The line, lines ending at LF.
  public var line: Int
  /// The column in Unicode scalars, as `--format line` and `json` count.
  public var column: Int
  /// The column in UTF-16 code units, as SARIF (by default) and LSP count.
  public var utf16Column: Int
  /// The column in UTF-8 bytes, as reviewdog counts.
  public var utf8Column: Int

  public init(line: Int, column: Int, utf16Column: Int, utf8Column: Int) {
    self.line = line
    self.column = column
    self.utf16Column = utf16Column
    self.utf8Column = utf8Column
  }
}

/// Turns UTF-8 byte offsets in one text into ``SourcePosition``s, so renderers for other tools
/// can count columns as those tools' specifications say.
///
/// Each lookup is a binary search for the line and a scan of at most one 256-byte block: prefix
/// counts per block keep a long single-line file with many findings linear.
///
/// ```swift
/// let positions = SourcePositions("a𐐀b Kiev\n")
/// positions.position(ofByte: 7)   // line 1, column 4, utf16Column 5, utf8Column 8
/// ```
public struct SourcePositions: Sendable {
  private let bytes: [UInt8]
  /// The byte offset where each line starts.
  public let lineStarts: [Int]
  /// Scalars and UTF-16 code units before each 256-byte block.
  private let scalarsBefore: [Int]
  private let utf16Before: [Int]
  private static let blockShift = 8

  /// Indexes `text` once.
  public init(_ text: String) {
    let bytes = Array(text.utf8)
    var starts = [0]
    var scalarBlocks: [Int] = []
    var utf16Blocks: [Int] = []
    var scalars = 0
    var units = 0
    for (offset, byte) in bytes.enumerated() {
      if offset & ((1 << Self.blockShift) - 1) == 0 {
        scalarBlocks.append(scalars)
        utf16Blocks.append(units)
      }
      if byte & 0xC0 != 0x80 {
        scalars += 1
        // A four-byte sequence is a scalar outside the BMP: a surrogate pair in UTF-16.
        units += byte >= 0xF0 ? 2 : 1
      }
      if byte == 0x0A { starts.append(offset + 1) }
    }
    scalarBlocks.append(scalars)
    utf16Blocks.append(units)
    self.bytes = bytes
    self.lineStarts = starts
    self.scalarsBefore = scalarBlocks
    self.utf16Before = utf16Blocks
  }

  /// The number of scalars and UTF-16 code units in the bytes before `offset`.
  private func counts(before offset: Int) -> (scalars: Int, utf16: Int) {
    let end = min(max(0, offset), bytes.count)
    let block = min(end >> Self.blockShift, scalarsBefore.count - 1)
    var scalars = scalarsBefore[block]
    var units = utf16Before[block]
    var i = block << Self.blockShift
    while i < end {
      let byte = bytes[i]
      if byte & 0xC0 != 0x80 {
        scalars += 1
        units += byte >= 0xF0 ? 2 : 1
      }
      i += 1
    }
    return (scalars, units)
  }

  /// The 0-based line holding byte `offset`.
  private func lineIndex(ofByte offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }

  /// The position of byte `offset` (clamped to the text).
  public func position(ofByte offset: Int) -> SourcePosition {
    let offset = min(max(0, offset), bytes.count)
    let line = lineIndex(ofByte: offset)
    let start = lineStarts[line]
    let here = counts(before: offset)
    let lineStart = counts(before: start)
    return SourcePosition(
      line: line + 1, column: here.scalars - lineStart.scalars + 1, utf16Column: here.utf16 - lineStart.utf16 + 1,
      utf8Column: offset - start + 1)
  }

  /// The start and end (exclusive) of `finding` in this text.
  public func range(of finding: StyleFinding) -> (start: SourcePosition, end: SourcePosition) {
    (position(ofByte: finding.utf8Range.lowerBound), position(ofByte: finding.utf8Range.upperBound))
  }
}

/// The texts findings were found in, by path, so renderers can count columns in UTF-16 code
/// units or bytes. A path without its text falls back to the finding's own scalar columns
/// (exact for UTF-16 when the line has no character outside the Basic Multilingual Plane, and
/// for bytes when it is ASCII).
public struct CheckSources: Sendable {
  private var positions: [String: SourcePositions]

  /// Indexes each text (path → text).
  public init(_ texts: [String: String] = [:]) {
    positions = texts.mapValues(SourcePositions.init)
  }

  /// The start and end (exclusive) of `finding`.
  public func range(of finding: StyleFinding) -> (start: SourcePosition, end: SourcePosition) {
    if let known = positions[finding.path] { return known.range(of: finding) }
    return (
      SourcePosition(line: finding.line, column: finding.column, utf16Column: finding.column, utf8Column: finding.column),
      SourcePosition(
        line: finding.endLine, column: finding.endColumn, utf16Column: finding.endColumn, utf8Column: finding.endColumn)
    )
  }
}
