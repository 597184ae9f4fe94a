extension String {
  /// `hasSuffix(suffix)` for two strings in one normalization form (match keys and their
  /// romanizations): the last bytes are compared first, and only a byte match is confirmed
  /// character by character. Canonically equivalent text in one form has the same bytes, so a
  /// byte mismatch is a mismatch; most words end otherwise, and comparing characters from the
  /// end (what `hasSuffix` does) costs far more than comparing bytes.
  func hasNormalizedSuffix(_ suffix: String) -> Bool {
    let tail = suffix.utf8
    guard utf8.count >= tail.count else { return false }
    return utf8.suffix(tail.count).elementsEqual(tail) && hasSuffix(suffix)
  }

  /// `hasPrefix(prefix)` for two strings in one normalization form, the bytes compared first
  /// (as `hasNormalizedSuffix`).
  func hasNormalizedPrefix(_ prefix: String) -> Bool {
    utf8.starts(with: prefix.utf8) && hasPrefix(prefix)
  }
}
