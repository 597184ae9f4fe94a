import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax lsp`: a Language Server Protocol server over standard input and output, so an
/// editor shows `check`'s findings as the text is typed and offers its fixes.
struct LSPCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lsp",
    abstract: "Run a Language Server Protocol server on standard input and output.",
    discussion: """
      Diagnostics are check's findings (ranges in UTF-16 code units, as the protocol counts); \
      code actions offer the fixes check --fix would make, never inside quotations. An editor \
      may send {"style": ID, "minSeverity": LEVEL} as initializationOptions or as \
      settings.parallax in workspace/didChangeConfiguration; .parallax.yaml of the folder it \
      starts in gives the overlay, style, minSeverity, disabled rules and ignore globs. Nothing but protocol messages is \
      written to standard output; problems go to standard error, and with --verbose one line \
      per check (document, version, findings, milliseconds).
      """
  )

  @Option(help: "The house style ID (default from Locales/und/defaults.yaml).")
  var style: String?

  @Option(
    name: .customLong("min-severity"),
    help: "Report findings at or above: error, warning, suggestion, info (default: minSeverity of .parallax.yaml, else info).")
  var minSeverity: CheckCommand.Level?

  @OptionGroup var verbosity: VerbosityOptions
  @OptionGroup var locale: LocaleOptions

  func run() throws {
    // .parallax.yaml of the folder the editor starts the server in: its overlay, style,
    // minSeverity, disabled rules and ignore globs.
    let config = try locale.projectConfig()
    let data = try locale.provider(config: config)
    let setup = try locale.nameSetup(data)
    let level = minSeverity?.rawValue ?? config?.minSeverity?.rawValue
    let defaults = LSP.Settings(style: style, minSeverity: level)
    let connection = JSONRPCConnection(input: FileHandle.standardInput, output: FileHandle.standardOutput)
    let log: ((String) -> Void)? = verbosity.verbose ? { Terminal.shared.diagnostic("parallax lsp: " + $0) } : nil
    let server = LSPServer(connection: connection, settings: defaults, log: log) { settings in
      let level = settings.minSeverity.flatMap(Severity.init(rawValue:)) ?? .info
      return try DocumentChecker(data: data, setup: setup, style: settings.style, minSeverity: level, config: config)
    }
    let status = server.run()
    if status != 0 { throw ExitCode(status) }
  }
}
