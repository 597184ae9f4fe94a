import Foundation
@testable import ParallaxCore
import Testing

@testable import ParallaxCLI

/// `--color auto|always|never` and `NO_COLOR`, and the colours of `check`'s text report.
@Suite struct TerminalColorTests {
  @Test("auto colours a terminal only, and never with NO_COLOR set to something or TERM=dumb")
  func choice() {
    let terminal: (Int32) -> Bool = { _ in true }
    let pipe: (Int32) -> Bool = { _ in false }
    #expect(ColorChoice.auto.enabled(environment: [:], isTerminal: terminal))
    #expect(!ColorChoice.auto.enabled(environment: [:], isTerminal: pipe))
    #expect(!ColorChoice.auto.enabled(environment: ["NO_COLOR": "1"], isTerminal: terminal))
    // An empty NO_COLOR does not count (no-color.org).
    #expect(ColorChoice.auto.enabled(environment: ["NO_COLOR": ""], isTerminal: terminal))
    #expect(!ColorChoice.auto.enabled(environment: ["TERM": "dumb"], isTerminal: terminal))
    // CLI.md: never with NO_COLOR, even with --color always.
    #expect(!ColorChoice.always.enabled(environment: ["NO_COLOR": "1"], isTerminal: pipe))
    #expect(!ColorChoice.always.enabled(environment: ["NO_COLOR": "1"], isTerminal: terminal))
    #expect(ColorChoice.always.enabled(environment: ["NO_COLOR": ""], isTerminal: pipe))
    #expect(ColorChoice.always.enabled(environment: ["TERM": "dumb"], isTerminal: pipe))
    #expect(!ColorChoice.never.enabled(environment: [:], isTerminal: terminal))
  }

  static func finding(_ line: Int, _ severity: Severity, path: String, fixable: Bool) -> StyleFinding {
    StyleFinding(
      path: path, utf8Range: 0..<4, line: line, column: 12345, endLine: line, endColumn: 12349, severity: severity,
      rule: .variant, ruleID: nil, match: "Kiev", entity: nil, canonical: "Kyiv", suggestion: "Kyiv", inQuote: false,
      fixable: fixable, message: "use 'Kyiv' instead of 'Kiev'", matchKind: nil, confidence: nil)
  }

  static let findings = [
    finding(1, .error, path: "a.md", fixable: true), finding(2, .warning, path: "a.md", fixable: false),
    finding(3, .suggestion, path: "b.md", fixable: true), finding(40000, .info, path: "b.md", fixable: false),
  ]

  /// `text` without SGR sequences.
  static func plain(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
  }

  @Test("colour off leaves the report byte-identical; colour on changes only SGR sequences")
  func checkText() {
    let plain = CheckRenderer.text(Self.findings, files: 2)
    #expect(TerminalPalette(enabled: false).checkText(Self.findings, files: 2) == plain)
    let coloured = TerminalPalette(enabled: true).checkText(Self.findings, files: 2)
    #expect(coloured != plain)
    #expect(Self.plain(coloured) == plain)
    #expect(coloured.contains("\u{1B}[1;31merror     \u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[33mwarning   \u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[36msuggestion\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[1ma.md\u{1B}[0m\n"))
    #expect(coloured.contains("\u{1B}[32m[fix: Kyiv]\u{1B}[0m"))
  }

  @Test("check --color always colours a pipe, but not with NO_COLOR set; auto and never do not")
  func checkBinary() throws {
    let story = CLI.packageRoot.appendingPathComponent("Reports/examples/corpus/tass-2025-03-12-lavrov-icrc.txt").path
    let arguments = ["check", story, "--locales", CLI.locales.path, "--color"]
    let always = try CLI.run(arguments + ["always"], environment: ["NO_COLOR": ""])
    #expect(always.stdout.contains("\u{1B}[33mwarning   \u{1B}[0m"), "\(always.stdout)")
    let noColor = try CLI.run(arguments + ["always"], environment: ["NO_COLOR": "1"])
    #expect(noColor.status == always.status)
    #expect(!noColor.stdout.contains("\u{1B}["))
    #expect(noColor.stdout == Self.plain(always.stdout))
    #expect(!(try CLI.run(arguments + ["auto"], environment: ["NO_COLOR": ""])).stdout.contains("\u{1B}["))
    #expect(!(try CLI.run(arguments + ["never"], environment: ["NO_COLOR": ""])).stdout.contains("\u{1B}["))
  }

  @Test("paint wraps in SGR and a reset, and leaves empty text alone")
  func paint() {
    let palette = TerminalPalette(enabled: true)
    #expect(palette.paint("x", .severity(.error)) == "\u{1B}[1;31mx\u{1B}[0m")
    #expect(palette.paint("", .path) == "")
    #expect(TerminalPalette(enabled: false).paint("x", .path) == "x")
  }
}
