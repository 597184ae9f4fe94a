import Foundation
import Testing

@testable import ParallaxCore

/// The reader-visible text `check` reviews (issue 18, item 3).
@Suite struct ReaderTextTests {
  /// The visible spans of `text` as strings.
  func visible(_ text: String, path: String) -> [String] {
    let bytes = Array(text.utf8)
    return ReaderText(InputText(path: path, text: text)).spans.map { String(decoding: bytes[$0.range], as: UTF8.self) }
  }

  @Test("HTML: script, style, attributes and comments are not text; text nodes are")
  func html() {
    let page = """
      <html><head><style>.Kiev { color: red }</style>
      <script>var Kiev = load(); if (a < b) { Kiev.render(); } "</p>"</script></head>
      <body><p data-city="Kiev" title='a > b'>Officials in <b>Kiev</b> said.</p><!-- Kiev --></body></html>
      """
    let seen = visible(page, path: "a.html").joined()
    #expect(seen.contains("Officials in "))
    #expect(visible(page, path: "a.html").contains("Kiev"))
    #expect(!seen.contains("var Kiev"))
    #expect(!seen.contains("color"))
    #expect(!seen.contains("data-city"))
    #expect(!seen.contains(" Kiev -->"))
  }

  @Test("HTML: a parallax suppression comment stays visible to check; title and textarea text is read")
  func htmlSuppressionAndRawText() {
    let page = "<title>Kiev talks</title><!-- parallax-disable variant --><p>Kiev</p><textarea><b>x</b></textarea>"
    let seen = visible(page, path: "a.html")
    #expect(seen.contains("<!-- parallax-disable variant -->"))
    #expect(seen.contains("Kiev talks"))
    #expect(seen.contains("<b>x</b>"))
  }

  @Test("masking keeps every byte offset, line and column of the file")
  func maskedPositions() {
    let page = "<p class=\"Київ\">a</p>\n<div data-x=\"😀\">  Kiev</div>\n"
    let seen = ReaderText(InputText(path: "a.html", text: page))
    #expect(seen.masked.utf8.count == page.utf8.count)
    #expect(seen.masked.unicodeScalars.count == page.unicodeScalars.count)
    let kiev = try? #require(seen.masked.range(of: "Kiev"))
    #expect(kiev.map { page[$0] } == "Kiev")
    #expect(!seen.masked.contains("Київ"))
    #expect(!seen.masked.contains("data-x"))
    #expect(seen.spans.first { String(decoding: Array(page.utf8)[$0.range], as: UTF8.self).contains("Kiev") }?.line == 2)
  }

  @Test("JSON Lines: only the title and text values are visible, not keys or other fields")
  func jsonLines() {
    let file = """
      {"Kiev":"x","source":"Kiev Post","title":"Talks in Kiev","text":"Officials in Kiev said \\"no\\"."}
      [1,2,3]
      """
    let seen = ReaderText(InputText(path: "f.jsonl", text: file))
    let bytes = Array(file.utf8)
    #expect(seen.spans.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["Talks in Kiev", "Officials in Kiev said \\\"no\\\"."])
    #expect(seen.spans.map(\.line) == [1, 1])
    #expect(seen.problems.count == 1)
  }

  @Test("front matter is not body text, and a malformed one is a problem, not a quotation")
  func frontMatter() {
    let text = "---\ntitle: \"Unclosed quote\noutlet: TASS\n---\nOfficials said talks in Kiev were useful.\n"
    let seen = ReaderText(InputText(path: "a.md", text: text))
    let bytes = Array(text.utf8)
    #expect(seen.spans.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["Officials said talks in Kiev were useful.\n"])
    #expect(seen.spans.first?.line == 5)
    #expect(seen.problems.count == 1)
    #expect(!seen.masked.contains("\""))
  }

