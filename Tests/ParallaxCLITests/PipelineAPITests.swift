import Foundation
import ParallaxCore
import Testing

/// The pipeline API as the DocC article shows it, on three of the example reports: the
/// figures the article prints are the ones a run gives.
@Suite struct PipelineAPITests {
  @Test("the article's example: one event of three documents, three alignments, three unique statements, nothing lost")
  func article() throws {
    let base = try Pipeline(data: CLI.data, cacheDirectory: nil)
    let pipeline = try ComparisonPipeline(base, style: nil, reportLocale: "en")
    let corpus = CLI.packageRoot.appendingPathComponent("Reports/examples/corpus").path + "/"
    let files = ["afp-2025-02-20-zaporijjia.fr.md", "tass-2025-02-20-zaes.ru.md", "ukrinform-2025-02-20-zaes.uk.md"]
      .map { corpus + $0 }
    let outcomes = pipeline.profile(files, jobs: nil)
    #expect(outcomes.count == 3)
    #expect(outcomes.allSatisfy { $0.digest?.count == 64 })
    let documents = outcomes.flatMap { (try? $0.result.get()) ?? [] }
    let comparison = pipeline.compare(documents, options: ComparerOptions())
    let summary = comparison.events.map { "\($0.id) \($0.documents.count) \($0.alignments.count) \($0.unique.count)" }
    #expect(summary == ["e1 3 3 3"])
    // Conservation: every statement is in an alignment or unique, exactly once.
    let event = try #require(comparison.events.first)
    let placed = event.alignments.flatMap(\.members) + event.unique.map(\.member)
    #expect(placed.count == documents.reduce(0) { $0 + $1.statements.count })
    #expect(Set(placed).count == placed.count)
    var names: [String] = []
    try pipeline.writeReports(
      comparison, digests: ComparisonPipeline.digests(outcomes, files: files), asOf: nil, options: ReportOptions()
    ) { names.append($0.name) }
    #expect(names == ["e1.md"])
  }
}
