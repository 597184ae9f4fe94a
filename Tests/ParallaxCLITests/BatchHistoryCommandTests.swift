import Foundation
import ParallaxCore
import ParallaxHistory
import Testing

/// `parallax batch run` with its history store: the sections a job's report ends with, and
/// the store under the output root.
@Suite struct BatchHistoryCommandTests {
  /// A folder with a feed of front-matter documents and a one-job manifest over it.
  struct Feed {
    let folder: URL
    var manifest: URL { folder.appendingPathComponent("batch.yaml") }
    var root: String { folder.appendingPathComponent("out").path }
    var feed: URL { folder.appendingPathComponent("feed") }

    init(window: String? = nil) throws {
      folder = try CLI.temporaryFolder()
      try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
      let manifest = "schema: parallax.batch/1\njobs:\n  - id: wire\n    inputs: [feed]\n" + (window.map { "    window: \($0)\n" } ?? "")
      try manifest.write(to: self.manifest, atomically: true, encoding: .utf8)
    }

    /// Writes `feed/<name>` as a document of Example Wire published on `date`.
    func write(_ name: String, published date: String, title: String, _ paragraphs: String...) throws {
      let text = "---\ntitle: \"\(title)\"\nsource: Example Wire\npublished: \(date)\nlanguage: en\n---\n\n"
        + paragraphs.joined(separator: "\n\n") + "\n"
      try text.write(to: feed.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func run(asOf date: String) throws -> CLI.Result {
      try CLI.run(["batch", "run", manifest.path, "--as-of", date, "--root", root, "--locales", CLI.locales.path])
    }

    /// The job's index, where the history sections are.
    func report(_ date: String) throws -> String {
      try String(contentsOfFile: root + "/\(date)/wire/index.md", encoding: .utf8)
    }

    /// Every file of the job's report folder, the index first.
    func folder(_ date: String) throws -> String {
      let path = root + "/\(date)/wire"
      let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted { ($0 == "index.md" ? "" : $0) < ($1 == "index.md" ? "" : $1) }
      return try names.map { try String(contentsOfFile: path + "/" + $0, encoding: .utf8) }.joined()
    }

    /// The report from its history title on.
    func history(_ date: String) throws -> String {
      let text = try report(date)
      guard let start = text.range(of: "# History of job wire\n") else { return "" }
      return String(text[start.lowerBound...])
    }
  }

  @Test("the first report says there is no previous run; the next lists new statements and a silent edit as a diff")
  func sinceLastRun() throws {
    let feed = try Feed()
    defer { try? FileManager.default.removeItem(at: feed.folder) }
    try feed.write(
      "talks.md", published: "2025-03-11", title: "Talks resume",
      "Officials said on Tuesday that the talks would resume next week.",
      "\"We count on the committee to remain strictly neutral,\" the minister said.",
      "Lavrov said that Russia valued the committee's work.")
    let first = try feed.run(asOf: "2025-03-11")
    #expect(first.status == 0, "\(first.stderr)")
    #expect(FileManager.default.fileExists(atPath: feed.root + "/" + HistoryStore.fileName))
    let opening = try feed.history("2025-03-11")
    #expect(opening.contains("## Since last run\n\nThis is the job's first recorded run: there is no earlier report to compare with.\n"))
    #expect(!opening.contains("### New statements"))

    // The same file, edited after publication, and a new document.
    try feed.write(
      "talks.md", published: "2025-03-11", title: "Talks resume next week",
      "Officials said on Tuesday that the talks would resume next week.",
      "\"We count on the committee to remain strictly neutral and impartial,\" the minister said.")
    try feed.write("later.md", published: "2025-03-12", title: "Delegation named", "The ministry named its delegation on Wednesday.")
    let second = try feed.run(asOf: "2025-03-12")
    #expect(second.status == 0, "\(second.stderr)")
    let history = try feed.history("2025-03-12")
    #expect(history.contains("Compared with the report as of March 11, 2025: new statements: 1; documents edited after publication: 1."), "\(history)")
    #expect(history.contains("### New statements"))
    #expect(history.contains("The ministry named its delegation on Wednesday. · `later.md:8`"))
    #expect(history.contains("### Edited after publication\n\n#### Example Wire · `feed/talks.md`\n"))
    #expect(history.contains("| headline | — | Talks resume | Talks resume next week |"))
    #expect(history.contains("| removed | Sergey Lavrov | Lavrov said that Russia valued the committee's work. · `talks.md:12` | — |"), "\(history)")
    #expect(history.contains(
      "| changed | — | \"We count on the committee to remain strictly neutral,\" the minister said. · `talks.md:10` | "
        + "\"We count on the committee to remain strictly neutral and impartial,\" the minister said. · `talks.md:10` |"))
    // Unchanged statements are neither new nor in the diff.
    #expect(!history.contains("Officials said on Tuesday"))
    let store = try HistoryStore(path: feed.root + "/" + HistoryStore.fileName)
    #expect(try store.rows("SELECT as_of, finished IS NOT NULL, ran FROM runs ORDER BY id") == [["2025-03-11", "1", "1"], ["2025-03-12", "1", "1"]])
    // Both versions of the edited document are kept, and the new one.
    #expect(try store.rows("SELECT COUNT(*) FROM document_versions") == [["3"]])
  }

