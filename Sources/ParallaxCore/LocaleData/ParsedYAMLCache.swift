public import Foundation
import Yams

/// Parsed YAML node trees kept in the cache folder, by a hash of the text they were parsed
/// from, so a command's start-up reads each locale data file's tree instead of parsing it
/// again: parsing the 100 KB of lexicons, cues, datelines, styles and topics that `compare`
/// reads was a quarter of its start-up on one short document.
///
/// The tree is the one the parser gave, with each node's text, tag, style and position, so
/// decoding and its messages (file:line:column) are the same either way. A file that does not
/// parse is never cached (its error comes from the parser, as before); a damaged or foreign
/// cache file is ignored and written again.
///
/// The file is a `CacheFile` payload (magic `PXYAML`, format 2):
///
/// ```
/// tree     per node: kind (0 scalar, 1 mapping, 2 sequence), tag, style, line, column;
///          a scalar's text; a mapping's pair count and pairs; a sequence's count and items
/// ```
public struct ParsedYAMLCache: Sendable {
  /// The folder the trees are kept in (`yaml/` under the cache folder).
  public let directory: URL

  /// The cache format; bump it when the encoding changes.
  static let format = 2
  static let magic = Array("PXYAML\n\0".utf8)

  public init(cacheDirectory: URL) {
    directory = cacheDirectory.appendingPathComponent("yaml")
  }

  /// The cache in use for locale data files, set once by the command from its options; nil
  /// (the default) parses every file.
  public static var shared: ParsedYAMLCache? {
    get { sharedLock.withLock { sharedValue } }
    set { sharedLock.withLock { sharedValue = newValue } }
  }
  private static let sharedLock = NSLock()
  nonisolated(unsafe) private static var sharedValue: ParsedYAMLCache?

  /// The file that holds the tree of `text`.
  func file(for text: String) -> URL {
    var hash = ByteHasher()
    hash.combine("yaml \(Self.format)")
    hash.combine(text)
    return directory.appendingPathComponent("\(hash.hex).bin")
  }

  /// The tree parsed from `text` when the cache holds it whole, read straight into flat arrays.
  func tree(for text: String) -> YAMLTree? {
    guard let (buffer, payload) = CacheFile.readPayload(magic: Self.magic, format: Self.format, from: file(for: text)),
      !payload.isEmpty
    else { return nil }
    var reader = BinaryReader(buffer, range: payload)
    guard let tree = try? YAMLTree(reading: &reader), reader.isAtEnd else { return nil }
    return tree
  }

  /// The same tree as Yams' nodes.
  func node(for text: String) -> Node? { tree(for: text)?.node() }

  /// Saves the tree parsed from `text` (best effort: an unwritable folder only costs speed).
  func save(_ node: Node, for text: String) {
    var tree = BinaryWriter()
    guard Self.write(node, into: &tree) else { return }
    CacheFile.writePayload(tree.bytes, magic: Self.magic, format: Self.format, to: file(for: text))
  }

  /// Writes `node`; false for a tree with an alias (never met in locale data), which is not
  /// cached.
  static func write(_ node: Node, into w: inout BinaryWriter) -> Bool {
    func head(_ kind: Int, _ tag: Tag, _ style: UInt32, _ mark: Mark?) {
      w.int(kind)
      w.string(tag.rawValue)
      w.int(Int(style))
      w.int(mark?.line ?? -1)
      w.int(mark?.column ?? -1)
    }
    switch node {
    case .scalar(let scalar):
      head(0, scalar.tag, scalar.style.rawValue, scalar.mark)
      w.string(scalar.string)
    case .mapping(let mapping):
      head(1, mapping.tag, number(mapping.style), mapping.mark)
      w.int(mapping.count)
      for (key, value) in mapping {
        guard write(key, into: &w), write(value, into: &w) else { return false }
      }
    case .sequence(let sequence):
      head(2, sequence.tag, number(sequence.style), sequence.mark)
      w.int(sequence.count)
      for item in sequence {
        guard write(item, into: &w) else { return false }
      }
    case .alias:
      return false
    }
    return true
  }

  /// A collection style as a number (0 any, 1 block, 2 flow) and back.
  static func number(_ style: Node.Mapping.Style) -> UInt32 {
    switch style {
    case .any: 0
    case .block: 1
    case .flow: 2
    }
  }

  static func number(_ style: Node.Sequence.Style) -> UInt32 {
    switch style {
    case .any: 0
    case .block: 1
    case .flow: 2
    }
  }

  static func mappingStyle(_ number: Int) -> Node.Mapping.Style? {
    switch number {
    case 0: .any
    case 1: .block
    case 2: .flow
    default: nil
    }
  }

  static func sequenceStyle(_ number: Int) -> Node.Sequence.Style? {
    switch number {
    case 0: .any
    case 1: .block
    case 2: .flow
    default: nil
    }
  }
}

extension ParsedYAMLCache {
  /// A position as Yams writes it. Yams makes a `Mark` only as it parses (its initializer is
  /// not public), so one is made here from its two numbers, in the order Yams declares them,
  /// once `marksAreTwoNumbers` has checked that layout on a mark Yams made; where it does not
  /// hold, a cached tree has no positions and `YAMLDocument` parses the text for a message.
  static func makeMark(line: Int, column: Int) -> Mark? {
    guard line >= 0, marksAreTwoNumbers else { return nil }
    return unsafeBitCast((line, column), to: Mark.self)
  }

  /// Whether a `Mark` is its line and its column and nothing else, checked on one Yams made.
  static let marksAreTwoNumbers: Bool = {
    guard MemoryLayout<Mark>.size == MemoryLayout<(Int, Int)>.size,
      case .mapping(let mapping)? = try? Yams.compose(yaml: "a:\n  bc: d\n", .basic, .default, .utf8),
      case .mapping(let inner)? = mapping.first?.value, let mark = inner.first?.value.mark
    else { return false }
    let numbers = unsafeBitCast(mark, to: (Int, Int).self)
    return numbers == (mark.line, mark.column) && mark.line == 2 && mark.column == 7
  }()
}
