import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxICU

/// `parallax schemes`: the transliteration schemes in Locales/.
struct SchemesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schemes",
    abstract: "List the transliteration schemes (IDs with descriptions)."
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Option(help: "text or json.")
  var format: Format = .text

  @Flag(help: "Also list ICU's built-in transform IDs.")
  var all = false

  @OptionGroup var verbosity: VerbosityOptions
  @OptionGroup var locale: LocaleOptions

  func run() throws {
    var clock = verbosity.clock("schemes")
    let catalog = SchemeCatalog(data: try locale.provider())
    let schemes: [TransliterationScheme]
    do throws(LocaleDataError) { schemes = try catalog.all() } catch {
      Terminal.shared.diagnostic(error.description)
      throw ExitCodes.dataError
    }
    let system = all ? try Transliterator.systemIDs() : []
    clock.lap("read \(counted(schemes.count, "scheme"))")
    switch format {
    case .text:
      let width = schemes.map(\.id.count).max() ?? 0
      for scheme in schemes {
        let padding = String(repeating: " ", count: width - scheme.id.count)
        Terminal.shared.line("\(scheme.id)\(padding)  \(scheme.description)")
      }
      if all {
        Terminal.shared.line("")
        Terminal.shared.line("ICU built-in transforms (usable as --scheme ID):")
        for id in system { Terminal.shared.line("  \(id)") }
      }
    case .json:
      struct Entry: Encodable {
        let id: String
        let name: String
        let description: String
        let source: String
        let languages: [String]
        let file: String
      }
      struct Listing: Encodable {
        let schema = "parallax.schemes/1"
        let schemes: [Entry]
        let icu: [String]?
      }
      let listing = Listing(
        schemes: schemes.map {
          Entry(id: $0.id, name: $0.name, description: $0.description, source: $0.source,
                languages: $0.languages, file: $0.file)
        },
        icu: all ? system : nil)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      Terminal.shared.line(String(decoding: try encoder.encode(listing), as: UTF8.self))
    }
    Terminal.shared.flush()
  }
}
