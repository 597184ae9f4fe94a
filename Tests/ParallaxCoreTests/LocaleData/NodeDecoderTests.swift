import Testing
import Yams

@testable import ParallaxCore

/// `NodeDecoder` stands in for Yams' `YAMLDecoder` when locale data is read: the same values,
/// and the same errors at the same places.
@Suite struct NodeDecoderTests {
  struct Rule: Codable, Equatable {
    var id: String
    var weight: Double
    var count: Int
    var strict: Bool
    var note: String?
    var forms: [String]
    var cues: [String: [String]]
    var nested: Inner?
    var gaps: [String?]?
  }
  struct Inner: Codable, Equatable { var a: String; var b: Int? }
  struct File: Codable, Equatable { var schema: String; var rules: [Rule] }

  /// A rule of every shape the decoders read, as the first item of a `rules:` list.
  static let firstRule = """
      - id: one
        weight: 1.25
        count: 3
        strict: false
        note: ~
        forms: [a, 'b', "c d"]
        cues: {x: [y], z: []}
        nested: {a: text}
    """

  private let text = """
    schema: parallax.test/1
    base: &base
      weight: 0.5
      strict: yes
    rules:
    \(NodeDecoderTests.firstRule)
      - <<: *base
        id: two
        count: -4
        note: 'null'
        forms: []
        cues: {}
    """

  /// The tree of `text` as locale data is parsed.
  static func composed(_ text: String) throws -> Node {
    try #require(try Yams.compose(yaml: text, .basic, .default, .utf8))
  }

  private func composed(_ text: String) throws -> Node { try Self.composed(text) }

  @Test("decodes what YAMLDecoder decodes: scalars, optionals, lists, maps, nested records and merge keys")
  func sameValues() throws {
    let mine = try NodeDecoder.decode(File.self, from: try composed(text))
    let theirs = try YAMLDecoder().decode(File.self, from: text)
    #expect(mine == theirs)
    #expect(mine.rules[1].weight == 0.5 && mine.rules[1].strict && mine.rules[1].note == "null")
    #expect(mine.rules[0].note == nil && mine.rules[0].nested == Inner(a: "text", b: nil))
  }

  @Test("a missing key and a wrong type are reported at the same coding paths as YAMLDecoder's")
  func sameErrors() throws {
    let missing = "schema: s\nrules:\n  - id: one\n    weight: 1\n"
    let wrongType = "schema: s\nrules:\n  - {id: one, weight: heavy, count: 1, strict: true, forms: [], cues: {}}\n"
    for bad in [missing, wrongType] {
      var mine: DecodingError?
      var theirs: DecodingError?
      do { _ = try NodeDecoder.decode(File.self, from: try composed(bad)) } catch let error as DecodingError { mine = error }
      do { _ = try YAMLDecoder().decode(File.self, from: bad) } catch let error as DecodingError { theirs = error }
      let (m, t) = (try #require(mine), try #require(theirs))
      #expect(Self.describe(m) == Self.describe(t))
    }
  }

  private static func describe(_ error: DecodingError) -> String {
    switch error {
    case .keyNotFound(let key, let context):
      return "missing \(key.stringValue) at \(context.codingPath.map(\.stringValue))"
    case .typeMismatch(let type, let context):
      return "type \(type) at \(context.codingPath.map(\.stringValue)): \(context.debugDescription)"
    case .valueNotFound(let type, let context):
      return "no value \(type) at \(context.codingPath.map(\.stringValue))"
    case .dataCorrupted(let context):
      return "corrupt at \(context.codingPath.map(\.stringValue))"
    @unknown default:
      return "other"
    }
  }
}
