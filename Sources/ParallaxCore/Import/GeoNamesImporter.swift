/// Imports GeoNames places from the published tab-separated dumps: the geoname table
/// (`allCountries.txt`, `cities15000.txt`, a country's `UA.txt`: 19 columns, geonameid first)
/// and `alternateNamesV2.txt` (10 columns: alternateNameId, geonameid, isolanguage, name,
/// isPreferredName, isShortName, isColloquial, isHistoric, from, to; the older 8-column
/// `alternateNames.txt` also reads). Files are told apart by their column count, and the
/// geoname tables are read first, so the order on the command line does not matter.
///
/// Each kept place becomes `place.geonames-<geonameid>` with its `name` (official, language
/// `und`), its `asciiname` when it differs (transliteration) and its alternate names in their
/// languages: preferred names official, short names abbreviations, colloquial ones
/// alternatives, historic ones renamed (with `until` when `to` is a full date) or
/// legacy exonyms, the rest customary.
///
/// ```swift
/// let names = GeoNamesImporter(rules: rules, filter: filter).read(["cities15000.txt", "alternateNamesV2.txt"])
/// names.entities.first?.id   // place.geonames-703448
/// ```
public struct GeoNamesImporter: Sendable {
  public let rules: ImportRules.GeoNames
  public let filter: NameImportFilter

  public init(rules: ImportRules.GeoNames, filter: NameImportFilter) {
    self.rules = rules
    self.filter = filter
  }

  /// The columns of a geoname table row and of an alternate name row.
  static let geonameColumns = 19
  static let alternateColumns = [10, 8]

  enum FileKind { case geonames, alternates }

  /// Reads `paths` (`-` is standard input, read as whichever kind its first line is).
  public func read(_ paths: [String]) -> ImportedNames {
    var result = ImportedNames(dataset: "geonames", entities: [])
    var kinds: [(String, FileKind)] = []
    for path in paths {
      do throws(NameImportError) {
        kinds.append((path, try kind(of: path)))
      } catch {
        result.problems.append(error)
      }
    }
    var places: [Int: Entity] = [:]
    for (path, kind) in kinds where kind == .geonames { readGeonames(path, into: &places, &result) }
    for (path, kind) in kinds where kind == .alternates { readAlternates(path, into: &places, &result) }
    result.entities = places.values.map { entity in
      var tidied = entity
      tidied.variants = ImportedNames.tidy(entity.variants)
      return tidied
    }
    result.finish()
    return result
  }

  /// Which table `path` is, by the column count of its first line.
  func kind(of path: String) throws(NameImportError) -> FileKind {
    guard path != "-" else { return .geonames }
    var reader = try LineReader(path: path)
    defer { reader.close() }
    guard let first = reader.next() else { return .geonames }
    let columns = first.split(separator: "\t", omittingEmptySubsequences: false).count
    if columns == Self.geonameColumns { return .geonames }
    if Self.alternateColumns.contains(columns) { return .alternates }
    throw .unknownFile(
      file: path,
      problem: "\(columns) tab-separated columns: neither a geoname table (19, as allCountries.txt or cities15000.txt) nor alternateNamesV2.txt (10)")
  }

  private func readGeonames(_ path: String, into places: inout [Int: Entity], _ result: inout ImportedNames) {
    var reader: LineReader
    do throws(NameImportError) { reader = try LineReader(path: path) } catch {
      result.problems.append(error)
      return
    }
    defer { reader.close() }
    while let line = reader.next() {
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      func bad(_ problem: String) { result.problems.append(.badLine(file: path, line: reader.lineNumber, problem: problem)) }
      guard fields.count == Self.geonameColumns else {
        bad("\(fields.count) columns where a geoname row has \(Self.geonameColumns)")
        continue
      }
      guard let id = Int(fields[0]), id > 0 else {
        bad("geonameid '\(fields[0])' is not a number")
        continue
      }
      let name = String(fields[1])
      guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
        bad("geonameid \(id) has no name")
        continue
      }
      let population: Int64?
      if fields[14].isEmpty {
        population = nil
      } else if let value = Int64(fields[14]) {
        population = value
      } else {
        bad("population '\(fields[14])' is not a number")
        continue
      }
      result.recordsRead += 1
      let featureClass = String(fields[6])
      let country = String(fields[8])
      guard filter.featureClasses.isEmpty || filter.featureClasses.contains(featureClass),
        filter.keeps(population: population), filter.keeps(countries: [country])
      else {
        result.recordsSkipped += 1
        continue
      }
      var official = NameVariant(form: name, lang: "und", how: .official)
      official.source = "geonames:\(id)#name"
      var variants = [official]
      let ascii = String(fields[2])
      if !ascii.isEmpty, ascii != name {
        var transliterated = NameVariant(form: ascii, lang: "und", how: .transliteration)
        transliterated.source = "geonames:\(id)#asciiname"
        variants.append(transliterated)
      }
      var entity = Entity(id: EntityID("place.geonames-\(id)"), kind: .place, variants: variants)
      entity.source = "geonames:\(id)"
      if let known = places[id] { entity.variants = known.variants + variants }
      places[id] = entity
    }
  }

  private func readAlternates(_ path: String, into places: inout [Int: Entity], _ result: inout ImportedNames) {
    var reader: LineReader
    do throws(NameImportError) { reader = try LineReader(path: path) } catch {
      result.problems.append(error)
      return
    }
    defer { reader.close() }
    let skip = Set(rules.skipLanguages)
    let abbreviations = Set(rules.abbreviationLanguages)
    while let line = reader.next() {
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      func bad(_ problem: String) { result.problems.append(.badLine(file: path, line: reader.lineNumber, problem: problem)) }
      guard Self.alternateColumns.contains(fields.count) else {
        bad("\(fields.count) columns where an alternate name row has 10")
        continue
      }
      guard let alternateID = Int(fields[0]), let id = Int(fields[1]) else {
        bad("alternateNameId '\(fields[0])' or geonameid '\(fields[1])' is not a number")
        continue
      }
      let form = String(fields[3])
      guard !form.trimmingCharacters(in: .whitespaces).isEmpty else {
        bad("alternate name \(alternateID) is empty")
        continue
      }
      guard places[id] != nil else { continue }  // a place the filters left out, or not in the tables read
      var language = String(fields[2])
      if skip.contains(language) { continue }
      var how = VariantOrigin.customary
      if abbreviations.contains(language) {
        language = "und"
        how = .abbreviation
      } else if language.isEmpty {
        language = "und"
      } else if language.contains("_") {
        // fr_1793: the name a language used in a period; a historic name in that language.
        language = String(language.split(separator: "_")[0])
        how = .legacyExonym
      }
      guard filter.keeps(language: language) else { continue }
      let flag = { (index: Int) in fields.count > index && fields[index] == "1" }
      let until = fields.count > 9 ? CalendarDate(String(fields[9])) : nil
      if flag(7) {
        how = until != nil ? .renamed : .legacyExonym
      } else if flag(4) {
        how = .official
      } else if flag(5) {
        how = .abbreviation
      } else if flag(6) {
        how = .alternative
      }
      var variant = NameVariant(form: form, lang: language, how: how)
      if how == .renamed { variant.until = until }
      variant.source = "geonames-alt:\(alternateID)"
      places[id]?.variants.append(variant)
    }
  }
}
