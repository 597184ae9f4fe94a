internal import CICUShim

/// Formats calendar dates for readers of a locale with ICU's CLDR data.
public enum DateFormatting {
  /// `days` since 1970-01-01 formatted in `locale` with a CLDR skeleton (`yMMMMd` gives
  /// "18 December 2024" in en-GB, "18 декабря 2024 г." in ru).
  public static func format(daysSinceEpoch days: Int, locale: String, skeleton: String = "yMMMMd")
    throws(ICUError) -> String
  {
    var status: Int32 = 0
    var buffer = [CChar](repeating: 0, count: 256)
    let length = pxicu_format_date_utf8(locale, skeleton, Int32(days), &buffer, 256, &status)
    try ICUError.check(status, "format a date for '\(locale)'")
    return String(decoding: buffer.prefix(Int(min(length, 256))).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
