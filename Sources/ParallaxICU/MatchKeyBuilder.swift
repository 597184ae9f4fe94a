internal import CICUShim

/// What a match key folds besides case and compatibility forms: which characters become which
/// (apostrophes, quotes, dashes), and the scripts whose letters lose their combining marks.
///
/// The tables are data (`Locales/und/normalization/match-key.yaml`); this type only carries them.
public struct MatchKeyProfile: Sendable, Hashable {
  /// Each source scalar maps to a target scalar, or to `nil` to delete it.
  public var mappings: [Unicode.Scalar: Unicode.Scalar?]
  /// ISO 15924 codes ("Latn") of the scripts whose letters lose their combining marks.
  public var stripMarksFrom: [String]

  public init(mappings: [Unicode.Scalar: Unicode.Scalar?], stripMarksFrom: [String]) {
    self.mappings = mappings
    self.stripMarksFrom = stripMarksFrom
  }
}

/// Builds match keys: NFKC case-folded text with apostrophes, quotes and dashes unified and
/// combining marks stripped from the letters of chosen scripts (Latin), so that "Spolyarić",
/// "SPOLYARIC" and "Spolyaric" share one key while Cyrillic й, ї and ё keep theirs.
///
/// Not thread-safe: it owns scratch buffers. Give each task its own.
public final class MatchKeyBuilder {
  private let handle: OpaquePointer

  /// Opens a builder for `profile`.
  /// - Throws: `ICUError` when ICU's data cannot be loaded or a script code is unknown.
  public init(profile: MatchKeyProfile) throws(ICUError) {
    let sorted = profile.mappings.sorted { $0.key.value < $1.key.value }
    let from = sorted.map { Int32(bitPattern: $0.key.value) }
    let to = sorted.map { $0.value.map { Int32(bitPattern: $0.value) } ?? 0 }
    var scripts: [Int32] = []
    for name in profile.stripMarksFrom {
      let code = pxicu_script_code(name)
      guard code >= 0 else {
        throw ICUError(code: 1, name: "U_ILLEGAL_ARGUMENT_ERROR", operation: "find script '\(name)'")
      }
      scripts.append(code)
    }
    var status: Int32 = 0
    let handle = pxicu_matchkey_open(from, to, Int32(from.count), scripts, Int32(scripts.count), &status)
    try ICUError.check(status, "open the match-key builder")
    guard let handle else { throw ICUError(code: 7, operation: "open the match-key builder") }
    self.handle = handle
  }

  deinit { pxicu_matchkey_close(handle) }

  /// The match key of `text`.
  public func key(_ text: String) throws(ICUError) -> String {
    if text.isEmpty { return text }
    return try withCString8(text, operation: "build a match key") {
      (pointer, length) throws(ICUError) -> String in
      var status: Int32 = 0
      var out: UnsafePointer<CChar>?
      let count = pxicu_matchkey_apply_utf8(handle, pointer, length, &out, &status)
      try ICUError.check(status, "build a match key")
      return stringFromShim(out, count: count)
    }
  }
}
