import Foundation
import Testing
@testable import ParallaxCore

/// Small files in the published layouts of GeoNames, JRC-Names and Wikidata, written for these
/// tests (real place names and ids as facts; no dataset rows copied).
@Suite struct NameImportTests {
  static let rules = ImportRules(
    geonames: .init(skipLanguages: ["post", "link", "wkdt"], abbreviationLanguages: ["abbr"]),
    jrc: .init(kinds: ["P": .person, "O": .organization], unknownLanguage: "u"),
    wikidata: .init(instanceOf: ["Q5": .person, "Q515": .place, "Q1549591": .place]))

  static func write(_ text: String, _ name: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("px-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// A geoname table row: 19 tab-separated columns.
  static func geoname(_ id: Int, _ name: String, _ ascii: String, _ featureClass: String, _ code: String, _ country: String, _ population: String) -> String {
    [String(id), name, ascii, "", "50.0", "30.0", featureClass, code, country, "", "13", "", "", "", population, "", "180", "Europe/Kyiv", "2024-01-01"]
      .joined(separator: "\t")
  }

  /// An alternateNamesV2 row: 10 columns.
  static func alternate(_ id: Int, _ place: Int, _ language: String, _ name: String, preferred: Bool = false, historic: Bool = false, to: String = "") -> String {
    [String(id), String(place), language, name, preferred ? "1" : "", "", "", historic ? "1" : "", "", to].joined(separator: "\t")
  }

  @Test("GeoNames: the table and alternate names give places with provenance; filters and bad lines")
  func geonames() throws {
    let table = try Self.write(
      [
        Self.geoname(703448, "Kyiv", "Kyiv", "P", "PPLC", "UA", "2797553"),
        Self.geoname(709930, "Dnipro", "Dnipro", "P", "PPLA", "UA", "968502"),
        Self.geoname(111, "Tiny Village", "Tiny Village", "P", "PPL", "UA", "120"),
        Self.geoname(222, "Dnipro River", "Dnipro River", "H", "STM", "UA", ""),
        "703449\tbroken row",
      ].joined(separator: "\n") + "\n", "cities500.txt")
    let alternates = try Self.write(
      [
        Self.alternate(1, 703448, "uk", "Київ", preferred: true),
        Self.alternate(2, 703448, "de", "Kiew"),
        Self.alternate(3, 703448, "post", "01001"),
        Self.alternate(4, 709930, "en", "Dnipropetrovsk", historic: true, to: "2016-05-19"),
        Self.alternate(5, 709930, "fr", "Dnipro"),
        Self.alternate(6, 111, "en", "Left Out"),
        "x\t703448\tuk\tБитий",
      ].joined(separator: "\n") + "\n", "alternateNamesV2.txt")
    var filter = NameImportFilter()
    filter.featureClasses = ["P"]
    filter.minPopulation = 1000
    filter.languages = ["uk", "en", "fr"]
    // Alternates first on the command line: the tables are still read before them.
    let names = GeoNamesImporter(rules: Self.rules.geonames, filter: filter).read([alternates, table])
    #expect(names.entities.map(\.id.rawValue) == ["place.geonames-703448", "place.geonames-709930"])
    let kyiv = names.entities[0]
    #expect(kyiv.source == "geonames:703448")
    #expect(kyiv.variants.map(\.form) == ["Kyiv", "Київ"])
    #expect(kyiv.variants[1].how == .official && kyiv.variants[1].lang == "uk")
    #expect(kyiv.variants[1].source == "geonames-alt:1")
    let dnipro = names.entities[1]
    let renamed = try #require(dnipro.variants.first { $0.form == "Dnipropetrovsk" })
    #expect(renamed.how == .renamed && renamed.until?.description == "2016-05-19")
    #expect(dnipro.variants.map(\.form) == ["Dnipro", "Dnipropetrovsk", "Dnipro"])
    #expect(dnipro.variants.map(\.lang) == ["und", "en", "fr"])
    #expect(names.problems.map(\.description).sorted() == [
      "\(alternates):7: error: skipped a bad line: 4 columns where an alternate name row has 10",
      "\(table):5: error: skipped a bad line: 2 columns where a geoname row has 19",
    ].sorted())
  }

  @Test("GeoNames: a file of another layout is named as such")
  func unknownLayout() throws {
    let path = try Self.write("a\tb\tc\n", "odd.txt")
    let names = GeoNamesImporter(rules: Self.rules.geonames, filter: NameImportFilter()).read([path])
    #expect(names.problems.first?.description.hasPrefix("\(path):1: error: 3 tab-separated columns") == true)
  }

