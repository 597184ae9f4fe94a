/// A space, tab or line break (ASCII): where a word ends in the byte readers.
@inline(__always)
func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

/// Scans of valid UTF-8 bytes shared by ingest and statement extraction.
enum UTF8Bytes {
  /// The first `count` scalars of valid UTF-8 `bytes` (fewer when it holds fewer), decoded
  /// without reading past them.
  static func leadingScalars(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> [Unicode.Scalar] {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(min(count, bytes.count))
    var offset = 0
    while scalars.count < count, offset < bytes.count {
      let (value, width) = decodeUTF8Scalar(bytes, at: offset)
      scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      offset += width
    }
    return scalars
  }

  /// The byte range of `bytes` without white space (Unicode's) at either end.
  static func trimmedRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    func isWhitespace(_ value: UInt32) -> Bool { Unicode.Scalar(value).map(ScalarFacts.isWhitespace) ?? false }
    var start = 0
    while start < bytes.count {
      let (value, width) = decodeUTF8Scalar(bytes, at: start)
      guard isWhitespace(value) else { break }
      start += width
    }
    var end = bytes.count
    while end > start {
      var lead = end - 1
      while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
      guard isWhitespace(decodeUTF8Scalar(bytes, at: lead).0) else { break }
      end = lead
    }
    return start..<end
  }

  /// `body` on the contiguous storage of `bytes`, for an API that reads a buffer (ICU's, say):
  /// the pointer work kept here.
  static func withBuffer<Result, Failure: Error>(
    _ bytes: ArraySlice<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    let result: Swift.Result<Result, Failure> = bytes.withUnsafeBufferPointer { buffer in
      do throws(Failure) { return .success(try body(buffer)) } catch { return .failure(error) }
    }
    return try result.get()
  }

  /// The number of scalars in the valid UTF-8 `bytes`.
  static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
    bytes.withUnsafeBufferPointer(scalarCount)
  }

  /// The number of scalars in `bytes`: the bytes that are not continuation bytes (10xxxxxx),
  /// counted eight at a time.
  static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    var continuation = 0
    var i = 0
    while i + 8 <= bytes.count {
      continuation += ByteWord.continuationCount(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
      i += 8
    }
    while i < bytes.count {
      if bytes[i] & 0xC0 == 0x80 { continuation += 1 }
      i += 1
    }
    return bytes.count - continuation
  }

  /// `needsCollapsing(_:)` of `bytes[range]`.
  static func needsCollapsing(_ bytes: [UInt8], in range: Range<Int>) -> Bool {
    bytes.withUnsafeBufferPointer { needsCollapsing(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  /// The text of `bytes[range]` (valid UTF-8) with each run of spaces, tabs and line breaks
  /// as one space, and none at either end: written straight into the string's storage.
  static func collapsingWhiteSpace(_ bytes: [UInt8], in range: Range<Int>) -> String {
    return bytes.withUnsafeBufferPointer { bytes in
      String(unsafeUninitializedCapacity: range.count) { out in
        var n = 0
        var space = false
        for i in range {
          let b = bytes[i]
          if isSpace(b) {
            space = true
            continue
          }
          if space, n > 0 {
            out[n] = 0x20
            n += 1
          }
          space = false
          out[n] = b
          n += 1
        }
        return n
      }
    }
  }

  /// Whether `bytes` hold a line break, a tab or two spaces in a row: white space that
  /// collapsing would change. Looked for sixteen bytes at a time (SIMD compares; each space
  /// is compared with the byte after it by a second load one byte on).
  static func needsCollapsing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let raw = UnsafeRawPointer(base)
    let lineFeed = SIMD16<UInt8>(repeating: 0x0A)
    let carriageReturn = SIMD16<UInt8>(repeating: 0x0D)
    let tab = SIMD16<UInt8>(repeating: 0x09)
    let space = SIMD16<UInt8>(repeating: 0x20)
    var i = 0
    while i + 17 <= bytes.count {
      let here = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
      let next = raw.loadUnaligned(fromByteOffset: i + 1, as: SIMD16<UInt8>.self)
      let found = (here .== lineFeed) .| (here .== carriageReturn) .| (here .== tab) .| ((here .== space) .& (next .== space))
      if any(found) { return true }
      i += 16
    }
    var previous: UInt8 = i > 0 ? bytes[i - 1] : 0
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x0A || b == 0x0D || b == 0x09 || (b == 0x20 && previous == 0x20) { return true }
      previous = b
      i += 1
    }
    return false
  }
}

/// Byte tests on eight UTF-8 bytes at once, loaded as a little-endian 64-bit word.
enum ByteWord {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The high bit of every byte of `word` that equals `byte`, and no other bit (exact: no
  /// false positives from borrows, unlike the shorter zero-byte test).
  @inline(__always)
  static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let x = word ^ (ones &* UInt64(byte))
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((x & low) &+ low) | x | low)
  }

  /// How many bytes of `word` are UTF-8 continuation bytes (10xxxxxx).
  @inline(__always)
  static func continuationCount(_ word: UInt64) -> Int {
    // One bit per continuation byte, at the bottom of its byte; the multiply adds the eight
    // bytes into the top one (at most 8, so nothing carries). Cheaper than `nonzeroBitCount`
    // on processors the default target cannot assume have a population count instruction.
    let bits = (word & ~(word << 1) & highs) >> 7
    return Int(truncatingIfNeeded: (bits &* ones) >> 56)
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
