internal import CICUShim

/// Finds sentence boundaries with ICU's rules for a locale.
///
/// Abbreviation handling beyond ICU's rules is the segmenter's job (its lists are locale data);
/// this type reports ICU's boundaries exactly.
///
/// ```swift
/// let breaker = try SentenceBreaker(locale: "en")
/// try breaker.sentences(in: "It rained. We left.").map { text[$0] }
/// // ["It rained. ", "We left."]
/// ```
public final class SentenceBreaker {
  private let breaker: BoundaryBreaker

  /// The ICU locale ID it follows, such as `ru`.
  public var locale: String { breaker.locale }

  /// Opens a sentence breaker for `locale`.
  public init(locale: String) throws(ICUError) {
    breaker = try BoundaryBreaker(kind: Int32(PXICU_BREAK_SENTENCE), locale: locale)
  }

  private init(breaker: BoundaryBreaker) { self.breaker = breaker }

  /// An independent copy for another task.
  public func clone() throws(ICUError) -> SentenceBreaker {
    SentenceBreaker(breaker: try breaker.clone())
  }

  /// The boundaries of `bytes` as UTF-8 offsets, from 0 to `bytes.count` inclusive.
  public func boundaries(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(ICUError) -> [Int] {
    if bytes.isEmpty { return [0] }
    return try breaker.withBoundaries(bytes) { offsets, _ in offsets.map { Int($0) } }
  }

  /// Calls `body` with the boundaries of `bytes` as UTF-8 offsets, from 0 to `bytes.count`
  /// inclusive, in the breaker's own buffer (valid during the call): no array is built.
  public func withBoundaries<R>(
    utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<Int32>) -> R
  ) throws(ICUError) -> R {
    if bytes.isEmpty {
      let zero: [Int32] = [0]
      return zero.withUnsafeBufferPointer(body)
    }
    return try breaker.withBoundaries(bytes) { offsets, _ in body(offsets) }
  }

  /// The sentences of `text`, each with its trailing spaces, covering the whole text.
  public func sentences(in text: String) throws(ICUError) -> [Range<String.Index>] {
    if text.isEmpty { return [] }
    let offsets = try withUTF8Bytes(text) { (bytes) throws(ICUError) in try boundaries(utf8: bytes) }
    return ranges(from: offsets, in: text)
  }
}

/// Turns ascending UTF-8 boundary offsets into ranges of `text`.
func ranges(from offsets: [Int], in text: String) -> [Range<String.Index>] {
  var result: [Range<String.Index>] = []
  result.reserveCapacity(max(0, offsets.count - 1))
  let utf8 = text.utf8
  var lower = utf8.startIndex
  var lowerOffset = 0
  for offset in offsets.dropFirst() {
    let upper = utf8.index(lower, offsetBy: offset - lowerOffset)
    result.append(lower..<upper)
    lower = upper
    lowerOffset = offset
  }
  return result
}
