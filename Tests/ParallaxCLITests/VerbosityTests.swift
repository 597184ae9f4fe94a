import Foundation
import Testing

@testable import ParallaxCLI

/// `--quiet` and `--verbose` on `check`, `statements` and `compare`, and the closing line that
/// says what was written where (on a terminal or with `--verbose`; never with `--quiet`).
@Suite struct VerbosityTests {
  static let corpus = CLI.packageRoot.appendingPathComponent("Reports/examples/corpus")
  static let story = corpus.appendingPathComponent("tass-2025-03-12-lavrov-icrc.txt").path

  @Test("the closing line shows on a terminal or with --verbose, never with --quiet")
  func closingLineRule() {
    #expect(VerbosityOptions.closingLine(quiet: false, verbose: false, terminal: true))
    #expect(!VerbosityOptions.closingLine(quiet: false, verbose: false, terminal: false))
    #expect(VerbosityOptions.closingLine(quiet: false, verbose: true, terminal: false))
    #expect(!VerbosityOptions.closingLine(quiet: true, verbose: false, terminal: true))
  }

  @Test("statements: silent on standard error off a terminal; --verbose adds stage times and the closing line")
  func statements() throws {
    let plain = try CLI.run(["statements", Self.story, "--locales", CLI.locales.path])
    #expect(plain.status == 0)
    #expect(plain.stderr.isEmpty, "\(plain.stderr)")
    let verbose = try CLI.run(["statements", Self.story, "--verbose", "--locales", CLI.locales.path])
    #expect(verbose.status == 0)
    #expect(verbose.stdout == plain.stdout)
    let lines = verbose.stderr.split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix("statements: loaded the locale data in ") })
    #expect(lines.contains { $0.hasPrefix("statements: read 1 file in ") })
    let last = String(lines.last ?? "")
    #expect(last.hasPrefix("statements: 1 document and ") && last.hasSuffix(" statements from 1 file written to standard output (markdown)"), "\(last)")
  }

  @Test("--quiet drops warnings (an empty file) but keeps errors and exit codes")
  func quietWarnings() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let empty = folder.appendingPathComponent("empty.txt").path
    try "".write(toFile: empty, atomically: true, encoding: .utf8)
    let missing = folder.appendingPathComponent("missing.txt").path
    let loud = try CLI.run(["statements", empty, Self.story, "--locales", CLI.locales.path])
    #expect(loud.stderr.contains("empty.txt"), "\(loud.stderr)")
    let quiet = try CLI.run(["statements", empty, Self.story, "--quiet", "--locales", CLI.locales.path])
    #expect(quiet.status == loud.status)
    #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    #expect(quiet.stdout == loud.stdout)
    let error = try CLI.run(["statements", missing, "--quiet", "--locales", CLI.locales.path])
    #expect(error.status == 66)
    #expect(error.stderr.contains("missing.txt"))
  }

  @Test("check --verbose ends with what went where; --quiet with --verbose is a usage error")
  func check() throws {
    let verbose = try CLI.run(["check", Self.corpus.path, "--verbose", "--locales", CLI.locales.path])
    let last = verbose.stderr.split(separator: "\n").last.map(String.init) ?? ""
    #expect(last == "check: the text findings of 13 files on standard output", "\(verbose.stderr)")
    #expect(try CLI.run(["check", Self.story, "--quiet", "--verbose"]).status == 64)
    #expect(try CLI.run(["statements", Self.story, "--quiet", "--verbose"]).status == 64)
    #expect(try CLI.run(["compare", Self.story, "--quiet", "--verbose"]).status == 64)
  }

  @Test("compare -o --verbose names the folder it wrote; --quiet says nothing")
  func compare() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out").path
    let verbose = try CLI.run(["compare", Self.corpus.path, "-o", out, "--verbose", "--locales", CLI.locales.path])
    #expect(verbose.status == 0)
    let last = verbose.stderr.split(separator: "\n").last.map(String.init) ?? ""
    #expect(last == "compare: 3 events written to \(out) (markdown)", "\(verbose.stderr)")
    let quiet = try CLI.run(["compare", Self.corpus.path, "-o", out, "--quiet", "--locales", CLI.locales.path])
    #expect(quiet.status == 0)
    #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
  }
}
