import Foundation
import Testing
@testable import ParallaxCore

@Suite struct ProjectConfigTests {
  let file = URL(fileURLWithPath: "/newsroom/.parallax.yaml")

  @Test("every key is read, the overlay resolved against the config's folder, positions kept")
  func reads() throws {
    let text = """
      # desk settings
      schema: parallax.config/1
      style: ap-en
      failOn: warning
      disable: [suggestion, framing.kiev-regime]
      ignore: ["archive/**", "*.draft.md"]
      overlay: team/names
      """
    let config = try ProjectConfig(text: text, file: file, shown: ".parallax.yaml")
    #expect(config.style == "ap-en")
    #expect(config.failOn == .warning)
    #expect(config.minSeverity == nil)
    #expect(config.overlay?.path == "/newsroom/team/names")
    #expect(config.positions["failOn"] == .init(line: 4, column: 9))
    #expect(config.ignores("/newsroom/archive/2024/a.md"))
    #expect(config.ignores("/newsroom/stories/b.draft.md"))
    #expect(!config.ignores("/newsroom/stories/b.md"))
    #expect(!config.ignores("/elsewhere/archive/a.md"))
    #expect(!config.ignores("-"))
  }

  @Test("a bad severity is reported at its line and column")
  func badSeverity() {
    let text = "schema: parallax.config/1\nminSeverity: loud\n"
    #expect(throws: LocaleDataError.self) { try ProjectConfig(text: text, file: file, shown: "p.yaml") }
    do {
      _ = try ProjectConfig(text: text, file: file, shown: "p.yaml")
    } catch {
      #expect(error.description.hasPrefix("p.yaml:2:14: error: invalid value for 'minSeverity'"))
    }
  }

  @Test("an unknown key and a YAML syntax error name file:line:column")
  func malformed() {
    for (text, prefix) in [
      ("schema: parallax.config/1\nfailon: error\n", "p.yaml:2:1: error: unknown key 'failon'"),
      ("schema: parallax.config/1\nignore: [a\n", "p.yaml:3:1: error: invalid YAML"),
    ] {
      do {
        _ = try ProjectConfig(text: text, file: file, shown: "p.yaml")
        Issue.record("no error for \(text)")
      } catch {
        #expect(error.description.hasPrefix(prefix), "\(error.description)")
      }
    }
  }

  @Test("disable switches off a rule, a framing id or an entity")
  func disables() throws {
    let config = try ProjectConfig(
      text: "schema: parallax.config/1\ndisable: [renamed, framing.x, place.kyiv]\n", file: file, shown: "p")
    func finding(_ rule: StyleFinding.Rule, id: String? = nil, entity: String? = nil) -> StyleFinding {
      StyleFinding(
        path: "-", utf8Range: 0..<1, line: 1, column: 1, endLine: 1, endColumn: 2, severity: .warning, rule: rule,
        ruleID: id, match: "x", entity: entity.map { EntityID($0) }, canonical: nil, suggestion: nil, inQuote: false,
        fixable: false, message: "", matchKind: nil, confidence: nil)
    }
    #expect(config.disables(finding(.renamed)))
    #expect(config.disables(finding(.framing, id: "framing.x")))
    #expect(!config.disables(finding(.framing, id: "framing.y")))
    #expect(config.disables(finding(.variant, entity: "place.kyiv")))
    #expect(!config.disables(finding(.variant, entity: "place.lviv")))
  }

  @Test("globs: * stays in a segment, ** crosses folders, a bare name matches anywhere", arguments: [
    ("archive/**", "archive/a/b.md", true), ("archive/*", "archive/a/b.md", false), ("archive/*", "archive/b.md", true),
    ("**/*.draft.md", "x/y/z.draft.md", true), ("*.draft.md", "z.draft.md", true), ("a?.md", "ab.md", true),
    ("a?.md", "abc.md", false), ("drafts/", "drafts/x/y.md", true), ("stories/**/wire.md", "stories/wire.md", true),
  ])
  func globs(pattern: String, path: String, matches: Bool) throws {
    let glob = try #require(GlobPattern(pattern))
    #expect(glob.matches(path) == matches)
  }
}
