/// A month of a year: the unit of the naming-over-time table, written `2025-03`.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int

  public init(year: Int, month: Int) {
    self.year = year
    self.month = month
  }

  /// Parses `YYYY-MM`.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
      (1...12).contains(month)
    else { return nil }
    self.init(year: year, month: month)
  }

  /// Its first day.
  public var firstDay: CalendarDate? { CalendarDate(year: year, month: month, day: 1) }

  public var description: String {
    let y = String(year)
    return String(repeating: "0", count: max(0, 4 - y.count)) + y + (month < 10 ? "-0\(month)" : "-\(month)")
  }

  public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}
