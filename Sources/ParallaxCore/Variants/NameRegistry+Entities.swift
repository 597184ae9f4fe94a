/// The registry's entities, sorted by id: an array (a registry read from YAML or made in code),
/// or the records of a names cache file, each decoded when it is read, so that loading a
/// registry of 200,000 imported entities costs nothing per entity.
///
/// ```swift
/// let setup = try NameSetup.load(from: data, cacheDirectory: cache)
/// setup.registry.entities.count       // 200333
/// setup.registry.entities[42].id      // decodes entity 42 only
/// ```
public struct EntityList: RandomAccessCollection, Sendable {
  enum Storage: Sendable {
    case array([Entity])
    case encoded(EncodedEntities)
  }

  let storage: Storage
  public let endIndex: Int
  public var startIndex: Int { 0 }

  init(_ entities: [Entity]) {
    storage = .array(entities)
    endIndex = entities.count
  }

  init(_ encoded: EncodedEntities) {
    storage = .encoded(encoded)
    endIndex = encoded.count
  }

  public subscript(position: Int) -> Entity {
    switch storage {
    case .array(let entities): entities[position]
    case .encoded(let encoded): encoded.entity(position)
    }
  }

  /// Whether the entities are decoded as they are read.
  var isEncoded: Bool {
    if case .encoded = storage { return true }
    return false
  }

  /// The index of the first entity with `id`, by binary search of encoded records; nil for an
  /// array (the registry keeps a dictionary for those) or when no entity has it.
  func encodedIndex(of id: EntityID) -> Int? {
    guard case .encoded(let encoded) = storage else { return nil }
    return encoded.index(of: id)
  }
}

/// Entity records in one block of bytes, as the names cache stores them.
///
/// Layout: `count`; a flags word (bit 0: the ids ascend bytewise, so a binary search over their
/// bytes agrees with the registry's order); `count + 1` starts into the records; the records
/// (`Entity.write(into:)`, each beginning with its id).
struct EncodedEntities: Sendable {
  private let buffer: ByteBuffer
  private let base: Int
  let byteCount: Int
  let count: Int
  /// Whether a binary search over the id bytes finds every entity.
  let idsAscendBytewise: Bool

  private var records: Int { base + 12 + 4 * count }

  /// Encodes `entities`, sorted by id.
  init(_ entities: [Entity]) {
    var records = BinaryWriter()
    var starts: [Int] = []
    for entity in entities {
      starts.append(records.bytes.count)
      entity.write(into: &records)
    }
    starts.append(records.bytes.count)
    let ascending = zip(entities, entities.dropFirst()).allSatisfy {
      $0.id.rawValue.utf8.lexicographicallyPrecedes($1.id.rawValue.utf8)
    }
    var w = ByteTableWriter()
    w.u32(entities.count)
    w.u32(ascending ? 1 : 0)
    for start in starts { w.u32(start) }
    w.append(records.bytes)
    buffer = ByteBuffer(w.bytes)
    base = 0
    byteCount = buffer.count
    count = entities.count
    idsAscendBytewise = ascending
  }

  /// The records at `offset`, if their table fits the `length` bytes given and is in order.
  init?(_ buffer: ByteBuffer, at offset: Int, length: Int) {
    let count = Int(buffer.u32(at: offset))
    guard buffer.contains(offset, count: length), length >= 12 + 4 * (count + 1) else { return nil }
    let recordBytes = length - 12 - 4 * count
    var previous = 0
    for index in 0...count {
      let start = Int(buffer.u32(at: offset + 8 + 4 * index))
      guard start >= previous, start <= recordBytes else { return nil }
      previous = start
    }
    guard previous == recordBytes else { return nil }
    self.buffer = buffer
    self.base = offset
    self.byteCount = length
    self.count = count
    self.idsAscendBytewise = buffer.u32(at: offset + 4) & 1 != 0
  }

  /// The records' bytes, as `init(_:at:length:)` reads them.
  var bytes: [UInt8] { buffer.array(at: base, count: byteCount) }

  private func reader(_ index: Int) -> BinaryReader {
    let start = records + Int(buffer.u32(at: base + 8 + 4 * index))
    let end = records + Int(buffer.u32(at: base + 12 + 4 * index))
    return BinaryReader(buffer, range: start..<end)
  }

  /// Entity `index`, decoded. A record that does not decode (only a file forged to pass the
  /// checksum has one) reads as an entity with no id and no variants.
  func entity(_ index: Int) -> Entity {
    var r = reader(index)
    return (try? Entity(reading: &r)) ?? Entity(id: EntityID(""), kind: .place, variants: [])
  }

  /// Every entity, or nil when a record does not decode.
  func decodedAll() -> [Entity]? {
    var result: [Entity] = []
    result.reserveCapacity(count)
    for index in 0..<count {
      var r = reader(index)
      guard let entity = try? Entity(reading: &r), r.isAtEnd else { return nil }
      result.append(entity)
    }
    return result
  }

  /// The first entity with `id`: a binary search comparing id bytes in place.
  func index(of id: EntityID) -> Int? {
    let target = id.rawValue
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if order(of: middle, against: target) < 0 { low = middle + 1 } else { high = middle }
    }
    guard low < count, order(of: low, against: target) == 0 else { return nil }
    return low
  }

  private func order(of index: Int, against target: String) -> Int {
    var r = reader(index)
    guard let id = try? r.stringBytes() else { return -1 }
    return buffer.compare(at: id.offset, count: id.count, with: target)
  }
}

extension NameFormGroups {
  /// The groups of a registry's entities (`registry.entities`).
  public init(_ entities: EntityList) { self.init(Array(entities)) }
}
