import Foundation
import Yams

/// A YAML node tree as flat arrays: what decoding locale data reads on every start-up.
///
/// Yams' `Node` is an enum whose scalars hold a class (`Tag`) and whose collections hold arrays
/// of nodes, so walking it copies nodes and counts references at every step: that was most of
/// the processor time of decoding the ~100 locale data files a `compare` reads. Here a node is
/// a number, its children a range of numbers, and a scalar's text one string of a table, so
/// `TreeDecoder` reads the same tree without copying it. A `Node` is still made (`node()`) where
/// a message needs positions or a decoding fails (see `YAMLDocument`).
///
/// Nodes are numbered in document order, the root 0. A mapping's children are its keys and
/// values, interleaved; a sequence's, its items.
final class YAMLTree: @unchecked Sendable {
  enum Kind: UInt8 {
    case scalar = 0, mapping = 1, sequence = 2
  }

  struct Item {
    var kind: Kind
    /// The scalar or collection style's number, as `ParsedYAMLCache` writes it.
    var style: UInt32
    /// The tag's name, in `tags`.
    var tag: Int32
    /// The position Yams gave (-1: none).
    var line: Int32
    var column: Int32
    /// A scalar's text, in `texts`; a collection's first child, in `children`.
    var start: Int32
    /// A collection's number of children (a mapping's is twice its pairs).
    var count: Int32
  }

  let items: [Item]
  let children: [Int32]
  let texts: [String]
  let tags: [String]
  /// Whether a mapping has a merge key (`<<`): `TreeDecoder` leaves such a tree to
  /// `NodeDecoder`, which flattens them as Yams does.
  let hasMergeKeys: Bool
  /// What makes the tags of `scalar(_:)` (one per tree, as the parser makes one per file).
  private let constructor = Constructor.default

  private init(_ builder: Builder) {
    items = builder.items
    children = builder.children
    texts = builder.texts
    tags = builder.tags
    hasMergeKeys = builder.hasMergeKeys
  }

  /// The tree of `node`; nil when it holds an alias (never met in locale data).
  convenience init?(_ node: Node) {
    var builder = Builder()
    guard builder.add(node) != nil else { return nil }
    self.init(builder)
  }

  /// The tree `ParsedYAMLCache.write` wrote, read straight into arrays (no `Node` is made).
  convenience init(reading reader: inout BinaryReader) throws(BinaryReader.Damaged) {
    var builder = Builder()
    _ = try builder.read(&reader)
    self.init(builder)
  }

  static let plain = Node.Scalar.Style.plain.rawValue

  func kind(_ node: Int32) -> Kind { items[Int(node)].kind }

  /// A scalar's text; nil for a collection (as `Node.string`).
  func string(_ node: Int32) -> String? {
    let item = items[Int(node)]
    return item.kind == .scalar ? texts[Int(item.start)] : nil
  }

  /// The children of a collection: keys and values of a mapping, items of a sequence.
  func childRange(_ node: Int32) -> Range<Int> {
    let item = items[Int(node)]
    guard item.kind != .scalar else { return 0..<0 }
    return Int(item.start)..<Int(item.start + item.count)
  }

  /// Whether the node is YAML's null: a plain scalar `~`, `null` (any of its spellings) or
  /// nothing at all.
  func isNull(_ node: Int32) -> Bool {
    let item = items[Int(node)]
    guard item.kind == .scalar, item.style == Self.plain else { return false }
    switch texts[Int(item.start)] {
    case "", "~", "null", "Null", "NULL": return true
    default: return false
    }
  }

  /// A scalar as Yams made it, for the scalar types Yams constructs by its own rules.
  func scalar(_ node: Int32) -> Node.Scalar? {
    let item = items[Int(node)]
    guard item.kind == .scalar, let style = Node.Scalar.Style(rawValue: item.style) else { return nil }
    let tag = Tag(Tag.Name(rawValue: tags[Int(item.tag)]), .basic, constructor)
    return .init(texts[Int(item.start)], tag, style, mark(item))
  }

  /// The whole tree as Yams' nodes, tags made as the parser makes them (basic resolver,
  /// one default constructor for the tree).
  func node() -> Node? { node(0, constructor) }

  private func node(_ number: Int32, _ constructor: Constructor) -> Node? {
    let item = items[Int(number)]
    let tag = Tag(Tag.Name(rawValue: tags[Int(item.tag)]), .basic, constructor)
    switch item.kind {
    case .scalar:
      guard let style = Node.Scalar.Style(rawValue: item.style) else { return nil }
      return .scalar(.init(texts[Int(item.start)], tag, style, mark(item)))
    case .mapping:
      guard let style = ParsedYAMLCache.mappingStyle(Int(item.style)) else { return nil }
      var pairs: [(Node, Node)] = []
      pairs.reserveCapacity(Int(item.count) / 2)
      for k in stride(from: Int(item.start), to: Int(item.start + item.count), by: 2) {
        guard let key = node(children[k], constructor), let value = node(children[k + 1], constructor) else { return nil }
        pairs.append((key, value))
      }
      return .mapping(.init(pairs, tag, style, mark(item)))
    case .sequence:
      guard let style = ParsedYAMLCache.sequenceStyle(Int(item.style)) else { return nil }
      var nodes: [Node] = []
      nodes.reserveCapacity(Int(item.count))
      for k in childRange(number) {
        guard let child = node(children[k], constructor) else { return nil }
        nodes.append(child)
      }
      return .sequence(.init(nodes, tag, style, mark(item)))
    }
  }

