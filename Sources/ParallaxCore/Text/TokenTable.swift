/// Distinct tokens by their UTF-8 bytes: an open-addressing table that gives each distinct
/// token a small integer id, so per-token facts live in arrays and a token is looked up without
/// building a String or running SipHash (the dominant costs of scanning large corpora).
struct TokenTable {
  /// 0 when empty, else the token's id + 1 in the low 32 bits and the top 32 bits of its hash
  /// above them: a probe that meets another token is turned away by the slot alone, without
  /// reading the entry (a cache miss in a large table such as a lexicon or the registry).
  private var slots: [UInt64]
  /// Per token id: its hash, where its bytes are and its first eight bytes, side by side so
  /// that a probe reads one cache line; a token of up to eight bytes (most words) is told
  /// apart from that line alone, without reading `bytes`.
  private var entries: [Entry] = []
  private var bytes: [UInt8] = []

  private struct Entry {
    var hash: UInt64
    var start: Int32
    var length: Int32
    /// The first eight bytes (fewer for a shorter token, zero above), little-endian.
    var head: UInt64
  }

  init(capacity: Int = 4096) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [UInt64](repeating: 0, count: size)
  }

  @inline(__always)
  private static func tag(_ hash: UInt64) -> UInt64 { hash & 0xFFFF_FFFF_0000_0000 }

  var count: Int { entries.count }

  /// The id of `token`, adding it when new; `isNew` tells which.
  mutating func id(of token: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
    id(of: token, hash: Self.hash(token))
  }

  /// `id(of:)` with the token's `hash(_:)` already computed.
  mutating func id(of token: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (id: Int, isNew: Bool) {
    let (found, index) = probe(token, hash: hash)
    if let found { return (found, false) }
    // A new token takes the empty slot the probe ended on.
    let id = entries.count
    entries.append(
      Entry(
        hash: hash, start: Int32(truncatingIfNeeded: bytes.count), length: Int32(truncatingIfNeeded: token.count),
        head: Self.head(token)))
    bytes.append(contentsOf: token)
    slots[index] = Self.tag(hash) | UInt64(truncatingIfNeeded: id + 1)
    if entries.count * 2 > slots.count { grow() }
    return (id, true)
  }

  /// The id of `token` when the table holds it; nothing is added.
  func find(_ token: UnsafeBufferPointer<UInt8>) -> Int? {
    find(token, hash: Self.hash(token))
  }

  /// `find(_:)` with the token's `hash(_:)` already computed.
  func find(_ token: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
    probe(token, hash: hash).id
  }

  /// The id of `token`, or nil and the empty slot where it would go.
  @inline(__always)
  private func probe(_ token: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (id: Int?, slot: Int) {
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: hash) & mask
    let tag = Self.tag(hash)
    let head = Self.head(token)
    while true {
      let slot = slots[index]
      if slot == 0 { return (nil, index) }
      if Self.tag(slot) == tag {
        let id = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
        let entry = entries[id]
        if entry.hash == hash, Int(entry.length) == token.count, entry.head == head,
          token.count <= 8 || equals(entry, token)
        {
          return (id, index)
        }
      }
      index = (index + 1) & mask
    }
  }

  /// The id of the token `bytes`, adding it when new; `isNew` tells which (the pointer work
  /// kept here).
  mutating func id(of bytes: ArraySlice<UInt8>) -> (id: Int, isNew: Bool) {
    bytes.withUnsafeBufferPointer { id(of: $0) }
  }

  /// The id of `bytes`, adding them when new.
  mutating func id(of bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { id(of: $0).id }
  }

  /// The `hash(_:)` of `bytes`, for looking one token up in several tables.
  static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.withUnsafeBufferPointer { hash($0) }
  }

  /// `id(of:)` of `bytes` with their `hash(_:)` already computed.
  mutating func id(of bytes: ArraySlice<UInt8>, hash: UInt64) -> (id: Int, isNew: Bool) {
    bytes.withUnsafeBufferPointer { id(of: $0, hash: hash) }
  }

  /// `find(_:)` of `bytes` with their `hash(_:)` already computed.
  func find(_ bytes: ArraySlice<UInt8>, hash: UInt64) -> Int? {
    bytes.withUnsafeBufferPointer { find($0, hash: hash) }
  }

  /// The id of `bytes` when the table holds them, with the pointer work kept here.
  func find(_ bytes: ArraySlice<UInt8>) -> Int? {
    bytes.withUnsafeBufferPointer { find($0) }
  }

  /// The id of `text`'s UTF-8 bytes when the table holds them.
  func find(utf8 text: String) -> Int? {
    var text = text
    return text.withUTF8 { find($0) }
  }

  /// Whether the table holds `bytes`, asking `filter` (made from this table) first: most
  /// absent byte strings are turned away without a probe.
  func contains(_ bytes: ArraySlice<UInt8>, filter: Filter) -> Bool {
    bytes.withUnsafeBufferPointer { token in
      let hash = Self.hash(token)
      return filter.mayContain(hash) && find(token, hash: hash) != nil
    }
  }

  func find(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { find($0) }
  }

  /// Where the bytes of token `id` are in `bytes`.
  private func range(of id: Int) -> Range<Int> {
    let start = Int(entries[id].start)
    return start..<(start + Int(entries[id].length))
  }

  /// The UTF-8 bytes of token `id`.
  func bytes(of id: Int) -> ArraySlice<UInt8> { bytes[range(of: id)] }

  /// Calls `body` with the UTF-8 bytes of token `id`, without a slice of the table's storage.
  func withBytes<Result>(of id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let range = range(of: id)
    return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  /// Appends the UTF-8 bytes of token `id` to `output`.
  func appendBytes(of id: Int, to output: inout [UInt8]) {
    withBytes(of: id) { output.append(contentsOf: $0) }
  }

  /// The byte count of token `id`.
  func length(of id: Int) -> Int { Int(entries[id].length) }

  mutating func removeAll() {
    slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    entries.removeAll(keepingCapacity: true)
    bytes.removeAll(keepingCapacity: true)
  }

  private func equals(_ entry: Entry, _ token: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let other = token.baseAddress else { return true }
    return bytes.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress else { return false }
      // Eight bytes at a time, then the rest.
      let a = UnsafeRawPointer(base + Int(entry.start))
      let b = UnsafeRawPointer(other)
      var i = 0
      while i + 8 <= token.count {
        if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
          return false
        }
        i += 8
      }
      while i < token.count {
        if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
        i += 1
      }
      return true
    }
  }

  private mutating func grow() {
    let size = slots.count * 2
    var grown = [UInt64](repeating: 0, count: size)
    let mask = size - 1
    for id in 0..<entries.count {
      let hash = entries[id].hash
      var index = Int(truncatingIfNeeded: hash) & mask
      while grown[index] != 0 { index = (index + 1) & mask }
      grown[index] = Self.tag(hash) | UInt64(truncatingIfNeeded: id + 1)
    }
    slots = grown
  }

  /// Writes the table as `init(reading:)` reads it back: its slots, entries and token bytes as
  /// they are in memory, for a cache file that this build's format reads (the names cache).
  func write(into w: inout BinaryWriter) {
    w.raw(slots.withUnsafeBytes { Array($0) })
    w.raw(entries.withUnsafeBytes { Array($0) })
    w.raw(bytes)
  }

  /// The table `write(into:)` wrote, checked: a power-of-two slot count, every entry's bytes
  /// inside the token bytes, every slot naming an entry.
  init(reading r: inout BinaryReader) throws(BinaryReader.Damaged) {
    let slotBytes = try r.raw()
    let entryBytes = try r.raw()
    bytes = try r.raw()
    let slotCount = slotBytes.count / 8
    let entryCount = entryBytes.count / MemoryLayout<Entry>.stride
    guard slotBytes.count % 8 == 0, slotCount >= 16, slotCount & (slotCount - 1) == 0,
      entryBytes.count % MemoryLayout<Entry>.stride == 0, entryCount < slotCount
    else { throw BinaryReader.Damaged() }
    slots = [UInt64](unsafeUninitializedCapacity: slotCount) { table, count in
      slotBytes.withUnsafeBytes { UnsafeMutableRawBufferPointer(table).copyMemory(from: $0) }
      count = slotCount
    }
    entries = [Entry](unsafeUninitializedCapacity: entryCount) { table, count in
      entryBytes.withUnsafeBytes { UnsafeMutableRawBufferPointer(table).copyMemory(from: $0) }
      count = entryCount
    }
    for entry in entries where entry.start < 0 || entry.length < 0 || Int(entry.start) + Int(entry.length) > bytes.count {
      throw BinaryReader.Damaged()
    }
    for slot in slots where slot & 0xFFFF_FFFF > UInt64(entryCount) { throw BinaryReader.Damaged() }
  }

  /// A filter of the tokens the table holds now (see `Filter`), for a table that no longer
  /// changes.
  func filter() -> Filter { Filter(hashes: entries.map(\.hash)) }

  /// Tells from a token's hash, in one read of a small bit array, that a fixed table does not
  /// hold it, for most tokens it does not hold (a blocked Bloom filter: two bits of one
  /// 64-bit word per token, sixteen bits per token held, about 2% of absent tokens let
  /// through). A lexicon or the registry is large enough that a probe of its slots misses the
  /// processor's nearest caches; the filter stays in them.
  struct Filter: Sendable {
    private var words: [UInt64]

    init(hashes: [UInt64]) {
      var count = 64
      while count * 4 < hashes.count { count <<= 1 }
      words = [UInt64](repeating: 0, count: count)
      for hash in hashes { words[Self.word(hash, count)] |= Self.bits(hash) }
    }

    @inline(__always)
    private static func word(_ hash: UInt64, _ count: Int) -> Int { Int(truncatingIfNeeded: hash >> 26) & (count - 1) }

    @inline(__always)
    private static func bits(_ hash: UInt64) -> UInt64 { 1 << ((hash >> 14) & 63) | 1 << ((hash >> 20) & 63) }

    /// False when the table surely lacks the token with this `TokenTable.hash(_:)`.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
      let bits = Self.bits(hash)
      return words.withUnsafeBufferPointer { $0[Self.word(hash, $0.count)] & bits == bits }
    }
  }

  /// A fast 64-bit hash of a short byte string, eight bytes at a time.
  @inline(__always)
  static func hash(_ token: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: token.count)
    guard let base = token.baseAddress else { return h }
    let raw = UnsafeRawPointer(base)
    var i = 0
    while i + 8 <= token.count {
      h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 32
      i += 8
    }
    h = (h ^ tail(raw, from: i, count: token.count)) &* 0xC4CE_B9FE_1A85_EC53
    return h ^ (h >> 29)
  }

  /// The first eight bytes of `token` as a little-endian word (all of a shorter token, zero
  /// above it).
  @inline(__always)
  static func head(_ token: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = token.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    if token.count >= 8 { return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)) }
    return tail(raw, from: 0, count: token.count)
  }

  /// Bytes `start..<count` of `raw` (fewer than eight) as a little-endian word, by loads that
  /// stay inside the token: copying them into a word on the stack costs a call and a stalled
  /// load per token.
  @inline(__always)
  static func tail(_ raw: UnsafeRawPointer, from start: Int, count: Int) -> UInt64 {
    let rest = count - start
    if rest == 0 { return 0 }
    if count >= 8 {
      // The last eight bytes, the ones already hashed shifted out.
      let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
      return last &>> UInt64(8 * (8 - rest))
    }
    if rest >= 4 {
      // Two four-byte loads that overlap: the bytes they share agree.
      let low = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt32.self)))
      let high = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
      return low | high &<< UInt64(8 * (rest - 4))
    }
    let first = UInt64(raw.load(fromByteOffset: start, as: UInt8.self))
    let middle = UInt64(raw.load(fromByteOffset: start + rest / 2, as: UInt8.self))
    let last = UInt64(raw.load(fromByteOffset: count - 1, as: UInt8.self))
    return first | middle &<< UInt64(8 * (rest / 2)) | last &<< UInt64(8 * (rest - 1))
  }
}
