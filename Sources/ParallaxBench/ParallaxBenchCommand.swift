import ArgumentParser

/// `parallax-bench`: throughput and latency benchmarks for Parallax against ICU from C, and a
/// reproducible corpus generator. Meaningful only in release builds.
@main
struct ParallaxBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parallax-bench",
    abstract: "Benchmark Parallax against ICU from C on a reproducible synthetic corpus.",
    discussion: """
      Build in release first: swift build -c release. 'run' measures every benchmark (or \
      those named by --only) and exits 1 when a floor fails; 'corpus' writes documents for \
      other benchmarks; 'list' names the benchmarks.
      """,
    subcommands: [
      RunCommand.self, CorpusCommand.self, ListCommand.self, RealPagesCommand.self, OverlayCommand.self,
      CheckFindingsCommand.self, DiscoveryCommand.self, VariantsCommand.self, ResponsibilityCommand.self, ShapesCommand.self,
    ],
    defaultSubcommand: RunCommand.self
  )
}