  @Test("Naming over time: a source's Kiev/Kyiv shares per month, from the store across runs")
  func namingOverTime() throws {
    let feed = try Feed(window: "10d")
    defer { try? FileManager.default.removeItem(at: feed.folder) }
    try feed.write(
      "jan.md", published: "2025-01-14", title: "Talks in Kiev resume",
      "Officials in Kiev said on Tuesday that the talks would resume next week.",
      "\"We expect the delegation in Kiev by Monday,\" the ministry said.",
      "The meeting in Kyiv was confirmed by the embassy.")
    #expect(try feed.run(asOf: "2025-01-15").status == 0)
    #expect(try feed.history("2025-01-15").contains("| Kyiv | January 2025 | 4 | Kiev 75% · Kyiv 25% |"))
    try feed.write(
      "feb.md", published: "2025-02-11", title: "Delegation arrives in Kyiv",
      "The delegation arrived in Kyiv on Tuesday, the ministry said.", "\"Kyiv remains ready to talk,\" the minister said.")
    let run = try feed.run(asOf: "2025-02-12")
    #expect(run.status == 0, "\(run.stderr)")
    // January's document is outside the window now: its row comes from the store.
    let history = try feed.history("2025-02-12")
    #expect(try feed.folder("2025-01-15").contains("Officials in Kiev said"))
    #expect(!(try feed.folder("2025-02-12")).contains("Officials in Kiev said"))
    #expect(history.contains("""
      ### Example Wire

      | Entity | Month | Mentions | Forms |
      | --- | --- | ---: | --- |
      | Kyiv | January 2025 | 4 | Kiev 75% · Kyiv 25% |
      | Kyiv | February 2025 | 3 | Kyiv 100% |

      """), "\(history)")
  }

  @Test("a file in the store's place that is not a store stops the run with 65 and is kept")
  func notAStore() throws {
    let feed = try Feed()
    defer { try? FileManager.default.removeItem(at: feed.folder) }
    try feed.write("a.md", published: "2025-03-11", title: "T", "The ministry said nothing.")
    try FileManager.default.createDirectory(atPath: feed.root, withIntermediateDirectories: true)
    let path = feed.root + "/" + HistoryStore.fileName
    let junk = Data(String(repeating: "not sqlite\n", count: 100).utf8)
    try junk.write(to: URL(fileURLWithPath: path))
    let run = try feed.run(asOf: "2025-03-11")
    #expect(run.status == 65)
    #expect(run.stderr.contains("\(path): error: not a Parallax history store"), "\(run.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == junk)
    #expect(!FileManager.default.fileExists(atPath: feed.root + "/2025-03-11/wire"))
  }
}
