import Foundation
import ParallaxCore
import ParallaxBenchSupport
import Testing

/// The shared seed articles, bad inputs, and a seeded random-input property test.
@Suite struct StatementSeedAndRobustnessTests {
  @Test("Sputnik seed: Lavrov and Maurer, direct and indirect; background as narration")
  func sputnikSeed() throws {
    guard let seeds = StatementsTestSupport.seeds() else {
      print("skipped: ../shared/seeds not found")
      return
    }
    let text = try String(contentsOf: seeds.appendingPathComponent("urdupoint-sputnik-2022-03-24-lavrov-maurer.txt"), encoding: .utf8)
    let result = try StatementsTestSupport.extract(text, path: "sputnik.txt")
    let statements = try #require(result.statements.first)
    let lavrov = statements.filter { $0.speaker?.name == "Sergey Lavrov" }
    let maurer = statements.filter { $0.speaker?.name == "Peter Maurer" }
    #expect(Set(lavrov.map(\.kind)).isSuperset(of: [.direct, .indirect]))
    #expect(Set(maurer.map(\.kind)).isSuperset(of: [.direct, .indirect]))
    #expect(statements.contains { $0.kind == .narration && $0.text.hasPrefix("On February 24") })
    let document = try #require(result.documents.first)
    #expect(document.source.agency == "Sputnik")
    #expect(document.source.relayedBy == "UrduPoint News")
    #expect(document.dateline?.date == PartialDate(year: 2022, month: 3, day: 24))
    #expect(statements.flatMap(\.sentences).sorted() == Array(0..<(result.sentences.first ?? 0)))
  }

  @Test("TASS seed: the Foreign Ministry speaks; dateline MOSCOW, December 18, year not invented")
  func tassSeed() throws {
    guard let seeds = StatementsTestSupport.seeds() else {
      print("skipped: ../shared/seeds not found")
      return
    }
    let text = try String(contentsOf: seeds.appendingPathComponent("tass-2024-12-18-vershinin-spoljaric.txt"), encoding: .utf8)
    let result = try StatementsTestSupport.extract(text, path: "tass.txt")
    let document = try #require(result.documents.first)
    #expect(document.dateline?.place == "MOSCOW")
    #expect(document.dateline?.date?.month == 12 && document.dateline?.date?.day == 18)
    #expect(document.dateline?.date?.year == nil || document.dateline?.yearInferred == true)
    let statements = try #require(result.statements.first)
    #expect(statements.filter { $0.speaker?.name == "Russian Foreign Ministry" }.count >= 3)
    #expect(statements.contains { $0.kind == .narration && $0.text.contains("Vershinin") && $0.text.contains("Spoljaric") })
  }

  @Test("a dateline without a year takes the publication year, marked inferred")
  func inferredYear() throws {
    let text = "---\npublished: 2024-12-18\n---\n\nMOSCOW, December 18. /TASS/. The talks ended.\n"
    let result = try StatementsTestSupport.extract(text, path: "a.md")
    let dateline = try #require(result.documents.first?.dateline)
    #expect(dateline.date == PartialDate(year: 2024, month: 12, day: 18))
    #expect(dateline.yearInferred)
  }

  @Test("Russian and Ukrainian datelines", arguments: [
    ("МОСКВА, 18 декабря. /ТАСС/. Переговоры завершились.", "МОСКВА", "TASS"),
    ("КИЇВ, 18 грудня. /Укрінформ/. Переговори завершилися.", "КИЇВ", "Ukrinform"),
    ("MOSKAU, 24. Februar. /tass/. Die Gespräche endeten.", "MOSKAU", "TASS"),
    ("GENEVA, 18 December 2024 (ICRC) – The talks ended.", "GENEVA", "ICRC"),
    ("KYIV, Dec 18 (Reuters) - The talks ended.", "KYIV", "Reuters"),
    ("MOSCOW, January 18 – RIA Novosti. The talks ended.", "MOSCOW", "RIA Novosti"),
  ])
  func datelines(text: String, place: String, agency: String) throws {
    let result = try StatementsTestSupport.extract(text + "\n")
    let dateline = try #require(result.documents.first?.dateline)
    #expect(dateline.place == place)
    #expect(dateline.agency == agency)
  }

  @Test("statements list the days they name, with the year when it is written", arguments: [
    ("The exchange took place on February 12, 2025, the ministry said.", ["2025-02-12"]),
    ("Talks resume on Dec. 3 and end on 5 December 2025, he said.", ["--12-03", "2025-12-05"]),
    ("Лавров сообщил, что обмен состоялся 28 апреля 2024 года.", ["2024-04-28"]),
    ("Сибіга заявив, що обмін відбувся 3 грудня.", ["--12-03"]),
    ("Der Austausch fand am 12. März 2025 statt, sagte Belov.", ["2025-03-12"]),
    ("L'échange a eu lieu le 20 février, a déclaré le CICR.", ["--02-20"]),
    // No month next to the number, a day that month cannot have, a year alone: no date.
    ("He said 12 people and 31 February 2025 and the year 2024 were mentioned.", []),
  ])
  func dates(text: String, dates: [String]) throws {
    let result = try StatementsTestSupport.extract(text + "\n")
    let statement = try #require(result.statements.first?.first)
    #expect(statement.dates == dates)
  }

