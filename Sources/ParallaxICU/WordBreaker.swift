internal import CICUShim

/// A span of text between two ICU word boundaries.
public struct WordToken: Sendable, Hashable {
  /// What ICU's word rules say the span is.
  public enum Kind: Sendable, Hashable {
    /// Letters (a word in any script).
    case word
    /// Digits, with their separators ("2,500").
    case number
    /// Kana or ideographs.
    case ideographic
    /// Spaces and punctuation.
    case other
  }

  /// The span in the original string.
  public let range: Range<String.Index>
  /// The span as UTF-8 offsets.
  public let utf8Range: Range<Int>
  public let kind: Kind
}

/// Finds word boundaries with ICU's rules for a locale.
///
/// ```swift
/// let words = try WordBreaker(locale: "uk")
/// try words.tokens(in: "У Знам’янці, 5 травня").filter { $0.kind == .word }.count   // 3
/// ```
public final class WordBreaker {
  private let breaker: BoundaryBreaker

  public var locale: String { breaker.locale }

  /// Opens a word breaker for `locale`.
  public init(locale: String) throws(ICUError) {
    breaker = try BoundaryBreaker(kind: Int32(PXICU_BREAK_WORD), locale: locale)
  }

  private init(breaker: BoundaryBreaker) { self.breaker = breaker }

  /// An independent copy for another task.
  public func clone() throws(ICUError) -> WordBreaker { WordBreaker(breaker: try breaker.clone()) }

  /// The tokens of `bytes` as UTF-8 ranges with their kinds.
  public func spans(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(ICUError) -> [(Range<Int>, WordToken.Kind)] {
    if bytes.isEmpty { return [] }
    return try breaker.withBoundaries(bytes) { offsets, statuses in
      var result: [(Range<Int>, WordToken.Kind)] = []
      result.reserveCapacity(offsets.count)
      for i in 1..<offsets.count {
        result.append((Int(offsets[i - 1])..<Int(offsets[i]), Self.kind(ofStatus: statuses[i])))
      }
      return result
    }
  }

  /// `spans(utf8:)` of a byte array (the pointer work kept here).
  public func spans(utf8 bytes: [UInt8]) throws(ICUError) -> [(Range<Int>, WordToken.Kind)] {
    try bytes.withUnsafeBufferPointer { (buffer) throws(ICUError) in try spans(utf8: buffer) }
  }

  /// The tokens of `text`, covering it completely.
  public func tokens(in text: String) throws(ICUError) -> [WordToken] {
    if text.isEmpty { return [] }
    let spans = try withUTF8Bytes(text) { (bytes) throws(ICUError) in try self.spans(utf8: bytes) }
    var offsets = [0]
    offsets.append(contentsOf: spans.map(\.0.upperBound))
    let ranges = ParallaxICU.ranges(from: offsets, in: text)
    return zip(ranges, spans).map { WordToken(range: $0, utf8Range: $1.0, kind: $1.1) }
  }

  /// ICU's rule-status ranges (UBRK_WORD_*): 100s numbers, 200s letters, 300s kana, 400s ideographs.
  static func kind(ofStatus status: Int32) -> WordToken.Kind {
    switch status {
    case 100..<200: .number
    case 200..<300: .word
    case 300..<500: .ideographic
    default: .other
    }
  }
}
