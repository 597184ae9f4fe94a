import Foundation
import Yams

/// One parsed locale data file: its text, its YAML node tree with positions, and its schema.
public struct YAMLDocument {
  /// The path shown in messages.
  public let path: String
  /// The tree as flat arrays, which decoding and checking read (nil for a tree with an alias,
  /// never met in locale data). Read from `ParsedYAMLCache.shared` when it holds this text's
  /// tree.
  let tree: YAMLTree?
  /// The tree as Yams' nodes: the parser's own, or made from `tree` the first time a message or
  /// a failed decoding needs it.
  private let nodes: NodeTree
  /// The root node.
  var root: Node { nodes.root }
  /// The schema line's value, such as `parallax.names/1`.
  public let schema: String
  /// The tree with positions: `root`, or, when `root` came from a cache that could not keep
  /// positions, parsed from the text the first time a position is needed.
  private let positions: MarkedTree

  /// Parses `text`; checks that its first key is `schema:` with a kind in `kinds` and a major
  /// version in `majors`.
  /// - Throws: `LocaleDataError.syntax` or `.unsupportedSchema` with the position.
  public init(text: String, path: String, kind: String, majors: ClosedRange<Int>) throws(LocaleDataError) {
    try self.init(text: text, path: path, kind: kind, majors: majors, cache: ParsedYAMLCache.shared)
  }

  /// The same, with the tree read from and saved to `cache` (none: parsed).
  init(text: String, path: String, kind: String, majors: ClosedRange<Int>, cache: ParsedYAMLCache?) throws(LocaleDataError) {
    if let cache, let cached = cache.tree(for: text), let schema = Self.schema(of: cached, kind: kind, majors: majors) {
      self.path = path
      self.tree = cached
      self.nodes = NodeTree(cached)
      self.schema = schema
      // With its positions when Yams' marks could be made again, else parsed for a message.
      self.positions = ParsedYAMLCache.marksAreTwoNumbers ? MarkedTree() : MarkedTree(text: text, path: path)
      return
    }
    let node = try Self.parse(text, path: path)
    guard case .mapping(let mapping) = node else {
      throw .syntax(file: path, line: 1, column: 1, problem: "the file must be a mapping that starts with 'schema:'")
    }
    let supported = majors.map { "\(kind)/\($0)" }.joined(separator: " or ")
    guard let first = mapping.first, first.key.string == "schema", let value = first.value.string
    else {
      let mark = mapping.first?.key.mark
      throw .unsupportedSchema(
        file: path, line: mark?.line ?? 1, column: mark?.column ?? 1,
        found: "(no schema line first)", supported: supported)
    }
    guard Self.schema(of: node, kind: kind, majors: majors) != nil else {
      let mark = first.value.mark
      throw .unsupportedSchema(
        file: path, line: mark?.line ?? 1, column: mark?.column ?? 1, found: value,
        supported: supported)
    }
    cache?.save(node, for: text)
    self.path = path
    self.tree = YAMLTree(node)
    self.nodes = NodeTree(parsed: node)
    self.schema = value
    self.positions = MarkedTree()
  }

  /// The schema value of a tree whose first key is `schema:` with a kind and supported major
  /// version, else nil.
  private static func schema(of node: Node, kind: String, majors: ClosedRange<Int>) -> String? {
    guard case .mapping(let mapping) = node, let first = mapping.first, first.key.string == "schema",
      let value = first.value.string
    else { return nil }
    let parts = value.split(separator: "/")
    guard parts.count == 2, parts[0] == kind, let major = Int(parts[1]), majors.contains(major) else { return nil }
    return value
  }

  /// The same for a flat tree.
  private static func schema(of tree: YAMLTree, kind: String, majors: ClosedRange<Int>) -> String? {
    let pairs = tree.childRange(0)
    guard tree.kind(0) == .mapping, !pairs.isEmpty, tree.string(tree.children[pairs.lowerBound]) == "schema",
      let value = tree.string(tree.children[pairs.lowerBound + 1])
    else { return nil }
    let parts = value.split(separator: "/")
    guard parts.count == 2, parts[0] == kind, let major = Int(parts[1]), majors.contains(major) else { return nil }
    return value
  }

