/// Who published a document and whose copy it is.
///
/// `MOSCOW (UrduPoint News / Sputnik - 24th March, 2022)`: outlet `UrduPoint News`, agency
/// `Sputnik`, relayed by `UrduPoint News`.
public struct DocumentSource: Sendable, Hashable, Codable {
  /// The site or paper that carries the text.
  public var outlet: String?
  /// The agency whose copy it is (TASS, Reuters, ICRC), when the dateline or metadata says so.
  public var agency: String?
  /// The outlet that relays another agency's copy, when it is not the agency itself.
  public var relayedBy: String?

  public init(outlet: String? = nil, agency: String? = nil, relayedBy: String? = nil) {
    self.outlet = outlet
    self.agency = agency
    self.relayedBy = relayedBy
  }

  /// Whom narration is attributed to: the agency, else the outlet.
  public var narrator: String? { agency ?? outlet }
}
