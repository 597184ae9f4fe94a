import ParallaxICU

/// Dates in a report, formatted by ICU (CLDR) for the report language with the skeletons of
/// the report strings; ISO dates when ICU cannot format.
struct ReportDates {
  let strings: ReportStrings

  func format(_ date: CalendarDate) -> String {
    (try? DateFormatting.format(daysSinceEpoch: date.daysSinceEpoch, locale: strings.language.rawValue, skeleton: strings.dateSkeleton))
      ?? date.description
  }

  /// A date that may lack its year: the month and day alone then.
  func format(_ date: PartialDate) -> String {
    if let year = date.year, let calendar = CalendarDate(year: year, month: date.month, day: date.day) {
      return format(calendar)
    }
    // A leap year, so 29 February formats too; the skeleton prints no year.
    guard let calendar = CalendarDate(year: 2000, month: date.month, day: date.day) else { return date.description }
    return (try? DateFormatting.format(daysSinceEpoch: calendar.daysSinceEpoch, locale: strings.language.rawValue,
                                       skeleton: strings.monthDaySkeleton)) ?? date.description
  }
}
