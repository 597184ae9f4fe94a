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

  @Option(help: ArgumentHelp("The folder of cached page texts, <id>.txt.", valueName: "dir"))
  var cache: String = NSString(string: "~/.cache/parallax-devset").expandingTildeInPath

  @Option(help: ArgumentHelp("The dev set's articles (schema parallax.devset/1).", valueName: "file"))
  var articles: String = "Tests/DevSet/articles.yaml"

  @Option(help: ArgumentHelp("The labelled findings (schema parallax.check-findings/1).", valueName: "file"))
  var labels: String = "Tests/DevSet/check-findings.yaml"

  @Option(help: ArgumentHelp("The parallax executable (default: the one beside parallax-bench).", valueName: "path"))
  var parallax: String?

  @Option(name: .customLong("style"), help: "A house style to check with (repeatable).")
  var styles: [String] = ["ap-en", "preserve"]

  @Flag(help: "List every finding that is not labelled right.")
  var details = false

  func run() throws {
    let labelText = try Self.read(labels)
    let table = try CheckFindingLabels(text: labelText, path: labels)
    let ids = try Self.read(articles).split(separator: "\n").compactMap { line -> String? in
      let text = line.trimmingCharacters(in: .whitespaces)
      return text.hasPrefix("- id: ") ? String(text.dropFirst(6)).trimmingCharacters(in: .whitespaces) : nil
    }
    var held: Set<String> = []
    for (position, id) in ids.enumerated() where position % 3 == 0 { held.insert(id) }
    let pages = ids.map { URL(fileURLWithPath: cache).appendingPathComponent("\($0).txt").path }
      .filter { FileManager.default.fileExists(atPath: $0) }
    if pages.count < ids.count {
      FileHandle.standardError.write(Data("\(ids.count - pages.count) labelled pages are not in \(cache); skipped\n".utf8))
    }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-checkfindings-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let runner = ParallaxRunner(executable: parallax ?? RealPagesCommand.defaultParallax(), scratch: scratch)
    var score = CheckFindingsScore()
    for style in styles {
      let output = try runner.json(CheckOutput.self, ["check", "--format", "json", "--style", style] + pages)
      for finding in output.findings {
        let page = URL(fileURLWithPath: finding.path).deletingPathExtension().lastPathComponent
        let key = CheckFindingKey(
          page: page, style: style, line: finding.line, column: finding.column, match: finding.match, fix: finding.suggestion)
        score.add(key, label: table.labels[key], held: held.contains(page))
      }
    }
    print(score.render(pages: pages.count, held: held.intersection(pages.map {
      URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent
    }).count, details: details), terminator: "")
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