  @Test("language of single sentences", arguments: [
    ("Он заявил, что переговоры продолжатся.", "ru"),
    ("Він заявив, що переговори триватимуть.", "uk"),
    ("Міністр сказав, що це неприйнятно.", "uk"),
    ("Министр сказал, что это неприемлемо.", "ru"),
    ("Er sagte, dass die Gespräche fortgesetzt werden.", "de"),
    ("Il a déclaré que les négociations continueront.", "fr"),
    ("Afirmó que las negociaciones continuarán.", "es"),
    ("Powiedział, że rozmowy będą kontynuowane.", "pl"),
    ("He said that the talks would continue.", "en"),
    // Neither distinctive letters nor function words: 37 letters without і, ї or є are not
    // Ukrainian; a short text stays open.
    ("Обмен состоялся 28 апреля 2024 года, сообщил Лавров.", "ru"),
    ("Обмен состоялся.", "und"),
  ])
  func language(sentence: String, expected: String) throws {
    let detector = LanguageDetector(profiles: try StatementsTestSupport.resources().profiles)
    #expect(detector.detect(sentence).language == LocaleID(expected))
  }

  @Test("empty and sentence-less files: a warning or no statements, never a crash")
  func emptyInputs() throws {
    let empty = try StatementsTestSupport.extract("")
    #expect(empty.documents.isEmpty && empty.problems == [.empty(path: "test.txt")])
    let punctuation = try StatementsTestSupport.extract("...\n\n---\n")
    #expect(punctuation.problems.isEmpty || punctuation.documents.isEmpty)
  }

  @Test("an unterminated quote ends with its paragraph")
  func unterminated() throws {
    let text = "Title here\n\n\"We will continue, Lavrov said.\n\nThe sides met in Geneva.\n"
    let result = try StatementsTestSupport.extract(text)
    let statements = try #require(result.statements.first)
    #expect(statements.last?.kind == .narration)
    #expect(statements.last?.text == "The sides met in Geneva.")
  }

  @Test("a quote left open at the end of a line that ends a sentence ends there, not with the page")
  func unterminatedAtLineEnd() throws {
    // Pages copied from the web keep a paragraph to a line; a mismatched mark (an opening one
    // where the closing one belongs) must not carry the quote across the rest of the page.
    let text = """
      Title here

      The Nordland Herald cited the broadcast of “Radio “Nordland”, the state channel.
      Piet Vos said that the harbour would reopen on Monday.
      The ferries stayed in port.

      """
    let statements = try #require(try StatementsTestSupport.extract(text).statements.first)
    let vos = try #require(statements.first { $0.text.hasPrefix("Piet Vos") })
    #expect(vos.speaker?.name == "Piet Vos")
    #expect(vos.kind == .indirect)
    #expect(statements.last?.text == "The ferries stayed in port.")
    #expect(statements.last?.kind == .narration)
  }

  @Test("a quote broken across lines in the middle of a sentence goes on past the line end")
  func quoteAcrossWrappedLine() throws {
    let text = """
      Harbour of Nordland to reopen next week

      The port authority met on Friday.
      Piet Vos said: “The harbour will reopen
      on Monday. The ferries will run again.”

      """
    let statements = try #require(try StatementsTestSupport.extract(text).statements.first)
    let quoted = try #require(statements.first { !$0.quotes.isEmpty })
    #expect(quoted.speaker?.name == "Piet Vos")
    #expect(quoted.quotes.count == 1)
    #expect(quoted.quotes.first?.text.hasSuffix("The ferries will run again.") == true)
  }

