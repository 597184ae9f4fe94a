/// A byline: "Muhammad Irfan Published March 24, 2022 | 07:44 PM".
public struct Byline: Sendable, Hashable, Codable {
  /// The author as written.
  public var author: String?
  /// The publication date and time as written ("March 24, 2022 | 07:44 PM").
  public var published: String?
  /// The publication date it names.
  public var date: PartialDate?
  /// The time as written ("07:44 PM"), when there is one.
  public var time: String?

  public init(author: String? = nil, published: String? = nil, date: PartialDate? = nil, time: String? = nil) {
    self.author = author
    self.published = published
    self.date = date
    self.time = time
  }
}
