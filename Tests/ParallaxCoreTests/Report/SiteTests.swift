import Foundation
import ParallaxBenchSupport
import Testing

@testable import ParallaxCore

/// The SVG charts and the static site without real locale data: deterministic bytes, escaped
/// input text, the Markdown subset converted to HTML with no tag or script from an input, and
/// the report folder's knowledge of the new files.
@Suite struct SiteTests {
  @Test("a grid chart is deterministic, escapes its labels and shades from a fixed ramp")
  func grid() {
    let cells: [[SVGChart.Cell]] = [[.init(text: "3", shade: 1), .init(text: "", shade: nil)], [.init(text: "1", shade: 0.33), .init(text: "<b>", shade: 0)]]
    let svg = SVGChart.grid(title: "T & <script>", rows: ["Energy", "<script>alert(1)</script>"], columns: ["TASS", "a\"b"], cells: cells)
    #expect(svg == SVGChart.grid(title: "T & <script>", rows: ["Energy", "<script>alert(1)</script>"], columns: ["TASS", "a\"b"], cells: cells))
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.hasSuffix("</svg>\n"))
    #expect(!svg.contains("<script") && svg.contains("&lt;script&gt;") && svg.contains("a&quot;b") && svg.contains("T &amp; "))
    #expect(svg.contains("fill=\"#0d3a7a\"") && svg.contains("fill=\"#f4f4f4\""))
    // No fractional coordinates: the bytes do not depend on floating-point formatting.
    #expect(!svg.contains(".5\"") && !svg.contains("e-"))
  }

  @Test("reports written with charts embed them and the renderer hands the SVG files over in order")
  func chartsBesideReports() {
    let comparison = ReportBenchmark.comparison(events: 3, seed: 7)
    let renderer = MarkdownRenderer(strings: .keys(), options: ReportOptions(svgCharts: true))
    let files = renderer.render(comparison, context: ReportContext(asOf: CalendarDate(year: 2025, month: 3, day: 13)))
    #expect(files.map(\.name) == ["index.md", "e1.md", "e1-coverage.svg", "e1-agreement.svg", "e2.md", "e2-coverage.svg", "e2-agreement.svg", "e3.md", "e3-coverage.svg", "e3-agreement.svg"])
    #expect(files[1].text.contains("](e1-coverage.svg)") && files[1].text.contains("](e1-agreement.svg)"))
    #expect(files == renderer.render(comparison, context: ReportContext(asOf: CalendarDate(year: 2025, month: 3, day: 13))))
    // Without the option, no chart and no image.
    let plain = MarkdownRenderer(strings: .keys()).render(comparison, context: ReportContext())
    #expect(plain.allSatisfy { $0.name.hasSuffix(".md") } && !plain[1].text.contains(".svg"))
  }

  @Test("the Markdown subset becomes HTML: headings, nested lists, tables, code, images and links to pages")
  func html() {
    var md = MarkdownWriter()
    md.heading(1, "Comparison e1")
    md.paragraph("Some **bold** and *it* with `co<de>` and " + MarkdownText.inline("<img src=x onerror=alert(1)> & a|b *x* [l](javascript:x)"))
    md.bullets(["**A1** · x\n  - row one\n  - row two", "plain", "**A2** · y\\\n  **one** — a \\\\\\\n  **two** — b"])
    md.table(["Topic", "N"], rows: [[MarkdownText.cell("a|b"), "2"]], alignments: [.left, .right])
    md.paragraph("![Chart](e1-coverage.svg) [e2](e2.md)")
    let page = HTMLPage.render(markdown: md.text, language: "en", indexLink: "<a href=\"index.html\">Index</a>")
    #expect(page.hasPrefix("<!doctype html>\n<html lang=\"en\">") && page.contains("<meta name=\"viewport\""))
    #expect(page.contains("<title>Comparison e1</title>") && page.contains("<h1>Comparison e1</h1>"))
    #expect(page.contains("<strong>bold</strong>") && page.contains("<em>it</em>") && page.contains("<code>co&lt;de&gt;</code>"))
    #expect(page.contains("<li><strong>A1</strong> · x\n<ul>\n<li>row one</li>\n<li>row two</li>\n</ul>\n</li>"))
    // Lines of one item joined by hard breaks become blocks; an escaped backslash before a
    // break stays text.
    #expect(page.contains("<li><strong>A2</strong> · y\n<span class=\"m\"><strong>one</strong> — a \\</span>\n<span class=\"m\"><strong>two</strong> — b</span></li>"))
    #expect(page.contains("<th>Topic</th><th class=\"r\">N</th>") && page.contains("<td>a|b</td><td class=\"r\">2</td>"))
    #expect(page.contains("<img src=\"e1-coverage.svg\" alt=\"Chart\">") && page.contains("<a href=\"e2.html\">e2</a>"))
    // Input text stays text: no tag, no handler, no link from it.
    #expect(page.contains("&lt;img src=x onerror=alert(1)&gt; &amp; a|b *x* [l](javascript:x)"))
    #expect(!page.contains("<script") && !page.contains("href=\"javascript"))
  }

  @Test("the folder knows the charts and pages as its own")
  func folder() {
    for name in ["e1-coverage.svg", "e12-agreement.svg", "e2-names-1.svg", "e3.html", "index.html", "single-source.html"] { #expect(ReportFolder.isReportFile(name), "\(name)") }
    for name in ["e-coverage.svg", "ex.html", "chart.svg", "e1-other.svg", "notes.html", "e1-names-.svg", "e1-names-x.svg"] { #expect(!ReportFolder.isReportFile(name), "\(name)") }
  }
}
