import Testing
@testable import ParallaxCore

@Suite struct YAMLDocumentTests {
  static let schema = KeySchema.mapping(
    ["schema": .any, "id": .any, "items": .sequence(.mapping(["form": .any, "lang": .any]))],
    required: ["id"])

  @Test("a typo in a key is reported at its line and column with the keys expected")
  func unknownKey() throws {
    let text = "schema: parallax.test/1\nid: x\nitems:\n  - form: Kyiv\n    lnag: en\n"
    let document = try YAMLDocument(text: text, path: "t.yaml", kind: "parallax.test", majors: 1...1)
    let problems = document.unknownKeys(against: Self.schema)
    #expect(problems.count == 1)
    #expect(problems.first?.description.hasPrefix("t.yaml:5:5: error: unknown key 'lnag'") == true)
  }

  @Test("a missing required key is reported")
  func missingKey() throws {
    let document = try YAMLDocument(
      text: "schema: parallax.test/1\nitems: []\n", path: "t.yaml", kind: "parallax.test", majors: 1...1)
    #expect(document.unknownKeys(against: Self.schema).map(\.description) == [
      "t.yaml:1:1: error: missing required key 'id'"
    ])
  }

  @Test("the schema line must come first and name a supported major")
  func schemaLine() {
    #expect(throws: LocaleDataError.self) {
      try YAMLDocument(text: "id: x\nschema: parallax.test/1\n", path: "t.yaml", kind: "parallax.test", majors: 1...1)
    }
    #expect {
      try YAMLDocument(text: "schema: parallax.test/3\n", path: "t.yaml", kind: "parallax.test", majors: 1...2)
    } throws: { error in
      (error as? LocaleDataError)?.description
        == "t.yaml:1:9: error: unsupported schema 'parallax.test/3'; this build reads parallax.test/1 or parallax.test/2"
    }
  }

  @Test("YAML syntax errors carry their position")
  func syntax() {
    #expect {
      try YAMLDocument(text: "schema: parallax.test/1\nid: [unclosed\n", path: "t.yaml", kind: "parallax.test", majors: 1...1)
    } throws: { error in
      guard case .syntax(let file, let line, _, _)? = error as? LocaleDataError else { return false }
      return file == "t.yaml" && line >= 2
    }
  }

  @Test("a value of the wrong type is reported at the value")
  func typeMismatch() throws {
    struct Record: Decodable { var id: Int }
    let document = try YAMLDocument(
      text: "schema: parallax.test/1\nid: seven\n", path: "t.yaml", kind: "parallax.test", majors: 1...1)
    #expect {
      try document.decode(Record.self)
    } throws: { error in
      (error as? LocaleDataError)?.description.hasPrefix("t.yaml:2:5: error: invalid value for 'id'") == true
    }
  }
}

@Suite struct LocaleIDTests {
  @Test("fallbacks go from the most specific tag to und")
  func fallbacks() {
    #expect(LocaleID("sr-Latn-RS").fallbacks.map(\.rawValue) == ["sr-Latn-RS", "sr-Latn", "sr", "und"])
    #expect(LocaleID("und").fallbacks.map(\.rawValue) == ["und"])
  }
}