  @Test("malformed front matter and JSON lines are reported with their line")
  func malformed() throws {
    let front = try StatementsTestSupport.extract("---\ntitle: [unclosed\n---\nBody.\n", path: "a.md")
    #expect(front.documents.isEmpty)
    if case .frontMatter(_, let line, _, _) = front.problems.first { #expect(line >= 2) } else { Issue.record("\(front.problems)") }
    let lines = "{\"text\": \"One. Two.\", \"title\": \"A\"}\nnot json\n{\"title\": \"no text\"}\n{\"text\": \"Three.\"}\n"
    let json = try StatementsTestSupport.extract(lines, path: "feed.jsonl")
    #expect(json.documents.count == 2)
    #expect(json.problems.count == 2)
    if case .jsonLine(_, let line, _, _) = json.problems.first { #expect(line == 2) } else { Issue.record("\(json.problems)") }
  }

  @Test("invalid UTF-8 is an error with its position")
  func invalidUTF8() {
    let data = Data([0x41, 0x0A, 0x42, 0xFF, 0x43])
    guard case .failure(let error) = InputCollector().decode(data, path: "bad.txt") else {
      Issue.record("decoded")
      return
    }
    #expect(error == .invalidUTF8(path: "bad.txt", offset: 3, line: 2, column: 2))
  }

  @Test("HTML through libxml2: title, site name, time, main text without scripts or navigation")
  func html() throws {
    let page = """
      <!DOCTYPE html><html lang="en"><head><title>Talks end</title>
      <meta property="og:site_name" content="Example Wire"><meta property="article:published_time" content="2024-12-18T10:00:00Z">
      <script>var x = "<p>not text</p>";</script><style>p {}</style></head>
      <body><nav><a href="/">Home</a></nav><article><h1>Talks end</h1>
      <p>MOSCOW, December 18. /TASS/. The talks ended &amp; the sides left.</p>
      <p>"We are satisfied," the minister said.</p></article></body></html>
      """
    let result = try StatementsTestSupport.extract(page, path: "page.html")
    let document = try #require(result.documents.first)
    #expect(document.title == "Talks end")
    #expect(document.source.outlet == "Example Wire")
    #expect(document.published == PartialDate(year: 2024, month: 12, day: 18))
    #expect(document.dateline?.date?.year == 2024 && document.dateline?.yearInferred == true)
    #expect(!document.text.contains("not text") && !document.text.contains("Home"))
    #expect(result.statements.first?.count == 2)
  }

  @Test("a 10 MB single paragraph stays near-linear")
  func hugeParagraph() throws {
    let sentence = "\"We will continue,\" Lavrov said on Monday. The sides met in Geneva and discussed 12 issues. "
    let text = String(repeating: sentence, count: 10_000_000 / sentence.utf8.count)
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
      let result = try StatementsTestSupport.extract(text)
      #expect(result.statements.first?.flatMap(\.sentences).count == result.sentences.first)
    }
    print("10 MB single paragraph: \(elapsed)")
    #expect(elapsed < .seconds(120))
  }

  /// Run longer with PARALLAX_FUZZ_ITERATIONS=200000, or for a time with PARALLAX_FUZZ_SECONDS=600
  /// (it then reports how many inputs it tried).
  @Test("seeded random inputs never crash the readers or the extractor")
  func randomInputs() throws {
    let iterations = Int(ProcessInfo.processInfo.environment["PARALLAX_FUZZ_ITERATIONS"] ?? "") ?? 300
    var generator = SplitMix(seed: UInt64(ProcessInfo.processInfo.environment["PARALLAX_FUZZ_SEED"] ?? "") ?? 42)
    let pieces = ["\"", "“", "”", "«", "»", "„", "‹", "›", " — ", ", ", ". ", "\n", "\n\n", "---\n", "{", "}", "<p>", "</p>",
      "said", "заявил", "що", "Lavrov", "He", "the ministry", "MOSCOW, December 18. /TASS/. ", "According to ", "x", "Ї", "ß", ":", "1"]
    let resources = try StatementsTestSupport.resources()
    let loader = resources.loader()
    let extractor = resources.extractor()
    let extensions = ["txt", "md", "jsonl", "html"]
    let seconds = Double(ProcessInfo.processInfo.environment["PARALLAX_FUZZ_SECONDS"] ?? "") ?? 0
    let deadline = Date().addingTimeInterval(seconds)
    var tried = 0
    while seconds > 0 ? Date() < deadline : tried < iterations {
      tried += 1
      var text = ""
      for _ in 0..<Int(generator.next() % 40) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
      // One input in eight is raw bytes: the decoder must refuse or accept them without a crash.
      if generator.next() % 8 == 0 {
        let bytes = (0..<Int(generator.next() % 64)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        guard case .success(let decoded) = InputCollector().decode(Data(bytes), path: "fuzz.bin") else { continue }
        text = decoded.text + text
      }
      let path = "fuzz.\(extensions[Int(generator.next() % 4)])"
      let (documents, _) = loader.load(StatementsTestSupport.input(text, path: path))
      for document in documents {
        let extraction = try extractor.extract(document)
        // Every sentence is in one statement, or in one of the story's headings.
        let placed = (extraction.statements + extraction.headings).flatMap(\.sentences).sorted()
        #expect(placed == Array(0..<extraction.sentences.count))
      }
    }
    if seconds > 0 { print("random inputs: \(tried) tried in \(Int(seconds)) s without a crash or a lost sentence") }
  }
}

/// The seeded generator of the random-input test: the same seed gives the same inputs.
typealias SplitMix = SplitMix64
