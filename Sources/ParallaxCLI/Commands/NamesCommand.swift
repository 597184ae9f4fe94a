import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax names …`: the name registry.
struct NamesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "names",
    abstract: "Look up names in the registry; add reviewed suggestions and imported gazetteers to the team's overlay.",
    subcommands: [Lookup.self, Accept.self, Import.self]
  )

  /// `parallax names lookup NAME…`
  struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lookup",
      abstract: "Show the entity, canonical form, match kind and known variants of each name.",
      discussion: """
        A name matches whatever its script, case, diacritics, apostrophe or inflection \
        (exact, key, inflected, transliterated), or as a near miss of a registered name (fuzzy, \
        with its similarity). A word that is no name matches nothing (none).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Names to look up, in any script (quote names of several words).")
    var names: [String]

    @Option(help: "text or json.")
    var format: Format = .text

    @Option(help: "The house style whose canonical forms to show (default from Locales).")
    var style: String?

    @OptionGroup var verbosity: VerbosityOptions
    @OptionGroup var locale: LocaleOptions

    func run() throws {
      var clock = verbosity.clock("names lookup")
      let data = try locale.provider()
      let setup = try locale.nameSetup(data)
      clock.lap("loaded the name registry")
      let houseStyle: HouseStyle
      do throws(LocaleDataError) {
        var id = style ?? ""
        if id.isEmpty { id = try defaultStyle(data) }
        houseStyle = try HouseStyle.load(id, from: data)
      } catch {
        Terminal.shared.diagnostic(error.description)
        throw ExitCodes.dataError
      }
      let matcher = try setup.makeMatcher()
      var results: [JSONValue] = []
      for name in names {
        let mention = try matcher.lookup(name)
        let entity = mention.flatMap { setup.registry.entity($0.entity) }
        switch format {
        case .text: Terminal.shared.write(Self.text(name, mention, entity, houseStyle))
        case .json: results.append(Self.json(name, mention, entity, houseStyle))
        }
      }
      clock.lap("looked up \(counted(names.count, "name"))")
      if format == .json {
        Terminal.shared.write(
          JSONValue.object([
            ("schema", .string("parallax.names/1")), ("style", .string(houseStyle.id)), ("results", .array(results)),
          ]).rendered() + "\n")
      }
      Terminal.shared.flush()
    }

    func defaultStyle(_ data: any LocaleDataProvider) throws(LocaleDataError) -> String {
      try LocaleDefaults.load(from: data).style
    }

    static func text(_ name: String, _ mention: NameMention?, _ entity: Entity?, _ style: HouseStyle) -> String {
      guard let mention, let entity else { return "\(name)\n  match: none\n\n" }
      var out = "\(name)\n"
      out += "  entity:    \(entity.id) (\(entity.kind.rawValue)\(entity.type.map { ", \($0)" } ?? ""))\n"
      out += "  canonical: \(style.canonical[entity.id] ?? "(none in \(style.id))")\n"
      var how = "  match:     \(mention.match.rawValue) via '\(mention.variant.form)' (\(mention.variant.lang), \(mention.variant.how.rawValue))"
      if mention.match == .fuzzy { how += ", similarity \(mention.confidence)\(mention.isSuggestion ? ", suggestion only" : "")" }
      out += how + "\n"
      if !mention.alternatives.isEmpty {
        out += "  also:      \(mention.alternatives.map(\.rawValue).joined(separator: ", ")) (ambiguous form)\n"
      }
      let grouped = Dictionary(grouping: entity.variants, by: \.lang)
      out += "  variants:\n"
      for language in grouped.keys.sorted() {
        let forms = grouped[language]?.map { $0.form + ($0.how == .renamed ? " (until \($0.until.map(\.description) ?? "?"))" : "") } ?? []
        out += "    \(language): \(forms.joined(separator: ", "))\n"
      }
      return out + "\n"
    }

    static func json(_ name: String, _ mention: NameMention?, _ entity: Entity?, _ style: HouseStyle) -> JSONValue {
      guard let mention, let entity else {
        return .object([
          ("query", .string(name)), ("entity", .null), ("kind", .null), ("canonical", .null),
          ("match", .string("none")), ("variants", .array([])),
        ])
      }
      let variants: [JSONValue] = entity.variants.map { v in
        .object([
          ("form", .string(v.form)), ("lang", .string(v.lang)), ("how", .string(v.how.rawValue)),
          ("until", .optional(v.until?.description)),
        ])
      }
      return .object([
        ("query", .string(name)), ("entity", .string(entity.id.rawValue)), ("kind", .string(entity.kind.rawValue)),
        ("canonical", .optional(style.canonical[entity.id])), ("match", .string(mention.match.rawValue)),
        ("matchedForm", .string(mention.variant.form)), ("confidence", .number(mention.confidence)),
        ("suggestion", .bool(mention.isSuggestion)),
        ("alternatives", .array(mention.alternatives.map { .string($0.rawValue) })), ("variants", .array(variants)),
      ])
    }
  }
}