  /// The tree of `text`, as Yams composes it.
  fileprivate static func parse(_ text: String, path: String) throws(LocaleDataError) -> Node {
    let node: Node?
    do {
      // No tag resolution: `NodeDecoder` reads scalars by their text, and resolving tags runs
      // regular expressions over every key (Yams compares keys to find duplicates). UTF-8 is
      // named because the default asks the environment on every call.
      node = try Yams.compose(yaml: text, .basic, .default, .utf8)
    } catch let error as YamlError {
      throw Self.syntaxError(error, path: path)
    } catch {
      throw .syntax(file: path, line: 1, column: 1, problem: "\(error)")
    }
    guard let node else {
      throw .syntax(file: path, line: 1, column: 1, problem: "the file must be a mapping that starts with 'schema:'")
    }
    return node
  }

  /// The tree with positions: `root` itself when it was parsed here.
  private var marked: Node { positions.tree ?? root }

  /// The kind named by a file's schema line without validating it (`parallax.names`), or nil.
  public static func schemaKind(of text: String) -> String? {
    for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(60) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("schema:") {
        let value = trimmed.dropFirst("schema:".count).trimmingCharacters(in: .whitespaces)
          .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        return value.split(separator: "/").first.map(String.init)
      }
    }
    return nil
  }

  /// Every key that `schema` does not define, with its position.
  public func unknownKeys(against schema: KeySchema) -> [LocaleDataError] {
    // Most files have none: the flat tree says so without making Yams' nodes.
    if let tree, Self.conforms(tree, 0, to: schema) { return [] }
    var problems: [LocaleDataError] = []
    check(root, against: schema, into: &problems)
    guard !problems.isEmpty, positions.isDeferred else { return problems }
    // Found on a tree without positions: found again on the one with them.
    problems = []
    check(marked, against: schema, into: &problems)
    return problems
  }

  /// Whether `node` of `tree` has only keys `schema` defines, and every key it requires.
  private static func conforms(_ tree: YAMLTree, _ node: Int32, to schema: KeySchema) -> Bool {
    switch (schema, tree.kind(node)) {
    case (.mapping(let keys, let required), .mapping):
      var missing = required
      let pairs = tree.childRange(node)
      for k in stride(from: pairs.lowerBound, to: pairs.upperBound, by: 2) {
        let name = tree.string(tree.children[k]) ?? ""
        guard let inner = keys[name], conforms(tree, tree.children[k + 1], to: inner) else { return false }
        if !missing.isEmpty { missing.remove(name) }
      }
      return missing.isEmpty
    case (.dictionary(let value), .mapping):
      let pairs = tree.childRange(node)
      return stride(from: pairs.lowerBound, to: pairs.upperBound, by: 2).allSatisfy {
        conforms(tree, tree.children[$0 + 1], to: value)
      }
    case (.sequence(let item), .sequence):
      return tree.childRange(node).allSatisfy { conforms(tree, tree.children[$0], to: item) }
    default:
      return true
    }
  }

  private func check(_ node: Node, against schema: KeySchema, into problems: inout [LocaleDataError]) {
    switch (schema, node) {
    case (.mapping(let keys, let required), .mapping(let mapping)):
      for (key, value) in mapping {
        let name = key.string ?? ""
        if let inner = keys[name] {
          check(value, against: inner, into: &problems)
        } else {
          problems.append(
            .unknownKey(
              file: path, line: key.mark?.line ?? 0, column: key.mark?.column ?? 0, key: name,
              known: keys.keys.sorted()))
        }
      }
      let present = Set(mapping.keys.compactMap(\.string))
      for key in required.subtracting(present).sorted() {
        problems.append(
          .missingKey(file: path, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, key: key))
      }
    case (.dictionary(let value), .mapping(let mapping)):
      for (_, item) in mapping { check(item, against: value, into: &problems) }
    case (.sequence(let item), .sequence(let sequence)):
      for element in sequence { check(element, against: item, into: &problems) }
    default:
      break
    }
  }

  /// Decodes the document as `T`, turning decoding errors into positioned ones.
  public func decode<T: Decodable>(_ type: T.Type) throws(LocaleDataError) -> T {
    // The flat tree first; a failure there is decoded again from Yams' nodes, whose errors
    // have the coding paths the messages show.
    if let tree, !tree.hasMergeKeys, let value = try? TreeDecoder.decode(type, from: tree) { return value }
    do {
      return try NodeDecoder.decode(type, from: root)
    } catch let error as DecodingError {
      throw positioned(error)
    } catch let error as LocaleDataError {
      throw error
    } catch {
      throw .syntax(file: path, line: 1, column: 1, problem: "\(error)")
    }
  }

  /// Decodes the node at `codingPath` (an item of a list, say) as `T`, so that one bad item can
  /// be reported while the others are read.
  public func decode<T: Decodable>(_ type: T.Type, at codingPath: [any CodingKey]) throws(LocaleDataError) -> T {
    if let tree, !tree.hasMergeKeys, let node = Self.node(at: codingPath, in: tree),
      let value = try? TreeDecoder.decode(type, from: tree, at: node)
    {
      return value
    }
    guard let node = node(at: codingPath) else {
      let at = position(at: codingPath)
      throw .missingKey(file: path, line: at.line, column: at.column, key: codingPath.last?.stringValue ?? "")
    }
    do {
      return try NodeDecoder.decode(type, from: node)
    } catch let error as DecodingError {
      throw positioned(error, under: codingPath)
    } catch {
      throw .syntax(file: path, line: 1, column: 1, problem: "\(error)")
    }
  }

  /// The number of items in the sequence at `codingPath`, or 0.
  public func count(at codingPath: [any CodingKey]) -> Int {
    if let tree {
      guard let node = Self.node(at: codingPath, in: tree), tree.kind(node) == .sequence else { return 0 }
      return tree.childRange(node).count
    }
    guard case .sequence(let sequence)? = node(at: codingPath) else { return 0 }
    return sequence.count
  }

  /// The node of `tree` at `codingPath`: the first pair of a key, the item at an index.
  private static func node(at codingPath: [any CodingKey], in tree: YAMLTree) -> Int32? {
    var node: Int32 = 0
    for key in codingPath {
      let children = tree.childRange(node)
      switch tree.kind(node) {
      case .mapping:
        guard
          let k = stride(from: children.lowerBound, to: children.upperBound, by: 2).first(where: {
            tree.string(tree.children[$0]) == key.stringValue
          })
        else { return nil }
        node = tree.children[k + 1]
      case .sequence:
        guard let index = key.intValue, index >= 0, index < children.count else { return nil }
        node = tree.children[children.lowerBound + index]
      case .scalar:
        return nil
      }
    }
    return node
  }

  private func node(at codingPath: [any CodingKey], in tree: Node? = nil) -> Node? {
    var node = tree ?? root
    for key in codingPath {
      switch node {
      case .mapping(let mapping):
        guard let pair = mapping.first(where: { $0.key.string == key.stringValue }) else { return nil }
        node = pair.value
      case .sequence(let sequence):
        guard let index = key.intValue, index < sequence.count else { return nil }
        node = sequence[index]
      default:
        return nil
      }
    }
    return node
  }

  /// The position of the node at `path` (mapping keys and sequence indexes), or the nearest
  /// ancestor that exists.
  public func position(at codingPath: [any CodingKey]) -> (line: Int, column: Int) {
    let root = marked
    var node = root
    var mark = root.mark
    for key in codingPath {
      switch node {
      case .mapping(let mapping):
        guard let pair = mapping.first(where: { $0.key.string == key.stringValue }) else {
          return (mark?.line ?? 1, mark?.column ?? 1)
        }
        node = pair.value
        mark = pair.value.mark ?? pair.key.mark
      case .sequence(let sequence):
        guard let index = key.intValue, index < sequence.count else {
          return (mark?.line ?? 1, mark?.column ?? 1)
        }
        node = sequence[index]
        mark = node.mark
      default:
        return (mark?.line ?? 1, mark?.column ?? 1)
      }
    }
    return (mark?.line ?? 1, mark?.column ?? 1)
  }

  /// The position of the last mapping key of `codingPath` itself (not its value), or the
  /// nearest position `position(at:)` finds.
  public func keyPosition(at codingPath: [any CodingKey]) -> (line: Int, column: Int) {
    guard let last = codingPath.last, last.intValue == nil,
      case .mapping(let mapping)? = node(at: Array(codingPath.dropLast()), in: marked),
      let mark = mapping.first(where: { $0.key.string == last.stringValue })?.key.mark
    else { return position(at: codingPath) }
    return (mark.line, mark.column)
  }

  /// The line where the value of the top-level `key` starts.
  public func line(ofTopLevelKey key: String) -> Int? {
    guard case .mapping(let mapping) = marked else { return nil }
    return mapping.first(where: { $0.key.string == key })?.value.mark?.line
  }

  private func positioned(_ error: DecodingError, under prefix: [any CodingKey] = []) -> LocaleDataError {
    func describe(_ path: [any CodingKey]) -> String {
      path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
    switch error {
    case .keyNotFound(let key, let context):
      let at = position(at: prefix + context.codingPath)
      return .missingKey(file: path, line: at.line, column: at.column, key: key.stringValue)
    case .typeMismatch(_, let context), .valueNotFound(_, let context),
      .dataCorrupted(let context):
      let at = position(at: prefix + context.codingPath)
      return .invalidValue(
        file: path, line: at.line, column: at.column, key: describe(prefix + context.codingPath),
        problem: context.debugDescription)
    @unknown default:
      return .syntax(file: path, line: 1, column: 1, problem: "\(error)")
    }
  }

  private static func syntaxError(_ error: YamlError, path: String) -> LocaleDataError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return .syntax(file: path, line: mark.line, column: mark.column, problem: problem)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return .syntax(
        file: path, line: context.mark.line, column: context.mark.column,
        problem: "duplicate keys \(duplicates.joined(separator: ", "))")
    case .reader(let problem, let offset, _, _):
      return .syntax(file: path, line: 1, column: 1, problem: "\(problem) at byte \(offset ?? 0)")
    default:
      return .syntax(file: path, line: 1, column: 1, problem: "\(error)")
    }
  }
}

