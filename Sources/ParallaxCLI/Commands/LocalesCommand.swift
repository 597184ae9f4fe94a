import ArgumentParser
import ParallaxCore

/// `parallax locales …`: the locale data.
struct LocalesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "locales",
    abstract: "Work with the locale data under Locales/.",
    subcommands: [Check.self]
  )

  /// `parallax locales check`: validates every file, reporting file:line:column.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Validate every file under Locales/ and the team's overlay; problems are printed as file:line:column.",
      discussion: """
        The overlay named by .parallax.yaml (or --config) is checked as it is read: on top of \
        the shipped data, so an overlay entry's references to shipped entities resolve, and an \
        overlay style replaces the shipped one of its id. Exit status: 0 when all files are \
        valid, 65 when any problem is found.
        """
    )

    @OptionGroup var locale: LocaleOptions
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
      var clock = verbosity.clock("locales check")
      let config = try locale.projectConfig()
      let data = try locale.provider(config: config)
      let problems = LocaleDataChecker.standard.check(data)
      clock.lap("checked the locale data")
      for problem in problems { Terminal.shared.line(problem.description) }
      Terminal.shared.flush()
      var files = "\(data.allFiles().count) locale data files"
      if let overlay = try config?.overlayData() {
        files += " (\(overlay.allFiles().count) in the overlay \(overlay.displayRoot))"
      }
      if problems.isEmpty {
        // The result, shown unless --quiet (also off a terminal, as before --quiet existed).
        verbosity.note("\(files) checked: no problems")
        return
      }
      Terminal.shared.diagnostic("\(files) checked: \(problems.count) problem(s)")
      throw ExitCodes.dataError
    }
  }
}