  @Test("plain text is all visible and not copied")
  func plain() {
    let text = "Officials in Kiev said.\n"
    let seen = ReaderText(InputText(path: "a.txt", text: text))
    #expect(seen.spans.map(\.range) == [0..<text.utf8.count])
    #expect(seen.masked == text)
  }
}

@Suite struct FrontMatterFenceTests {
  @Test("an unclosed quote is reported at its line; the body begins after the closing line")
  func unclosedQuote() throws {
    let text = "---\ntitle: \"Unclosed quote\noutlet: TASS\n---\nOfficials said talks in Kiev were useful.\n"
    let fence = try #require(FrontMatterFence.find(in: text, path: "a.md"))
    #expect(fence.closed)
    #expect(text.utf8.dropFirst(fence.bodyStart).starts(with: "Officials".utf8))
    let problem = try #require(fence.problem)
    guard case .frontMatter(let path, let line, _, _) = problem else {
      Issue.record("not a front matter problem: \(problem)")
      return
    }
    #expect(path == "a.md")
    #expect(line >= 2 && line <= 4)
    #expect(problem.isDataError)
    #expect(problem.description.hasPrefix("a.md:\(line):"))
  }

  @Test("front matter over 1 MB says so rather than 'no closing line'")
  func tooLong() throws {
    let text = "---\n" + String(repeating: "k: v\n", count: (FrontMatterFence.limit / 5) + 10) + "---\nBody.\n"
    let fence = try #require(FrontMatterFence.find(in: text, path: "big.md"))
    #expect(fence.problem?.description.contains("first \(FrontMatterFence.limit) bytes") == true)
  }

  @Test("well-formed front matter has no problem; text without a fence has none at all")
  func wellFormed() throws {
    let fence = try #require(FrontMatterFence.find(in: "---\r\ntitle: a\r\n...\r\nBody\r\n", path: "a.md"))
    #expect(fence.problem == nil)
    #expect(fence.bodyStart == 20)
    #expect(FrontMatterFence.find(in: "Body ---\n", path: "a.md") == nil)
  }
}

@Suite struct HostileReaderTests {
  @Test("a JSON Lines array line says it is an array, at its column")
  func jsonArray() {
    let (_, problems) = JSONLinesReader().read(InputText(path: "f.jsonl", text: "  [1,2,3]\n"))
    #expect(problems == [.jsonLine(path: "f.jsonl", line: 1, column: 3, problem: "the line holds a JSON array, not an object; write one object per line")])
  }

  @Test("a lone surrogate escape is named with its column")
  func loneSurrogate() throws {
    let (_, problems) = JSONLinesReader().read(InputText(path: "f.jsonl", text: "{\"text\":\"a\\ud800b\"}\n"))
    let problem = try #require(problems.first)
    guard case .jsonLine(_, 1, 11, let words) = problem else {
      Issue.record("\(problem)")
      return
    }
    #expect(words.contains("'\\ud800'"))
    // A well-formed pair is fine.
    #expect(JSONLinesReader().read(InputText(path: "f.jsonl", text: "{\"text\":\"\\ud83d\\ude00\"}\n")).problems.isEmpty)
  }

  @Test("a text that is not a string is named, at its value's column")
  func textNotAString() {
    let (_, problems) = JSONLinesReader().read(InputText(path: "f.jsonl", text: "{\"text\": 5}\n"))
    #expect(problems == [.jsonLine(path: "f.jsonl", line: 1, column: 10, problem: "'text' must be a string")])
  }

  @Test("HTML statements keep the column where the paragraph's text starts")
  func htmlColumns() throws {
    let page = "<html><body>\n<div><p class=\"x\">Officials said the talks ended.</p><p>Second one.</p></div>\n</body></html>"
    let raw = try HTMLReader().read(InputText(path: "a.html", text: page)).get()
    #expect(raw.sourceMap.anchors.map(\.line) == [2, 2])
    #expect(raw.sourceMap.anchors.map(\.column) == [19, 57])
  }
}
