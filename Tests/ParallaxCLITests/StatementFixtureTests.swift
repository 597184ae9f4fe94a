import Foundation
import ParallaxCore
import Testing

/// The labelled fixture set: speaker precision and recall and exact quote spans, with floors.
@Suite struct StatementFixtureTests {
  struct GoldFile: Decodable { var statements: [StatementEvaluator.Gold] }

  @Test("fixture set meets the floors: precision ≥ 0.95, recall ≥ 0.85, exact spans ≥ 0.9")
  func metrics() throws {
    let resources = try StatementsTestSupport.resources()
    let loader = resources.loader()
    let extractor = resources.extractor()
    let names = try FileManager.default.contentsOfDirectory(atPath: StatementsTestSupport.fixtures.path)
      .filter { !$0.hasSuffix(".gold.yaml") }.sorted()
    #expect(names.count >= 30)
    var total = StatementEvaluator.Counts()
    var languages: Set<String> = []
    for name in names {
      let url = StatementsTestSupport.fixtures.appendingPathComponent(name)
      let base = (name as NSString).deletingPathExtension
      let goldText = try String(contentsOf: StatementsTestSupport.fixtures.appendingPathComponent(base + ".gold.yaml"), encoding: .utf8)
      let gold = try YAMLDocument(text: "schema: parallax.gold/1\n" + goldText, path: base, kind: "parallax.gold", majors: 1...1)
        .decode(GoldFile.self)
      let text = try String(contentsOf: url, encoding: .utf8)
      let (documents, problems) = loader.load(StatementsTestSupport.input(text, path: name))
      #expect(problems.isEmpty, "\(name): \(problems)")
      guard let document = documents.first else { continue }
      languages.insert(document.language.rawValue)
      let extraction = try extractor.extract(document)
      // Every sentence lands in exactly one statement.
      let covered = extraction.statements.flatMap(\.sentences)
      #expect(covered.sorted() == Array(0..<extraction.sentences.count), "\(name)")
      total = total + StatementEvaluator.evaluate(extraction.statements, gold: gold.statements, document: name)
    }
    print(String(format: "statement fixtures: %d documents, %d gold statements; speaker precision %.3f (%d/%d), recall %.3f (%d/%d), exact quote spans %.3f (%d/%d)",
      names.count, total.gold, total.precision, total.correctPredicted, total.predicted, total.recall, total.goldFound, total.gold,
      total.exactSpanRate, total.exactQuotes, total.goldQuotes))
    for miss in total.misses { print("  miss: \(miss)") }
    #expect(languages.count >= 5, "\(languages.sorted())")
    #expect(total.precision >= 0.95)
    #expect(total.recall >= 0.85)
    #expect(total.exactSpanRate >= 0.9)
  }
}
