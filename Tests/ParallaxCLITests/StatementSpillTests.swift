import Foundation
@testable import ParallaxCore
import Testing

/// Statements set aside in a temporary file between the stages of `compare`: what comes back is
/// what went in, and the reports are the same bytes as with everything in memory.
@Suite struct StatementSpillTests {
  @Test("the example corpus compared with its statements set aside gives the same comparison and reports as in memory")
  func examplesSameWithSpill() throws {
    let pipeline = try CLI.comparisonPipeline()
    let (files, _) = InputCollector().expand([CLI.exampleCorpus])
    #expect(files.count > 3)
    let spill = try #require(StatementSpill())
    var spilled: [ProfiledDocument] = []
    pipeline.profileEach(files, jobs: 2, spill: spill) { _, outcome in spilled += (try? outcome.result.get()) ?? [] }
    let outcomes = pipeline.profile(files, jobs: 2)
    let kept = outcomes.flatMap { (try? $0.result.get()) ?? [] }
    #expect(spill.size > 0)
    #expect(spilled.count == kept.count)
    #expect(spilled.map(\.statementCount) == kept.map { $0.statements.count })
    #expect(spilled == kept)
    let options = ComparerOptions()
    let inMemory = pipeline.compare(kept, options: options)
    let aside = pipeline.compare(spilled, options: options, spill: spill)
    #expect(aside == inMemory)
    let digests = ComparisonPipeline.digests(outcomes, files: files)
    func reports(_ comparison: Comparison) throws -> [String] {
      var texts: [String] = []
      try pipeline.writeReports(comparison, digests: digests, asOf: nil, options: ReportOptions(svgCharts: true)) {
        texts.append($0.name + "\n" + $0.text)
      }
      return texts
    }
    #expect(try reports(aside) == reports(inMemory))
    let json = { (comparison: Comparison) in ComparisonRenderer(reportLanguage: "en").json(comparison) }
    #expect(json(aside) == json(inMemory))
  }

  @Test("every field of a statement survives the file: quotes, speakers, co-speakers, verb, attribution, lists")
  func everyField() throws {
    let spill = try #require(StatementSpill())
    let full = Statement(
      id: StatementID(ordinal: 12), kind: .mixed, text: "«Мы готовы», — заявил Лавров 12 марта; ölçü ✓",
      quotes: [QuoteSpan(text: "Мы готовы", range: 2..<19, line: 3, column: 5)], line: 3, column: 1,
      speaker: Speaker(entity: "lavrov", name: "Сергей Лавров", surface: "Лавров"),
      verb: ReportingVerb(surface: "заявил", lemma: "заявить"),
      attribution: [AttributionLink(role: .speaker, name: "Сергей Лавров"), AttributionLink(role: .relay, name: "ТАСС")],
      language: "ru", topics: ["talks", "emerging:x"], entities: ["lavrov", "russia"], numbers: ["12", "-3,5"],
      dates: ["12 марта"], sentences: [4, 5], coSpeakers: [Speaker(name: "Wang Yi", surface: "Wang", isOutlet: false)])
    let bare = Statement(id: StatementID(ordinal: 1), kind: .narration, text: "", line: 1, column: 1, speaker: nil, language: "und", sentences: [])
    let noOthers = Statement(
      id: StatementID(ordinal: 2), kind: .direct, text: "x", line: 2, column: 7,
      speaker: Speaker(name: "TASS", surface: "TASS", isOutlet: true), language: "en", sentences: [0], coSpeakers: [])
    let statements = [full, bare, noOthers]
    let ref = try #require(spill.store(statements))
    #expect(spill.load(ref) == statements)
    // The empty list of co-speakers and the absent one stay apart.
    #expect(spill.load(ref)[2].coSpeakers == [])
    #expect(spill.load(ref)[1].coSpeakers == nil)
  }

  @Test("a document whose statements were set aside can still be changed in place, and counts them without reading")
  func changeAfterSpill() throws {
    let spill = try #require(StatementSpill())
    let statements = (1...3).map {
      Statement(id: StatementID(ordinal: $0), kind: .narration, text: "Line \($0).", line: $0, column: 1, speaker: nil, language: "en", sentences: [$0])
    }
    let plain = Document(
      id: "d", path: "d.txt", format: .agencyText, language: "en", text: "", paragraphs: [], sourceMap: SourceMap(anchors: []))
    var document = ComparedDocument(document: plain, statements: statements)
    document.spill(to: spill)
    #expect(document.statementCount == 3)
    document.statements[1].topics = ["emerging:line"]
    #expect(document.statements.map(\.topics) == [[], ["emerging:line"], []])
    #expect(document.inMemory() == document)
  }

  @Test("where no temporary file can be made, there is no spill and the statements stay in memory")
  func noFolder() {
    #expect(StatementSpill(directory: "/nonexistent-parallax-folder") == nil)
  }
}
