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
      abstract: "Validate every file under Locales/; problems are printed as file:line:column.",
      discussion: "Exit status: 0 when all files are valid, 65 when any problem is found."
    )

    @OptionGroup var locale: LocaleOptions

    @Flag(help: "Print nothing on success.")
    var quiet = false

    func run() throws {
      let data = try locale.provider()
      let problems = LocaleDataChecker.standard.check(data)
      for problem in problems { Terminal.shared.line(problem.description) }
      Terminal.shared.flush()
      let files = data.allFiles().count
      if problems.isEmpty {
        if !quiet { Terminal.shared.diagnostic("\(files) locale data files checked: no problems") }
        return
      }
      Terminal.shared.diagnostic("\(files) locale data files checked: \(problems.count) problem(s)")
      throw ExitCodes.dataError
    }
  }
}
