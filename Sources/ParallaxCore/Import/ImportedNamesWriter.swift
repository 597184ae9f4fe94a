/// Writes imported entities as a registry overlay file (`schema: parallax.names/1`): one entry
/// per entity with its `source`, each variant with its own, every string quoted (so that a
/// language code such as `no` stays a string), in id order. The same dataset and filters give
/// byte-identical files.
///
/// ```yaml
/// schema: parallax.names/1
/// entities:
///   - id: place.geonames-703448
///     kind: place
///     source: "geonames:703448"
///     variants:
///       - {form: "Kyiv", lang: "und", how: official, source: "geonames:703448#name"}
///       - {form: "Київ", lang: "uk", how: official, source: "geonames-alt:1234"}
/// ```
public enum ImportedNamesWriter {
  /// The file's text.
  /// - Parameters:
  ///   - names: the import.
  ///   - inputs: the files read, by name, for the opening comment (sorted there, so the
  ///     order they were given in does not change the file).
  ///   - filters: the filters as given on the command line, for the opening comment.
  public static func render(_ names: ImportedNames, inputs: [String], filters: [String]) -> String {
    var out = "# Imported from \(names.dataset) (\(inputs.sorted().joined(separator: ", "))) by 'parallax names import'.\n"
    out += "# Filters: \(filters.isEmpty ? "none" : filters.joined(separator: " ")). "
    out += "\(names.entities.count) entities, \(names.variantCount) variants.\n"
    out += "# Every variant names its record in 'source'. Regenerate rather than edit: a new import replaces this file.\n"
    out += "schema: \(NameRegistry.namesKind)/1\n"
    if names.entities.isEmpty { return out + "entities: []\n" }
    out += "entities:\n"
    for entity in names.entities {
      out += "  - id: \(entity.id.rawValue)\n    kind: \(entity.kind.rawValue)\n"
      if let type = entity.type { out += "    type: \(YAMLText.quoted(type))\n" }
      if let source = entity.source { out += "    source: \(YAMLText.quoted(source))\n" }
      out += "    variants:\n"
      for variant in entity.variants {
        out += "      - {form: \(YAMLText.quoted(variant.form)), lang: \(YAMLText.quoted(variant.lang)), how: \(variant.how.rawValue)"
        if let until = variant.until { out += ", until: \(YAMLText.quoted(until.description))" }
        if let source = variant.source { out += ", source: \(YAMLText.quoted(source))" }
        out += "}\n"
      }
    }
    return out
  }
}
