import Foundation

/// Imports Wikidata items from entity JSON: the dump (`latest-all.json`, a JSON array with one
/// entity per line, each line but the last ending in a comma; streamed, so a decompressed dump
/// can be piped in as `-`), the `Special:EntityData/Q….json` document (`{"entities": {…}}`), or
/// one entity object per line. Labels become customary forms and aliases alternatives, each in
/// its language; the kind comes from instance of (P31) through `und/import.yaml`, and items of
/// no mapped class are skipped. Population is P1082, country P17.
///
/// ```swift
/// let names = WikidataImporter(rules: rules.wikidata, filter: filter).read(["Q1899.json"])
/// names.entities.first?.id   // place.wikidata-q1899
/// ```
public struct WikidataImporter: Sendable {
  public let rules: ImportRules.Wikidata
  public let filter: NameImportFilter

  public init(rules: ImportRules.Wikidata, filter: NameImportFilter) {
    self.rules = rules
    self.filter = filter
  }

  struct Term: Decodable { var language: String; var value: String }
  struct ItemValue: Decodable { var id: String?; var amount: String? }
  struct DataValue: Decodable { var value: ItemValue? }
  struct Snak: Decodable { var datavalue: DataValue? }
  struct Claim: Decodable { var mainsnak: Snak; var rank: String? }
  struct Claims: Decodable {
    var P31: [Claim]?
    var P17: [Claim]?
    var P1082: [Claim]?
  }
  struct Item: Decodable {
    var id: String
    var labels: [String: Term]?
    var aliases: [String: [Term]]?
    var claims: Claims?
  }
  struct EntityData: Decodable { var entities: [String: Item] }

  /// Reads `paths` (`-` is standard input).
  public func read(_ paths: [String]) -> ImportedNames {
    var result = ImportedNames(dataset: "wikidata", entities: [])
    var entities: [String: Entity] = [:]
    let decoder = JSONDecoder()
    for path in paths {
      var reader: LineReader
      do throws(NameImportError) { reader = try LineReader(path: path) } catch {
        result.problems.append(error)
        continue
      }
      defer { reader.close() }
      guard let first = reader.next() else { continue }
      let opening = first.trimmingCharacters(in: .whitespaces)
      if opening.hasPrefix("{\"entities\"") || opening == "{" {
        // Special:EntityData: one document, perhaps pretty-printed over many lines.
        var text = first + "\n"
        while let line = reader.next() { text += line + "\n" }
        do {
          let document = try decoder.decode(EntityData.self, from: Data(text.utf8))
          for (_, item) in document.entities.sorted(by: { $0.key < $1.key }) { add(item, &entities, &result) }
        } catch {
          result.problems.append(.badLine(file: path, line: 1, problem: "not Special:EntityData JSON: \(Self.reason(error))"))
        }
        continue
      }
      var line: String? = first
      while let current = line {
        var text = Substring(current.trimmingCharacters(in: .whitespaces))
        if text.hasSuffix(",") { text = text.dropLast() }
        if !text.isEmpty, text != "[", text != "]" {
          do {
            add(try decoder.decode(Item.self, from: Data(text.utf8)), &entities, &result)
          } catch {
            result.problems.append(.badLine(file: path, line: reader.lineNumber, problem: "not a Wikidata entity: \(Self.reason(error))"))
          }
        }
        line = reader.next()
      }
    }
    result.entities = Array(entities.values)
    result.finish()
    return result
  }

  private func add(_ item: Item, _ entities: inout [String: Entity], _ result: inout ImportedNames) {
    result.recordsRead += 1
    let classes = (item.claims?.P31 ?? []).compactMap { $0.mainsnak.datavalue?.value?.id }
    let countries = (item.claims?.P17 ?? []).compactMap { $0.mainsnak.datavalue?.value?.id }
    let population = (item.claims?.P1082 ?? []).compactMap { claim in
      claim.mainsnak.datavalue?.value?.amount.flatMap { Double($0.replacingOccurrences(of: "+", with: "")) }
    }.max().map { Int64($0) }
    guard let kind = classes.lazy.compactMap({ rules.instanceOf[$0] }).first,
      filter.keeps(population: population), filter.keeps(countries: countries)
    else {
      result.recordsSkipped += 1
      return
    }
    let id = item.id.lowercased()
    var variants: [NameVariant] = []
    for (language, term) in (item.labels ?? [:]).sorted(by: { $0.key < $1.key }) where filter.keeps(language: language) {
      var variant = NameVariant(form: term.value, lang: language, how: .customary)
      variant.source = "wikidata:\(item.id)#label"
      variants.append(variant)
    }
    for (language, terms) in (item.aliases ?? [:]).sorted(by: { $0.key < $1.key }) where filter.keeps(language: language) {
      for term in terms {
        var variant = NameVariant(form: term.value, lang: language, how: .alternative)
        variant.source = "wikidata:\(item.id)#alias"
        variants.append(variant)
      }
    }
    // The English label leads when there is one: it is the form most editors look for.
    if let english = variants.firstIndex(where: { $0.lang == "en" && $0.how == .customary }) {
      variants.insert(variants.remove(at: english), at: 0)
    }
    var entity = Entity(id: EntityID("\(ImportedNames.idPrefix(kind)).wikidata-\(id)"), kind: kind, variants: ImportedNames.tidy(variants))
    entity.source = "wikidata:\(item.id)"
    entities[item.id] = entity
  }

  static func reason(_ error: any Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, _): "no '\(key.stringValue)'"
    case DecodingError.typeMismatch(_, let context), DecodingError.dataCorrupted(let context),
      DecodingError.valueNotFound(_, let context):
      context.debugDescription
    default: "\(error)"
    }
  }
}
