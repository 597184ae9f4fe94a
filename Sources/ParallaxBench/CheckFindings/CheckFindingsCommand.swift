import ArgumentParser
import Foundation

/// `parallax-bench checkfindings`: the precision of `check` on the real pages of the dev set,
/// against the findings labelled by reading (issue 17, item 5).
struct CheckFindingsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "checkfindings",
    abstract: "Score the precision of 'parallax check' on the cached real pages against labelled findings.",
    discussion: """
      Runs 'parallax check --format json' with each --style over the cached pages (<id>.txt in \
      --cache for every article of --articles) and looks each finding up in --labels by page, \
      style, line, column, flagged form and fix. Precision is the share of labelled findings \
      whose verdict is 'right' (a 'wrong-fix' finding is not right). Pages at positions 0, 3, \
      6 … of the articles file are the held-out part, reported apart. Findings with no label are \
      listed so that they get labelled.
      """
  )

  @OptionGroup var cached: CachedPagesOptions

  @Option(help: ArgumentHelp("The labelled findings (schema parallax.check-findings/1).", valueName: "file"))
  var labels: String = "Tests/DevSet/check-findings.yaml"

  @Option(name: .customLong("style"), help: "A house style to check with (repeatable).")
  var styles: [String] = ["ap-en", "preserve"]

  @Flag(help: "List every finding that is not labelled right.")
  var details = false

  func run() throws {
    let labelText = try Self.read(labels)
    let table = try CheckFindingLabels(text: labelText, path: labels)
    let pages = try cached.pages()
    try cached.withRunner("checkfindings") { runner in
      var score = CheckFindingsScore()
      for style in styles {
        let output = try runner.json(CheckOutput.self, ["check", "--format", "json", "--style", style] + pages.paths)
        for finding in output.findings {
          let page = CachedPagesOptions.Pages.id(of: finding.path)
          let key = CheckFindingKey(
            page: page, style: style, line: finding.line, column: finding.column, match: finding.match, fix: finding.suggestion)
          score.add(key, label: table.labels[key], held: pages.held.contains(page))
        }
      }
      print(score.render(pages: pages.paths.count, held: pages.heldPresent.count, details: details), terminator: "")
    }
  }

  static func read(_ path: String) throws(RealPagesError) -> String {
    do {
      return try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw .cannotRead(path: path, reason: "\(error)")
    }
  }

  /// The part of `parallax check --format json` the scorer reads.
  struct CheckOutput: Decodable {
    struct Finding: Decodable {
      var path: String
      var line: Int
      var column: Int
      var match: String
      var suggestion: String?
    }
    var findings: [Finding]
  }
}
