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
  private let breaker: SentenceBreaker
  private let noBreak: Set<String>
  private let capitalOnly: Set<String>
  private let afterNumber: Set<String>
  private let initials: Bool

  /// Opens ICU's sentence rules for `language` with its profile.
  public init(language: LocaleID, profile: SegmentationProfile) throws(ICUError) {
    self.language = language
    self.breaker = try SentenceBreaker(locale: language.rawValue)
    self.noBreak = Set(profile.noBreakAfter)
    self.capitalOnly = Set(profile.breakBeforeCapitalOnly)
    self.afterNumber = Set(profile.afterNumberBreakBeforeCapitalOnly)
    self.initials = profile.initials
  }

  /// The sentence spans of `bytes` (valid UTF-8) as byte ranges covering all of it.
  public func sentenceSpans(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(ICUError) -> [Range<Int>] {
    let boundaries = try breaker.boundaries(utf8: bytes)
    var spans: [Range<Int>] = []
    spans.reserveCapacity(boundaries.count)
    var start = 0
    for boundary in boundaries.dropFirst() {
      if boundary < bytes.count, continues(bytes, at: boundary) { continue }
      guard boundary > start else { continue }
      // ICU makes blank lines between paragraphs sentences of their own: keep them with the
      // sentence before, so every span holds text.
      if let last = spans.last, bytes[start..<boundary].allSatisfy(isSpace) {
        spans[spans.count - 1] = last.lowerBound..<boundary
      } else {
        spans.append(start..<boundary)
      }
      start = boundary
    }
    return spans
  }

  /// The sentences of `text`, each with its trailing spaces.
  public func sentences(in text: String) throws(ICUError) -> [Range<String.Index>] {
    if text.isEmpty { return [] }
    var text = text
    var spans: [Range<Int>] = []
    var failure: ICUError?
    text.withUTF8 { bytes in
      do throws(ICUError) { spans = try sentenceSpans(utf8: bytes) } catch { failure = error }
    }
    if let failure { throw failure }
    let utf8 = text.utf8
    return spans.map { utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound) }
  }

  /// Whether the sentence goes on across the ICU boundary at `boundary`.
  private func continues(_ bytes: UnsafeBufferPointer<UInt8>, at boundary: Int) -> Bool {
    // The last word before the boundary, without the spaces ICU keeps with the sentence.
    var end = boundary
    while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
    guard end > 0, bytes[end - 1] == UInt8(ascii: ".") else { return false }
    var start = end
    while start > 0, !isSpace(bytes[start - 1]) { start -= 1 }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    // The word before it, for forms of two words ("т. е.") and numbers ("2022 г.").
    var previousEnd = start
    while previousEnd > 0, isSpace(bytes[previousEnd - 1]) { previousEnd -= 1 }
    var previousStart = previousEnd
    while previousStart > 0, !isSpace(bytes[previousStart - 1]) { previousStart -= 1 }
    let previous = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[previousStart..<previousEnd]), as: UTF8.self)
    let pair = previous.isEmpty ? "" : previous + " " + word
    let next = nextWordStart(bytes, from: boundary)

    if noBreak.contains(word) || (!pair.isEmpty && noBreak.contains(pair)) { return true }
    if afterNumber.contains(word) {
      let afterNumber = previous.unicodeScalars.first.map { $0.properties.numericType != nil } ?? false
      return afterNumber ? !startsUppercase(next) : true
    }
    if capitalOnly.contains(word) || (!pair.isEmpty && capitalOnly.contains(pair)) {
      return !startsUppercase(next)
    }
    if initials, isInitial(word), startsUppercase(next) { return true }
    return false
  }

  /// One uppercase letter and a period.
  private func isInitial(_ word: String) -> Bool {
    let scalars = Array(word.unicodeScalars)
    return scalars.count == 2 && scalars[0].properties.isUppercase && scalars[1] == "."
  }

  private func startsUppercase(_ scalar: Unicode.Scalar?) -> Bool {
    scalar?.properties.isUppercase ?? false
  }

  /// The first letter or digit at or after `offset`, skipping spaces, quotes and brackets.
  private func nextWordStart(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Unicode.Scalar? {
    var i = offset
    while i < bytes.count {
      let (value, width) = decodeUTF8Scalar(bytes, at: i)
      guard let scalar = Unicode.Scalar(value) else { return nil }
      let properties = scalar.properties
      if properties.isAlphabetic || properties.numericType != nil { return scalar }
      switch properties.generalCategory {
      case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .initialPunctuation,
        .finalPunctuation, .openPunctuation, .otherPunctuation, .dashPunctuation:
        i += width
      default:
        return nil
      }
    }
    return nil
  }

  @inline(__always)
  private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }
}

/// Decodes the scalar at `index` of valid UTF-8; returns its value and byte width.
@inline(__always)
func decodeUTF8Scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
  let lead = UInt32(bytes[index])
  if lead < 0x80 { return (lead, 1) }
  if lead < 0xE0, index + 1 < bytes.count {
    return (((lead & 0x1F) << 6) | (UInt32(bytes[index + 1]) & 0x3F), 2)
  }
  if lead < 0xF0, index + 2 < bytes.count {
    return (
      ((lead & 0x0F) << 12) | ((UInt32(bytes[index + 1]) & 0x3F) << 6)
        | (UInt32(bytes[index + 2]) & 0x3F), 3
    )
  }
  if index + 3 < bytes.count {
    return (
      ((lead & 0x07) << 18) | ((UInt32(bytes[index + 1]) & 0x3F) << 12)
        | ((UInt32(bytes[index + 2]) & 0x3F) << 6) | (UInt32(bytes[index + 3]) & 0x3F), 4
    )
  }
  return (0xFFFD, 1)
}
