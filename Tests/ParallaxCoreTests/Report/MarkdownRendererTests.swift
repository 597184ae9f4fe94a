import Foundation
import ParallaxCore
import ParallaxBenchSupport
import Testing

/// The report layer without real locale data: digests, the report-strings schema and its
/// errors, the writer, and the renderer's determinism and benchmark.
@Suite struct MarkdownRendererTests {
  @Test("SHA-256 matches the FIPS 180-4 test vectors")
  func sha256Vectors() {
    #expect(SHA256Digest.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256Digest.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let long = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    #expect(SHA256Digest.hex(Array(long.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    // A million "a", added in pieces that straddle the 64-byte blocks, from contiguous storage
    // (a string's UTF-8) and from a sequence that has none.
    var digest = SHA256Digest()
    var added = 0
    var round = 0
    let sizes = [1, 63, 64, 65, 127, 1000, 4096]
    while added < 1_000_000 {
      let count = min(sizes[round % sizes.count], 1_000_000 - added)
      if round % 2 == 0 {
        digest.update(String(repeating: "a", count: count).utf8)
      } else {
        digest.update((0..<count).lazy.map { _ in UInt8(ascii: "a") })
      }
      added += count
      round += 1
    }
    #expect(digest.finalHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// A complete report file in memory, with `extra` appended and `drop` labels left out.
  static func file(language: String = "en", drop: Set<String> = [], extraLabels: String = "", sentence: String? = nil) -> String {
    var text = "# Test strings.\nschema: parallax.report/1\nlanguage: \(language)\nlabels:\n"
    for label in ReportLabel.allCases where !drop.contains(label.rawValue) { text += "  \(label.rawValue): \"L\"\n" }
    text += extraLabels
    text += "sentences:\n"
    for item in ReportSentence.allCases {
      let template = item == .scope ? (sentence ?? "{sources}") : "S"
      text += "  \(item.rawValue): \"\(template)\"\n"
    }
    return text
  }

  @Test("a complete report file loads; labels and sentences fill their placeholders")
  func loads() throws {
    let data = InMemoryLocaleData(["en/report.yaml": Self.file(sentence: "Sources: {sources}; dates: {dates}.")])
    #expect(ReportStrings.validate("en/report.yaml", from: data).isEmpty)
    let strings = try ReportStrings.load(for: "en", from: data)
    #expect(strings[.summary] == "L")
    #expect(strings.sentence(.scope, ["sources": "A, B", "dates": "today"]) == "Sources: A, B; dates: today.")
    #expect(strings.dateSkeleton == "yMMMMd")
  }

  @Test("missing and unknown labels, unknown placeholders, a wrong folder and unknown schemes are positioned errors")
  func errors() throws {
    let missing = ReportStrings.validate("en/report.yaml", from: InMemoryLocaleData(["en/report.yaml": Self.file(drop: ["summary"])]))
    #expect(missing.contains { $0.description.contains("summary") && $0.description.contains("Locales/en/report.yaml:") })
    let unknown = ReportStrings.validate(
      "en/report.yaml", from: InMemoryLocaleData(["en/report.yaml": Self.file(extraLabels: "  sumary: \"x\"\n")]))
    #expect(unknown.contains { $0.description.contains("sumary") && $0.description.contains("report.yaml:\(ReportLabel.allCases.count + 5):") })
    let placeholder = ReportStrings.validate(
      "en/report.yaml", from: InMemoryLocaleData(["en/report.yaml": Self.file(sentence: "{sources} {nope}")]))
    #expect(placeholder.contains { $0.description.contains("{nope}") })
    let folder = ReportStrings.validate("ru/report.yaml", from: InMemoryLocaleData(["ru/report.yaml": Self.file(language: "en")]))
    #expect(folder.contains { $0.description.contains("'en' in the folder of 'ru'") })
    let scheme = ReportStrings.validate(
      "en/report.yaml",
      from: InMemoryLocaleData(["en/report.yaml": Self.file().replacingOccurrences(of: "labels:\n", with: "transliterate: {ru: xx-Latn}\nlabels:\n")]))
    #expect(scheme.contains { $0.description.contains("xx-Latn") })
    #expect(throws: LocaleDataError.self) { try ReportStrings.load(for: "uk", from: InMemoryLocaleData([:])) }
    // Registered with the checker.
    #expect(LocaleDataChecker.standard.kinds.contains(ReportStrings.schemaKind))
  }

  @Test("the writer separates blocks by one blank line and ends with one newline")
  func writer() {
    var md = MarkdownWriter()
    md.heading(1, "T")
    md.table(["a", "b"], rows: [["1"], ["2", "3"]], alignments: [.left, .right])
    md.bullets(["x"])
    #expect(md.text == "# T\n\n| a | b |\n| --- | ---: |\n| 1 |   |\n| 2 | 3 |\n\n- x\n")
  }

  @Test("a list written item by item reads as the same list given whole")
  func bulletsInPlace() {
    let items = ["**AFP** — one • two", "**TASS** — three"]
    var whole = MarkdownWriter()
    whole.heading(2, "Only in one source")
    whole.bullets(items)
    var inPlace = MarkdownWriter()
    inPlace.heading(2, "Only in one source")
    inPlace.bullets(count: items.count, reserving: 64) { index, text in
      for (k, part) in items[index].split(separator: " • ").enumerated() {
        if k > 0 { text += " • " }
        text += part
      }
    }
    #expect(inPlace.text == whole.text)
    #expect(inPlace.text == "## Only in one source\n\n- **AFP** — one • two\n- **TASS** — three\n")
    var empty = MarkdownWriter()
    empty.bullets(count: 0) { _, text in text += "never" }
    #expect(empty.text.isEmpty)
  }

  @Test("labels ending in numbers sort as the collation sorts them: as text, unless it compares numbers by value")
  func numberedLabels() {
    let english = ReportCollation(locale: "en")
    #expect(english.numberPrecedes(10, 9))
    #expect(english.numberPrecedes(1, 10))
    #expect(!english.numberPrecedes(9, 10))
    #expect(english.precedes("Emerging topic 10", "Emerging topic 9") == english.numberPrecedes(10, 9))
    let numeric = ReportCollation(locale: "en-u-kn")
    #expect(numeric.numberPrecedes(9, 10))
    #expect(numeric.precedes("Emerging topic 9", "Emerging topic 10") == numeric.numberPrecedes(9, 10))
  }

  @Test("escaping: every Markdown-significant character from inputs is neutralised")
  func escaping() {
    #expect(MarkdownText.inline("a|b") == "a\\|b")
    #expect(MarkdownText.inline("# x") == "\\# x")
    #expect(MarkdownText.inline("- x") == "\\- x")
    // Inside the text a hyphen or plus opens nothing and stays as written.
    // Parentheses, braces and "!" open nothing once brackets are escaped: left as written.
    #expect(MarkdownText.inline("front-line (+3) {x}!") == "front-line (+3) {x}!")
    #expect(MarkdownText.inline("> x") == "\\> x")
    #expect(MarkdownText.inline("a > b # c") == "a > b # c")
    #expect(MarkdownText.inline("3) x") == "3\\) x")
    #expect(MarkdownText.inline("15.0") == "15.0")
    #expect(MarkdownText.inline("+ x") == "\\+ x")
    #expect(MarkdownText.inline("12. x") == "12\\. x")
    #expect(MarkdownText.inline("<b>*x*_y_`z`[l]") == "&lt;b>\\*x\\*\\_y\\_\\`z\\`[l\\]")
    #expect(MarkdownText.inline("![i](u) ~~s~~ $m$ &amp;") == "![i\\](u) \\~\\~s\\~\\~ \\$m\\$ &amp;amp;")
    // A bracket that no link can follow stays as written: editors' insertions in quotations.
    #expect(MarkdownText.inline("\"As soon as the Russian part [of the deal] is fulfilled\"") == "\"As soon as the Russian part [of the deal] is fulfilled\"")
    #expect(MarkdownText.inline("[a][b] [c]: d") == "[a\\][b] [c\\]: d")
    #expect(MarkdownText.inline("a\r\nb\nc") == "a b c")
    // Line and paragraph separators are spaces; a line start is the text's start only.
    #expect(MarkdownText.inline("\n- Київ\u{2028}\u{2029}#x") == "\\- Київ #x")
    // Bidirectional controls are shown, not obeyed; other letters pass byte for byte.
    #expect(MarkdownText.inline("a\u{202E}b\u{061C}ß€𝄞]") == "a\\u{202E}b\\u{061C}ß€𝄞\\]")
    // Every control and separator led by the same byte as quotation marks and dashes, after
    // them: each is still found.
    for control in ["\u{200E}", "\u{200F}", "\u{202A}", "\u{202C}", "\u{2066}", "\u{2069}"] {
      #expect(MarkdownText.inline("“Q” — x…\(control)") == "“Q” — x…\(VisibleText.escape(control.unicodeScalars.first!))")
    }
    #expect(MarkdownText.inline("“a”\u{2028}b") == "“a” b")
    // Quotation marks, dashes, ellipses and Arabic letters are written as they are.
    for plain in ["“Так”, — сказал он…", "«Oui» – dit-il ‘x’", "عربي"] { #expect(MarkdownText.inline(plain) == plain) }
    #expect(MarkdownText.code("a|b\r\nc`d") == "``a¦b  c`d``")
  }

  @Test("rendering is deterministic, needs no clock, and ends every report with one newline")
  func deterministic() {
    let comparison = ReportBenchmark.comparison(events: 3, seed: 7)
    let renderer = MarkdownRenderer(strings: .keys(), options: ReportOptions(charts: true, evidence: true))
    let context = ReportContext(asOf: CalendarDate(year: 2025, month: 3, day: 13))
    let first = renderer.render(comparison, context: context)
    let second = renderer.render(comparison, context: context)
    #expect(first == second)
    #expect(first.map(\.name) == ["index.md", "e1.md", "e2.md", "e3.md"])
    for file in first { #expect(file.text.hasSuffix("\n") && !file.text.hasSuffix("\n\n") && !file.text.contains("\r")) }
    // Every statement of the event appears: aligned members and unique ones.
    let event = comparison.events[0]
    for document in event.documents {
      for statement in document.statements { #expect(first[1].text.contains(MarkdownText.inline(statement.text))) }
    }
  }

  @Test("reports for a folder, the index last and each event read once, are the files of the index-first order")
  func indexLast() throws {
    var comparison = ReportBenchmark.comparison(events: 5, seed: 11)
    // Two events of one source each: their statements go to single-source.md.
    for k in [1, 3] {
      comparison.events[k].documents = Array(comparison.events[k].documents.prefix(1))
      comparison.events[k].alignments = []
      #expect(ReportSource.isSingleSource(comparison.events[k]))
    }
    let renderer = MarkdownRenderer(strings: .keys(), options: ReportOptions(charts: true, svgCharts: true, digestFile: true))
    let context = ReportContext(asOf: CalendarDate(year: 2025, month: 3, day: 13))
    var first: [MarkdownRenderer.File] = []
    var last: [MarkdownRenderer.File] = []
    var streamed = ""
    renderer.render(comparison, context: context, jobs: 2) { first.append($0) }
    renderer.render(comparison, context: context, jobs: 2, singleSource: { streamed += $0 }, indexLast: true) { last.append($0) }
    #expect(first.first?.name == "index.md")
    let index = try #require(last.firstIndex { $0.name == "index.md" })
    #expect(last[..<index].allSatisfy { $0.name.hasPrefix("e") })
    #expect(!last.contains { $0.name == MarkdownRenderer.singleSourceFile })
    let single = try #require(first.first { $0.name == MarkdownRenderer.singleSourceFile })
    #expect(streamed == single.text)
    let byName = Dictionary(first.map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
    #expect(Set(last.map(\.name)) == Set(byName.keys).subtracting([MarkdownRenderer.singleSourceFile]))
    for file in last { #expect(byName[file.name] == file.text, "\(file.name)") }
  }

  @Test("the report benchmark renders a generated comparison and reports its time")
  func benchmark() {
    let seconds = ReportBenchmark.run(events: 20, seed: 1)
    #expect(seconds > 0 && seconds < 30)
    #expect(ReportBenchmark.comparison(events: 5, seed: 1) == ReportBenchmark.comparison(events: 5, seed: 1))
    // The floor's figure on request (release builds): PARALLAX_REPORT_BENCH=1 swift test -c release …
    if ProcessInfo.processInfo.environment["PARALLAX_REPORT_BENCH"] != nil {
      let thousand = ReportBenchmark.run(events: 1_000, seed: 1)
      print("report benchmark: 1000 events rendered in \(thousand) s")
    }
  }
}

