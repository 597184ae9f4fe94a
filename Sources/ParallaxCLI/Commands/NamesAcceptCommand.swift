import ArgumentParser
import Foundation
import ParallaxCore

extension NamesCommand {
  /// `parallax names accept FILE [--into DIR]`: accepted suggestions go to the team's overlay.
  struct Accept: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "accept",
      abstract: "Add the suggestions or names marked 'accept: true' in a review file to the team's overlay.",
      discussion: """
        Write the review file with 'parallax check --suggestions FILE'. Each accepted spelling \
        becomes a variant of its entity in the overlay folder (--into DIR, else the 'overlay:' \
        of .parallax.yaml): after the entity's last variant when an overlay file defines it, \
        else in und/names/accepted.yaml, where an entry with a shipped id extends that entity. \
        A review file of 'parallax names discover' works too: each accepted name with a kind \
        becomes an entity in und/names/accepted.yaml (id: the kind and the provisional id's \
        slug, or the id the editor wrote), its forms customary variants. \
        The shipped Locales/ is never changed, so an upgrade keeps the team's names. Without \
        an overlay the command stops with exit 64.
        """
    )

    @Argument(help: "The review file.")
    var file: String

    @Option(help: ArgumentHelp("The overlay folder to write into (default: the overlay of .parallax.yaml).", valueName: "dir"))
    var into: String?

    @OptionGroup var verbosity: VerbosityOptions
    @OptionGroup var locale: LocaleOptions

    func run() throws {
      var clock = verbosity.clock("names accept")
      let config = try locale.projectConfig()
      guard let target = into.map({ URL(fileURLWithPath: $0).standardizedFileURL }) ?? config?.overlay else {
        Terminal.shared.diagnostic(
          "error: names accept writes accepted spellings into your team's overlay folder, never into the shipped Locales/ "
            + "(an upgrade would lose them); set 'overlay: DIR' in \(ProjectConfig.fileName) or pass --into DIR")
        throw ExitCodes.usage
      }
      let overlay = try OverlayFolder.prepare(target)
      let provider = try locale.provider(config: config)
      let data = OverlayFolder.stack(overlay, on: provider)
      let setup = try locale.nameSetup(data)
      clock.lap("loaded the name registry")
      let collector = InputCollector(extensions: ["yaml"])
      let text: String
      switch collector.read(file) {
      case .success(let input): text = input.text
      case .failure(let problem):
        Terminal.shared.diagnostic(problem.description)
        throw problem.isDataError ? ExitCodes.dataError : ExitCodes.noInput
      }
      do {
        // Two kinds of review file: check's suggested spellings of registered entities, and
        // the names discover found, which become entities of their own.
        let files: [String: String]
        let skipped: [String]
        let result: String
        if YAMLDocument.schemaKind(of: text) == ProvisionalReview.schemaKind {
          let entries = try ProvisionalReview.load(text: text, path: file)
          (files, skipped) = try ProvisionalReview.merge(entries, into: overlay, registry: setup.registry)
          let accepted = entries.filter { $0.accept == true }.count - skipped.count
          result = "\(accepted) entit\(accepted == 1 ? "y" : "ies") added to \(overlay.displayRoot)"
        } else {
          let suggestions = try NameSuggestions.load(text: text, path: file)
          (files, skipped) = try NameSuggestions.merge(suggestions, into: overlay, registry: setup.registry)
          let accepted = suggestions.filter { $0.accept == true }.count - skipped.count
          result = "\(accepted) spelling\(accepted == 1 ? "" : "s") added to \(overlay.displayRoot)"
        }
        for note in skipped { verbosity.warning("skipped: \(note)") }
        for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
          try OverlayFolder.write(contents, to: path, in: overlay)
          verbosity.note("\(overlay.displayPath(path)): updated")
        }
        clock.lap("merged the review file")
        // The command's result: shown unless --quiet, as before --quiet existed.
        verbosity.note("\(result); run 'parallax locales check' to verify")
      } catch let error as LocaleDataError {
        Terminal.shared.diagnostic(error.description)
        throw ExitCodes.dataError
      }
    }
  }
}

/// A team's overlay folder as the commands that write into it (`names accept`, `names import`)
/// see it: created when missing, read on top of the rest of the locale data.
enum OverlayFolder {
  /// The folder at `url` as locale data, created first when missing (exit 73 when it cannot be).
  static func prepare(_ url: URL) throws -> DirectoryLocaleData {
    do {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
      Terminal.shared.diagnostic("\(url.path): error: cannot create the overlay folder: \(error.localizedDescription)")
      throw ExitCodes.cannotCreate
    }
    return DirectoryLocaleData(root: url, displayRoot: LocaleOptions.shownPath(url))
  }

  /// `data` with `overlay` on top, unless `data` already reads that folder.
  static func stack(_ overlay: DirectoryLocaleData, on data: any LocaleDataProvider) -> any LocaleDataProvider {
    let reads = data.layers.contains { ($0 as? DirectoryLocaleData)?.root.path == overlay.root.path }
    return reads ? data : StackedLocaleData([data, overlay])
  }

  /// Writes `contents` to `path` inside `overlay` atomically, creating its folders (exit 73 when
  /// it cannot).
  static func write(_ contents: String, to path: String, in overlay: DirectoryLocaleData) throws {
    let url = overlay.root.appendingPathComponent(path)
    do {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try AtomicFile.write(contents, to: url.path)
    } catch {
      Terminal.shared.diagnostic("\(overlay.displayPath(path)): error: cannot write: \(error.localizedDescription)")
      throw ExitCodes.cannotCreate
    }
  }
}
