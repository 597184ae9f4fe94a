/// A compact binary encoding for caches of compiled locale data: little-endian varints and
/// length-prefixed UTF-8. Not a stable interchange format: readers check a format version.
public struct BinaryWriter: Sendable {
  public private(set) var bytes: [UInt8] = []

  public init() {}

  /// A writer with room for `capacity` bytes before it grows.
  public init(capacity: Int) { bytes.reserveCapacity(capacity) }

  public mutating func int(_ value: Int) {
    var v = UInt64(bitPattern: Int64(value))
    // Zigzag, so small negative numbers stay small.
    v = (v << 1) ^ UInt64(bitPattern: Int64(value) >> 63)
    while v >= 0x80 {
      bytes.append(UInt8(v & 0x7F) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  public mutating func double(_ value: Double) {
    var bits = value.bitPattern
    for _ in 0..<8 {
      bytes.append(UInt8(bits & 0xFF))
      bits >>= 8
    }
  }

  public mutating func string(_ value: String) {
    let utf8 = value.utf8
    int(utf8.count)
    bytes.append(contentsOf: utf8)
  }

  public mutating func optionalString(_ value: String?) {
    bool(value != nil)
    if let value { string(value) }
  }

  public mutating func raw(_ value: [UInt8]) {
    int(value.count)
    bytes.append(contentsOf: value)
  }

  public mutating func strings(_ values: [String]) {
    int(values.count)
    for value in values { string(value) }
  }
}

/// Reads what `BinaryWriter` wrote; every read checks bounds and throws on a damaged file.
public struct BinaryReader {
  public struct Damaged: Error, Sendable {}

  private let buffer: ByteBuffer
  private let end: Int
  /// Where the next read starts, as an offset into the buffer.
  private(set) var offset: Int

  public init(_ bytes: [UInt8]) {
    self.init(ByteBuffer(bytes), range: 0..<bytes.count)
  }

  /// Reads `range` of `buffer` in place (a part of a cache file), without copying it.
  init(_ buffer: ByteBuffer, range: Range<Int>) {
    self.buffer = buffer
    self.offset = max(0, range.lowerBound)
    self.end = min(buffer.count, range.upperBound)
  }

  public var isAtEnd: Bool { offset == end }

  public mutating func int() throws(Damaged) -> Int {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < end, shift < 64 else { throw Damaged() }
      let byte = buffer.u8(at: offset)
      offset += 1
      result |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    return Int(Int64(bitPattern: (result >> 1) ^ (0 &- (result & 1))))
  }

  public mutating func count() throws(Damaged) -> Int {
    let value = try int()
    guard value >= 0, value <= end - offset || value <= 1 << 24 else { throw Damaged() }
    return value
  }

  public mutating func bool() throws(Damaged) -> Bool {
    guard offset < end else { throw Damaged() }
    offset += 1
    return buffer.u8(at: offset - 1) != 0
  }

  public mutating func double() throws(Damaged) -> Double {
    guard offset + 8 <= end else { throw Damaged() }
    let bits = buffer.u64(at: offset)
    offset += 8
    return Double(bitPattern: bits)
  }

  public mutating func string() throws(Damaged) -> String {
    let length = try count()
    guard offset + length <= end else { throw Damaged() }
    let value = buffer.string(at: offset, count: length)
    offset += length
    return value
  }

  /// Skips a string, leaving where its bytes start and how many there are.
  mutating func stringBytes() throws(Damaged) -> (offset: Int, count: Int) {
    let length = try count()
    guard offset + length <= end else { throw Damaged() }
    defer { offset += length }
    return (offset, length)
  }

  public mutating func optionalString() throws(Damaged) -> String? {
    try bool() ? try string() : nil
  }

  public mutating func raw() throws(Damaged) -> [UInt8] {
    let length = try count()
    guard offset + length <= end else { throw Damaged() }
    let value = buffer.array(at: offset, count: length)
    offset += length
    return value
  }

  public mutating func strings() throws(Damaged) -> [String] {
    let n = try count()
    var result: [String] = []
    result.reserveCapacity(min(n, end - offset))
    for _ in 0..<n { result.append(try string()) }
    return result
  }
}

/// FNV-1a, 64 bits: a fast, stable hash for cache keys (not for security).
public struct StableHash: Sendable {
  public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  public init() {}

  public mutating func combine(_ bytes: some Sequence<UInt8>) {
    for byte in bytes {
      value ^= UInt64(byte)
      value = value &* 0x100_0000_01b3
    }
  }

  public mutating func combine(_ text: String) {
    combine(text.utf8)
    combine([0xFF])
  }

  /// The hash as 16 hexadecimal digits.
  public var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