/// The tree with positions of a document whose tree came from the cache, parsed once when a
/// position is first asked for (a message about the file); of a parsed document, nothing.
private final class MarkedTree: @unchecked Sendable {
  private let text: String?
  private let path: String
  private let lock = NSLock()
  private var parsed: Node?

  /// Positions the tree has already (parsed here, or made again from the cache).
  init() {
    self.text = nil
    self.path = ""
  }

  /// Positions to be parsed from `text` when needed.
  init(text: String, path: String) {
    self.text = text
    self.path = path
  }

  /// Whether the positions are still to be parsed.
  var isDeferred: Bool { text != nil }

  /// The tree with positions; nil for a parsed document (its own tree has them) or when the
  /// text no longer parses (it did when it was cached).
  var tree: Node? {
    guard let text else { return nil }
    return lock.withLock {
      if parsed == nil { parsed = try? YAMLDocument.parse(text, path: path) }
      return parsed
    }
  }
}

/// A document's tree as Yams' nodes: the parser's own, or made from the flat tree read from the
/// cache, once, when a message or a failed decoding first asks for it.
private final class NodeTree: @unchecked Sendable {
  private let lock = NSLock()
  private var made: Node?
  private let flat: YAMLTree?

  init(parsed node: Node) {
    made = node
    flat = nil
  }

  init(_ tree: YAMLTree) {
    flat = tree
  }

  var root: Node {
    lock.withLock {
      if let made { return made }
      // A tree read from the cache was written from nodes, so it makes nodes again.
      let node = flat?.node() ?? .mapping(.init([]))
      made = node
      return node
    }
  }
}
