/// What the header tests of a page read of a paragraph's UTF-8 before any String is built: its
/// length without white space at either end, whether it holds more scalars than a limit, and
/// its first scalars. Made from the bytes here, in the Text kernel, so that the tests that read
/// it (`DatelineParser.mayBeHeader`) hold no pointer work.
struct UTF8Head: Sendable, Equatable {
  /// The byte count of the paragraph without white space at either end.
  var trimmedByteCount: Int
  /// Whether the trimmed paragraph holds more than the limit it was read with in scalars.
  var exceedsScalarLimit: Bool
  /// The paragraph's first scalars (up to the count it was read with).
  var leadingScalars: [Unicode.Scalar]

  /// The head of valid UTF-8 `bytes`, its scalars counted up to `scalarLimit` and its first
  /// `leading` scalars kept.
  init(_ bytes: UnsafeBufferPointer<UInt8>, scalarLimit: Int, leading: Int) {
    trimmedByteCount = UTF8Bytes.trimmedRange(bytes).count
    // A paragraph of no more bytes than the limit has no more scalars than it either.
    exceedsScalarLimit = bytes.count > scalarLimit && UTF8Bytes.trimmedScalarCount(bytes, exceeds: scalarLimit)
    leadingScalars = UTF8Bytes.leadingScalars(bytes, count: leading)
  }
}
