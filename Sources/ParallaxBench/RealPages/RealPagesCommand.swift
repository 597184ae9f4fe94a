import ArgumentParser
import Foundation

/// `parallax-bench realpages`: scores Parallax on the real pages of the development set.
struct RealPagesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "realpages",
    abstract:
      "Score Parallax's speakers, events, topics and chrome on the real pages of the dev set.",
    discussion: """
      Reads the labels (Tests/DevSet/articles.yaml), takes each labelled article's text from \
      --cache as <id>.txt, runs 'parallax statements --format json' and 'parallax compare \
      --format json' on those texts as subprocesses and prints, per language and overall: \
      speaker precision and recall (distinct speakers per article, matched by transliterated \
      match key; see SpeakerMatcher), events B-cubed F1 of the comparison's grouping against \
      the labelled events (texts as they are, without front matter), topic micro-F1 through \
      the labels' topic mapping, and the chrome rate (statements that start with a labelled \
      chrome line). Labelled pages missing from the cache are counted and skipped. \
      With --with-dates, a second comparison runs with each page's labelled publication date \
      as front matter and its B-cubed F1 is added.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case markdown, json
  }

  @Option(help: ArgumentHelp("The folder of cached page texts, <id>.txt.", valueName: "dir"))
  var cache: String = NSString(string: "~/.cache/parallax-devset").expandingTildeInPath

  @Option(help: ArgumentHelp("The labels file (schema parallax.devset/1).", valueName: "file"))
  var labels: String = "Tests/DevSet/articles.yaml"

  @Option(
    help: ArgumentHelp(
      "The parallax executable (default: the one beside parallax-bench).", valueName: "path"))
  var parallax: String?

  @Option(help: "markdown (a table) or json (schema parallax.realpages/1).")
  var format: Format = .markdown

  @Flag(
    name: .customLong("with-dates"), help: "Also compare with the labelled dates as front matter.")
  var withDates = false

  @Flag(help: "List each article's wrong and missed speakers, missed and extra topics, and chrome statements.")
  var details = false

  @Flag(
    name: .customLong("self-check"),
    help: "Check the scoring arithmetic and run on three tiny texts of its own.")
  var selfCheck = false

  func run() throws {
    if selfCheck {
      try RealPagesSelfCheck.run(parallax: parallax ?? Self.defaultParallax())
      return
    }
    let text: String
    do {
      text = try String(contentsOfFile: labels, encoding: .utf8)
    } catch {
      throw RealPagesError.cannotRead(path: labels, reason: "\(error)")
    }
    let devSet = try DevSet(text: text, path: labels)
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "parallax-realpages-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    } catch {
      throw RealPagesError.cannotWrite(path: scratch.path, reason: "\(error)")
    }
    defer { try? FileManager.default.removeItem(at: scratch) }
    let evaluation = RealPagesEvaluation(
      devSet: devSet, labelsPath: labels, cache: URL(fileURLWithPath: cache),
      runner: ParallaxRunner(executable: parallax ?? Self.defaultParallax(), scratch: scratch),
      withDates: withDates, keepDetails: details)
    let result = try evaluation.run()
    if !result.missing.isEmpty {
      FileHandle.standardError.write(
        Data(
          "realpages: \(result.missing.count) labelled pages have no text in \(cache); skipped\n"
            .utf8))
    }
    let output = format == .json ? RealPagesReport.json(result) : RealPagesReport.markdown(result)
    FileHandle.standardOutput.write(Data(output.utf8))
  }

  /// `parallax` in the folder of this executable when it exists there, else `parallax` on PATH.
  static func defaultParallax() -> String {
    let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let sibling = own.deletingLastPathComponent().appendingPathComponent("parallax").path
    if FileManager.default.isExecutableFile(atPath: sibling) { return sibling }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/parallax"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return sibling
  }
}
