import ArgumentParser
import Foundation
import ParallaxCore

extension NamesCommand {
  /// `parallax names import FORMAT FILE… --into DIR`: an open dataset as a registry overlay file.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Import names from GeoNames, JRC-Names or Wikidata into an overlay folder.",
      discussion: """
        geonames reads the geoname table (allCountries.txt, cities15000.txt or a country's \
        XX.txt) with alternateNamesV2.txt; jrc reads JRC-Names' entities file; wikidata reads \
        entity JSON (the dump, one entity per line, or Special:EntityData documents); - reads \
        standard input. The result is DIR/und/names/<format>.yaml (schema parallax.names/1), \
        every variant naming its record in 'source', sorted, replacing an earlier import of \
        the same format. Bad lines are reported as file:line and the other lines imported \
        (exit 65). --into defaults to the 'overlay:' of .parallax.yaml.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case geonames, jrc, wikidata }

    @Argument(help: "geonames, jrc or wikidata.")
    var format: Format

    @Argument(help: "The dataset's files (- for standard input).")
    var files: [String]

    @Option(help: ArgumentHelp("The overlay folder to write into (default: the overlay of .parallax.yaml).", valueName: "dir"))
    var into: String?

    @Option(
      name: .customLong("feature-class"), parsing: .upToNextOption,
      help: ArgumentHelp("GeoNames feature classes to keep (P populated places, A administrative divisions, H water, …).", valueName: "class"))
    var featureClasses: [String] = []

    @Option(name: .customLong("min-population"), help: ArgumentHelp("Keep places of at least this population (GeoNames, Wikidata P1082).", valueName: "n"))
    var minPopulation: Int64?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Languages whose names to keep (uk ru en …; names in no language are always kept).", valueName: "lang"))
    var languages: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Countries to keep: GeoNames codes (UA) or Wikidata items of P17 (Q212).", valueName: "code"))
    var countries: [String] = []

    @OptionGroup var verbosity: VerbosityOptions
    @OptionGroup var locale: LocaleOptions

    func validate() throws {
      if files.isEmpty { throw ValidationError("name the dataset's files") }
      let commaSplit = { (values: [String]) in values.flatMap { $0.split(separator: ",").map(String.init) } }
      if format != .geonames, !featureClasses.isEmpty { throw ValidationError("--feature-class applies to geonames only") }
      if format == .jrc, minPopulation != nil || !countries.isEmpty {
        throw ValidationError("JRC-Names has no population or country; drop --min-population and --countries")
      }
      if let minPopulation, minPopulation < 0 { throw ValidationError("--min-population is a number of people, 0 or more") }
      for featureClass in commaSplit(featureClasses) where featureClass.count != 1 {
        throw ValidationError("--feature-class takes GeoNames class letters (A H L P R S T U V), not '\(featureClass)'")
      }
    }

    var filter: NameImportFilter {
      var filter = NameImportFilter()
      let split = { (values: [String]) in Set(values.flatMap { $0.split(separator: ",").map(String.init) }) }
      filter.featureClasses = Set(split(featureClasses).map { $0.uppercased() })
      filter.minPopulation = minPopulation
      filter.languages = split(languages)
      filter.countries = split(countries)
      return filter
    }

    /// The filters as given, for the output file's opening comment.
    var filterArguments: [String] {
      var out: [String] = []
      if !featureClasses.isEmpty { out.append("--feature-class \(featureClasses.joined(separator: ","))") }
      if let minPopulation { out.append("--min-population \(minPopulation)") }
      if !languages.isEmpty { out.append("--languages \(languages.joined(separator: ","))") }
      if !countries.isEmpty { out.append("--countries \(countries.joined(separator: ","))") }
      return out
    }

    func run() throws {
      var clock = verbosity.clock("names import")
      let config = try locale.projectConfig()
      guard let target = into.map({ URL(fileURLWithPath: $0).standardizedFileURL }) ?? config?.overlay else {
        Terminal.shared.diagnostic(
          "error: names import writes into your team's overlay folder, never into the shipped Locales/; "
            + "pass --into DIR or set 'overlay: DIR' in \(ProjectConfig.fileName)")
        throw ExitCodes.usage
      }
      let overlay = try OverlayFolder.prepare(target)
      // The team's overlay may map more classes or types than the shipped rules.
      let data = OverlayFolder.stack(overlay, on: try locale.provider(config: config))
      let rules: ImportRules
      do throws(LocaleDataError) {
        rules = try ImportRules.load(from: data)
      } catch {
        Terminal.shared.diagnostic(error.description)
        throw ExitCodes.dataError
      }
      let names: ImportedNames
      switch format {
      case .geonames: names = GeoNamesImporter(rules: rules.geonames, filter: filter).read(files)
      case .jrc: names = JRCNamesImporter(rules: rules.jrc, filter: filter).read(files)
      case .wikidata: names = WikidataImporter(rules: rules.wikidata, filter: filter).read(files)
      }
      clock.lap("read \(counted(names.recordsRead, "record"))")
      for problem in names.problems { Terminal.shared.diagnostic(problem.description) }
      let unreadable = names.problems.contains { !$0.isDataError }
      if unreadable && names.recordsRead == 0 {
        Terminal.shared.flush()
        throw ExitCodes.noInput
      }
      let path = "und/names/\(format.rawValue).yaml"
      let inputs = files.map { $0 == "-" ? "standard input" : URL(fileURLWithPath: $0).lastPathComponent }
      try OverlayFolder.write(ImportedNamesWriter.render(names, inputs: inputs, filters: filterArguments), to: path, in: overlay)
      // The command's result: shown unless --quiet, as before --quiet existed.
      verbosity.note(
        "\(overlay.displayPath(path)): \(names.entities.count) entities with \(names.variantCount) variants "
          + "(\(names.recordsRead) records read, \(names.recordsSkipped) left out by the filters or of no known kind"
          + (names.problems.isEmpty ? ")" : ", \(names.problems.count) problem\(names.problems.count == 1 ? "" : "s"))"))
      Terminal.shared.flush()
      if names.problems.contains(where: \.isDataError) { throw ExitCodes.dataError }
      if unreadable { throw ExitCodes.noInput }
    }
  }
}
