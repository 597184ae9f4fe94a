import Foundation
import ParallaxCore
import ParallaxBenchSupport
import Testing

/// Hostile text from inputs never breaks or injects into a report: a seeded fuzz test renders
/// reports whose statements, speakers, outlets, forms and paths are made of Markdown and HTML
/// syntax, and checks with the real `cmark-gfm` that every table keeps its rows and cells,
/// every heading is ours, and no tag comes from an input.
@Suite struct ReportSafetyTests {
  static let pieces = [
    "|", "||", "`", "``", "*", "**", "_", "__", "[", "](http://x)", "<", ">", "<script>alert(1)</script>", "<b>", "</td>",
    "&lt;", "&amp;", "&#124;", "#", "# ", "## ", "- ", "1. ", "2) ", "\n", "\r\n", "\n\n", "\\", "\\|", "~~", "!", "![x](y)",
    "<!--", "-->", "---", "===", "> ", "    ", "\t", "{", "}", "$", "<http://a.b>", "www.x.com", "\u{2028}", "é", "Киев",
    ":", "```", "~~~", "+ ", "=", "| --- |", "<br>", "<img src=x onerror=y>", "*x*", "_y_", "[a]: http://z",
  ]

  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(bound))
    }
    mutating func hostile() -> String {
      (0..<(1 + next(8))).map { _ in next(3) == 0 ? "word" : ReportSafetyTests.pieces[next(ReportSafetyTests.pieces.count)] }.joined()
    }
  }

  /// A generated comparison with hostile text wherever an input's text goes.
  static func hostileComparison(seed: UInt64) -> Comparison {
    var comparison = ReportBenchmark.comparison(events: 1, seed: seed)
    var random = Generator(state: seed)
    var event = comparison.events[0]
    var paths: [String: String] = [:]
    for d in event.documents.indices {
      let path = "corpus/" + random.hostile() + "-\(d).txt"
      paths[event.documents[d].document.path] = path
      event.documents[d].document.path = path
      event.documents[d].document.source.outlet = random.hostile()
      for s in event.documents[d].statements.indices {
        event.documents[d].statements[s].text = random.hostile()
        event.documents[d].statements[s].speaker = Speaker(name: random.hostile(), surface: "x")
        event.documents[d].statements[s].verb = ReportingVerb(surface: random.hostile(), lemma: "say")
      }
    }
    func moved(_ ref: StatementRef) -> StatementRef { StatementRef(document: paths[ref.document] ?? ref.document, statement: ref.statement) }
    for a in event.alignments.indices {
      event.alignments[a].members = event.alignments[a].members.map(moved)
      event.alignments[a].evidence.words = [random.hostile()]
    }
    for u in event.unique.indices { event.unique[u].member = moved(event.unique[u].member) }
    var differences = event.differences
    for n in differences.naming.indices {
      differences.naming[n].uses = differences.naming[n].uses.map { FormUse(document: paths[$0.document] ?? $0.document, form: random.hostile(), count: $0.count) }
    }
    differences.framing = differences.framing.map { usage in
      FramingUsage(id: usage.id, loaded: usage.loaded.map { FormUse(document: paths[$0.document] ?? $0.document, form: random.hostile(), count: 1) },
                   neutral: usage.neutral.map { FormUse(document: paths[$0.document] ?? $0.document, form: random.hostile(), count: 1) })
    }
    differences.numbers = differences.numbers.map { NumberDisagreement(alignment: $0.alignment, values: $0.values.map { MemberValues(member: moved($0.member), numbers: [random.hostile()]) }) }
    differences.verbs = differences.verbs.map { VerbDifference(alignment: $0.alignment, verbs: $0.verbs.map { MemberVerb(member: moved($0.member), verb: $0.verb) }) }
    event.differences = differences
    comparison.events = [event]
    comparison.topics.append(TopicInfo(id: "emerging.x", terms: [random.hostile()]))
    return comparison
  }

  @Test("hostile statement texts: tables keep their shape, headings are ours, no injected tags", arguments: 0..<100)
  func hostileTexts(seed: Int) throws {
    guard CMarkGFM.executable != nil else {
      print("skipped: cmark-gfm is not installed (.ci/setup installs it)")
      return
    }
    let comparison = Self.hostileComparison(seed: UInt64(seed) &* 7919 &+ 1)
    let renderer = MarkdownRenderer(strings: .keys(), options: ReportOptions(charts: seed % 2 == 0, evidence: true))
    let markdown = renderer.render(comparison, context: ReportContext(asOf: CalendarDate(year: 2025, month: 3, day: 13)))[0].text
    let html = try CMarkGFM.html(markdown)
    let expected = CMarkGFM.markdownTables(markdown)
    // Our writer's rows: every row as wide as its header, so an unescaped pipe would show.
    for table in expected { #expect(table.allSatisfy { $0 == table[0] }, "a row changed width: \(table)") }
    #expect(CMarkGFM.tables(html) == expected)
    // One list item per alignment and per source with statements of its own, and one line
    // break before each aligned member (and before the naming charts): a hostile text never
    // opens or closes an item, nor breaks a line.
    let event = comparison.events[0]
    let items = tagCount(html, "li")
    let members = event.alignments.reduce(0) { $0 + $1.members.count }
    let uniqueSources = Set(event.unique.map(\.member.document)).count
    #expect(items >= event.alignments.count + uniqueSources)
    // (Members with the same text, speaker and verb share a row: at most a break per member.)
    let chartBreaks = markdown.components(separatedBy: "\\\n  ![").count - 1
    let breaks = markdown.components(separatedBy: "\\\n  ").count - 1
    #expect(tagCount(html, "br") == breaks)
    #expect(breaks <= members + chartBreaks && breaks >= event.alignments.filter { !$0.members.isEmpty }.count)
    let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }.count
    let tags = CMarkGFM.tags(html)
    #expect(tags.filter { $0.count == 2 && $0.hasPrefix("h") && $0 != "hr" }.count == headings)
    let allowed: Set<String> = ["h1", "h2", "h3", "p", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "code", "strong", "em", "pre", "br"]
    #expect(Set(tags).isSubset(of: allowed), "injected: \(Set(tags).subtracting(allowed))")
    #expect(!html.contains("raw HTML omitted"))
  }

  /// How many `<tag>` elements the HTML opens.
  func tagCount(_ html: String, _ tag: String) -> Int {
    html.components(separatedBy: "<\(tag)>").count - 1 + html.components(separatedBy: "<\(tag) ").count - 1
  }
}
