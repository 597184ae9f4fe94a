import Foundation
import Yams

/// Decodes a `Decodable` value from a composed YAML node tree, as Yams' `YAMLDecoder` does for
/// the shapes locale data uses (mappings, sequences, scalars, optionals), with the same
/// `DecodingError`s and coding paths, so `YAMLDocument` positions its messages the same way.
///
/// Why not `YAMLDecoder`: it finds each key by comparing nodes, and a node comparison resolves
/// the implicit tag of both sides with the resolver's regular expressions. For a mapping of k
/// keys that is k² regular-expression matches, and it was most of the start-up time of
/// `compare`. Here a key is found by its text, through an index for the larger mappings, and
/// no tag is ever resolved; scalars are constructed by Yams' own `ScalarConstructible` rules.
/// Merge keys (`<<`) are flattened as Yams does; anchors have no special meaning.
struct NodeDecoder: ItemDecoder {
  let node: Node
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  init(node: Node, codingPath: [any CodingKey] = []) {
    self.node = node
    self.codingPath = codingPath
  }

  /// Decodes `type` from `node`.
  static func decode<T: Decodable>(_ type: T.Type, from node: Node) throws -> T {
    try NodeDecoder(node: node).decodeValue(type)
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .mapping(let mapping) = node else {
      throw Self.typeMismatch(at: codingPath, expected: Node.Mapping.self, found: node)
    }
    return KeyedDecodingContainer(Keyed<Key>(decoder: self, pairs: Self.merged(mapping)))
  }

  /// The pairs of `mapping` with YAML merge keys (`<<: *base`) replaced by the pairs they bring
  /// in: a key written in the mapping itself wins over a merged one, an earlier merged mapping
  /// over a later one.
  static func merged(_ mapping: Node.Mapping) -> [(Node, Node)] {
    let own = mapping.filter { !isMergeKey($0.key) }
    guard own.count < mapping.count else { return own.map { ($0.key, $0.value) } }
    var pairs = own.map { ($0.key, $0.value) }
    var present = Set(own.compactMap { $0.key.string })
    for pair in mapping where isMergeKey(pair.key) {
      let sources: [Node]
      switch pair.value {
      case .mapping: sources = [pair.value]
      case .sequence(let sequence): sources = Array(sequence)
      default: sources = []
      }
      for case .mapping(let source) in sources {
        for (key, value) in merged(source) where present.insert(key.string ?? "").inserted {
          pairs.append((key, value))
        }
      }
    }
    return pairs
  }

  private static func isMergeKey(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node else { return false }
    return scalar.string == "<<" && scalar.style == .plain
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .sequence(let sequence) = node else {
      throw Self.typeMismatch(at: codingPath, expected: Node.Sequence.self, found: node)
    }
    return SequenceItems(decoder: self, count: sequence.count)
  }

  func child(_ node: Node, key: any CodingKey) -> NodeDecoder {
    NodeDecoder(node: node, codingPath: codingPath + [key])
  }

  func item(_ index: Int) -> NodeDecoder {
    guard case .sequence(let sequence) = node else { preconditionFailure("items are asked of a sequence") }
    return child(sequence[index], key: IndexKey(index: index))
  }

  /// `type` from this node: the common scalars directly, other scalar-constructible types
  /// through Yams' rules, everything else through its own `init(from:)`.
  func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
    if type == String.self { return try construct(String.self) as! T }
    if type == Int.self { return try construct(Int.self) as! T }
    if type == Bool.self { return try construct(Bool.self) as! T }
    if type == Double.self { return try construct(Double.self) as! T }
    if case .scalar = node, let constructible = type as? any ScalarConstructible.Type {
      return try constructAny(constructible, as: type)
    }
    return try T(from: self)
  }

  private func constructAny<T>(_ constructible: any ScalarConstructible.Type, as type: T.Type) throws -> T {
    let scalar = try self.scalar(for: type)
    guard let value = constructible.construct(from: scalar) as? T else {
      throw Self.typeMismatch(at: codingPath, expected: type, found: node)
    }
    return value
  }

  private func construct<T: ScalarConstructible>(_ type: T.Type) throws -> T {
    let scalar = try self.scalar(for: type)
    guard let value = T.construct(from: scalar) else {
      throw Self.typeMismatch(at: codingPath, expected: type, found: node)
    }
    return value
  }

  private func scalar(for type: Any.Type) throws -> Node.Scalar {
    guard case .scalar(let scalar) = node else {
      throw Self.typeMismatch(at: codingPath, expected: type, found: node)
    }
    return scalar
  }

  /// Whether the node is YAML's null: a plain scalar `~`, `null` (any of its spellings) or
  /// nothing at all.
  var isNull: Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
    switch scalar.string {
    case "", "~", "null", "Null", "NULL": return true
    default: return false
    }
  }

  /// Yams' wording, so messages read the same as before: "Expected to decode Int but found
  /// Scalar instead."
  static func typeMismatch(at path: [any CodingKey], expected: Any.Type, found node: Node) -> DecodingError {
    let reality: String
    switch node {
    case .scalar: reality = "Scalar"
    case .mapping: reality = "Mapping"
    case .sequence: reality = "Sequence"
    case .alias: reality = "Alias"
    }
    return .typeMismatch(
      expected,
      .init(codingPath: path, debugDescription: "Expected to decode \(expected) but found \(reality) instead."))
  }
}

extension NodeDecoder {
  /// The pairs of one mapping, found by key text: a scan for the small mappings most records
  /// are, an index built once for the larger ones. The first of duplicate keys wins, as in Yams.
  struct Keyed<Key: CodingKey>: KeyedByText {
    let decoder: NodeDecoder
    let pairs: [(key: Node, value: Node)]
    private let index: [String: Int]?

    init(decoder: NodeDecoder, pairs: [(Node, Node)]) {
      self.decoder = decoder
      self.pairs = pairs.map { (key: $0.0, value: $0.1) }
      if pairs.count > 12 {
        var index: [String: Int] = [:]
        index.reserveCapacity(pairs.count)
        for (position, pair) in pairs.enumerated() {
          if let text = pair.0.string, index[text] == nil { index[text] = position }
        }
        self.index = index
      } else {
        self.index = nil
      }
    }

    var allKeys: [Key] { pairs.compactMap { $0.key.string.flatMap(Key.init(stringValue:)) } }

    func contains(_ key: Key) -> Bool { node(for: key.stringValue) != nil }

    private func node(for text: String) -> Node? {
      if let index { return index[text].map { pairs[$0].value } }
      return pairs.first(where: { $0.key.string == text })?.value
    }

    func value(of key: some CodingKey) -> NodeDecoder? {
      node(for: key.stringValue).map { decoder.child($0, key: key) }
    }
  }

  /// The coding key of a sequence item, printed as Yams prints it ("Index 3").
  struct IndexKey: CodingKey {
    let index: Int
    init(index: Int) { self.index = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.index = intValue }
    var stringValue: String { "Index \(index)" }
    var intValue: Int? { index }
  }

  struct SuperKey: CodingKey {
    init() {}
    init?(stringValue: String) {
      guard stringValue == "super" else { return nil }
    }
    init?(intValue: Int) { nil }
    var stringValue: String { "super" }
    var intValue: Int? { nil }
  }
}
