internal import CICUShim

/// A Unicode normalization form.
public enum NormalizationForm: String, Sendable, CaseIterable, Codable {
  /// Canonical composition.
  case nfc
  /// Compatibility composition: ligatures, full-width forms and NBSP become plain characters.
  case nfkc
  /// Compatibility composition with case folding; default-ignorables (soft hyphens) vanish.
  case nfkcCaseFold = "nfkc-casefold"
  /// Canonical decomposition.
  case nfd

  var shimForm: Int32 {
    switch self {
    case .nfc: Int32(PXICU_NFC)
    case .nfkc: Int32(PXICU_NFKC)
    case .nfkcCaseFold: Int32(PXICU_NFKC_CASEFOLD)
    case .nfd: Int32(PXICU_NFD)
    }
  }
}

/// Normalizes text to one Unicode normalization form with ICU, working on UTF-8 directly.
///
/// Not thread-safe: it owns a scratch buffer. Give each task its own.
///
/// ```swift
/// let folder = try Normalizer(.nfkcCaseFold)
/// try folder.normalize("ＫＩＥＶ ﬁle")   // "kiev file"
/// ```
public final class Normalizer {
  /// The form this normalizer produces.
  public let form: NormalizationForm
  private let handle: OpaquePointer

  /// Opens a normalizer.
  /// - Throws: `ICUError` when ICU's normalization data cannot be loaded.
  public init(_ form: NormalizationForm) throws(ICUError) {
    var status: Int32 = 0
    let handle = pxicu_normalizer_open(form.shimForm, &status)
    try ICUError.check(status, "open the \(form.rawValue) normalizer")
    guard let handle else { throw ICUError(code: 7, operation: "open the \(form.rawValue) normalizer") }
    self.form = form
    self.handle = handle
  }

  deinit { pxicu_normalizer_close(handle) }

  /// Returns `text` in this normalizer's form; text already in that form is returned as is.
  public func normalize(_ text: String) throws(ICUError) -> String {
    if text.isEmpty { return text }
    return try withCString8(text, operation: "normalize text to \(form.rawValue)") {
      (pointer, length) throws(ICUError) -> String in
      var status: Int32 = 0
      var out: UnsafePointer<CChar>?
      let count = pxicu_normalizer_apply_utf8(handle, pointer, length, &out, &status)
      try ICUError.check(status, "normalize text to \(form.rawValue)")
      return count < 0 ? text : stringFromShim(out, count: count)
    }
  }
}
