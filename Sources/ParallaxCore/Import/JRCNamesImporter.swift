/// Imports JRC-Names (the Europe Media Monitor's person and organisation names) from its
/// published `entities` file: tab-separated `id`, `type` (`P` person, `O` organisation, as
/// mapped in `und/import.yaml`), `language` (`u` when unknown) and the name with `+` between
/// its words (`Vladimir+Putin`). A header line (`#…`, or a first line whose id is no number) is
/// skipped. Every line is one variant of entity `person.jrc-<id>` or `org.jrc-<id>`.
///
/// ```swift
/// let names = JRCNamesImporter(rules: rules.jrc, filter: filter).read(["entities.tsv"])
/// names.entities.first?.variants.map(\.form)   // ["Volodymyr Zelensky", "Володимир Зеленський", …]
/// ```
public struct JRCNamesImporter: Sendable {
  public let rules: ImportRules.JRCNames
  public let filter: NameImportFilter

  public init(rules: ImportRules.JRCNames, filter: NameImportFilter) {
    self.rules = rules
    self.filter = filter
  }

  /// Reads `paths` (`-` is standard input).
  public func read(_ paths: [String]) -> ImportedNames {
    var result = ImportedNames(dataset: "jrc-names", entities: [])
    var entities: [Int: Entity] = [:]
    var skippedIDs: Set<Int> = []
    for path in paths {
      var reader: LineReader
      do throws(NameImportError) { reader = try LineReader(path: path) } catch {
        result.problems.append(error)
        continue
      }
      defer { reader.close() }
      while let line = reader.next() {
        if line.isEmpty || line.hasPrefix("#") { continue }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        func bad(_ problem: String) { result.problems.append(.badLine(file: path, line: reader.lineNumber, problem: problem)) }
        guard fields.count == 4 else {
          if reader.lineNumber == 1 { continue }  // the header
          bad("\(fields.count) columns where a JRC-Names entity line has 4 (id, type, language, name)")
          continue
        }
        guard let id = Int(fields[0]) else {
          if reader.lineNumber == 1 { continue }
          bad("id '\(fields[0])' is not a number")
          continue
        }
        let form = fields[3].split(separator: "+", omittingEmptySubsequences: true).joined(separator: " ")
        guard !form.trimmingCharacters(in: .whitespaces).isEmpty else {
          bad("entity \(id) has an empty name")
          continue
        }
        result.recordsRead += 1
        guard let kind = rules.kinds[String(fields[1])] else {
          if skippedIDs.insert(id).inserted { result.recordsSkipped += 1 }
          continue
        }
        var language = String(fields[2])
        if language == rules.unknownLanguage || language.isEmpty { language = "und" }
        guard filter.keeps(language: language) else { continue }
        var variant = NameVariant(form: form, lang: language, how: .customary)
        variant.source = "jrc-names:\(id)"
        if var known = entities[id] {
          guard known.kind == kind else {
            bad("entity \(id) is type \(fields[1]) here but a \(known.kind.rawValue) on an earlier line")
            continue
          }
          known.variants.append(variant)
          entities[id] = known
        } else {
          var entity = Entity(id: EntityID("\(ImportedNames.idPrefix(kind)).jrc-\(id)"), kind: kind, variants: [variant])
          entity.source = "jrc-names:\(id)"
          entities[id] = entity
        }
      }
    }
    result.entities = entities.values.map { entity in
      var tidied = entity
      tidied.variants = ImportedNames.tidy(entity.variants)
      return tidied
    }
    result.finish()
    return result
  }
}
