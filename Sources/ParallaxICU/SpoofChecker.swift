internal import CICUShim

/// What a spoof check found in a string (UTS #39).
public struct SpoofFindings: OptionSet, Sendable, Hashable {
  public let rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// Letters from scripts that should not mix in one word (Latin with a Cyrillic "е").
  public static let mixedScript = SpoofFindings(rawValue: Int32(PXICU_SPOOF_RESTRICTION_LEVEL))
  /// A mixed-script string that looks like a single-script one.
  public static let mixedScriptConfusable = SpoofFindings(rawValue: Int32(PXICU_SPOOF_MIXED_SCRIPT_CONFUSABLE))
  /// The whole string could be confused with one in another script.
  public static let wholeScriptConfusable = SpoofFindings(rawValue: Int32(PXICU_SPOOF_WHOLE_SCRIPT_CONFUSABLE))
  /// Digits from different decimal systems.
  public static let mixedNumbers = SpoofFindings(rawValue: Int32(PXICU_SPOOF_MIXED_NUMBERS))
}

/// Detects confusable and mixed-script words, such as "Kiev" typed with a Cyrillic "е".
///
/// ```swift
/// let checker = try SpoofChecker()
/// try checker.check("Ki\u{0435}v").contains(.mixedScript)              // true
/// try checker.skeleton("Ki\u{0435}v") == checker.skeleton("Kiev")       // true
/// ```
public final class SpoofChecker {
  private let handle: OpaquePointer

  public init() throws(ICUError) {
    var status: Int32 = 0
    let handle = pxicu_spoof_open(&status)
    try ICUError.check(status, "open a spoof checker")
    guard let handle else { throw ICUError(code: 7, operation: "open a spoof checker") }
    self.handle = handle
  }

  deinit { pxicu_spoof_close(handle) }

  /// The suspicious properties of `text`; empty when it is clean.
  public func check(_ text: String) throws(ICUError) -> SpoofFindings {
    if text.isEmpty { return [] }
    return try withCString8(text, operation: "check for spoofing") { (pointer, length) throws(ICUError) in
      var status: Int32 = 0
      let bits = pxicu_spoof_check_utf8(handle, pointer, length, &status)
      try ICUError.check(status, "check for spoofing")
      // Keep only the documented bits; the restriction level sits in the high bits.
      return SpoofFindings(rawValue: bits & 0xFFFF)
    }
  }

  /// The confusable skeleton of `text`: two strings that look alike share a skeleton.
  public func skeleton(_ text: String) throws(ICUError) -> String {
    if text.isEmpty { return text }
    return try withCString8(text, operation: "build a confusable skeleton") { (pointer, length) throws(ICUError) in
      var status: Int32 = 0
      var out: UnsafePointer<CChar>?
      let count = pxicu_spoof_skeleton_utf8(handle, pointer, length, &out, &status)
      try ICUError.check(status, "build a confusable skeleton")
      return stringFromShim(out, count: count)
    }
  }

  /// Whether `a` and `b` differ but look alike.
  public func areConfusable(_ a: String, _ b: String) throws(ICUError) -> Bool {
    if a == b { return false }
    return try skeleton(a) == skeleton(b)
  }
}
