/// One article as read from a file, with its metadata and its text.
///
/// `text` holds the article's paragraphs; `paragraphs` say which are title, byline and body, and
/// `sourceMap` turns any offset into the file's `line:column`.
public struct Document: Sendable, Hashable, Codable {
  /// The input format it was read from.
  public enum Format: String, Sendable, Hashable, Codable {
    case agencyText = "text", frontMatter = "markdown", jsonLines = "jsonl", html
  }

  public var id: DocumentID
  /// The file it came from, as given (`-` for standard input).
  public var path: String
  public var format: Format
  public var source: DocumentSource
  public var title: String?
  public var standfirst: String?
  public var url: String?
  public var byline: Byline?
  public var dateline: Dateline?
  /// The publication date (from metadata, the byline, or a dateline with its own year).
  public var published: PartialDate?
  /// The publication time as written, when known ("07:44 PM", "19:44:00Z").
  public var publishedTime: String?
  /// True when `published` was inferred from a date in the page's text (no metadata, byline
  /// or dateline gave one); nil otherwise.
  public var publishedInferred: Bool?
  /// The main language (of the body's longest paragraphs).
  public var language: LocaleID
  /// ISO 15924 codes of the scripts of the body, sorted.
  public var scripts: [String]
  /// The article text; paragraphs index into it by UTF-8 offsets.
  public var text: String
  public var paragraphs: [Paragraph]
  public var sourceMap: SourceMap

  public init(
    id: DocumentID, path: String, format: Format, source: DocumentSource = DocumentSource(),
    title: String? = nil, standfirst: String? = nil, url: String? = nil, byline: Byline? = nil,
    dateline: Dateline? = nil, published: PartialDate? = nil, publishedTime: String? = nil,
    language: LocaleID = .undetermined, scripts: [String] = [], text: String,
    paragraphs: [Paragraph], sourceMap: SourceMap
  ) {
    self.id = id
    self.path = path
    self.format = format
    self.source = source
    self.title = title
    self.standfirst = standfirst
    self.url = url
    self.byline = byline
    self.dateline = dateline
    self.published = published
    self.publishedTime = publishedTime
    self.language = language
    self.scripts = scripts
    self.text = text
    self.paragraphs = paragraphs
    self.sourceMap = sourceMap
  }

  /// The body paragraphs, in order.
  public var body: [Paragraph] { paragraphs.filter { $0.role == .body } }
}
