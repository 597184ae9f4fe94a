import Foundation
import Testing
import Yams

@testable import ParallaxCore

/// `TreeDecoder` reads locale data from a flat tree: the values `NodeDecoder` reads from Yams'
/// nodes, and a failure wherever it fails (so `YAMLDocument` can fall back for the message).
@Suite struct TreeDecoderTests {
  typealias File = NodeDecoderTests.File
  typealias Inner = NodeDecoderTests.Inner

  private let text = """
    schema: parallax.test/1
    rules:
    \(NodeDecoderTests.firstRule)
      - id: two
        gaps: [x, null, '~', ""]
        weight: 0.5
        count: -4
        strict: yes
        note: 'null'
        forms: []
        cues: {}
    """

  private func composed(_ text: String) throws -> Node { try NodeDecoderTests.composed(text) }

  @Test("decodes what NodeDecoder decodes: scalars by Yams' rules, nulls, optionals, lists, maps, nested records")
  func sameValues() throws {
    let node = try composed(text)
    let tree = try #require(YAMLTree(node))
    let flat = try TreeDecoder.decode(File.self, from: tree)
    #expect(flat == (try NodeDecoder.decode(File.self, from: node)))
    #expect(flat.rules[0].note == nil && flat.rules[1].note == "null" && flat.rules[1].strict)
    #expect(flat.rules[1].gaps == ["x", nil, "~", ""] && flat.rules[0].gaps == nil)
  }

  @Test("fails where NodeDecoder fails: a missing key, a list for a text, a text for a number")
  func sameFailures() throws {
    let bad = [
      "schema: s\nrules:\n  - id: one\n    weight: 1\n",
      "schema: s\nrules:\n  - {id: [one], weight: 1, count: 1, strict: true, forms: [], cues: {}}\n",
      "schema: s\nrules:\n  - {id: one, weight: heavy, count: 1, strict: true, forms: [], cues: {}}\n",
    ]
    for text in bad {
      let node = try composed(text)
      #expect(throws: DecodingError.self) { try TreeDecoder.decode(File.self, from: try #require(YAMLTree(node))) }
      #expect(throws: DecodingError.self) { try NodeDecoder.decode(File.self, from: node) }
    }
  }

  @Test("a tree with a merge key says so, and the document decodes it through Yams' nodes")
  func mergeKeys() throws {
    let text = "schema: parallax.test/1\nbase: &base\n  a: merged\nitem:\n  <<: *base\n  b: 2\n"
    struct Doc: Decodable { var item: Inner }
    #expect(try #require(YAMLTree(try composed(text))).hasMergeKeys)
    let document = try YAMLDocument(text: text, path: "t.yaml", kind: "parallax.test", majors: 1...1, cache: nil)
    #expect(try document.decode(Doc.self).item == Inner(a: "merged", b: 2))
  }

  @Test("every shipped locale data file becomes a tree and the same nodes again")
  func shippedFilesConvert() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Locales")
    let data = DirectoryLocaleData(root: root)
    var checked = 0
    for path in data.allFiles() where path.hasSuffix(".yaml") {
      guard let parsed = try? Yams.compose(yaml: try data.read(path), .basic, .default, .utf8) else { continue }
      let tree = try #require(YAMLTree(parsed), "\(path)")
      #expect(try #require(tree.node()) == parsed, "\(path)")
      checked += 1
    }
    #expect(checked > 40)
  }
}
