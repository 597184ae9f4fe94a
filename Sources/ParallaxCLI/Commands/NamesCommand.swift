import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax names …`: the name registry.
struct NamesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "names",
    abstract: "Look up names in the registry; add reviewed suggestions and imported gazetteers to the team's overlay.",
    subcommands: [Lookup.self, Discover.self, Accept.self, Import.self]
  )

  /// `parallax names lookup NAME…`
  struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lookup",
      abstract: "Show the entity, canonical form, match kind and known variants of each name.",
      discussion: """
        A name matches whatever its script, case, diacritics, apostrophe or inflection \
        (exact, key, inflected, transliterated), or as a near miss of a registered name (fuzzy, \
        with its similarity). A word that is no name matches nothing (none). A form that names \
        several entities (Dnipro the city and the river) shows the others and the cue that \
        decided (a word near it, from Locales/und/names/ambiguities.yaml, or the default); \
        --context gives the sentence it stands in. Entities whose names begin with the name \
        (a city's oblast, a plant named after its town) are listed as related.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Names to look up, in any script (quote names of several words).")
    var names: [String]

    @Option(help: "text or json.")
    var format: Format = .text

    @Option(help: "The house style whose canonical forms to show (default from Locales).")
    var style: String?

    @Option(help: ArgumentHelp("A sentence the names stand in, for the cues that pick an entity.", valueName: "text"))
    var context: String?

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
        let mention = try Self.mention(of: name, in: context, matcher)
        let entity = mention.flatMap { setup.registry.entity($0.entity) }
        let ambiguity = mention.map { NameAmbiguityReport($0, name: name, context: context, registry: setup.registry) }
        switch format {
        case .text:
          Terminal.shared.write(
            mention == nil
              ? Self.none(name, NameAmbiguityReport.ordinaryWordRule(for: name, registry: setup.registry))
              : Self.text(name, mention, entity, houseStyle, ambiguity))
        case .json: results.append(Self.json(name, mention, entity, houseStyle, ambiguity))
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

    /// The mention of `name`: inside `context` when given (so that its cues count), else alone.
    static func mention(of name: String, in context: String?, _ matcher: NameMatcher) throws -> NameMention? {
      guard let context, let found = context.range(of: name) else { return try matcher.lookup(name) }
      let start = context.utf8.distance(from: context.startIndex, to: found.lowerBound)
      let end = context.utf8.distance(from: context.startIndex, to: found.upperBound)
      if let found = try matcher.mentions(in: context).first(where: { $0.utf8Range.overlaps(start..<end) }) { return found }
      // An ordinary word the context gives no cue for is the word, not the name.
      if NameAmbiguityReport.ordinaryWordRule(for: name, registry: matcher.index.registry) != nil { return nil }
      return try matcher.lookup(name)
    }

    /// A name that matched nothing, with the rule that kept an ordinary word from a name.
    static func none(_ name: String, _ rule: NameAmbiguity?) -> String {
      guard let rule else { return "\(name)\n  match: none\n\n" }
      let entities = rule.entities.map(\.rawValue).joined(separator: ", ")
      return "\(name)\n  match: none\n  ordinary:  a word in \(rule.ordinaryWordIn.joined(separator: ", ")); names \(entities) "
        + "only with a cue nearby (--context)\n\n"
    }

    static func text(
      _ name: String, _ mention: NameMention?, _ entity: Entity?, _ style: HouseStyle, _ ambiguity: NameAmbiguityReport?
    ) -> String {
      guard let mention, let entity else { return "\(name)\n  match: none\n\n" }
      var out = "\(name)\n"
      out += "  entity:    \(entity.id) (\(entity.kind.rawValue)\(entity.type.map { ", \($0)" } ?? ""))\n"
      if let gender = entity.gender { out += "  gender:    \(gender.rawValue)\n" }
      out += "  canonical: \(style.canonical[entity.id] ?? "(none in \(style.id))")\n"
      var how = "  match:     \(mention.match.rawValue) via '\(mention.variant.form)' (\(mention.variant.lang), \(mention.variant.how.rawValue))"
      if mention.match == .fuzzy { how += ", similarity \(mention.confidence)\(mention.isSuggestion ? ", suggestion only" : "")" }
      out += how + "\n"
      if !mention.alternatives.isEmpty {
        out += "  also:      \(mention.alternatives.map(\.rawValue).joined(separator: ", ")) (ambiguous form)\n"
      }
      out += ambiguity?.text ?? ""
      let grouped = Dictionary(grouping: entity.variants, by: \.lang)
      out += "  variants:\n"
      for language in grouped.keys.sorted() {
        let forms = grouped[language]?.map { $0.form + ($0.how == .renamed ? " (until \($0.until.map(\.description) ?? "?"))" : "") } ?? []
        out += "    \(language): \(forms.joined(separator: ", "))\n"
      }
      return out + "\n"
    }

    static func json(
      _ name: String, _ mention: NameMention?, _ entity: Entity?, _ style: HouseStyle, _ ambiguity: NameAmbiguityReport?
    ) -> JSONValue {
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
      let alternatives: [JSONValue] = mention.alternatives.map { .string($0.rawValue) }
      let related: [JSONValue] = (ambiguity?.related ?? []).map { .string($0.id.rawValue) }
      let decided: JSONValue = ambiguity?.decidedJSON ?? .null
      var fields: [(String, JSONValue)] = [
        ("query", .string(name)), ("entity", .string(entity.id.rawValue)), ("kind", .string(entity.kind.rawValue)),
      ]
      if let gender = entity.gender { fields.append(("gender", .string(gender.rawValue))) }
      fields.append(("canonical", .optional(style.canonical[entity.id])))
      fields.append(("match", .string(mention.match.rawValue)))
      fields.append(("matchedForm", .string(mention.variant.form)))
      fields.append(("confidence", .number(mention.confidence)))
      fields.append(("suggestion", .bool(mention.isSuggestion)))
      fields.append(("alternatives", .array(alternatives)))
      fields.append(("decidedBy", decided))
      fields.append(("related", .array(related)))
      fields.append(("variants", .array(variants)))
      return .object(fields)
    }
  }
}

/// What `names lookup` says of an ambiguous form: the entities it may name, the cue words that
/// pick each (data: `Locales/und/names/ambiguities.yaml`), which cue decided or that the default
/// did, and the entities named after it ("Zaporizhzhia" → its oblast, its power plant).
struct NameAmbiguityReport {
  /// The ambiguity rule of the form, when it has one.
  var rule: NameAmbiguity?
  var chosen: EntityID
  /// The cue word in the context that picked `chosen`; nil when the default did.
  var cue: String?
  /// Entities with a form that begins with the name and goes on.
  var related: [(id: EntityID, form: String)]

  init(_ mention: NameMention, name: String, context: String?, registry: NameRegistry) {
    chosen = mention.entity
    let entities = Set([mention.entity] + mention.alternatives)
    if !mention.alternatives.isEmpty {
      rule = registry.ambiguities.first { rule in
        Set(rule.entities) == entities
          && [mention.surface, mention.variant.form].contains { $0.compare(rule.form, options: .caseInsensitive) == .orderedSame }
      }
    } else {
      // A form that is an ordinary word too was linked by a cue.
      rule = [mention.surface, mention.variant.form].lazy.compactMap { Self.ordinaryWordRule(for: $0, registry: registry) }
        .first { $0.entities.contains(mention.entity) }
    }
    if let rule, let context, let words = rule.cues[mention.entity] {
      let tokens = Set(context.components(separatedBy: CharacterSet.letters.inverted).filter { !$0.isEmpty }.map { $0.lowercased() })
      cue = words.first { word in
        word.contains(" ") ? context.range(of: word, options: .caseInsensitive) != nil : tokens.contains(word.lowercased())
      }
    }
    var seen: Set<EntityID> = [mention.entity]
    var related: [(id: EntityID, form: String)] = []
    for entity in registry.entities {
      guard !seen.contains(entity.id), let variant = entity.variants.first(where: { $0.form.hasPrefix(name + " ") }) else { continue }
      seen.insert(entity.id)
      related.append((entity.id, variant.form))
    }
    self.related = related.sorted { $0.id < $1.id }
  }

  /// The rule that makes `name` an ordinary word unless a cue is near, if one does.
  static func ordinaryWordRule(for name: String, registry: NameRegistry) -> NameAmbiguity? {
    registry.ambiguities.first {
      !$0.ordinaryWordIn.isEmpty && name.compare($0.form, options: .caseInsensitive) == .orderedSame
    }
  }

  /// The decision in words: the cue, or the default.
  var decided: String? {
    guard let rule else { return nil }
    if let cue { return "cue '\(cue)' near the name picks \(chosen)" }
    if !rule.ordinaryWordIn.isEmpty {
      return "read as a name; in text a word in \(rule.ordinaryWordIn.joined(separator: ", ")), which names \(chosen) only with a cue nearby"
    }
    return chosen == rule.default ? "no cue nearby: the default, \(rule.default)" : "\(chosen)"
  }

  /// Lines for the text output.
  var text: String {
    var out = ""
    if let rule, let decided {
      out += "  decided:   \(decided)\n"
      for id in rule.entities.sorted() {
        let words = rule.cues[id] ?? []
        let shown = words.prefix(8).joined(separator: ", ") + (words.count > 8 ? ", …" : "")
        out += "  cues:      \(id)\(id == rule.default ? " (default)" : ""): \(shown.isEmpty ? "none" : shown)\n"
      }
    }
    if !related.isEmpty {
      out += "  related:   \(related.map { "\($0.id) (\($0.form))" }.joined(separator: ", "))\n"
    }
    return out
  }

  /// The decision for the JSON output.
  var decidedJSON: JSONValue {
    guard let rule else { return .null }
    return .object([
      ("entity", .string(chosen.rawValue)), ("cue", .optional(cue)), ("default", .string(rule.default.rawValue)),
      ("alternatives", .array(rule.entities.sorted().map { .string($0.rawValue) })),
    ])
  }
}
