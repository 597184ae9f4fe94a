import ArgumentParser
import ParallaxCore

/// `parallax`: compares what different sources say about the same events, across languages and
/// scripts.
@main
struct ParallaxCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parallax",
    abstract: "Compare what different sources say about the same events, across languages and scripts.",
    version: ParallaxVersion.string,
    subcommands: [
      NormalizeCommand.self, TransliterateCommand.self, SchemesCommand.self, SegmentCommand.self,
      CheckCommand.self, StatementsCommand.self, CompareCommand.self, LocalesCommand.self, NamesCommand.self, BatchCommand.self, ConfigCommand.self,
      LSPCommand.self,
    ]
  )
}

