import ParallaxICU

/// Dates in a report, formatted by ICU (CLDR) for the report language with the skeletons of
/// the report strings; ISO dates when ICU cannot format. Opening an ICU date formatter is slow
/// and reports repeat a few dates, so each format is opened once, on first use, and each
/// formatted date is kept; like `ReportCollation`, one instance serves one rendering task.
final class ReportDates {
  let strings: ReportStrings
  private var full: [Int: String] = [:]
  private var monthDay: [Int: String] = [:]
  private var months: [Int: String] = [:]
  private lazy var fullFormat = try? CalendarDateFormat(locale: strings.language.rawValue, skeleton: strings.dateSkeleton)
  private lazy var monthDayFormat = try? CalendarDateFormat(
    locale: strings.language.rawValue, skeleton: strings.monthDaySkeleton)
  private lazy var monthFormat = try? CalendarDateFormat(locale: strings.language.rawValue, skeleton: strings.monthSkeleton)

  init(strings: ReportStrings) { self.strings = strings }

  func format(_ date: CalendarDate) -> String {
    Self.formatted(date.daysSinceEpoch, in: &full, with: fullFormat, otherwise: date.description)
  }

  /// A date that may lack its year: the month and day alone then.
  func format(_ date: PartialDate) -> String {
    if let year = date.year, let calendar = CalendarDate(year: year, month: date.month, day: date.day) {
      return format(calendar)
    }
    // A leap year, so 29 February formats too; the skeleton prints no year.
    guard let calendar = CalendarDate(year: 2000, month: date.month, day: date.day) else { return date.description }
    return Self.formatted(calendar.daysSinceEpoch, in: &monthDay, with: monthDayFormat, otherwise: date.description)
  }

  /// The month of `date` as the report language writes it ("March 2025").
  func formatMonth(_ date: CalendarDate) -> String {
    Self.formatted(date.daysSinceEpoch, in: &months, with: monthFormat, otherwise: date.description)
  }

  /// `day` as `format` writes it (`fallback` when ICU cannot), kept in `table`.
  private static func formatted(
    _ day: Int, in table: inout [Int: String], with format: CalendarDateFormat?, otherwise fallback: String
  ) -> String {
    if let known = table[day] { return known }
    let text = (try? format?.format(daysSinceEpoch: day)) ?? fallback
    table[day] = text
    return text
  }
}
