public import ParallaxICU

/// The byte-level half of `Segmenter`: ICU's boundaries over a buffer of UTF-8, folded into
/// sentence spans (blank lines kept with the sentence before, abbreviations and initials
/// joined, sentences ICU runs together cut apart). Kept in the text kernel with the other
/// buffer code; `Segmenter.sentences(in:)` is the String form.
extension Segmenter {
  /// The sentence spans of `bytes` (valid UTF-8) as byte ranges covering all of it.
  public func sentenceSpans(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(ICUError) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    try sentenceSpans(utf8: bytes, into: &spans)
    return spans
  }

  /// `sentenceSpans(utf8:)` appended to `spans`, so that a caller can keep one array for many
  /// paragraphs.
  func sentenceSpans(utf8 bytes: UnsafeBufferPointer<UInt8>, into spans: inout [Range<Int>]) throws(ICUError) {
    try forEachSpan(bytes, expecting: { spans.reserveCapacity(spans.count + $0) }) { spans.append($0) }
  }

  /// Calls `body` with each sentence span of `bytes`, in order, straight from the breaker's
  /// buffer; first calls `expecting` with the most spans there can be.
  func forEachSpan(
    _ bytes: UnsafeBufferPointer<UInt8>, expecting: (Int) -> Void, _ body: (Range<Int>) -> Void
  ) throws(ICUError) {
    try breaker.withBoundaries(utf8: bytes) { boundaries in
      expecting(max(0, boundaries.count - 1))
      var start = 0
      var pending: Range<Int>?
      for index in boundaries.indices.dropFirst() {
        let boundary = Int(boundaries[index])
        if boundary < bytes.count, continuation.continues(bytes, at: boundary) { continue }
        guard boundary > start else { continue }
        // ICU makes blank lines between paragraphs sentences of their own: keep them with the
        // sentence before, so every span holds text.
        if let before = pending, bytes[start..<boundary].allSatisfy(isSpace) {
          pending = before.lowerBound..<boundary
        } else {
          if let before = pending { body(before) }
          // Sentences ICU runs together are cut apart: glued without a space ("… prudenti.Il
          // presidente …"), or a quotation after them that opens with a number.
          var from = start
          for cut in MissedSentenceBreaks.offsets(bytes, from: start, to: boundary, continues: { continuation.continues(bytes, at: $0) }) {
            body(from..<cut)
            from = cut
          }
          pending = from..<boundary
        }
        start = boundary
      }
      if let before = pending { body(before) }
    }
  }
}
