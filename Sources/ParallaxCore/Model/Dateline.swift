/// A dateline: "MOSCOW, December 18. /TASS/." — where and when the copy was filed.
public struct Dateline: Sendable, Hashable, Codable {
  /// The dateline as written, without the body text after it.
  public var text: String
  /// The place as written ("MOSCOW", "КИЇВ").
  public var place: String?
  /// The place's registry entity, when the resolver knows it.
  public var placeEntity: EntityID?
  /// The date as written ("December 18", "24th March, 2022").
  public var dateText: String?
  /// The date it names; its year is nil when neither the dateline nor the document gives one.
  public var date: PartialDate?
  /// Whether the year came from the publication date rather than the dateline itself.
  public var yearInferred: Bool
  /// The agency named in it ("TASS", "Reuters").
  public var agency: String?
  /// The relaying publisher named in it ("UrduPoint News").
  public var publisher: String?
  /// The id of the dateline pattern that matched (`tass`, `sputnik-aggregator`).
  public var pattern: String
  /// UTF-8 byte length of the dateline inside its paragraph (the body starts after it).
  public var length: Int

  public init(
    text: String, place: String? = nil, placeEntity: EntityID? = nil, dateText: String? = nil,
    date: PartialDate? = nil, yearInferred: Bool = false, agency: String? = nil,
    publisher: String? = nil, pattern: String, length: Int
  ) {
    self.text = text
    self.place = place
    self.placeEntity = placeEntity
    self.dateText = dateText
    self.date = date
    self.yearInferred = yearInferred
    self.agency = agency
    self.publisher = publisher
    self.pattern = pattern
    self.length = length
  }
}
