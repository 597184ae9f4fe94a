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

  @OptionGroup var locale: LocaleOptions
  @OptionGroup var input: InputOptions

  func run() throws {
    let catalog = SchemeCatalog(data: try locale.provider())
    let transliterator: SchemeTransliterator
    do throws(LocaleDataError) {
      transliterator = try catalog.transliterator(for: scheme, ascii: ascii)
    } catch {
      Terminal.shared.diagnostic(error.description)
      if case .unknownScheme = error { throw ExitCodes.usage }
      throw ExitCodes.dataError
    }
    let code = try forEachInput(input) { file in
      let output = try transliterator.transliterate(file.text)
      Terminal.shared.write(output)
      if !output.isEmpty, !output.hasSuffix("\n") { Terminal.shared.write("\n") }
    }
    if code != 0 { throw ExitCode(code) }
  }
}
