import Foundation

/// An immutable block of bytes read with one `read` (a compiled cache file) or copied from an
/// array (a table compiled in memory), with bounds-checked little-endian reads.
///
/// The compiled name tables are views into one of these: offsets into one allocation instead
/// of an object per entity, so a cache of 200,000 entities loads in one read and its entities
/// are decoded only when a lookup reaches them. Every read checks its bounds: a read past the
/// end yields zero (or nothing), never memory outside the block, whatever a damaged file says.
///
/// ```swift
/// let buffer = ByteBuffer([1, 0, 0, 0, 0x41])
/// buffer.u32(at: 0)               // 1
/// buffer.string(at: 4, count: 1)  // "A"
/// ```
final class ByteBuffer: @unchecked Sendable {
  // Sendable: the bytes are written once, in `init`, and only read afterwards.
  private let base: UnsafeMutableRawPointer
  /// The number of bytes.
  let count: Int

  /// A copy of `bytes`.
  init(_ bytes: [UInt8]) {
    count = bytes.count
    base = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: 16)
    bytes.withUnsafeBytes { source in
      if let from = source.baseAddress { base.copyMemory(from: from, byteCount: count) }
    }
  }

  /// The contents of the file at `path`, read whole; nil when it cannot be opened or read.
  init?(contentsOfFile path: String) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_size >= 0 else { return nil }
    let size = Int(status.st_size)
    // A file that changed size while it was read is read again next time, not trusted.
    guard let memory = Self.filled(size, { read(descriptor, $0, $1) }) else { return nil }
    base = memory
    count = size
  }

  /// `count` bytes of the open file `descriptor` from `offset`, read with `pread` (the file's
  /// own position is left alone, so threads may read one file at once); nil when fewer can be
  /// read.
  init?(descriptor: Int32, offset: Int, count size: Int) {
    var done = 0
    guard
      let memory = Self.filled(size, { destination, wanted in
        let got = pread(descriptor, destination, wanted, off_t(offset + done))
        if got > 0 { done += got }
        return got
      })
    else { return nil }
    base = memory
    count = size
  }

  /// `size` bytes from `read(destination, wanted)` (which reads like `read(2)`: the bytes it
  /// got, 0 at the end, below 0 on an error), read until all are there; nil when the reads
  /// end or fail first.
  private static func filled(_ size: Int, _ read: (UnsafeMutableRawPointer, Int) -> Int) -> UnsafeMutableRawPointer? {
    let memory = UnsafeMutableRawPointer.allocate(byteCount: max(size, 1), alignment: 16)
    var done = 0
    while done < size {
      let got = read(memory + done, size - done)
      if got < 0, errno == EINTR { continue }
      guard got > 0 else { break }
      done += got
    }
    guard done == size else {
      memory.deallocate()
      return nil
    }
    return memory
  }

  deinit { base.deallocate() }

  /// Whether `count` bytes from `offset` lie inside the buffer.
  @inline(__always)
  func contains(_ offset: Int, count length: Int) -> Bool {
    offset >= 0 && length >= 0 && offset <= count && length <= count - offset
  }

  /// The byte at `offset`, or 0 outside the buffer.
  @inline(__always)
  func u8(at offset: Int) -> UInt8 {
    guard offset >= 0, offset < count else { return 0 }
    return base.load(fromByteOffset: offset, as: UInt8.self)
  }

  /// The little-endian 32-bit word at `offset` (any alignment), or 0 outside the buffer.
  @inline(__always)
  func u32(at offset: Int) -> UInt32 {
    guard contains(offset, count: 4) else { return 0 }
    return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
  }

  /// The little-endian 64-bit word at `offset` (any alignment), or 0 outside the buffer.
  @inline(__always)
  func u64(at offset: Int) -> UInt64 {
    guard contains(offset, count: 8) else { return 0 }
    return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// A copy of `count` bytes from `offset`; empty when they are not all inside the buffer.
  func array(at offset: Int, count length: Int) -> [UInt8] {
    guard contains(offset, count: length) else { return [] }
    return Array(UnsafeRawBufferPointer(start: base + offset, count: length))
  }

  /// `count` bytes from `offset` decoded as UTF-8; empty when they are not all inside.
  func string(at offset: Int, count length: Int) -> String {
    guard contains(offset, count: length) else { return "" }
    return String(decoding: UnsafeRawBufferPointer(start: base + offset, count: length), as: UTF8.self)
  }

  /// How `count` bytes from `offset` order against `other`: bytewise, then by length
  /// (negative, zero or positive, as `memcmp`). Bytes outside the buffer order first.
  func compare(at offset: Int, count length: Int, with other: UnsafeRawBufferPointer) -> Int {
    guard contains(offset, count: length) else { return -1 }
    let shared = min(length, other.count)
    if shared > 0, let start = other.baseAddress {
      let order = memcmp(base + offset, start, shared)
      if order != 0 { return Int(order) }
    }
    return length == other.count ? 0 : (length < other.count ? -1 : 1)
  }

  /// Whether `count` bytes from `offset` are `other`'s bytes.
  @inline(__always)
  func equals(at offset: Int, count length: Int, _ other: UnsafeRawBufferPointer) -> Bool {
    length == other.count && compare(at: offset, count: length, with: other) == 0
  }

  /// Whether the `length` bytes at `offset` are `bytes`.
  func equals(at offset: Int, count length: Int, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { equals(at: offset, count: length, $0) }
  }

  /// `compare(at:count:with:)` against the UTF-8 of `text`.
  func compare(at offset: Int, count length: Int, with text: String) -> Int {
    var text = text
    return text.withUTF8 { compare(at: offset, count: length, with: UnsafeRawBufferPointer($0)) }
  }

  /// Whether the `length` bytes at `offset` are the UTF-8 of `text`.
  func equals(at offset: Int, count length: Int, _ text: String) -> Bool {
    var text = text
    return text.withUTF8 { equals(at: offset, count: length, UnsafeRawBufferPointer($0)) }
  }

  /// Calls `body` with all the bytes (valid only during the call).
  func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
    try body(UnsafeRawBufferPointer(start: base, count: count))
  }

  /// `ByteHash.hash` of `count` bytes from `offset` (0 when they are not all inside).
  func hash(at offset: Int, count length: Int, seed: UInt64 = 0) -> UInt64 {
    guard contains(offset, count: length) else { return 0 }
    return ByteHash.hash(UnsafeRawBufferPointer(start: base + offset, count: length), seed: seed)
  }
}

/// Appends fixed-width little-endian words to a byte array, for tables a `ByteBuffer` reads.
struct ByteTableWriter {
  private(set) var bytes: [UInt8] = []

  mutating func u32(_ value: Int) {
    let word = UInt32(truncatingIfNeeded: value)
    withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func u64(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func append(_ other: some Sequence<UInt8>) { bytes.append(contentsOf: other) }

  /// Overwrites the 64-bit word at `offset`.
  mutating func setU64(_ value: UInt64, at offset: Int) {
    withUnsafeBytes(of: value.littleEndian) { word in
      for (i, byte) in word.enumerated() { bytes[offset + i] = byte }
    }
  }

  /// Overwrites the 32-bit word at `offset`.
  mutating func setU32(_ value: Int, at offset: Int) {
    withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) { word in
      for (i, byte) in word.enumerated() { bytes[offset + i] = byte }
    }
  }
}
