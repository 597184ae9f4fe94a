import Foundation
@testable import ParallaxCore
import Testing

/// The pipeline API as the DocC article shows it, on three of the example reports: the
/// figures the article prints are the ones a run gives.
@Suite struct PipelineAPITests {
  @Test("the article's example: one event of three documents, three alignments, three unique statements, nothing lost")
  func article() throws {
    let pipeline = try CLI.comparisonPipeline()
    let corpus = CLI.exampleCorpus + "/"
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

  @Test("a long document is profiled in parts on the cores: the same statements and profiles as one profiler gives")
  func longDocumentInParts() throws {
    let pipeline = try CLI.comparisonPipeline()
    let base = pipeline.base
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("long.txt").path
    // Enough lines for parts (each a statement), with names, numbers and quotes to profile.
    let lines = (0..<(2 * ComparisonPipeline.profiledInParts)).map { n in
      switch n % 4 {
      case 0: "Officials in Kyiv reported \(n) new shelters."
      case 1: "\"We will rebuild the dam,\" Zelensky said on day \(n)."
      case 2: "В Москве сообщили о \(n) тысячах пострадавших."
      default: "The IAEA inspected unit \(n % 6 + 1) at Zaporizhzhia.\n\nThe inspectors of round \(n) go on to Enerhodar and the Kakhovka dam"
      }
    }
    // Every fourth line is followed by a heading of its own: headings are profiled in parts too.
    try lines.joined(separator: "\n\n").write(toFile: file, atomically: true, encoding: .utf8)
    let inParts = try #require(try pipeline.profile([file], jobs: 1).first?.result.get().first)
    #expect(inParts.statements.count >= ComparisonPipeline.profiledInParts)
    let document = try #require(try base.load(file).result.get().first)
    let extraction = try base.extraction(document, task: PipelineTask())
    let whole = try pipeline.resources.makeProfiler().profile(
      document.withoutText(), statements: extraction.statements, headings: extraction.headings)
    #expect(inParts.statements == whole.statements)
    #expect(inParts.headings.count > 1_000)
    #expect(inParts.headings.map(\.position) == whole.headings.map(\.position))
    #expect(inParts.headings.map(\.profile.entities) == whole.headings.map(\.profile.entities))
    #expect(inParts.headings.map(\.profile.clues) == whole.headings.map(\.profile.clues))
    #expect(inParts.profiles.map(\.entities) == whole.profiles.map(\.entities))
    #expect(inParts.profiles.map(\.topics) == whole.profiles.map(\.topics))
    #expect(inParts.profiles.map(\.numbers) == whole.profiles.map(\.numbers))
    #expect(inParts.profiles.map(\.stems) == whole.profiles.map(\.stems))
    #expect(inParts.profiles.map { $0.names.map(\.surface) } == whole.profiles.map { $0.names.map(\.surface) })
  }
}
