import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax-bench variants`: recall of the name matcher on the variant list of issue 17 and its
/// false links on common words (floor 1: recall ≥ 0.95, no false link).
struct VariantsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "variants",
    abstract: "Score the name matcher on the variant list and the common words.",
    discussion: """
      Loads the names of --locales (no cache) and looks up every form of --variants alone, as \
      'parallax names lookup' and 'check' see a name: a variant is right when a linked mention \
      (not a suggestion) over the whole form names its entity. Prints recall overall, per \
      language, on the forms marked new (not resolved before issue 17's curated data) and on \
      those marked held out (collected from real pages after that data was written). A \
      common word of --common-words links falsely when the matcher links it (as 'compare' \
      takes names) or 'check' reports it with the preserve style (a registered variant, or a \
      suggestion that fits the word's language); raw suggestions that 'check' sets aside are \
      counted apart.
      """
  )

  enum Format: String, ExpressibleByArgument { case text, json }

  @Option(help: ArgumentHelp("The variant list (schema parallax.variant-list/1).", valueName: "file"))
  var variants: String = "Tests/DevSet/variants.yaml"

  @Option(help: ArgumentHelp("The common words (schema parallax.common-words/1).", valueName: "file"))
  var commonWords: String = "Tests/DevSet/common-words.yaml"

  @Option(help: ArgumentHelp("The locale data whose names are scored.", valueName: "dir"))
  var locales: String = "Locales"

  @Option(help: "text or json.")
  var format: Format = .text

  @Flag(help: "List the variants missed and the false links.")
  var details = false

  @Flag(help: "Exit 1 when recall is below 0.95 or a common word links.")
  var checkFloor = false

  func run() throws {
    let list = try VariantList(text: try CheckFindingsCommand.read(variants), path: variants)
    let words = try VariantList.commonWords(text: try CheckFindingsCommand.read(commonWords), path: commonWords)
    let data = DirectoryLocaleData(root: URL(fileURLWithPath: locales), displayRoot: locales)
    let setup = try NameSetup.load(from: data)
    let style = try CompiledStyle(style: try HouseStyle.load("preserve", from: data, registry: setup.registry), setup: setup)
    let checker = try StyleChecker(
      compiled: style, setup: setup, matcher: try setup.makeMatcher(), quotes: try QuotationMarks.load(from: data))
    let score = try VariantsScore(variants: list.variants, words: words, matcher: try setup.makeMatcher(), checker: checker)
    switch format {
    case .text: print(Self.text(score, details: details), terminator: "")
    case .json: print(Self.json(score))
    }
    let all = VariantsScore.recall(score.outcomes)
    if checkFloor, all.value < 0.95 || !score.falseLinks.isEmpty { throw ExitCode(1) }
  }

  static func languages(_ outcomes: [VariantsScore.Outcome]) -> [String] {
    let order = ["en", "ru", "uk", "de", "fr", "es", "it", "pl", "pt"]
    let present = Set(outcomes.map(\.variant.lang))
    return order.filter(present.contains) + present.subtracting(order).sorted()
  }

  static func text(_ score: VariantsScore, details: Bool) -> String {
    let outcomes = score.outcomes
    let fresh = outcomes.filter(\.variant.isNew)
    func cell(_ subset: [VariantsScore.Outcome]) -> String {
      let r = VariantsScore.recall(subset)
      return subset.isEmpty ? "–" : "\(fmt(r.value)) (\(r.right)/\(r.total))"
    }
    var out = "Variant list: \(outcomes.count) variants of \(Set(outcomes.map(\.variant.entity)).count) entities, "
    out += "\(fresh.count) new (not resolved before issue 17's data)\n\n"
    out += "| language | variants | recall | new | recall on new |\n| --- | ---: | ---: | ---: | ---: |\n"
    for lang in languages(outcomes) {
      let part = outcomes.filter { $0.variant.lang == lang }
      let partNew = part.filter(\.variant.isNew)
      out += "| \(lang) | \(part.count) | \(cell(part)) | \(partNew.count) | \(cell(partNew)) |\n"
    }
    out += "| **all** | \(outcomes.count) | \(cell(outcomes)) | \(fresh.count) | \(cell(fresh)) |\n"
    let held = outcomes.filter(\.variant.isHeldOut)
    if !held.isEmpty {
      let heldNew = held.filter(\.variant.isNew)
      out += "| held out | \(held.count) | \(cell(held)) | \(heldNew.count) | \(cell(heldNew)) |\n"
    }
    out += "\n"
    let checked = score.falseLinks.filter { $0.source == .check }.count
    let languages = score.wordLanguages.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    out += "Common words: \(score.commonWords) (\(languages)); false links: \(score.falseLinks.count) "
    out += "(\(score.falseLinks.count - checked) linked, \(checked) more reported by check); "
    out += "raw suggestions check sets aside: \(score.setAside.count)\n"
    if details {
      let missed = outcomes.filter { !$0.right }
      if !missed.isEmpty { out += "\nMissed:\n" }
      for o in missed {
        let found = o.found.map { "\($0) (\(o.match ?? "?")\(o.suggestion ? ", suggestion" : "")\(o.ambiguous ? ", expected among alternatives" : ""))" } ?? "none"
        let marks = (o.variant.isNew ? " [new]" : "") + (o.variant.isHeldOut ? " [held out]" : "")
        out += "- \(o.variant.lang) \"\(o.variant.form)\" → \(found), expected \(o.variant.entity)\(marks)\n"
      }
      if !score.falseLinks.isEmpty { out += "\nFalse links:\n" }
      for f in score.falseLinks {
        out += "- \(f.lang) \"\(f.word)\": '\(f.surface)' → \(f.entity) (\(f.source.rawValue))\n"
      }
      if !score.setAside.isEmpty { out += "\nRaw suggestions check sets aside:\n" }
      for f in score.setAside {
        out += "- \(f.lang) \"\(f.word)\": '\(f.surface)' → \(f.entity)\n"
      }
    }
    return out
  }

  static func json(_ score: VariantsScore) -> String {
    func recall(_ subset: [VariantsScore.Outcome]) -> [String: Any] {
      let r = VariantsScore.recall(subset)
      return ["right": r.right, "total": r.total, "recall": r.value]
    }
    let outcomes = score.outcomes
    var perLanguage: [String: Any] = [:]
    for lang in languages(outcomes) {
      let part = outcomes.filter { $0.variant.lang == lang }
      perLanguage[lang] = ["all": recall(part), "new": recall(part.filter(\.variant.isNew))]
    }
    let missed: [[String: Any]] = outcomes.filter { !$0.right }.map { o in
      [
        "form": o.variant.form, "lang": o.variant.lang, "entity": o.variant.entity, "new": o.variant.isNew,
        "heldOut": o.variant.isHeldOut,
        "found": o.found ?? NSNull(), "suggestion": o.suggestion, "ambiguous": o.ambiguous,
      ]
    }
    func rows(_ links: [VariantsScore.FalseLink]) -> [[String: Any]] {
      links.map { ["word": $0.word, "lang": $0.lang, "surface": $0.surface, "entity": $0.entity, "source": $0.source.rawValue] }
    }
    let object: [String: Any] = [
      "schema": "parallax-bench.variants/1",
      "variants": outcomes.count, "entities": Set(outcomes.map(\.variant.entity)).count,
      "all": recall(outcomes), "new": recall(outcomes.filter(\.variant.isNew)),
      "heldOut": recall(outcomes.filter(\.variant.isHeldOut)), "languages": perLanguage,
      "missed": missed, "commonWords": score.commonWords, "commonWordLanguages": score.wordLanguages,
      "falseLinks": rows(score.falseLinks), "setAside": rows(score.setAside),
    ]
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  static func fmt(_ value: Double) -> String { String(format: "%.3f", value) }
}
