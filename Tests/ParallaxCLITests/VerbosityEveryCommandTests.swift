import Foundation
import Testing

/// `--quiet` and `--verbose` on every command, as CLI.md lists them among the common options:
/// `--quiet` leaves errors only on standard error, `--verbose` adds stage times and the closing
/// line, standard output is the same either way, and the two together are a usage error.
@Suite struct VerbosityEveryCommandTests {
  static let corpus = CLI.packageRoot.appendingPathComponent("Reports/examples/corpus")
  static let story = corpus.appendingPathComponent("tass-2025-03-12-lavrov-icrc.txt").path
  static let locales = ["--locales", CLI.locales.path]

  /// Every command and subcommand, with the arguments it needs to run.
  static let commands: [[String]] = [
    ["normalize", story], ["transliterate", "--scheme", "uk-Latn-KMU2010", story], ["schemes"], ["segment", story],
    ["check", story], ["statements", story], ["compare", story], ["names", "lookup", "Kiev"],
    ["names", "discover", story],
    ["names", "accept", "review.yaml"], ["names", "import", "jrc", "names.txt"], ["config"], ["locales", "check"],
    ["batch", "plan", "batch.yaml"], ["batch", "run", "batch.yaml"], ["batch", "status"], ["lsp"],
  ]

  @Test("every command takes --quiet and --verbose, and refuses both at once with 64", arguments: commands)
  func refusesBoth(_ command: [String]) throws {
    let both = try CLI.run(command + ["--quiet", "--verbose"])
    #expect(both.status == 64, "\(command): \(both.stderr)")
    #expect(both.stderr.contains("--quiet and --verbose exclude each other"), "\(both.stderr)")
    // Each flag alone parses (help lists it).
    let help = try CLI.run(command.prefix { !$0.hasPrefix("-") && !$0.contains("/") && !$0.contains(".") } + ["--help"])
    #expect(help.stdout.contains("--quiet") && help.stdout.contains("--verbose"), "\(command): \(help.stdout)")
  }

  @Test("normalize, transliterate and segment: --verbose adds stage times and says what went where; --quiet is silent")
  func lineCommands() throws {
    let cases: [([String], String)] = [
      (["normalize", "--form", "key"], "normalize: the key text of standard input on standard output"),
      (["transliterate", "--scheme", "uk-Latn-KMU2010"], "transliterate: the uk-Latn-KMU2010 text of standard input on standard output"),
      (["segment"], "segment: 2 sentences of standard input on standard output"),
    ]
    for (arguments, closing) in cases {
      let input = Data("Київ. Знам\u{2019}янка.\n".utf8)
      let plain = try CLI.run(arguments + Self.locales, input: input)
      #expect(plain.status == 0)
      #expect(plain.stderr.isEmpty, "\(arguments): \(plain.stderr)")
      let verbose = try CLI.run(arguments + Self.locales + ["--verbose"], input: input)
      #expect(verbose.stdout == plain.stdout)
      let lines = verbose.stderr.split(separator: "\n").map(String.init)
      #expect(lines.last == closing, "\(verbose.stderr)")
      #expect(lines.dropLast().allSatisfy { $0.hasPrefix("\(arguments[0]): ") && $0.contains(" s of processor time") })
      let quiet = try CLI.run(arguments + Self.locales + ["--quiet"], input: input)
      #expect(quiet.stdout == plain.stdout && quiet.stderr.isEmpty)
    }
    let files = try CLI.run(["normalize", Self.story, Self.corpus.appendingPathComponent("icrc-2025-03-12-moscow.md").path, "--verbose"] + Self.locales)
    #expect(files.stderr.hasSuffix("normalize: the nfc text of 2 files on standard output\n"), "\(files.stderr)")
  }

  @Test("check of a missing input exits 66 and does not claim '0 files checked: no findings'")
  func missingInput() throws {
    let missing = try CLI.run(["check", "/nonexistent/story.md"] + Self.locales)
    #expect(missing.status == 66)
    #expect(missing.stdout.isEmpty, "\(missing.stdout)")
    #expect(missing.stderr.contains("/nonexistent/story.md: error: "), "\(missing.stderr)")
    // With one readable file the summary counts what was checked.
    let some = try CLI.run(["check", "/nonexistent/story.md", Self.story] + Self.locales)
    #expect(some.status == 66)
    #expect(some.stdout.hasSuffix("1 file checked: 3 warnings\n"), "\(some.stdout)")
  }

  @Test("locales check says it found no problems unless --quiet; --verbose adds the time")
  func localesCheck() throws {
    let plain = try CLI.run(["locales", "check"] + Self.locales)
    #expect(plain.status == 0)
    #expect(plain.stderr.hasSuffix("checked: no problems\n"), "\(plain.stderr)")
    let quiet = try CLI.run(["locales", "check", "--quiet"] + Self.locales)
    #expect(quiet.status == 0 && quiet.stderr.isEmpty && quiet.stdout.isEmpty)
    let verbose = try CLI.run(["locales", "check", "--verbose"] + Self.locales)
    #expect(verbose.stderr.hasPrefix("locales check: checked the locale data in "), "\(verbose.stderr)")
  }

