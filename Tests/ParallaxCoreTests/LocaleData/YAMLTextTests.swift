import Testing
import Yams

@testable import ParallaxCore

@Suite struct YAMLTextTests {
  @Test("any text quoted for YAML reads back as itself", arguments: [
    "Kyiv", "Київ", "a \"quoted\" name", "back\\slash", "two\nlines", "tab\there", "\u{7}bell", "C1 \u{85} next",
  ])
  func roundTrip(text: String) throws {
    let yaml = "value: \(YAMLText.quoted(text))\n"
    let decoded = try YAMLDecoder().decode([String: String].self, from: yaml)
    #expect(decoded["value"] == text)
    #expect(!YAMLText.quoted(text).contains("\n"))
  }
}
