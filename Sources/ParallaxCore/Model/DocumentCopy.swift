/// Documents that carry one wire story: the same text in several outlets, or its translations.
public struct DocumentCopy: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The same text in the same language.
    case copy
    /// The same story in another language: same entities, numbers and dateline.
    case translation
  }

  public var kind: Kind
  /// The two documents' paths, sorted.
  public var documents: [String]
  /// The agency both name, when they agree.
  public var agency: String?
  /// The share of the shorter document's statements aligned as `same` with the other's.
  public var coverage: Double

  public init(kind: Kind, documents: [String], agency: String?, coverage: Double) {
    self.kind = kind
    self.documents = documents
    self.agency = agency
    self.coverage = coverage
  }
}
