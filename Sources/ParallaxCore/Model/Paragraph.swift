/// One paragraph of a document's text.
public struct Paragraph: Sendable, Hashable, Codable {
  /// What part of the article it is.
  public enum Role: String, Sendable, Hashable, Codable {
    case chrome, title, standfirst, byline, body
    /// A heading inside the story: read for grouping, never a statement.
    case heading
  }

  /// UTF-8 byte range in `Document.text`.
  public var range: Range<Int>
  public var role: Role
  /// Its language, detected or given.
  public var language: LocaleID
  /// ISO 15924 codes of its scripts, sorted.
  public var scripts: [String]

  public init(range: Range<Int>, role: Role, language: LocaleID = .undetermined, scripts: [String] = []) {
    self.range = range
    self.role = role
    self.language = language
    self.scripts = scripts
  }
}
