/// How records of the open datasets become registry entities: data in
/// `Locales/und/import.yaml` (`schema: parallax.import/1`), so a team can map another Wikidata
/// class or JRC type without a new build.
public struct ImportRules: Sendable, Hashable, Decodable {
  /// GeoNames: which `isolanguage` codes of `alternateNamesV2.txt` are no language.
  public struct GeoNames: Sendable, Hashable, Decodable {
    /// Pseudo-languages whose names are skipped (`post` codes, `link` URLs, `iata` codes).
    public var skipLanguages: [String]
    /// Pseudo-languages whose names are abbreviations in no particular language (`abbr`).
    public var abbreviationLanguages: [String]
  }

  /// JRC-Names: the kind of each entity type letter and the code of an unknown language.
  public struct JRCNames: Sendable, Hashable, Decodable {
    public var kinds: [String: EntityKind]
    public var unknownLanguage: String
  }

  /// Wikidata: the kind of each class an entity is an instance of (P31), and the properties
  /// read for the filters.
  public struct Wikidata: Sendable, Hashable, Decodable {
    public var instanceOf: [String: EntityKind]
  }

  public var geonames: GeoNames
  public var jrc: JRCNames
  public var wikidata: Wikidata

  public static let path = "und/import.yaml"
  public static let schemaKind = "parallax.import"
  static let keySchema = KeySchema.mapping(
    [
      "schema": .any,
      "geonames": .mapping(["skipLanguages": .any, "abbreviationLanguages": .any], required: ["skipLanguages", "abbreviationLanguages"]),
      "jrc": .mapping(["kinds": .dictionary(value: .any), "unknownLanguage": .any], required: ["kinds", "unknownLanguage"]),
      "wikidata": .mapping(["instanceOf": .dictionary(value: .any)], required: ["instanceOf"]),
    ], required: ["geonames", "jrc", "wikidata"])

  /// Loads `und/import.yaml`.
  /// - Throws: `LocaleDataError` with file:line:column.
  public static func load(from data: any LocaleDataProvider) throws(LocaleDataError) -> ImportRules {
    try LocaleFile.load(ImportRules.self, path: path, kind: schemaKind, keys: keySchema, from: data)
  }
}

extension LocaleDataChecker {
  /// The validator of the import rules.
  mutating func registerImportKinds() {
    register(kind: ImportRules.schemaKind) { path, data in
      guard path == ImportRules.path else {
        return [.invalidValue(file: data.displayPath(path), line: 1, column: 1, key: "schema",
                              problem: "import rules belong at \(ImportRules.path)")]
      }
      do throws(LocaleDataError) { _ = try ImportRules.load(from: data) } catch { return [error] }
      return []
    }
  }
}
