import Foundation
import Testing

/// The commands on the shared pipeline: what streaming changed for users (check's outputs file
/// by file, compare's single-source file, a report folder cleared of an earlier run's files).
@Suite struct PipelineCommandTests {
  static let corpus = CLI.packageRoot.appendingPathComponent("Reports/examples/corpus")

  @Test("check --format json is one valid object with every finding that the line format prints")
  func checkJSON() throws {
    let json = try CLI.run(["check", "--format", "json", Self.corpus.path], in: CLI.packageRoot)
    let line = try CLI.run(["check", "--format", "line", Self.corpus.path], in: CLI.packageRoot)
    #expect(json.status == line.status)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "parallax.check/1")
    let findings = try #require(object["findings"] as? [[String: Any]])
    let files = try #require(object["files"] as? [String])
    #expect(files.count == 13)
    #expect(findings.count == line.stdout.split(separator: "\n").count)
    #expect(!findings.isEmpty)
    // Findings come file by file, in the order the files were read.
    let order = findings.compactMap { $0["path"] as? String }
    let firstSeen = order.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
    #expect(firstSeen == files.filter { order.contains($0) })
  }

  @Test("check's text summary counts the files read and says what could not be read")
  func checkSummary() throws {
    let run = try CLI.run(["check", Self.corpus.path, "/nonexistent/story.md"], in: CLI.packageRoot)
    #expect(run.status == 66)
    let summary = run.stdout.split(separator: "\n").last.map(String.init) ?? ""
    #expect(summary.hasPrefix("13 files checked: "), "\(summary)")
    #expect(run.stderr.contains("/nonexistent/story.md"))
  }

  @Test("an event with one source gets no report of its own: the index lists it and single-source.md holds its statements")
  func singleSource() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in")
    try FileManager.default.copyItem(at: Self.corpus, to: input)
    let lone = """
      ---
      title: "Harbour dredging resumes in Gdańsk"
      source: Baltic Harbour Weekly
      published: 2021-06-02
      language: en
      ---

      Dredging of the outer harbour in Gdańsk resumed on Tuesday after a two-week pause for repairs to the main barge, the port authority said.

      "The channel will be ready for larger vessels by August," harbour master Anna Nowicka told reporters.

      """
    try Data(lone.utf8).write(to: input.appendingPathComponent("harbour-2021-06-02.md"))
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    // A report of an earlier, larger run: it must not survive this one.
    try Data("old".utf8).write(to: out.appendingPathComponent("e57.md"))
    let run = try CLI.run(["compare", input.path, "-o", out.path, "--as-of", "2025-03-13", "--charts"], in: CLI.packageRoot)
    #expect(run.status == 0, "\(run.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    // The events with a report of their own get their charts; the single-source ones do not.
    let charts = ["e1", "e2", "e3"].flatMap { ["\($0)-agreement.svg", "\($0)-coverage.svg"] } + ["e2-names-1.svg", "e3-names-1.svg"]
    #expect(names == (["SHA256SUMS", "e1.md", "e2.md", "e3.md", "index.md", "single-source.md"] + charts).sorted())
    let index = try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8)
    #expect(index.contains("](single-source.md)"))
    #expect(index.contains("Baltic Harbour Weekly"))
    let single = try String(contentsOf: out.appendingPathComponent("single-source.md"), encoding: .utf8)
    #expect(single.contains("Dredging of the outer harbour"))
    // Written part by part as the index pass made it: one document, blocks one blank line apart.
    #expect(single.hasPrefix("# Single-source events\n\n") && single.hasSuffix("\n") && !single.contains("\n\n\n"))
    #expect(single.contains("The channel will be ready for larger vessels by August"))
    #expect(single.contains("**File**: `harbour-2021-06-02.md`"))
    #expect(!single.contains("Dates: ."))
    // The multi-source reports are those of the examples (same three events, same bytes but
    // for the input list, which now has one more folder level).
    for name in ["e1.md", "e2.md", "e3.md"] {
      let report = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
      #expect(report.hasPrefix("# "))
      #expect(!report.contains("Dredging"))
    }
  }
}

@Suite struct WorkerOptionTests {
  @Test("--jobs 0 is a usage error in every command that takes it", arguments: ["check", "statements", "compare"])
  func zeroJobs(command: String) throws {
    let run = try CLI.run([command, "--jobs", "0", "Reports/examples/corpus"], in: CLI.packageRoot)
    #expect(run.status == 64)
    #expect(run.stderr.contains("--jobs"))
  }
}

@Suite struct JSONLinesReferenceTests {
  @Test("compare names a JSON Lines record as file#N, so two records' statements never collide and all are kept")
  func records() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("feed.jsonl")
    let records = [
      #"{"title": "Harbour talks", "outlet": "Alpha News", "published": "2023-07-17", "language": "en", "text": "Officials in Gdańsk said the harbour talks ended on Monday.\n\n\"We will keep dredging the channel,\" the harbour master told reporters."}"#,
      #"{"title": "Harbour talks", "outlet": "Beta Wire", "published": "2023-07-17", "language": "en", "text": "Officials in Gdańsk said the harbour talks ended on Monday.\n\n\"Dredging of the channel goes on,\" the harbour master said."}"#,
    ]
    try Data((records.joined(separator: "\n") + "\n").utf8).write(to: file)
    let run = try CLI.run(["compare", "--format", "json", file.path])
    #expect(run.status == 0, "\(run.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let events = try #require(object["events"] as? [[String: Any]])
    var members: [String] = []
    for event in events {
      for alignment in event["alignments"] as? [[String: Any]] ?? [] {
        for member in alignment["members"] as? [[String: Any]] ?? [] {
          members.append("\(member["document"] ?? "")/\(member["statement"] ?? "")")
        }
      }
      for unique in event["unique"] as? [[String: Any]] ?? [] { members.append("\(unique["document"] ?? "")/\(unique["statement"] ?? "")") }
    }
    #expect(members.count == 4)
    #expect(Set(members).count == 4)
    #expect(members.allSatisfy { $0.hasPrefix(file.path + "#") })
  }
}

@Suite struct ManifestLocaleTests {
  @Test("a job's unknown style is refused with the manifest's line and column before any job runs")
  func unknownStyle() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      at: CLI.packageRoot.appendingPathComponent("Reports/examples/corpus"), to: folder.appendingPathComponent("corpus"))
    let manifest = folder.appendingPathComponent("batch.yaml")
    try Data("schema: parallax.batch/1\njobs:\n  - {id: all, inputs: [corpus], style: nope}\n".utf8).write(to: manifest)
    let run = try CLI.run(["batch", "run", manifest.path, "--as-of", "2025-03-13", "--root", folder.appendingPathComponent("out").path])
    #expect(run.status == 65)
    #expect(run.stderr.contains("batch.yaml:3:"), "\(run.stderr)")
    #expect(run.stderr.contains("nope"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/all.md").path))
  }
}
