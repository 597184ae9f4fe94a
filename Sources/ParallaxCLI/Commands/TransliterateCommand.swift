import ArgumentParser
import ParallaxCore

/// `parallax transliterate --scheme ID`: line in, line out.
struct TransliterateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "transliterate",
    abstract: "Transliterate text line by line with a scheme from Locales/ or an ICU transform.",
    discussion: """
      Schemes are listed by 'parallax schemes'. An ID that no scheme file has is tried as an \
      ICU system transform, such as 'Ukrainian-Latin/BGN' or 'Any-Latin; Latin-ASCII'.
      """
  )

  @Option(help: "The scheme ID, such as uk-Latn-KMU2010, ru-Latn-BGN or Any-Latin-ASCII.")
  var scheme: String

  @Flag(help: "ASCII-only output: apply the scheme's ASCII step after its rules.")
  var ascii = false

  @OptionGroup var verbosity: VerbosityOptions
  @OptionGroup var locale: LocaleOptions
  @OptionGroup var input: InputOptions

  func run() throws {
    var clock = verbosity.clock("transliterate")
    let catalog = SchemeCatalog(data: try locale.provider())
    let transliterator: SchemeTransliterator
    do throws(LocaleDataError) {
      transliterator = try catalog.transliterator(for: scheme, ascii: ascii)
    } catch {
      Terminal.shared.diagnostic(error.description)
      if case .unknownScheme = error { throw ExitCodes.usage }
      throw ExitCodes.dataError
    }
    clock.lap("compiled the scheme")
    var files = 0
    let code = try forEachInput(input, progress: "transliterate", quiet: verbosity.quiet) { file in
      files += 1
      let output = try transliterator.transliterate(file.text)
      Terminal.shared.write(output)
      if !output.isEmpty, !output.hasSuffix("\n") { Terminal.shared.write("\n") }
    }
    clock.lap("transliterated \(counted(files, "file"))")
    verbosity.closing("transliterate: the \(scheme)\(ascii ? " (ASCII)" : "") text of \(input.described(files: files)) on standard output")
    if code != 0 { throw ExitCode(code) }
  }
}
