/// One sentence of a document's body.
public struct Sentence: Sendable, Hashable, Codable {
  /// UTF-8 byte range in `Document.text`, without surrounding white space.
  public var range: Range<Int>
  /// The index of its paragraph in `Document.paragraphs`.
  public var paragraph: Int
  public var text: String
  /// Where it starts in the file (1-based; columns count Unicode scalars).
  public var line: Int
  public var column: Int
  public var language: LocaleID

  public init(range: Range<Int>, paragraph: Int, text: String, line: Int, column: Int, language: LocaleID) {
    self.range = range
    self.paragraph = paragraph
    self.text = text
    self.line = line
    self.column = column
    self.language = language
  }
}
