/// Which records of a dataset an import keeps: `--feature-class`, `--min-population`,
/// `--languages` and `--countries`. An empty set keeps everything.
public struct NameImportFilter: Sendable, Hashable {
  /// GeoNames feature classes (`P` populated places, `A` administrative divisions, `H` water…).
  public var featureClasses: Set<String> = []
  /// The smallest population kept (GeoNames `population`, Wikidata P1082); records without one
  /// count as 0.
  public var minPopulation: Int64?
  /// Languages whose names are kept (`uk`, `ru`, `en`); `zh` keeps `zh-CN` too. Names in no
  /// language (`und`) are always kept: they are the gazetteer's own forms.
  public var languages: Set<String> = []
  /// GeoNames country codes (`UA`), or Wikidata country items (P17, `Q212`).
  public var countries: Set<String> = []

  public init() {}

  /// Whether a name in `language` is kept.
  public func keeps(language: String) -> Bool {
    if languages.isEmpty || language == "und" || languages.contains(language) { return true }
    let primary = language.split(separator: "-").first.map(String.init) ?? language
    return languages.contains(primary)
  }

  /// Whether a record with `population` is kept.
  public func keeps(population: Int64?) -> Bool {
    guard let minPopulation else { return true }
    return (population ?? 0) >= minPopulation
  }

  /// Whether a record in `countries` (any of them) is kept.
  public func keeps(countries recordCountries: [String]) -> Bool {
    countries.isEmpty || recordCountries.contains(where: countries.contains)
  }
}
