/// A memo from UTF-8 tokens to their transliterations: an open-addressing hash table whose keys
/// and values live in two byte arenas.
///
/// Keyed by the exact bytes, so no `String` is built and no Unicode-aware hashing runs for a
/// hit; it also means canonically equivalent spellings (precomposed й and и + U+0306) are
/// distinct keys, each with the output the rules give for it.
struct TokenMemo {
  /// One table entry. `keyLength == 0` marks an empty slot (tokens are never empty).
  private struct Slot {
    var hash: UInt32 = 0
    var keyStart: UInt32 = 0
    var keyLength: UInt32 = 0
    var valueStart: UInt32 = 0
    var valueLength: UInt32 = 0
  }

  /// The longest token worth remembering; longer ones are transliterated every time.
  static let maxTokenBytes = 512

  private var slots: [Slot]
  private var keys: [UInt8] = []
  private var values: [UInt8] = []
  private(set) var count = 0

  /// A tiny table that stands in while the real one is moved out for a call; never written.
  static let placeholder = TokenMemo(capacity: 0)

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = [Slot](repeating: Slot(), count: size)
  }

  /// Forgets every entry, keeping the storage.
  mutating func removeAll() {
    for i in slots.indices { slots[i] = Slot() }
    keys.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
    count = 0
  }

  /// A 64-bit hash of the bytes, eight at a time (not for adversarial input).
  @inline(__always)
  static func hash(_ token: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let n = token.count
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: n)
    guard let base = token.baseAddress else { return h }
    let raw = UnsafeRawPointer(base)
    var i = 0
    while i + 8 <= n {
      let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
      h ^= h >> 29
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < n {
      tail |= UInt64(base[i]) << shift
      shift += 8
      i += 1
    }
    h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
    return h ^ (h >> 32)
  }

  /// Appends the remembered value of `token` to `output`; false when the token is unknown.
  @inline(__always)
  func appendValue(
    of token: UnsafeBufferPointer<UInt8>, hash: UInt64, to output: inout [UInt8]
  ) -> Bool {
    let mask = slots.count - 1
    let short = UInt32(truncatingIfNeeded: hash)
    return slots.withUnsafeBufferPointer { slots in
      var index = Int(truncatingIfNeeded: hash >> 32) & mask
      while true {
        let slot = slots[index]
        if slot.keyLength == 0 { return false }
        if slot.hash == short, Int(slot.keyLength) == token.count,
          keys.withUnsafeBufferPointer({ Self.equal($0, Int(slot.keyStart), token) })
        {
          values.withUnsafeBufferPointer {
            output.append(
              contentsOf: UnsafeBufferPointer(
                rebasing: $0[Int(slot.valueStart)..<Int(slot.valueStart + slot.valueLength)]))
          }
          return true
        }
        index = (index + 1) & mask
      }
    }
  }

  /// Remembers `value` for `token` (which must not be in the table yet).
  mutating func insert(
    _ token: UnsafeBufferPointer<UInt8>, hash: UInt64, value: UnsafeBufferPointer<UInt8>
  ) {
    guard token.count <= Self.maxTokenBytes, !token.isEmpty,
      keys.count + token.count < Int(UInt32.max), values.count + value.count < Int(UInt32.max)
    else { return }
    if (count + 1) * 2 > slots.count { grow() }
    let slot = Slot(
      hash: UInt32(truncatingIfNeeded: hash), keyStart: UInt32(keys.count),
      keyLength: UInt32(token.count), valueStart: UInt32(values.count),
      valueLength: UInt32(value.count))
    keys.append(contentsOf: token)
    values.append(contentsOf: value)
    place(slot, hash: hash)
    count += 1
  }

  private mutating func place(_ slot: Slot, hash: UInt64) {
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: hash >> 32) & mask
    while slots[index].keyLength != 0 { index = (index + 1) & mask }
    slots[index] = slot
  }

  /// Doubles the table. The full hash is recomputed from the key bytes for the probe start.
  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(), count: old.count * 2)
    let keys = self.keys
    keys.withUnsafeBufferPointer { keyBytes in
      for slot in old where slot.keyLength != 0 {
        let key = UnsafeBufferPointer(
          rebasing: keyBytes[Int(slot.keyStart)..<Int(slot.keyStart + slot.keyLength)])
        place(slot, hash: Self.hash(key))
      }
    }
  }

  @inline(__always)
  private static func equal(
    _ keys: UnsafeBufferPointer<UInt8>, _ start: Int, _ token: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    var i = 0
    while i < token.count {
      if keys[start + i] != token[i] { return false }
      i += 1
    }
    return true
  }
}
