import Foundation
import ParallaxCore
import ParallaxICU
import Testing

/// `parallax compare` Markdown reports end to end: the committed examples, the seeds floor,
/// report languages, and rendering through the real `cmark-gfm`.
@Suite struct ReportCommandTests {
  static let regenerate = "swift run parallax compare Reports/examples/corpus -o Reports/examples --as-of 2025-03-13 --charts"
  static let corpus = "Reports/examples/corpus"

  /// The lines that differ between two texts, for failure messages.
  static func lineDiff(_ expected: String, _ actual: String) -> String {
    let a = expected.components(separatedBy: "\n")
    let b = actual.components(separatedBy: "\n")
    var out: [String] = []
    for index in 0..<max(a.count, b.count) where (index < a.count ? a[index] : nil) != (index < b.count ? b[index] : nil) {
      out.append("line \(index + 1):\n- \(index < a.count ? a[index] : "(none)")\n+ \(index < b.count ? b[index] : "(none)")")
      if out.count == 10 { break }
    }
    return out.joined(separator: "\n")
  }

  @Test("the committed examples are what a fresh run gives, byte for byte")
  func examplesAreCurrent() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try CLI.run(["compare", Self.corpus, "-o", folder.path, "--as-of", "2025-03-13", "--charts"], in: CLI.packageRoot)
    try #require(run.status == 0, "\(run.stderr)")
    let examples = CLI.packageRoot.appendingPathComponent("Reports/examples")
    let fresh = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    let committed = try FileManager.default.contentsOfDirectory(atPath: examples.path)
      .filter { ($0.hasSuffix(".md") || $0.hasSuffix(".svg") || $0 == "SHA256SUMS") && $0 != "README.md" }.sorted()
    #expect(fresh == committed, "example files differ; regenerate with: \(Self.regenerate)")
    for name in fresh {
      let actual = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let expected = (try? String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)) ?? ""
      #expect(actual == expected, "Reports/examples/\(name) is stale; regenerate with: \(Self.regenerate)\n\(Self.lineDiff(expected, actual))")
    }
    // Deterministic: a second run, on one thread, gives the same bytes.
    let again = try CLI.run(["compare", Self.corpus, "--as-of", "2025-03-13", "--jobs", "1"], in: CLI.packageRoot)
    let first = try CLI.run(["compare", Self.corpus, "--as-of", "2025-03-13"], in: CLI.packageRoot)
    #expect(again.stdout == first.stdout && !first.stdout.isEmpty)
    #expect(!first.stdout.contains("\r") && first.stdout.hasSuffix("\n"))
  }

  @Test("the examples render as intended with cmark-gfm: every table and heading survives")
  func examplesRenderWithCMark() throws {
    guard CMarkGFM.executable != nil else {
      print("skipped: cmark-gfm is not installed (.ci/setup installs it)")
      return
    }
    let run = try CLI.run(["compare", Self.corpus, "--as-of", "2025-03-13", "--charts", "--evidence"], in: CLI.packageRoot)
    try #require(run.status == 0, "\(run.stderr)")
    let html = try CMarkGFM.html(run.stdout)
    #expect(CMarkGFM.tables(html) == CMarkGFM.markdownTables(run.stdout))
    let headings = run.stdout.split(separator: "\n").filter { $0.hasPrefix("#") }.count
    #expect(CMarkGFM.tags(html).filter { ["h1", "h2", "h3"].contains($0) }.count == headings)
    #expect(!html.contains("raw HTML omitted"))
    #expect(html.contains("<code class=\"language-mermaid\">"))
    let allowed: Set<String> = ["h1", "h2", "h3", "p", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "code", "strong", "em", "a", "pre", "br"]
    #expect(Set(CMarkGFM.tags(html)).isSubset(of: allowed), "\(Set(CMarkGFM.tags(html)).subtracting(allowed))")
  }

  @Test("seeds: both sources, the aligned and unique topics, Lavrov, Maurer and the Russian Foreign Ministry, Kiev in the TASS column")
  func seedsFloor() throws {
    guard let seeds = StatementsTestSupport.seeds() else {
      print("skipped: ../shared/seeds is absent")
      return
    }
    let run = try CLI.run(["compare", "--as-one", seeds.path])
    try #require(run.status == 0, "\(run.stderr)")
    let report = run.stdout
    func section(_ title: String) -> String {
      guard let start = report.range(of: "\n## \(title)\n") else { return "" }
      let rest = report[start.upperBound...]
      return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }
    let method = section("Method")
    #expect(method.contains("**TASS** ·") && method.contains("sputnik"))
    let aligned = section("Aligned statements")
    #expect(aligned.contains("Cooperation with an organization") && aligned.contains("Protection of civilians"))
    let unique = section("Only in one source")
    for topic in ["Prisoners of war and detainees", "Middle East", "Evacuation and humanitarian corridors", "Humanitarian access"] {
      #expect(unique.contains(topic), "unique topics lack \(topic)")
    }
    // Speakers stand in every row.
    for name in ["Lavrov", "Maurer", "Russian Foreign Ministry"] { #expect((aligned + unique).contains(name), "rows lack \(name)") }
    // "Kiev" written by TASS where the report says Kyiv.
    let differs = section("What differs")
    #expect(differs.contains("Kyiv: ") && differs.contains("Kiev (TASS)"), "\(differs)")
  }

  @Test("report languages: labels from Locales, ICU dates and collation of the report locale")
  func reportLocales() throws {
    let ru = try CLI.run(["compare", Self.corpus, "--report-locale", "ru", "--as-of", "2025-03-13"], in: CLI.packageRoot)
    try #require(ru.status == 0, "\(ru.stderr)")
    #expect(ru.stdout.contains("## Расхождения") && ru.stdout.contains("13 марта 2025"))
    let uk = try CLI.run(["compare", Self.corpus, "--report-locale", "uk", "--as-of", "2025-03-13"], in: CLI.packageRoot)
    try #require(uk.status == 0, "\(uk.stderr)")
    #expect(uk.stdout.contains("## Розбіжності") && uk.stdout.contains("13 березня 2025"))
    // The coverage rows follow Ukrainian collation.
    let coverage = uk.stdout.components(separatedBy: "## Охоплення тем\n")[1].components(separatedBy: "\n## ")[0]
    let rows = coverage.split(separator: "\n").dropFirst(2).prefix { $0.hasPrefix("| ") }.map { String($0.dropFirst(2).components(separatedBy: " | ")[0]) }
    let order = try Collator(locale: "uk")
    #expect(rows.count > 2 && zip(rows, rows.dropFirst()).allSatisfy { order.compare($0, $1) <= 0 }, "\(rows)")
    // A report language that does not exist is a mistake on the command line: a usage error.
    let unknown = try CLI.run(["compare", Self.corpus, "--report-locale", "xx"], in: CLI.packageRoot)
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("--report-locale: no report strings for 'xx'; known: en, ru, uk"))
  }

  @Test("-o writes one report per event and an index; --json adds comparison.json; --charts adds the SVG charts; bad --as-of is a usage error")
  func outputFolder() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("reports").path
    let run = try CLI.run(["compare", Self.corpus, "-o", out, "--json"], in: CLI.packageRoot)
    try #require(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(names == ["SHA256SUMS", "comparison.json", "e1.md", "e2.md", "e3.md", "index.md"])
    let index = try String(contentsOfFile: out + "/index.md", encoding: .utf8)
    #expect(index.contains("[e1](e1.md)") && !index.contains("As of"))
    // Without charts, the coverage is the report's own table and no report links an image.
    let e1 = try String(contentsOfFile: out + "/e1.md", encoding: .utf8)
    #expect(e1.contains("| Topic | AFP |") && !e1.contains(".svg)"))
    let charted = folder.appendingPathComponent("charted").path
    #expect(try CLI.run(["compare", Self.corpus, "-o", charted, "--charts"], in: CLI.packageRoot).status == 0)
    let charts = ["e1", "e2", "e3"].flatMap { ["\($0)-agreement.svg", "\($0)-coverage.svg"] } + ["e2-names-1.svg", "e3-names-1.svg"]
    #expect(try FileManager.default.contentsOfDirectory(atPath: charted).sorted() == (["SHA256SUMS", "e1.md", "e2.md", "e3.md", "index.md"] + charts).sorted())
    let chartedE1 = try String(contentsOfFile: charted + "/e1.md", encoding: .utf8)
    #expect(chartedE1.contains("![Coverage](e1-coverage.svg)") && !chartedE1.contains("```mermaid"))
    #expect(try CLI.run(["compare", Self.corpus, "--as-of", "13.03.2025"], in: CLI.packageRoot).status == 64)
  }

  @Test("a long list: the coverage table shows the 40 topics with most statements and counts the rest; every statement is still listed")
  func longListCoverage() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("list.txt")
    // Sixty lines that share no word: sixty topics of one statement each.
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    let lines = (0..<60).map { n in
      let code = String([letters[n / 26], letters[n % 26], letters[n * 7 % 26]])
      return "Vex\(code)a mor\(code)o."
    }
    try lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
    let run = try CLI.run(["compare", input.path], in: CLI.packageRoot)
    try #require(run.status == 0, "\(run.stderr)")
    let coverage = try #require(run.stdout.components(separatedBy: "## Coverage").last?.components(separatedBy: "## ").first)
    let rows = coverage.split(separator: "\n").filter { $0.hasPrefix("| ") }
    #expect(rows.count == 2 + 40)  // the header, its rule and 40 topics
    #expect(coverage.contains("Not shown here: 20 more."))
    for line in lines { #expect(run.stdout.contains(line + " ")) }
  }

  @Test("check --format markdown renders through the shared layer and survives cmark-gfm")
  func checkMarkdown() throws {
    let text = "Officials in Kiev said | the *Kiev regime* <b>x</b> `code`.\n# not a heading\n"
    let run = try CLI.run(["check", "--format", "markdown", "--fail-on", "error", "-"], stdin: text)
    #expect(run.stdout.hasPrefix("# Editorial review\n"))
    #expect(run.stdout.hasSuffix("\n") && !run.stdout.hasSuffix("\n\n"))
    guard CMarkGFM.executable != nil else {
      print("skipped: cmark-gfm is not installed")
      return
    }
    let html = try CMarkGFM.html(run.stdout)
    #expect(CMarkGFM.tables(html) == CMarkGFM.markdownTables(run.stdout))
    #expect(!html.contains("<b>"))
  }

  @Test("check --format markdown --report-locale writes the review in that language; an unknown one is a usage error")
  func checkMarkdownLocalized() throws {
    let text = "Officials in Kiev said the talks with Lugansk went on.\n"
    let english = try CLI.run(["check", "--format", "markdown", "-"], stdin: text)
    #expect(english.stdout.contains("| Where | Found | Rule | Severity | Suggestion | Note |"))
    let run = try CLI.run(["check", "--format", "markdown", "--report-locale", "uk", "-"], stdin: text)
    #expect(run.stdout.hasPrefix("# Редакційна перевірка\n"))
    #expect(run.stdout.contains("Перевірено документів: 1. Зауважень: "))
    #expect(run.stdout.contains("| Де | Знайдено | Правило | Важливість | Пропозиція | Примітка |"))
    #expect(!run.stdout.contains("Severity") && !run.stdout.contains("Editorial"))
    let unknown = try CLI.run(["check", "--format", "markdown", "--report-locale", "xx", "-"], stdin: text)
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("no report strings for 'xx'"))
  }
}
