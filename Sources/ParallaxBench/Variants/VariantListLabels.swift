import Foundation

/// The variant list and the common words of issue 17, floor 1 (`Tests/DevSet/variants.yaml`,
/// schema `parallax.variant-list/1`, and `Tests/DevSet/common-words.yaml`, schema
/// `parallax.common-words/1`): one flow mapping per line, as the other dev-set label files.
struct VariantList {
  /// A form as written, its language, the entity it names, whether the registry resolved it
  /// before the curated data of issue 17 (`new`), and whether it was collected from real pages
  /// after that data was written, which was not changed for it (`heldout`).
  struct Variant: Hashable {
    var form: String
    var lang: String
    var entity: String
    var isNew: Bool
    var isHeldOut = false
  }

  var variants: [Variant] = []
  /// Where each entity's forms come from.
  var sources: [String: String] = [:]

  /// Parses a variant list: `sources:` rows (`entity`, `source`) and `variants:` rows (`form`,
  /// `lang`, `entity`, optional `new: true`, `heldout: true` and `source`).
  /// - Throws: `RealPagesError.labels` with the line of the first problem.
  init(text: String, path: String) throws(RealPagesError) {
    var seen: Set<String> = []
    for (index, fields) in try Self.rows(text, path: path) {
      if fields["form"] == nil, let entity = fields["entity"], let source = fields["source"] {
        sources[entity] = source
        continue
      }
      guard let form = fields["form"], !form.isEmpty, let lang = fields["lang"], let entity = fields["entity"] else {
        throw .labels(path: path, line: index, problem: "a variant needs form, lang and entity")
      }
      guard seen.insert("\(lang)\u{1F}\(form)\u{1F}\(entity)").inserted else {
        throw .labels(path: path, line: index, problem: "'\(form)' (\(lang)) is listed twice for \(entity)")
      }
      variants.append(
        Variant(form: form, lang: lang, entity: entity, isNew: fields["new"] == "true", isHeldOut: fields["heldout"] == "true"))
    }
    for entity in Set(variants.map(\.entity)) where sources[entity] == nil {
      throw .labels(path: path, line: 0, problem: "\(entity) has variants but no source")
    }
  }

  /// The common words of a `parallax.common-words/1` file: `word` and `lang` per row.
  static func commonWords(text: String, path: String) throws(RealPagesError) -> [(word: String, lang: String)] {
    var words: [(word: String, lang: String)] = []
    for (index, fields) in try rows(text, path: path) {
      guard let word = fields["word"], !word.isEmpty, let lang = fields["lang"] else {
        throw .labels(path: path, line: index, problem: "a common word needs word and lang")
      }
      words.append((word, lang))
    }
    return words
  }

  /// The `- {…}` rows of a label file with their line numbers.
  static func rows(_ text: String, path: String) throws(RealPagesError) -> [(line: Int, fields: [String: String])] {
    var result: [(line: Int, fields: [String: String])] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      guard line.hasPrefix("- {"), line.hasSuffix("}") else { continue }
      result.append((index + 1, try CheckFindingLabels.fields(of: line.dropFirst(3).dropLast(), path: path, line: index + 1)))
    }
    return result
  }
}