  @Test("names lookup, schemes and config: --verbose times the loading on standard error only")
  func queries() throws {
    for arguments in [["names", "lookup", "Kiev"], ["schemes"], ["config"]] {
      let plain = try CLI.run(arguments + Self.locales)
      let verbose = try CLI.run(arguments + Self.locales + ["--verbose"])
      #expect(plain.status == 0 && verbose.status == 0)
      #expect(verbose.stdout == plain.stdout)
      #expect(plain.stderr.isEmpty, "\(plain.stderr)")
      #expect(verbose.stderr.hasPrefix("\(arguments.prefix(2).joined(separator: " ").replacingOccurrences(of: " Kiev", with: "")): "), "\(verbose.stderr)")
    }
  }

  @Test("batch plan --quiet drops the manifest's warnings; --verbose says how many jobs it planned")
  func batchPlan() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manifest = folder.appendingPathComponent("batch.yaml")
    try "schema: parallax.batch/1\njobs:\n  - id: all\n    inputs: [\(Self.corpus.path), \"*.jsonl\"]\n".write(
      to: manifest, atomically: true, encoding: .utf8)
    let base = ["batch", "plan", manifest.path, "--root", folder.appendingPathComponent("out").path] + Self.locales
    let plain = try CLI.run(base, in: folder)
    #expect(plain.status == 0)
    #expect(plain.stderr.contains("warning: input '*.jsonl' matches no file"), "\(plain.stderr)")
    let quiet = try CLI.run(base + ["--quiet"], in: folder)
    #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    #expect(quiet.stdout == plain.stdout)
    let verbose = try CLI.run(base + ["--verbose"], in: folder)
    #expect(verbose.stderr.contains("batch plan: planned 1 job ("), "\(verbose.stderr)")
  }

  @Test("lsp --verbose logs each check (document, version, findings, time) on standard error")
  func lsp() throws {
    func frame(_ json: String) -> String { "Content-Length: \(json.utf8.count)\r\n\r\n\(json)" }
    let uri = "untitled:Untitled-1"
    let session = [
      #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#,
      #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"markdown","version":3,"text":"Officials in Kiev.\n"}}}"#,
      #"{"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"\#(uri)"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":1}},"context":{"diagnostics":[]}}}"#,
      #"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#, #"{"jsonrpc":"2.0","method":"exit"}"#,
    ].map(frame).joined()
    let verbose = try CLI.run(["lsp", "--verbose", "--style", "ap-en"] + Self.locales, input: Data(session.utf8))
    #expect(verbose.status == 0, "\(verbose.stderr)")
    #expect(verbose.stderr.hasPrefix("parallax lsp: checked \(uri) (version 3, 19 bytes): 1 finding in "), "\(verbose.stderr)")
    let plain = try CLI.run(["lsp", "--style", "ap-en"] + Self.locales, input: Data(session.utf8))
    #expect(plain.status == 0 && plain.stderr.isEmpty, "\(plain.stderr)")
    #expect(plain.stdout == verbose.stdout)
  }
}

/// The progress line of `check` and `statements` on a real terminal (a pseudo-terminal), and
/// none into a pipe or with `--quiet`.
@Suite(.serialized) struct ProgressOnTerminalTests {
  @Test("check and statements on a terminal: files and megabytes done, then the line is cleared before the closing line", arguments: ["check", "statements"])
  func drawn(_ command: String) throws {
    let corpus = VerbosityEveryCommandTests.corpus.path
    let run = try CLI.onTerminal([command, corpus, "--locales", CLI.locales.path])
    let piped = try CLI.run([command, corpus, "--locales", CLI.locales.path])
    #expect(run.status == piped.status)
    #expect(run.stdout == piped.stdout)
    #expect(run.terminal.hasPrefix("\r\(command): 1/13 files · "), "\(run.terminal)")
    #expect(run.terminal.contains("\r\(command): 13/13 files · "))
    // Cleared, then the closing line (shown on a terminal) on a line of its own.
    let cleared = try #require(run.terminal.range(of: "\u{1B}[K\r\u{1B}[K", options: .backwards))
    #expect(run.terminal[cleared.upperBound...].hasPrefix("\(command): "), "\(run.terminal)")
    #expect(!run.terminal[cleared.upperBound...].contains("\r\(command): 1"))
    // Nothing into a pipe (above: piped.stderr), nothing with --quiet.
    #expect(piped.stderr.isEmpty, "\(piped.stderr)")
    let quiet = try CLI.onTerminal([command, corpus, "--quiet", "--locales", CLI.locales.path])
    #expect(quiet.terminal.isEmpty, "\(quiet.terminal)")
  }
}
