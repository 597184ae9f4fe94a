/// A calendar date whose year may be unknown: datelines often omit it ("December 18").
///
/// Written as ISO `2024-12-18`, or `--12-18` (ISO 8601's form without a year) when the year is
/// open. Never invented: a missing year stays nil.
public struct PartialDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  public var year: Int?
  public var month: Int
  public var day: Int

  public init(year: Int?, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// `2024-12-18` or `--12-18`.
  public var description: String {
    let mm = month < 10 ? "0\(month)" : "\(month)"
    let dd = day < 10 ? "0\(day)" : "\(day)"
    guard let year else { return "--\(mm)-\(dd)" }
    return "\(year)-\(mm)-\(dd)"
  }

  /// Parses `yyyy-mm-dd` at the start of `text` (a timestamp's date part), or nil.
  public init?(iso text: String) {
    let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
    (lhs.year ?? 0, lhs.month, lhs.day) < (rhs.year ?? 0, rhs.month, rhs.day)
  }
}
