import ArgumentParser
import ParallaxCore
import ParallaxICU

/// `parallax normalize`: NFC, NFKC or match keys, line by line.
struct NormalizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "normalize",
    abstract: "Normalize text line by line (NFC, NFKC, or match keys).",
    discussion: """
      The match key (--form key) is what Parallax compares names by: NFKC case folding, \
      apostrophes, quotes and dashes unified, and combining marks removed from Latin letters \
      only (й, ї and ё keep theirs). The folding tables are in Locales/und/normalization/.
      """
  )

  enum Form: String, ExpressibleByArgument, CaseIterable { case nfc, nfkc, key }

  @Option(help: "nfc, nfkc or key.")
  var form: Form = .nfc

  @OptionGroup var verbosity: VerbosityOptions
  @OptionGroup var locale: LocaleOptions
  @OptionGroup var input: InputOptions

  func run() throws {
    var clock = verbosity.clock("normalize")
    let data = try locale.provider()
    let profile: MatchKeyProfile
    do throws(LocaleDataError) { profile = try MatchKeyData.load(from: data) } catch {
      Terminal.shared.diagnostic(error.description)
      throw ExitCodes.dataError
    }
    let normalizer = try TextNormalizer(profile: profile)
    clock.lap("loaded the locale data")
    var files = 0
    let code = try forEachInput(input, progress: "normalize", quiet: verbosity.quiet) { file in
      files += 1
      let output = try normalizer.normalize(file.text, as: NormalizationRequest(rawValue: form.rawValue) ?? .nfc)
      Terminal.shared.write(output)
      if !output.isEmpty, !output.hasSuffix("\n") { Terminal.shared.write("\n") }
    }
    clock.lap("normalized \(counted(files, "file"))")
    verbosity.closing("normalize: the \(form.rawValue) text of \(input.described(files: files)) on standard output")
    if code != 0 { throw ExitCode(code) }
  }
}
