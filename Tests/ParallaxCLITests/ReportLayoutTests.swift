import Foundation
import ParallaxBenchSupport
import ParallaxCore
import Testing

/// The compact event report on the committed examples: at most half the lines of the earlier
/// table layout, every statement of the corpus still present, disagreements first, outlets by
/// one name per report language, and no escaping the Markdown does not need.
@Suite struct ReportLayoutTests {
  static let corpus = "Reports/examples/corpus"

  /// The lines of each example report in the table layout this one replaced (commit 0311d76).
  static let before = ["e1.md": 132, "e2.md": 175, "e3.md": 138]

  func reports(_ extra: [String] = []) throws -> [String: String] {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("r").path
    let run = try CLI.run(["compare", Self.corpus, "-o", out, "--as-of", "2025-03-13", "--charts"] + extra, in: CLI.packageRoot)
    try #require(run.status == 0, "\(run.stderr)")
    var files: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: out) {
      files[name] = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
    }
    return files
  }

  @Test("each example report has at most half the lines it had, and opens with what differs")
  func halfTheLength() throws {
    let files = try reports()
    for (name, lines) in Self.before {
      let text = try #require(files[name])
      let count = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
      print("report length: \(name) \(lines) → \(count) lines")
      #expect(count * 2 <= lines, "\(name): \(count) lines, was \(lines)")
      let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
      #expect(headings.first == "## What differs", "\(name): \(headings)")
      #expect(headings == ["## What differs", "## Aligned statements", "## Only in one source", "## Coverage", "## Method"], "\(headings)")
    }
  }

  @Test("every statement of the corpus appears in the reports, once per statement")
  func everyStatement() throws {
    let statements = try CLI.run(["statements", "--format", "json", Self.corpus], in: CLI.packageRoot)
    try #require(statements.status == 0, "\(statements.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(statements.stdout.utf8)) as? [String: Any])
    let documents = try #require(json["documents"] as? [[String: Any]])
    let texts = documents.flatMap { ($0["statements"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String } }
    #expect(texts.count == 59)
    let all = try reports().filter { $0.key != "index.md" }.values.joined(separator: "\n")
    for text in texts {
      #expect(all.contains(MarkdownText.inline(text)), "missing: \(text)")
    }
  }

  @Test("outlets go by one name per report language; numbers say what differs with units; no needless escapes")
  func namesNumbersEscapes() throws {
    let en = try reports()
    let e1 = try #require(en["e1.md"])
    #expect(e1.contains("Sources: AFP, IAEA, TASS, Ukrinform."))
    #expect(e1.contains("12 h (Ukrinform) vs 11 h (AFP, IAEA)"))
    #expect(try #require(en["e2.md"]).contains("TASS"))
    #expect(!en.values.contains { $0.contains("ТАСС") || $0.contains("Укрінформ") } )
    for text in en.values { #expect(!text.contains("\\(") && !text.contains("\\)") && !text.contains("\\#")) }
    let ru = try reports(["--report-locale", "ru"])
    #expect(try #require(ru["e1.md"]).contains("ТАСС") && !ru.values.contains { $0.contains("TASS") })
    #expect(try #require(ru["e1.md"]).contains("12 ч (Укринформ) против 11 ч"))
    // An organization publishing its own statements goes by its short name in the report language.
    #expect(try #require(ru["e1.md"]).contains("Источники: МАГАТЭ, ТАСС, Укринформ, Франс Пресс."))
    // An inflected form of the report's own name is no naming difference.
    #expect(!ru.values.contains { $0.contains("Запорожская АЭС: Запорожская АЭС") || $0.contains("Международного комитета Красного Креста (") })
  }

  @Test("emerging topics are named by their entities in the report language, not by inflected source words")
  func emergingTopics() throws {
    let en = try reports()
    #expect(try #require(en["e1.md"]).contains("Emerging topic: Kyiv, Moscow"))
    #expect(try #require(en["e2.md"]).contains("Emerging topic: International Committee of the Red Cross, Mirjana Spoljaric, Moscow"))
    for text in en.values {
      for word in ["Moscou", "mutuellement", "Internationalen Komitees", "Україні, Харкові", "Люди", "час, зворотного"] {
        #expect(!text.contains("Emerging topic: \(word)") && !text.contains(", \(word)"), "\(word)")
      }
    }
    // A topic whose statements name no entity is never named by its source words: what only
    // one source reports counts it, and its statement stands without a label.
    let e3 = try #require(en["e3.md"])
    #expect(e3.contains("emerging topics without a name: Ukrinform (1)."))
    #expect(e3.contains("- **Ukrinform** — Під час зворотного рейсу"))
    #expect(!e3.contains("Emerging topic 1"))
  }

  @Test("names written differently compare forms within one language: French Moscou is no naming change, inflections are none either")
  func namingWithinLanguages() throws {
    let en = try reports()
    let names = en.values.flatMap { $0.split(separator: "\n").filter { $0.hasPrefix("- Names written differently") } }
    #expect(names.contains { $0.contains("Kyiv: Kiev (TASS)") })
    for line in names {
      for form in ["Moscou", "Moskau", "Oficina de Coordinación", "Украин", "Києв"] { #expect(!line.contains(form), "\(line)") }
    }
  }

  @Test("a naming chart per entity named differently: a row per source and month, the forms of the languages that differ only")
  func namingCharts() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("r")
    let run = try CLI.run(["compare", Self.corpus, "-o", out.path, "--as-of", "2025-03-13", "--charts"], in: CLI.packageRoot)
    try #require(run.status == 0, "\(run.stderr)")
    let chart = try String(contentsOf: out.appendingPathComponent("e2-names-1.svg"), encoding: .utf8)
    #expect(chart.contains("<title>Naming over time · Luhansk</title>"))
    #expect(chart.contains(">Luhansk</text>") && chart.contains(">Lugansk</text>") && chart.contains(">ICRC · March 2025</text>"))
    // Ukrainian and Russian forms are other languages' names for the city, not a naming change.
    #expect(!chart.contains("Луганськ") && !chart.contains("Луганск"))
    let e2 = try String(contentsOf: out.appendingPathComponent("e2.md"), encoding: .utf8)
    #expect(e2.contains("![Naming over time · Luhansk](e2-names-1.svg)"))
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("e1-names-1.svg").path))
  }

  @Test("a row gives its line; the Method names each source's file once, under the folder they share")
  func rowLocations() throws {
    let e1 = try #require(try reports()["e1.md"])
    #expect(e1.contains("Kiev et Moscou se sont mutuellement accusés d'être à l'origine des dommages sur la ligne. · line 12"))
    #expect(!e1.contains("`afp-2025-02-20-zaporijjia.fr.md:"))
    // The run's settings are the same for every event: the index says them once.
    let index = try #require(try reports()["index.md"])
    #expect(index.contains("Folder: `Reports/examples/corpus/`") && !e1.contains("Folder: "))
    #expect(e1.contains("**Settings**: [Comparison reports](index.md)"))
    #expect(e1.contains(" • **AFP** · fr · Dateline: VIENNE, February 20, 2025 · Statements: 3 · `afp-2025-02-20-zaporijjia.fr.md` · `sha256:"))
    // The heat map carries the coverage counts; the table that repeated it is gone.
    #expect(e1.contains("![Coverage](e1-coverage.svg)") && !e1.contains("| Topic | AFP |"))
    // A statement in another script names what it mentions in the report language.
    #expect(e1.contains("(Names: International Atomic Energy Agency, Russian Foreign Ministry, Kyiv)"))
  }

  @Test("written to a folder, reports show a digest's first 12 hex digits and SHA256SUMS holds them in full, checkable by sha256sum")
  func digestFile() throws {
    let files = try reports()
    let sums = try #require(files["SHA256SUMS"])
    let lines = sums.split(separator: "\n").map(String.init)
    let corpusFolder = CLI.packageRoot.appendingPathComponent(Self.corpus)
    let corpus = try FileManager.default.contentsOfDirectory(atPath: corpusFolder.path).filter { !$0.hasPrefix(".") }
    #expect(lines.count == corpus.count, "\(lines)")
    #expect(lines == lines.sorted { $0.dropFirst(66) < $1.dropFirst(66) })
    let afp = try #require(lines.first { $0.hasSuffix("  afp-2025-02-20-zaporijjia.fr.md") })
    let digest = String(afp.prefix(64))
    #expect(digest.allSatisfy { $0.isHexDigit } && digest.count == 64)
    let e1 = try #require(files["e1.md"])
    #expect(e1.contains("`afp-2025-02-20-zaporijjia.fr.md` · `sha256:\(digest.prefix(12))` • "))
    #expect(!e1.contains(digest))
    #expect(try #require(files["index.md"]).contains("SHA-256: [SHA256SUMS](SHA256SUMS)"))
    // What sha256sum itself says of the inputs, run in the folder the Method names.
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let list = folder.appendingPathComponent("SHA256SUMS")
    try sums.write(to: list, atomically: true, encoding: .utf8)
    let check = Process()
    check.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    check.arguments = ["--check", "--quiet", list.path]
    check.currentDirectoryURL = corpusFolder
    try check.run()
    check.waitUntilExit()
    #expect(check.terminationStatus == 0)
    // On standard output there is no file beside the report: the digests stay whole.
    let run = try CLI.run(["compare", Self.corpus + "/afp-2025-02-20-zaporijjia.fr.md", "--as-of", "2025-03-13"], in: CLI.packageRoot)
    #expect(run.status == 0 && run.stdout.contains("`sha256:\(digest)`"), "\(run.stderr)")
  }

  @Test("what repeats is said once: a topic over consecutive blocks, the run's settings, the word for an outlet's narration")
  func saidOnce() throws {
    let files = try reports()
    let e2 = try #require(files["e2.md"])
    // A3 and A6 share a topic: the second block's line says only its relation.
    #expect(e2.contains("- **A3** · Prisoners of war and detainees · partial, suggested (0.18)"))
    #expect(e2.contains("- **A6** · partial, suggested (0.11)"))
    #expect(!e2.contains("narration"))
    #expect(e2.contains("\\\n  **Ukrinform** — За словами омбудсмана"))
    let index = try #require(files["index.md"])
    #expect(index.contains("- [e2](e2.md) · **Prisoners of war and detainees** · March 12, 2025 · Statements: 29 · dpa, ICRC,"))
    #expect(!index.contains("| "))
    for name in ["e1.md", "e2.md", "e3.md"] {
      let text = try #require(files[name])
      #expect(!text.contains("Suggested alignment at") && !text.contains("same bytes"), "\(name)")
    }
    #expect(index.components(separatedBy: "Suggested alignment at: `0.1`").count == 2)
  }

  /// The "Only in one source" and "Method" sections of a report, and its "What differs".
  static func section(_ title: String, of report: String) -> String {
    guard let start = report.range(of: "\n## \(title)\n") else { return "" }
    let rest = report[start.upperBound...]
    return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
  }

  @Test("what one source alone says is one item per source, its topics named once; what only one source reports on is one line")
  func uniqueBySource() throws {
    let files = try reports()
    let e3 = try #require(files["e3.md"])
    let unique = Self.section("Only in one source", of: e3)
    let items = unique.split(separator: "\n").filter { $0.hasPrefix("- ") }
    // RIA Novosti has two statements of its own: one item, each statement with its line.
    #expect(items.count == 3, "\(items)")
    let ria = try #require(items.first { $0.hasPrefix("- **RIA Novosti** — ") })
    #expect(ria.contains("*Evacuation and humanitarian corridors* — По его словам") && ria.contains("эвакуировали 60 пожилых людей. · line 12 • *Shelling and strikes* — "))
    #expect(ria.components(separatedBy: "**RIA Novosti**").count == 2)
    // One line says what only one source reports on, each topic with its source.
    for name in ["e1.md", "e2.md", "e3.md"] {
      let differs = Self.section("What differs", of: try #require(files[name]))
      #expect(differs.components(separatedBy: "Only one source reports on: ").count == 2, "\(name): \(differs)")
      #expect(!differs.contains("- Only ") || differs.contains("- Only one source reports on: "))
    }
    #expect(try #require(files["e2.md"]).contains(
      "- Only one source reports on: Negotiations and peace talks (RIA Novosti); Shelling and strikes (TASS); Emerging topic: Kharkiv, Mirjana Spoljaric, Ukraine (Ukrinform)."))
  }

  @Test("a row shows the reporting verb only when its text does not; names differ form by form, with the sources that write each")
  func compactRows() throws {
    let files = try reports()
    let e3 = try #require(files["e3.md"])
    // "…, — сказал Сальдо." has the verb: the row does not repeat it.
    #expect(e3.contains("**RIA Novosti** — Vladimir Saldo: «Киевский режим препятствует"))
    #expect(!e3.contains("*сказал*") && !e3.contains("*said*"))
    let e2 = try #require(files["e2.md"])
    #expect(e2.contains("Luhansk: Luhansk (ICRC), Lugansk (TASS)"))
    // The naming chart sits in the item that names the differences.
    #expect(e2.contains("Lugansk (TASS).\\\n  ![Naming over time · Luhansk](e2-names-1.svg)\n"))
    // The Method runs its sources on in one paragraph after the link to the run's settings.
    let method = Self.section("Method", of: e2)
    #expect(method.hasPrefix("\n**Settings**: [Comparison reports](index.md) • **dpa** · de · "), "\(method)")
    #expect(!method.contains("\n- "))
  }

  @Test("aligned statements in the same words (a wire story two outlets carry) share one row, every source and line listed")
  func sharedText() throws {
    var comparison = ReportBenchmark.comparison(events: 1, seed: 7)
    var event = comparison.events[0]
    let index = try #require(event.alignments.firstIndex { Set($0.members.map(\.document)).count >= 3 })
    let members = Array(event.alignments[index].members.prefix(3))
    try #require(Set(members.map(\.document)).count == 3)
    let text = "The plant lost its last power line, the agency said."
    for member in members.prefix(2) {
      let d = try #require(event.documents.firstIndex { $0.document.path == member.document })
      let s = try #require(event.documents[d].statements.firstIndex { $0.id == member.statement })
      event.documents[d].statements[s].text = text
      event.documents[d].statements[s].speaker = nil
      event.documents[d].statements[s].verb = ReportingVerb(surface: "said", lemma: "say")
    }
    comparison.events = [event]
    let renderer = MarkdownRenderer(strings: .keys(), options: ReportOptions(svgCharts: false))
    let markdown = renderer.render(comparison, context: ReportContext(asOf: CalendarDate(year: 2025, month: 3, day: 13)))[0].text
    // The text once, in a row that names both sources; the third member keeps its own row.
    #expect(markdown.components(separatedBy: text).count == 2, "\(markdown)")
    let row = try #require(markdown.split(separator: "\n").first { $0.contains(text) })
    #expect(row.hasPrefix("  **") && row.components(separatedBy: "**").count == 5 && row.contains("**, **"), "\(row)")
    #expect(row.contains("line-number: "), "\(row)")
  }
}
