import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax names …`: the name registry.
struct NamesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "names",
    abstract: "Look up names in the registry and merge reviewed suggestions into it.",
    subcommands: [Lookup.self]
  )

  /// `parallax names lookup NAME…`
  struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lookup",
      abstract: "Show the entity, canonical form, match kind and known variants of each name."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Names to look up, in any script (quote names of several words).")
    var names: [String]

    @Option(help: "text or json.")
    var format: Format = .text

    @OptionGroup var locale: LocaleOptions

    func run() throws {
      let data = try locale.provider()
      let setup: NameSetup
      do { setup = try NameSetup.load(from: data) } catch let error as LocaleDataError {
        Terminal.shared.diagnostic(error.description)
        throw ExitCodes.dataError
      }
      let matcher = try setup.makeMatcher()
      for name in names {
        if let mention = try matcher.lookup(name), let entity = setup.registry.entity(mention.entity) {
          Terminal.shared.line("\(name)\t\(entity.id)\t\(mention.match.rawValue)\t\(mention.variant.form)\t\(mention.confidence)")
        } else {
          Terminal.shared.line("\(name)\t-\tnone")
        }
      }
      Terminal.shared.flush()
    }
  }
}
