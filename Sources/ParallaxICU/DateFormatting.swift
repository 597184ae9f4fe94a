internal import CICUShim

/// Formats calendar dates for readers of a locale with ICU's CLDR data.
public enum DateFormatting {
  /// `days` since 1970-01-01 formatted in `locale` with a CLDR skeleton (`yMMMMd` gives
  /// "18 December 2024" in en-GB, "18 декабря 2024 г." in ru). Opens a format for the one
  /// date: to format many, keep a `CalendarDateFormat`.
  public static func format(daysSinceEpoch days: Int, locale: String, skeleton: String = "yMMMMd")
    throws(ICUError) -> String
  {
    try CalendarDateFormat(locale: locale, skeleton: skeleton).format(daysSinceEpoch: days)
  }
}

/// A date format of one locale and CLDR skeleton, opened once for many dates (opening costs
/// a pattern generator, date symbols and a number format; formatting, a few microseconds).
///
/// Not thread-safe: one per task.
///
/// ```swift
/// let format = try CalendarDateFormat(locale: "ru", skeleton: "yMMMMd")
/// format.format(daysSinceEpoch: 20075)   // "18 декабря 2024 г."
/// ```
public final class CalendarDateFormat {
  public let locale: String
  public let skeleton: String
  private let handle: OpaquePointer

  public init(locale: String, skeleton: String = "yMMMMd") throws(ICUError) {
    var status: Int32 = 0
    let handle = pxicu_date_format_open(locale, skeleton, &status)
    try ICUError.check(status, "open a date format for '\(locale)'")
    guard let handle else { throw ICUError(code: 7, operation: "open a date format") }
    self.locale = locale
    self.skeleton = skeleton
    self.handle = handle
  }

  deinit { pxicu_date_format_close(handle) }

  /// `days` since 1970-01-01 (UTC) in this format.
  public func format(daysSinceEpoch days: Int) throws(ICUError) -> String {
    var status: Int32 = 0
    var buffer = [CChar](repeating: 0, count: 256)
    let length = pxicu_date_format_utf8(handle, Int32(days), &buffer, 256, &status)
    try ICUError.check(status, "format a date for '\(locale)'")
    return String(decoding: buffer.prefix(Int(min(length, 256))).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
