/// What a format reader hands on: the text with its paragraphs and whatever metadata the
/// format carries. `DocumentLoader` then finds title, byline, dateline and languages.
struct RawDocument: Sendable {
  var id: DocumentID
  var path: String
  var format: Document.Format
  var text: String
  /// Candidate paragraphs: UTF-8 ranges in `text`, without surrounding blank lines.
  var paragraphs: [Range<Int>]
  var sourceMap: SourceMap
  var title: String?
  var outlet: String?
  var url: String?
  var published: String?
  var language: String?
  /// Whether the first paragraph is a Markdown heading (its `#` marks are not text).
  var headingTitle = false

  init(id: DocumentID, path: String, format: Document.Format, text: String, paragraphs: [Range<Int>], sourceMap: SourceMap) {
    self.id = id
    self.path = path
    self.format = format
    self.text = text
    self.paragraphs = paragraphs
    self.sourceMap = sourceMap
  }

  /// Paragraphs of `text[range]`: runs of lines separated by blank lines, trimmed (each line
  /// a paragraph of its own when `splittingLines`).
  static func paragraphs(in text: String, from start: Int = 0, splittingLines: Bool = false) -> [Range<Int>] {
    ParagraphScan.paragraphs(in: text, from: start, splittingLines: splittingLines)
  }
}
