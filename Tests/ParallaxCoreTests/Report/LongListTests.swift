import Testing

@testable import ParallaxCore

/// A list of tens of thousands of statements (one long document) is written in parts, a part
/// per core; the parts must read as the list written in one go.
@Suite struct LongListTests {
  /// One document whose statements fall in runs of two named topics and unnamed ones.
  static func longList(_ count: Int) -> Comparison {
    let topics: [TopicID] = ["detention.prisoners", "humanitarian.access"]
    var statements: [Statement] = []
    var unique: [UniqueStatement] = []
    let document = Document(
      id: DocumentID(rawValue: "d1"), path: "list.txt", format: .agencyText, source: DocumentSource(outlet: "Wire"),
      title: "List", language: "en", text: "", paragraphs: [], sourceMap: SourceMap(anchors: []))
    for k in 0..<count {
      // Runs of three: named, named, then one of its own.
      let topic = k % 3 == 2 ? "emerging.item-\(k)" : topics[k % 3].rawValue
      statements.append(Statement(
        id: StatementID(ordinal: k + 1), kind: .narration, text: "Item \(k + 1).", line: k + 1, column: 1,
        speaker: Speaker(name: "outlet", surface: "", isOutlet: true), language: "en", topics: [topic], sentences: [k]))
      unique.append(UniqueStatement(member: StatementRef(document: document.reference, statement: StatementID(ordinal: k + 1)), topics: [TopicID(topic)]))
    }
    let event = ComparisonEvent(
      id: "e1", documents: [ComparedDocument(document: document, statements: statements)], alignments: [], unique: unique,
      copies: [], differences: Differences())
    let infos = topics.map { TopicInfo(id: $0, labels: ["en": $0.rawValue]) }
      + (0..<count).filter { $0 % 3 == 2 }.map { TopicInfo(id: TopicID("emerging.item-\($0)")) }
    return Comparison(
      events: [event], topics: infos,
      settings: ComparisonSettings(suggestThreshold: 0.5, confidentThreshold: 0.7, eventThreshold: 0.5, dayWindow: 3, asOne: false, style: nil))
  }

  @Test("a list long enough to be written in parts has every statement once, in line order, in its topic's run")
  func partsReadAsWhole() throws {
    let count = EventReport.uniqueInParts + 1_001
    let comparison = Self.longList(count)
    let text = MarkdownRenderer(strings: .keys(), options: ReportOptions()).render(comparison.events[0], in: comparison, context: ReportContext())
    let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("- **Wire** — ") })
    // Runs by label; within a run, statements by line.
    var seen: [Int] = []
    var runs = 0
    let pieces = line.components(separatedBy: EventReport.itemSeparator)
    for piece in pieces {
      var piece = Substring(piece)
      if piece.hasPrefix("- **Wire** — ") { piece = piece.dropFirst("- **Wire** — ".count) }
      if piece.hasPrefix("*") {
        runs += 1
        piece = piece[piece.range(of: "* — ")!.upperBound...]
      }
      let number = try #require(Int(piece.split(separator: " ")[1].dropLast()))
      #expect(piece == "Item \(number). · line-number: \(number)")
      seen.append(number)
    }
    #expect(seen.count == count)
    #expect(Set(seen).count == count)
    // The two named runs and the unnamed statements' run, each in line order.
    #expect(runs == 2)
    for run in [seen.filter { ($0 - 1) % 3 == 0 }, seen.filter { ($0 - 1) % 3 == 1 }, seen.filter { ($0 - 1) % 3 == 2 }] {
      #expect(run == run.sorted())
    }
  }

  @Test("two independent jobs run at once give what each gives alone")
  func concurrently() {
    let (a, b) = WorkerPool.concurrently({ (0..<1_000).reduce(0, +) }, { String(repeating: "x", count: 3) })
    #expect(a == 499_500)
    #expect(b == "xxx")
  }
}
