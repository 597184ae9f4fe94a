import Foundation
@testable import ParallaxCore
import Testing

/// `compare --format json` written an event at a time: the same bytes as the whole JSON value,
/// whatever the number of events.
@Suite struct ComparisonJSONTests {
  @Test("the comparison's JSON handed over part by part is the whole value's text, with events and without")
  func streamedIsWhole() throws {
    let pipeline = try CLI.comparisonPipeline()
    let (files, _) = InputCollector().expand([CLI.exampleCorpus])
    let documents = pipeline.profile(files, jobs: 2).flatMap { (try? $0.result.get()) ?? [] }
    let comparison = pipeline.compare(documents, options: ComparerOptions())
    #expect(comparison.events.count > 1)
    let renderer = ComparisonRenderer(reportLanguage: "en")
    var parts: [String] = []
    renderer.json(comparison) { parts.append($0) }
    let whole = renderer.value(comparison).rendered() + "\n"
    #expect(parts.joined() == whole)
    let parsed = try JSONSerialization.jsonObject(with: Data(parts.joined().utf8)) as? [String: Any]
    #expect((parsed?["events"] as? [Any])?.count == comparison.events.count)
    // No events: the same head and an empty list.
    let empty = Comparison(events: [], topics: comparison.topics, settings: comparison.settings)
    #expect(renderer.json(empty) == renderer.value(empty).rendered() + "\n")
    #expect(renderer.json(empty).hasSuffix("\"events\": []\n}\n"))
  }
}