  private func mark(_ item: Item) -> Mark? {
    ParsedYAMLCache.makeMark(line: Int(item.line), column: Int(item.column))
  }

  /// The arrays of a tree as it is read or converted.
  struct Builder {
    var items: [Item] = []
    var children: [Int32] = []
    var texts: [String] = []
    var tags: [String] = []
    var hasMergeKeys = false
    private var tagNumbers: [String: Int32] = [:]

    mutating func tagNumber(_ name: String) -> Int32 {
      // A file has a tag or two, met node after node: the last one is tried first.
      if let last = tags.last, last == name { return Int32(tags.count - 1) }
      if let known = tagNumbers[name] { return known }
      let number = Int32(tags.count)
      tags.append(name)
      tagNumbers[name] = number
      return number
    }

    /// Adds `node` and its children; its number, or nil for an alias.
    mutating func add(_ node: Node) -> Int32? {
      let number = Int32(items.count)
      func head(_ kind: Kind, _ tag: Tag, _ style: UInt32, _ mark: Mark?) {
        items.append(
          Item(
            kind: kind, style: style, tag: tagNumber(tag.rawValue), line: Int32(clamping: mark?.line ?? -1),
            column: Int32(clamping: mark?.column ?? -1), start: 0, count: 0))
      }
      switch node {
      case .scalar(let scalar):
        head(.scalar, scalar.tag, scalar.style.rawValue, scalar.mark)
        items[Int(number)].start = Int32(texts.count)
        texts.append(scalar.string)
      case .mapping(let mapping):
        head(.mapping, mapping.tag, ParsedYAMLCache.number(mapping.style), mapping.mark)
        let start = reserveChildren(of: number, 2 * mapping.count)
        for (offset, pair) in mapping.enumerated() {
          if case .scalar(let key) = pair.key, key.string == "<<", key.style == .plain { hasMergeKeys = true }
          guard let key = add(pair.key), let value = add(pair.value) else { return nil }
          children[start + 2 * offset] = key
          children[start + 2 * offset + 1] = value
        }
      case .sequence(let sequence):
        head(.sequence, sequence.tag, ParsedYAMLCache.number(sequence.style), sequence.mark)
        let start = reserveChildren(of: number, sequence.count)
        for (offset, item) in sequence.enumerated() {
          guard let child = add(item) else { return nil }
          children[start + offset] = child
        }
      case .alias:
        return nil
      }
      return number
    }

    /// Room for `count` children of node `number`; where they start in `children`.
    mutating func reserveChildren(of number: Int32, _ count: Int) -> Int {
      let start = children.count
      children.append(contentsOf: repeatElement(0, count: count))
      items[Int(number)].start = Int32(start)
      items[Int(number)].count = Int32(count)
      return start
    }

    /// Reads one node as `ParsedYAMLCache.write` wrote it; its number.
    mutating func read(_ r: inout BinaryReader) throws(BinaryReader.Damaged) -> Int32 {
      let number = Int32(items.count)
      let kindNumber = try r.int()
      let tag = tagNumber(try r.string())
      let style = try r.int()
      let line = try r.int()
      let column = try r.int()
      guard let kind = Kind(rawValue: UInt8(clamping: kindNumber)), kindNumber >= 0, kindNumber <= 2,
        let style32 = UInt32(exactly: style)
      else { throw BinaryReader.Damaged() }
      items.append(
        Item(
          kind: kind, style: style32, tag: tag, line: Int32(clamping: line), column: Int32(clamping: column), start: 0,
          count: 0))
      switch kind {
      case .scalar:
        guard Node.Scalar.Style(rawValue: style32) != nil else { throw BinaryReader.Damaged() }
        items[Int(number)].start = Int32(texts.count)
        texts.append(try r.string())
      case .mapping:
        guard ParsedYAMLCache.mappingStyle(style) != nil else { throw BinaryReader.Damaged() }
        let pairs = try r.count()
        let start = reserveChildren(of: number, 2 * pairs)
        for offset in 0..<2 * pairs {
          let child = try read(&r)
          children[start + offset] = child
          if offset % 2 == 0, items[Int(child)].kind == .scalar, items[Int(child)].style == YAMLTree.plain,
            texts[Int(items[Int(child)].start)] == "<<"
          {
            hasMergeKeys = true
          }
        }
      case .sequence:
        guard ParsedYAMLCache.sequenceStyle(style) != nil else { throw BinaryReader.Damaged() }
        let count = try r.count()
        let start = reserveChildren(of: number, count)
        for offset in 0..<count { children[start + offset] = try read(&r) }
      }
      return number
    }
  }
}
