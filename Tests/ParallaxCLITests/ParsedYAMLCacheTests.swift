import Foundation
import Testing
import Yams

@testable import ParallaxCore

/// Locale data files read as cached trees: the tree, the decoded values and every message with
/// its position are what parsing gives.
@Suite struct ParsedYAMLCacheTests {
  static func cache() -> ParsedYAMLCache {
    ParsedYAMLCache(cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("parallax-yaml-\(UUID().uuidString)"))
  }

  /// Every node's kind, text, tag, style and position, in order.
  static func dump(_ node: Node) -> [String] {
    func mark(_ mark: Mark?) -> String { mark.map { "\($0.line):\($0.column)" } ?? "-" }
    switch node {
    case .scalar(let scalar):
      return ["s \(scalar.string) \(scalar.tag.rawValue) \(scalar.style) \(mark(scalar.mark))"]
    case .mapping(let mapping):
      return ["m \(mapping.count) \(mapping.tag.rawValue) \(mapping.style) \(mark(mapping.mark))"]
        + mapping.flatMap { dump($0.key) + dump($0.value) }
    case .sequence(let sequence):
      return ["q \(sequence.count) \(sequence.tag.rawValue) \(sequence.style) \(mark(sequence.mark))"] + sequence.flatMap(dump)
    case .alias:
      return ["alias"]
    }
  }

  @Test("Yams' marks are made again from their numbers on this platform (the cache keeps positions)")
  func marksAreMade() throws {
    #expect(ParsedYAMLCache.marksAreTwoNumbers)
    let mark = try #require(ParsedYAMLCache.makeMark(line: 12, column: 5))
    #expect(mark.line == 12 && mark.column == 5)
  }

  @Test("every shipped locale data file reads back from the cache as the tree the parser gave")
  func shippedFilesRoundTrip() throws {
    let cache = Self.cache()
    defer { try? FileManager.default.removeItem(at: cache.directory) }
    let data = CLI.data
    var checked = 0
    for path in data.allFiles() where path.hasSuffix(".yaml") {
      let text = try data.read(path)
      guard let parsed = try? Yams.compose(yaml: text, .basic, .default, .utf8) else { continue }
      #expect(cache.node(for: text) == nil)
      cache.save(parsed, for: text)
      let read = try #require(cache.node(for: text), "\(path)")
      #expect(Self.dump(read) == Self.dump(parsed), "\(path)")
      checked += 1
    }
    #expect(checked > 40)
  }

  @Test("a file read from the cache decodes to the same value and reports a bad key at the same line and column")
  func messagesKeepTheirPositions() throws {
    let cache = Self.cache()
    defer { try? FileManager.default.removeItem(at: cache.directory) }
    let text = "schema: parallax.test/1\nid: x\nitems:\n  - form: Kyiv\n    lnag: en\n  - form: 12\n"
    let schema = KeySchema.mapping(
      ["schema": .any, "id": .any, "items": .sequence(.mapping(["form": .any, "lang": .any]))], required: ["id"])
    struct Item: Decodable { var form: String }
    struct File: Decodable { var id: String; var items: [Item] }
    struct Numbers: Decodable { var id: Int }
    func read() throws -> (problems: [String], forms: [String], bad: String) {
      let document = try YAMLDocument(text: text, path: "t.yaml", kind: "parallax.test", majors: 1...1, cache: cache)
      let bad: String
      do {
        _ = try document.decode(Numbers.self)
        bad = ""
      } catch {
        bad = error.description
      }
      return (document.unknownKeys(against: schema).map(\.description), try document.decode(File.self).items.map(\.form), bad)
    }
    let parsed = try read()
    #expect(try FileManager.default.contentsOfDirectory(atPath: cache.directory.path).count == 1)
    let cached = try read()
    #expect(parsed.problems.count == 1)
    #expect(parsed.problems.first?.hasPrefix("t.yaml:5:5: error: unknown key 'lnag'") == true)
    #expect(cached.problems == parsed.problems)
    #expect(cached.forms == ["Kyiv", "12"])
    #expect(cached.bad == parsed.bad)
    #expect(cached.bad.hasPrefix("t.yaml:2:5"))
  }

  @Test("a damaged or foreign cache file is not read")
  func damagedFilesAreIgnored() throws {
    let cache = Self.cache()
    defer { try? FileManager.default.removeItem(at: cache.directory) }
    let text = "schema: parallax.test/1\nid: x\n"
    let node = try #require(try Yams.compose(yaml: text, .basic, .default, .utf8))
    cache.save(node, for: text)
    let file = cache.file(for: text)
    var bytes = try [UInt8](Data(contentsOf: file))
    bytes[bytes.count - 2] ^= 0x20
    try Data(bytes).write(to: file)
    #expect(cache.node(for: text) == nil)
    try Data("PXNAMES\n and more".utf8).write(to: file)
    #expect(cache.node(for: text) == nil)
    #expect(try YAMLDocument(text: text, path: "t.yaml", kind: "parallax.test", majors: 1...1, cache: cache).schema == "parallax.test/1")
  }
}
