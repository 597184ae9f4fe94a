import Foundation
import Yams

/// Decodes a `Decodable` value from a `YAMLTree`, reading what `NodeDecoder` reads from the
/// same tree as Yams' nodes: keys found by their text (the first of duplicates wins), scalars
/// constructed by Yams' own rules, YAML's nulls. It is the fast path of `YAMLDocument.decode`:
/// a tree with merge keys, and any value that fails to decode here, go to `NodeDecoder`, whose
/// errors carry the coding paths and positions the messages show.
struct TreeDecoder: ItemDecoder {
  let tree: YAMLTree
  let node: Int32
  /// The keys from the root, innermost first; made into `codingPath` only when asked for.
  let path: CodingPathLink?

  init(tree: YAMLTree, node: Int32 = 0, path: CodingPathLink? = nil) {
    self.tree = tree
    self.node = node
    self.path = path
  }

  var codingPath: [any CodingKey] { path?.keys ?? [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  /// Decodes `type` from the tree's root.
  static func decode<T: Decodable>(_ type: T.Type, from tree: YAMLTree, at node: Int32 = 0) throws -> T {
    try TreeDecoder(tree: tree, node: node).decodeValue(type)
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard tree.kind(node) == .mapping else { throw mismatch(Node.Mapping.self) }
    return KeyedDecodingContainer(Keyed<Key>(decoder: self))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard tree.kind(node) == .sequence else { throw mismatch(Node.Sequence.self) }
    return SequenceItems(decoder: self, count: tree.childRange(node).count)
  }

  func child(_ node: Int32, key: any CodingKey) -> TreeDecoder {
    TreeDecoder(tree: tree, node: node, path: CodingPathLink(key: key, parent: path))
  }

  func item(_ index: Int) -> TreeDecoder {
    child(tree.children[tree.childRange(node).lowerBound + index], key: NodeDecoder.IndexKey(index: index))
  }

  var isNull: Bool { tree.isNull(node) }

  /// `type` from this node: text directly, the other scalar types through Yams' rules,
  /// everything else through its own `init(from:)`.
  func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
    if type == String.self {
      guard let text = tree.string(node) else { throw mismatch(type) }
      return text as! T
    }
    if type == Int.self { return try construct(Int.self) as! T }
    if type == Bool.self { return try construct(Bool.self) as! T }
    if type == Double.self { return try construct(Double.self) as! T }
    guard tree.kind(node) == .scalar else { return try T(from: self) }
    if let constructible = type as? any ScalarConstructible.Type {
      guard let scalar = tree.scalar(node), let value = constructible.construct(from: scalar) as? T else {
        throw mismatch(type)
      }
      return value
    }
    return try T(from: self)
  }

  private func construct<T: ScalarConstructible>(_ type: T.Type) throws -> T {
    guard let scalar = tree.scalar(node), let value = T.construct(from: scalar) else { throw mismatch(type) }
    return value
  }

  /// A type mismatch at this node (its wording is `NodeDecoder`'s, which the messages use).
  func mismatch(_ expected: Any.Type) -> DecodingError {
    .typeMismatch(expected, .init(codingPath: codingPath, debugDescription: "Expected to decode \(expected)."))
  }
}

/// One key of a coding path and the path above it: a child decoder adds a link, and the array
/// a `Decoder` gives as `codingPath` is made only when something asks for it.
final class CodingPathLink: @unchecked Sendable {
  let key: any CodingKey
  let parent: CodingPathLink?

  init(key: any CodingKey, parent: CodingPathLink?) {
    self.key = key
    self.parent = parent
  }

  /// The keys from the root to this one.
  var keys: [any CodingKey] {
    var keys: [any CodingKey] = []
    var link: CodingPathLink? = self
    while let current = link {
      keys.append(current.key)
      link = current.parent
    }
    return keys.reversed()
  }
}

extension TreeDecoder {
  /// The pairs of one mapping, found by key text: a scan for the small mappings most records
  /// are, an index built once for the larger ones.
  struct Keyed<Key: CodingKey>: KeyedByText {
    let decoder: TreeDecoder
    /// Keys and values, interleaved, in `tree.children`.
    let pairs: Range<Int>
    private let index: [String: Int32]?

    init(decoder: TreeDecoder) {
      self.decoder = decoder
      let tree = decoder.tree
      pairs = tree.childRange(decoder.node)
      if pairs.count > 24 {
        var index: [String: Int32] = [:]
        index.reserveCapacity(pairs.count / 2)
        for k in stride(from: pairs.lowerBound, to: pairs.upperBound, by: 2) {
          if let text = tree.string(tree.children[k]), index[text] == nil { index[text] = tree.children[k + 1] }
        }
        self.index = index
      } else {
        self.index = nil
      }
    }

    var allKeys: [Key] {
      stride(from: pairs.lowerBound, to: pairs.upperBound, by: 2).compactMap {
        decoder.tree.string(decoder.tree.children[$0]).flatMap(Key.init(stringValue:))
      }
    }

    func contains(_ key: Key) -> Bool { node(for: key.stringValue) != nil }

    private func node(for text: String) -> Int32? {
      if let index { return index[text] }
      let tree = decoder.tree
      for k in stride(from: pairs.lowerBound, to: pairs.upperBound, by: 2) where tree.string(tree.children[k]) == text {
        return tree.children[k + 1]
      }
      return nil
    }

    func value(of key: some CodingKey) -> TreeDecoder? {
      node(for: key.stringValue).map { decoder.child($0, key: key) }
    }
  }
}
