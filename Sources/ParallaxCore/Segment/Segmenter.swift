public import ParallaxICU

/// Splits text into sentences with ICU, then removes the boundaries that the language's
/// segmentation profile says are abbreviations or initials, not sentence ends.
///
/// Not thread-safe: it owns an ICU break iterator. Give each task its own.
///
/// ```swift
/// let segmenter = try Segmenter(language: "en", profile: profile)
/// segmenter.sentences(in: "Mr. Lavrov spoke. He left.")   // ["Mr. Lavrov spoke. ", "He left."]
/// ```
public final class Segmenter {
  public let language: LocaleID
  let breaker: SentenceBreaker
  /// Where an ICU boundary is no sentence end: abbreviations, initials, ordinals.
  let continuation: SentenceContinuation

  /// Opens ICU's sentence rules for `language` with its profile.
  public init(language: LocaleID, profile: SegmentationProfile) throws(ICUError) {
    self.language = language
    self.breaker = try SentenceBreaker(locale: language.rawValue)
    self.continuation = SentenceContinuation(profile: profile)
  }

  /// The sentences of `text`, each with its trailing spaces.
  public func sentences(in text: String) throws(ICUError) -> [Range<String.Index>] {
    if text.isEmpty { return [] }
    var bytesOf = text
    // Contiguous first, so that withUTF8 does not copy and `utf8` indexes the same storage.
    bytesOf.makeContiguousUTF8()
    let utf8 = bytesOf.utf8
    var sentences: [Range<String.Index>] = []
    var failure: ICUError?
    bytesOf.withUTF8 { bytes in
      do throws(ICUError) {
        try forEachSpan(bytes, expecting: { sentences.reserveCapacity($0) }) { span in
          sentences.append(
            utf8.index(utf8.startIndex, offsetBy: span.lowerBound)
              ..< utf8.index(utf8.startIndex, offsetBy: span.upperBound))
        }
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
    return sentences
  }
}
