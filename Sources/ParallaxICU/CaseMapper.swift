internal import CICUShim

/// Locale-aware upper, lower and title casing with ICU (Turkish i, Greek final sigma…).
public final class CaseMapper {
  public enum Mapping: Sendable { case upper, lower, title }

  public let locale: String
  private let handle: OpaquePointer

  public init(locale: String) throws(ICUError) {
    var status: Int32 = 0
    let handle = pxicu_casemap_open(locale, &status)
    try ICUError.check(status, "open a case mapper for '\(locale)'")
    guard let handle else { throw ICUError(code: 7, operation: "open a case mapper") }
    self.locale = locale
    self.handle = handle
  }

  deinit { pxicu_casemap_close(handle) }

  /// `text` mapped to upper, lower or title case.
  public func map(_ text: String, to mapping: Mapping) throws(ICUError) -> String {
    if text.isEmpty { return text }
    let kind: Int32 =
      switch mapping {
      case .upper: Int32(PXICU_CASE_UPPER)
      case .lower: Int32(PXICU_CASE_LOWER)
      case .title: Int32(PXICU_CASE_TITLE)
      }
    return try withCString8(text, operation: "map case") { (pointer, length) throws(ICUError) in
      var status: Int32 = 0
      var out: UnsafePointer<CChar>?
      let count = pxicu_casemap_apply_utf8(handle, kind, pointer, length, &out, &status)
      try ICUError.check(status, "map case")
      return stringFromShim(out, count: count)
    }
  }
}
