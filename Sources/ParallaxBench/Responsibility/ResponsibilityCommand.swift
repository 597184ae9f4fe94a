import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax-bench responsibility`: whom statements about attacks and damage on real pages
/// blame, as the reports read it, against labels written by reading (issue 20, item 2).
struct ResponsibilityCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "responsibility",
    abstract: "Score the agents the reports read in statements about attacks and damage on the cached real pages.",
    discussion: """
      Runs 'parallax statements --format json' over the labelled pages (<id>.txt in --cache, \
      else in --more-pages) and reads each labelled statement with the AgentFinder and the \
      cues of --locales, as 'compare' does for a report. Agent precision: of the statements \
      read as blaming a side, the share that blame the labelled one; recall: of the statements \
      labelled with a side, the share read so. A labelled opposite-blame pair is flagged when \
      both of its statements are read as blaming their labelled (different) sides. Pages at \
      positions 0, 3, 6 … of --articles (pages not listed there: by a hash of their id) are \
      the held-out part, never used to choose cues, reported apart.
      """
  )

  @OptionGroup var cached: CachedPagesOptions

  @Option(help: ArgumentHelp("More cached pages, <id>.txt, for pages not in --cache.", valueName: "dir"))
  var morePages: String = NSString(string: "~/.cache/parallax-responsibility").expandingTildeInPath

  @Option(help: ArgumentHelp("The labelled statements (schema parallax.responsibility/1).", valueName: "file"))
  var labels: String = "Tests/DevSet/responsibility.yaml"

  @Option(help: ArgumentHelp("The locale data folder whose cues.yaml files are read.", valueName: "dir"))
  var locales: String = "Locales"

  @Flag(help: "List every statement read otherwise than labelled, with its text.")
  var details = false

  @Flag(help: "Also run 'parallax compare' over each incident's pages and count the labelled opposite pairs its reports show (one event, one alignment, both read as labelled).")
  var reports = false

  @Option(help: ArgumentHelp(
    "Write the reading of every statement about harm on every cached page (both folders, labelled or not) to this file, one a line, to compare two builds with diff.",
    valueName: "file"))
  var readings: String?

  /// The side each agent entity stands for.
  static let sides: [String: ResponsibilityLabels.Side] = ["org.russian-armed-forces": .ru, "org.armed-forces-ukraine": .ua]

  func run() throws {
    let table = try ResponsibilityLabels(text: try CheckFindingsCommand.read(labels), path: labels)
    let pages = try cached.pages()
    var paths: [String: String] = [:]
    for id in Set(table.statements.map(\.page)).sorted() {
      let candidates = [cached.cache, morePages].map { URL(fileURLWithPath: $0).appendingPathComponent("\(id).txt").path }
      guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
        FileHandle.standardError.write(Data("page \(id) is in neither \(cached.cache) nor \(morePages); its statements are skipped\n".utf8))
        continue
      }
      paths[id] = path
    }
    let cues = try StatementCues.loadAll(from: DirectoryLocaleData(root: URL(fileURLWithPath: locales)))
    let finder = try AgentFinder(cues: cues)
    // With --readings, every cached page is read, not only the labelled ones.
    var all = Set(paths.values)
    if readings != nil {
      for folder in [cached.cache, morePages] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasSuffix(".txt") && name != "NOTES.txt" {
          all.insert(URL(fileURLWithPath: folder).appendingPathComponent(name).path)
        }
      }
    }
    let output = try cached.withRunner("responsibility") { runner in
      try runner.json(StatementsOutput.self, ["statements", "--format", "json"] + all.sorted())
    }
    let documents = Dictionary(
      output.documents.map { (CachedPagesOptions.Pages.id(of: $0.path), $0.statements) }, uniquingKeysWith: { first, _ in first })
    // The side each page's title holds responsible, as the report reads it.
    let pageSides = Dictionary(
      output.documents.map { (CachedPagesOptions.Pages.id(of: $0.path), Self.pageSide(of: $0, finder)) },
      uniquingKeysWith: { first, _ in first })
    var score = ResponsibilityScore()
    score.pairs = table.pairs
    for label in table.statements {
      guard paths[label.page] != nil else { continue }
      let held = pages.ids.contains(label.page) ? pages.held.contains(label.page) : Self.hash(label.page) % 3 == 0
      // The statement that holds the labelled position: the last to start at or before it.
      let statement = (documents[label.page] ?? []).last { ($0.line, $0.column) <= (label.line, label.column) }
      guard let statement, statement.line == label.line else {
        FileHandle.standardError.write(Data("\(labels): \(label.id): no statement at \(label.page):\(label.line):\(label.column)\n".utf8))
        score.outcomes.append(.init(label: label, held: held, predicted: nil, evidence: "no statement there", text: ""))
        continue
      }
      let claim = finder.claim(in: statement.text, language: LocaleID(statement.language), pageSide: pageSides[label.page] ?? nil)
      let predicted = claim?.entity.flatMap { Self.sides[$0.rawValue] }
      let evidence = claim.map { "\($0.kind.rawValue): \($0.evidence)" } ?? "not about harm"
      score.outcomes.append(.init(label: label, held: held, predicted: predicted, evidence: evidence, text: statement.text))
    }
    if let readings {
      try Self.writeReadings(of: output, with: finder, labelled: table.statements, to: readings)
    }
    print(score.render(details: details), terminator: "")
    if reports {
      let shown = try cached.withRunner("responsibility-reports") { runner in
        try ResponsibilityReports(score: score, paths: paths, finder: finder) { pages in
          try runner.json(ResponsibilityReports.Comparison.self, ["compare", "--format", "json", "--as-of", "2025-03-13"] + pages)
        }
      }
      print(shown.render(), terminator: "")
    }
  }

  /// Writes one line per statement about harm, in page and position order: where it is, whether
  /// a label holds it, the side read and the evidence, and its text.
  static func writeReadings(of output: StatementsOutput, with finder: AgentFinder, labelled: [ResponsibilityLabels.Statement], to path: String) throws {
    let labels = Dictionary(grouping: labelled, by: \.page)
    var lines: [String] = []
    var seen = Set<String>()
    for document in output.documents.sorted(by: { $0.path < $1.path }) {
      let page = CachedPagesOptions.Pages.id(of: document.path)
      guard seen.insert(page).inserted else { continue }
      // The statement holding a label is the last to start at or before it, as in scoring.
      var holder: [Int: String] = [:]
      for label in labels[page] ?? [] {
        if let index = document.statements.lastIndex(where: { ($0.line, $0.column) <= (label.line, label.column) }) { holder[index] = label.id }
      }
      let pageSide = Self.pageSide(of: document, finder)
      for (index, statement) in document.statements.enumerated() {
        guard let claim = finder.claim(in: statement.text, language: LocaleID(statement.language), pageSide: pageSide) else { continue }
        let side = claim.entity.flatMap { sides[$0.rawValue] }?.rawValue ?? "none"
        lines.append("\(page):\(statement.line):\(statement.column) \(holder[index] ?? "-") \(side) [\(claim.kind.rawValue): \(claim.evidence)] \(statement.text)")
      }
    }
    try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// The side a document's title holds responsible (`AgentFinder.pageSide`), read in the
  /// document's language (its first statement's when the output gives none).
  static func pageSide(of document: StatementsOutput.Document, _ finder: AgentFinder) -> EntityID? {
    guard let language = document.language ?? document.statements.first?.language else { return nil }
    return finder.pageSide(title: document.title, language: LocaleID(language))
  }

  /// FNV-1a of a page id: the held-out part of pages outside the articles file.
  static func hash(_ id: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in id.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return h
  }

  /// The part of `parallax statements --format json` the scorer reads.
  struct StatementsOutput: Decodable {
    struct Statement: Decodable {
      var id: String
      var text: String
      var line: Int
      var column: Int
      var language: String
    }
    struct Document: Decodable {
      var path: String
      var title: String?
      var language: String?
      var statements: [Statement]
    }
    var documents: [Document]
  }
}
