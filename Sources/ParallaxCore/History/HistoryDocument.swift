/// One version of a document as the batch history store keeps it: its key, the digest of its
/// content, the metadata a report shows, its statements and the name forms it uses.
///
/// ```swift
/// let document = HistoryDocument(profiled, key: DocumentKey(path: "feeds/tass/lavrov.txt"))
/// document.source     // "TASS"
/// document.names      // [NameUse(entity: place.kyiv, form: "Kiev", count: 2), …]
/// ```
public struct HistoryDocument: Sendable, Hashable {
  public var key: DocumentKey
  /// The SHA-256 of its content (see `digest(of:)`): a different digest under the same key is
  /// an edit.
  public var sha256: String
  public var title: String?
  public var outlet: String?
  public var agency: String?
  public var published: PartialDate?
  public var language: LocaleID
  /// Its statements in document order; empty when only its names were loaded.
  public var statements: [HistoryStatement]
  /// The name forms of its title and statements, by entity then form.
  public var names: [NameUse]

  public init(
    key: DocumentKey, sha256: String, title: String? = nil, outlet: String? = nil, agency: String? = nil,
    published: PartialDate? = nil, language: LocaleID = .undetermined, statements: [HistoryStatement] = [],
    names: [NameUse] = []
  ) {
    self.key = key
    self.sha256 = sha256
    self.title = title
    self.outlet = outlet
    self.agency = agency
    self.published = published
    self.language = language
    self.statements = statements
    self.names = names
  }

  /// The record of a compared document under `key`: its statements with their profiles' name
  /// forms (and the title's), counted per entity and form.
  public init(_ profiled: ProfiledDocument, key: DocumentKey) {
    let document = profiled.document
    var counts: [NameKey: Int] = [:]
    for form in profiled.title.names + profiled.story.flatMap(\.names) {
      counts[NameKey(entity: form.id, form: form.surface), default: 0] += 1
    }
    let names = counts.map { NameUse(entity: EntityID($0.key.entity), form: $0.key.form, count: $0.value) }
      .sorted { ($0.entity.rawValue, $0.form) < ($1.entity.rawValue, $1.form) }
    self.init(
      key: key, sha256: Self.digest(of: document), title: document.title, outlet: document.source.outlet,
      agency: document.source.agency, published: document.published, language: document.language,
      statements: profiled.statements.enumerated().map { HistoryStatement($0.element, ordinal: $0.offset) }, names: names)
  }

  /// The SHA-256 of what a reader sees of a document: its title, standfirst and text.
  public static func digest(of document: Document) -> String {
    var digest = SHA256Digest()
    for part in [document.title ?? "", document.standfirst ?? "", document.text] {
      digest.update(part.utf8)
      digest.update([0])
    }
    return digest.finalHex()
  }

  /// The name of its source: the outlet, else the agency, else the file name without its
  /// extensions (as a report's source columns are named).
  public var source: String {
    if let outlet, !outlet.isEmpty { return outlet }
    if let agency, !agency.isEmpty { return agency }
    return String(key.fileName.prefix { $0 != "." })
  }

  /// The month it was published, when its date has a year.
  public var month: YearMonth? {
    guard let published, let year = published.year else { return nil }
    return YearMonth(year: year, month: published.month)
  }

  private struct NameKey: Hashable {
    var entity: String
    var form: String
  }
}
