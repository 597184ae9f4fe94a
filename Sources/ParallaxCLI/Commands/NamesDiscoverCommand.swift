import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxICU

extension NamesCommand {
  /// `parallax names discover INPUT… [-o FILE]`
  struct Discover: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "discover",
      abstract: "Find names the registry does not know and group their spellings across scripts for review.",
      discussion: """
        Reads agency text, Markdown with front matter, JSON Lines and HTML like 'statements'. \
        Capitalized Latin and Cyrillic words that no registered name covers become provisional \
        entities (titles, sentence-initial common words and stop words set aside; data in \
        Locales/<language>/names-discovery.yaml), grouped by romanized keys (KMU 2010 for \
        Ukrainian, BGN/PCGN for Russian, the spelling folds for Latin) and near spellings. \
        Each has a provisional.<slug> id, a display form (the style language's form when one \
        was seen, else the national romanization), its forms with counts, languages, scripts \
        and example locations. Most mentions first, then by id; the same input gives the same \
        bytes. A bad file is reported as path:line:column and the others are still read.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case yaml, json }

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the review file here (default: standard output).", valueName: "file"))
    var output: String?

    @Option(name: .customLong("min-count"), help: "Leave out entities with fewer mentions.")
    var minCount: Int = 1

    @Option(help: "yaml (the review file) or json (schema parallax.provisional-names/1, with each form's documents).")
    var format: Format = .yaml

    @Option(help: "The house style whose languages choose the display form (default from Locales).")
    var style: String?

    @Option(help: ArgumentHelp("Word similarity that links two spellings (default 0.87).", visibility: .hidden))
    var linkSimilarity: Double?

    @Option(help: ArgumentHelp("Word similarity that links two spellings with one consonant skeleton (default 0.75).", visibility: .hidden))
    var skeletonSimilarity: Double?

    @OptionGroup var verbosity: VerbosityOptions
    @OptionGroup var locale: LocaleOptions
    @OptionGroup var input: InputOptions

    func validate() throws {
      if minCount < 1 { throw ValidationError("--min-count is a number of mentions, 1 or more") }
    }

    func run() throws {
      var clock = StageClock(command: "names discover", enabled: verbosity.verbose)
      let data = try locale.provider()
      let pipeline: Pipeline
      let discoverer: NameDiscoverer
      do throws(LocaleDataError) {
        pipeline = try Pipeline(data: data, cacheDirectory: locale.cacheDirectory)
        var styleID = style ?? ""
        if styleID.isEmpty { styleID = try LocaleDefaults.load(from: data).style }
        let houseStyle = try HouseStyle.load(styleID, from: data)
        let keys = try Self.matchKeys(pipeline.names)
        let lexicon = try NameDiscoveryLexicon.load(from: data, keys: keys)
        var options = NameDiscoveryOptions(minimumCount: minCount, styleLanguages: houseStyle.languages)
        if let linkSimilarity { options.linkSimilarity = linkSimilarity }
        if let skeletonSimilarity { options.skeletonSimilarity = skeletonSimilarity }
        discoverer = NameDiscoverer(names: pipeline.names, lexicon: lexicon, options: options)
      } catch {
        Terminal.shared.diagnostic(error.description)
        throw ExitCodes.dataError
      }
      clock.lap("loaded the locale data")
      let (files, problems) = pipeline.collector.expand(input.arguments)
      var reported = InputProblems(problems)
      var documents: [Document] = []
      let progress = ProgressLine(command: "names discover", total: files.count, quiet: verbosity.quiet)
      for file in files {
        let outcome = pipeline.load(file)
        for note in outcome.notes {
          if note.isWarning {
            verbosity.warning(note.description)
          } else {
            Terminal.shared.diagnostic(note.description)
            reported.code = ExitCodes.dataError.rawValue
          }
        }
        switch outcome.result {
        case .failure(let problem): reported.record(problem)
        case .success(let loaded): documents += loaded
        }
        progress.advance(path: file)
      }
      progress.finish()
      clock.lap("read \(counted(files.count, "file"))")
      let entities = try discoverer.discover(documents)
      clock.lap("found \(counted(entities.count, "provisional entity"))")
      let text = format == .json ? NamesDiscoverRenderer.json(entities) : NamesDiscoverRenderer.yaml(entities)
      if let output {
        do { try AtomicFile.write(text, to: output) } catch {
          Terminal.shared.diagnostic("\(output): error: cannot write the review file: \(error.localizedDescription)")
          throw ExitCodes.cannotCreate
        }
      } else {
        Terminal.shared.write(text)
        Terminal.shared.flush()
      }
      verbosity.closing(
        "names discover: \(entities.count) provisional \(entities.count == 1 ? "entity" : "entities") from "
          + "\(counted(documents.count, "document")) written to \(output.map { VisibleText.path($0) } ?? "standard output") (\(format.rawValue))")
      if reported.code != 0 { throw ExitCode(reported.code) }
    }

    static func matchKeys(_ names: NameSetup) throws(LocaleDataError) -> MatchKeyBuilder {
      do { return try MatchKeyBuilder(profile: names.matchKeyProfile) } catch {
        throw .unreadable(file: "und/normalization/match-key.yaml", reason: "\(error)")
      }
    }
  }
}