  @Test("JRC-Names: '+' joins words, 'u' is no language, the header and unknown types are skipped")
  func jrc() throws {
    let path = try Self.write(
      "#id\ttype\tlang\tname\n7\tP\tu\tVolodymyr+Zelensky\n7\tP\tru\tВладимир+Зеленский\n9\tO\ten\tWorld+Food+Programme\n10\tT\ten\tSomething\n11\tP\n",
      "entities.tsv")
    let names = JRCNamesImporter(rules: Self.rules.jrc, filter: NameImportFilter()).read([path])
    #expect(names.entities.map(\.id.rawValue) == ["org.jrc-9", "person.jrc-7"])
    #expect(names.entities[1].variants.map(\.form) == ["Volodymyr Zelensky", "Владимир Зеленский"])
    #expect(names.entities[1].variants.map(\.lang) == ["und", "ru"])
    #expect(names.entities[1].variants.allSatisfy { $0.source == "jrc-names:7" })
    #expect(names.recordsSkipped == 1)
    #expect(names.problems.map(\.description) == ["\(path):6: error: skipped a bad line: 2 columns where a JRC-Names entity line has 4 (id, type, language, name)"])
  }

  static let kyivItem = """
    {"type":"item","id":"Q1899","labels":{"uk":{"language":"uk","value":"Київ"},"en":{"language":"en","value":"Kyiv"}},\
    "aliases":{"en":[{"language":"en","value":"Kiev"}],"de":[{"language":"de","value":"Kiew"}]},\
    "claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":1549591,"id":"Q1549591"},"type":"wikibase-entityid"}},"type":"statement","rank":"normal"}],\
    "P17":[{"mainsnak":{"snaktype":"value","property":"P17","datavalue":{"value":{"entity-type":"item","numeric-id":212,"id":"Q212"},"type":"wikibase-entityid"}},"type":"statement","rank":"normal"}],\
    "P1082":[{"mainsnak":{"snaktype":"value","property":"P1082","datavalue":{"value":{"amount":"+2952301","unit":"1"},"type":"quantity"}},"type":"statement","rank":"normal"}]}}
    """
  static let personItem = """
    {"type":"item","id":"Q3874799","labels":{"en":{"language":"en","value":"Volodymyr Zelenskyy"}},"aliases":{},\
    "claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","id":"Q5"},"type":"wikibase-entityid"}},"type":"statement","rank":"normal"}]}}
    """
  static let bookItem = """
    {"type":"item","id":"Q1","labels":{"en":{"language":"en","value":"A Book"}},"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"id":"Q571"},"type":"wikibase-entityid"}},"type":"statement"}]}}
    """

  @Test("Wikidata dump: one entity per line in an array; labels, aliases, P31 kind, filters, bad lines")
  func wikidataDump() throws {
    let path = try Self.write("[\n\(Self.kyivItem),\n\(Self.bookItem),\n{\"id\": 5,\n\(Self.personItem)\n]\n", "latest-all.json")
    var filter = NameImportFilter()
    filter.languages = ["en", "uk"]
    let names = WikidataImporter(rules: Self.rules.wikidata, filter: filter).read([path])
    #expect(names.entities.map(\.id.rawValue) == ["person.wikidata-q3874799", "place.wikidata-q1899"])
    let kyiv = names.entities[1]
    #expect(kyiv.variants.map(\.form) == ["Kyiv", "Kiev", "Київ"])
    #expect(kyiv.variants.map(\.source) == ["wikidata:Q1899#label", "wikidata:Q1899#alias", "wikidata:Q1899#label"])
    #expect(names.recordsSkipped == 1)
    #expect(names.problems.count == 1)
    #expect(names.problems.first?.description.hasPrefix("\(path):4: error: skipped a bad line") == true)
    var populous = NameImportFilter()
    populous.minPopulation = 1_000_000
    populous.countries = ["Q212"]
    let big = WikidataImporter(rules: Self.rules.wikidata, filter: populous).read([path])
    #expect(big.entities.map(\.id.rawValue) == ["place.wikidata-q1899"])
  }

  @Test("Wikidata Special:EntityData: the pretty-printed document form")
  func wikidataEntityData() throws {
    let path = try Self.write("{\n  \"entities\": {\n    \"Q1899\": \(Self.kyivItem)\n  }\n}\n", "Q1899.json")
    let names = WikidataImporter(rules: Self.rules.wikidata, filter: NameImportFilter()).read([path])
    #expect(names.entities.first?.variants.count == 4)
    #expect(names.problems.isEmpty)
  }

  @Test("the overlay file is sorted, quoted, deterministic and reads back as the registry")
  func writerRoundTrip() throws {
    let path = try Self.write("1\tP\tno\tOla+Nordmann\n2\tO\ten\tSay \"Hi\"+Ltd\n", "entities")
    let names = JRCNamesImporter(rules: Self.rules.jrc, filter: NameImportFilter()).read([path])
    let text = ImportedNamesWriter.render(names, inputs: ["entities"], filters: [])
    #expect(text == ImportedNamesWriter.render(names, inputs: ["entities"], filters: []))
    #expect(text.contains("lang: \"no\""))
    let registry = try NameRegistry.load(from: InMemoryLocaleData(["und/names/jrc.yaml": text]))
    #expect(registry.entity(EntityID("org.jrc-2"))?.variants.first?.form == "Say \"Hi\" Ltd")
    #expect(registry.entity(EntityID("person.jrc-1"))?.variants.first?.lang == "no")
    #expect(registry.entity(EntityID("person.jrc-1"))?.variants.first?.source == "jrc-names:1")
  }
}
