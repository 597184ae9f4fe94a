/// Maps byte offsets of a document's text back to `line:column` in its file.
///
/// Text read verbatim (plain text, Markdown) maps exactly: one anchor at offset 0 with the
/// line where the text starts. Text taken out of markup (HTML, a JSON string) has one anchor per
/// paragraph at its element's or field's position; offsets inside a paragraph then count
/// columns from that anchor when the paragraph is on one line of the file.
public struct SourceMap: Sendable, Hashable, Codable {
  /// A text offset and the file position it starts at.
  public struct Anchor: Sendable, Hashable, Codable {
    public var offset: Int
    public var line: Int
    public var column: Int
    /// Whether text after the anchor is the file's text byte for byte (lines advance with it).
    public var verbatim: Bool

    public init(offset: Int, line: Int, column: Int, verbatim: Bool) {
      self.offset = offset
      self.line = line
      self.column = column
      self.verbatim = verbatim
    }
  }

  /// Anchors by ascending offset; the first one is at offset 0.
  public var anchors: [Anchor]

  public init(anchors: [Anchor]) {
    self.anchors = anchors.isEmpty ? [Anchor(offset: 0, line: 1, column: 1, verbatim: true)] : anchors
  }

  /// Text that is the file itself, from line `line` on.
  public static func verbatim(fromLine line: Int = 1) -> SourceMap {
    SourceMap(anchors: [Anchor(offset: 0, line: line, column: 1, verbatim: true)])
  }
}
