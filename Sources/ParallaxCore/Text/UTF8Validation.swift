public import Foundation

/// Finds the first invalid UTF-8 sequence in bytes, so errors can name its offset instead of
/// silently replacing it.
public enum UTF8Validation {
  /// The byte offset of the first invalid sequence, or nil when all of `data` is valid UTF-8.
  public static func firstInvalidOffset(in data: Data) -> Int? {
    data.withUnsafeBytes { raw in firstInvalidOffset(in: raw.bindMemory(to: UInt8.self)) }
  }

  /// The byte offset of the first invalid sequence in `bytes`, or nil.
  public static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let count = bytes.count
    var i = 0
    while i < count {
      // Fast path: eight ASCII bytes at a time.
      if i + 8 <= count {
        let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 {
          i += 8
          continue
        }
      }
      let lead = bytes[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      let width: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: width = 2
      case 0xE0: width = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: width = 3
      case 0xED: width = 3; high = 0x9F
      case 0xF0: width = 4; low = 0x90
      case 0xF1...0xF3: width = 4
      case 0xF4: width = 4; high = 0x8F
      default: return i
      }
      guard i + width <= count else { return i }
      let second = bytes[i + 1]
      guard second >= low, second <= high else { return i }
      for k in 2..<width where bytes[i + k] & 0xC0 != 0x80 { return i }
      i += width
    }
    return nil
  }

  /// The 1-based line and column (in Unicode scalars) of byte `offset` in `data`, counting only
  /// the valid prefix before it.
  public static func lineAndColumn(ofByte offset: Int, in data: Data) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      for i in 0..<min(offset, bytes.count) {
        let byte = bytes[i]
        if byte == 0x0A {
          line += 1
          column = 1
        } else if byte & 0xC0 != 0x80 {
          column += 1
        }
      }
    }
    return (line, column)
  }
}
