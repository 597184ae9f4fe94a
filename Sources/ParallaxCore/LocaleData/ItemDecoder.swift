/// A locale data decoder that hands out a decoder for each item of the sequence it stands at:
/// `NodeDecoder` over Yams' nodes and `TreeDecoder` over the flat tree read their sequences
/// through the one container below, and their mappings through `KeyedByText`.
protocol ItemDecoder: Decoder, SingleValueDecodingContainer {
  /// The decoder of item `index` of this node's sequence (its coding path ends in the index).
  func item(_ index: Int) -> Self
  /// Whether the node is YAML's null.
  var isNull: Bool { get }
  /// A value of `type` from this node.
  func decodeValue<T: Decodable>(_ type: T.Type) throws -> T
}

extension ItemDecoder {
  func singleValueContainer() throws -> any SingleValueDecodingContainer { self }
  func decodeNil() -> Bool { isNull }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }
}

/// The items of one sequence, in order, each read by its own decoder.
struct SequenceItems<D: ItemDecoder>: UnkeyedDecodingContainer {
  let decoder: D
  let itemCount: Int
  var currentIndex = 0

  init(decoder: D, count: Int) {
    self.decoder = decoder
    self.itemCount = count
  }

  var codingPath: [any CodingKey] { decoder.codingPath }
  var count: Int? { itemCount }
  var isAtEnd: Bool { currentIndex >= itemCount }

  private mutating func next<T>(_ type: T.Type, _ body: (D) throws -> T) throws -> T {
    guard !isAtEnd else { throw atEnd(type) }
    let value = try body(decoder.item(currentIndex))
    currentIndex += 1
    return value
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd else { throw atEnd(Any?.self) }
    guard decoder.item(currentIndex).isNull else { return false }
    currentIndex += 1
    return true
  }

  private func atEnd(_ type: Any.Type) -> DecodingError {
    .valueNotFound(
      type,
      .init(
        codingPath: codingPath + [NodeDecoder.IndexKey(index: currentIndex)],
        debugDescription: "Unkeyed container is at end."))
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type) { try $0.decodeValue(type) } }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try next(KeyedDecodingContainer<NestedKey>.self) { try $0.container(keyedBy: type) }
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next((any UnkeyedDecodingContainer).self) { try $0.unkeyedContainer() }
  }

  mutating func superDecoder() throws -> any Decoder { try next(D.self) { $0 } }
}

/// A mapping's container that finds a key's value by the key's text: what both decoders'
/// mappings share once each can find the value of a key.
protocol KeyedByText: KeyedDecodingContainerProtocol {
  associatedtype Child: ItemDecoder
  var decoder: Child { get }
  /// The decoder of the value of `key` (its coding path ends in the key), nil when the
  /// mapping has no such key.
  func value(of key: some CodingKey) -> Child?
}

extension KeyedByText {
  var codingPath: [any CodingKey] { decoder.codingPath }

  private func child(_ key: some CodingKey) throws -> Child {
    guard let child = value(of: key) else {
      throw DecodingError.keyNotFound(
        key,
        .init(codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
    }
    return child
  }

  func decodeNil(forKey key: Key) throws -> Bool { try child(key).isNull }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decodeValue(type) }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try child(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try child(key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { try child(NodeDecoder.SuperKey()) }
  func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}
