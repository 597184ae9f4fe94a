internal import CICUShim

/// The owner of one ICU break iterator; shared by `SentenceBreaker` and `WordBreaker`.
final class BoundaryBreaker {
  let locale: String
  private let handle: OpaquePointer
  private let kind: Int32

  init(kind: Int32, locale: String) throws(ICUError) {
    var status: Int32 = 0
    let handle = pxicu_breaker_open(kind, locale, &status)
    let what = kind == Int32(PXICU_BREAK_WORD) ? "word" : "sentence"
    try ICUError.check(status, "open a \(what) breaker for '\(locale)'")
    guard let handle else { throw ICUError(code: 7, operation: "open a \(what) breaker") }
    self.locale = locale
    self.handle = handle
    self.kind = kind
  }

  private init(locale: String, handle: OpaquePointer, kind: Int32) {
    self.locale = locale
    self.handle = handle
    self.kind = kind
  }

  deinit { pxicu_breaker_close(handle) }

  func clone() throws(ICUError) -> BoundaryBreaker {
    var status: Int32 = 0
    let copy = pxicu_breaker_clone(handle, &status)
    try ICUError.check(status, "clone a break iterator")
    guard let copy else { throw ICUError(code: 7, operation: "clone a break iterator") }
    return BoundaryBreaker(locale: locale, handle: copy, kind: kind)
  }

  /// Calls `body` with the boundaries of `bytes` as UTF-8 offsets and their rule statuses.
  func withBoundaries<R>(
    _ bytes: UnsafeBufferPointer<UInt8>,
    _ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) -> R
  ) throws(ICUError) -> R {
    guard bytes.count <= Int(Int32.max) else { throw ICUError.tooLong("find boundaries") }
    var status: Int32 = 0
    var offsets: UnsafePointer<Int32>?
    var statuses: UnsafePointer<Int32>?
    let pointer = UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self)
    let count = pxicu_breaker_boundaries_utf8(
      handle, pointer, Int32(bytes.count), &offsets, &statuses, &status)
    try ICUError.check(status, "find boundaries")
    return body(
      UnsafeBufferPointer(start: offsets, count: Int(count)),
      UnsafeBufferPointer(start: statuses, count: Int(count)))
  }
}

/// Runs `body` over the UTF-8 bytes of `text`, rethrowing its typed error.
func withUTF8Bytes<R>(
  _ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws(ICUError) -> R
) throws(ICUError) -> R {
  var text = text
  let result: Result<R, ICUError> = text.withUTF8 { bytes in
    do throws(ICUError) { return .success(try body(bytes)) } catch { return .failure(error) }
  }
  return try result.get()
}
