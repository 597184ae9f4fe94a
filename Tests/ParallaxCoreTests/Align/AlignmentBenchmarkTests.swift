import Testing

@testable import ParallaxCore
import ParallaxBenchSupport

/// The benchmark functions parallax-bench calls: correct on small sets (no timing assertions).
@Suite struct AlignmentBenchmarkTests {
  @Test("planted paraphrase pairs are found on a small generated set")
  func plantedPairs() {
    let result = AlignmentBenchmark.run(statements: 600, seed: 7)
    #expect(result.plantedPairs == 300)
    #expect(result.recall >= 0.9, "recall \(result.recall)")
    #expect(result.alignments >= result.foundPairs)
  }

  @Test("the same seed gives the same result, timings aside")
  func deterministic() {
    var first = AlignmentBenchmark.run(statements: 300, seed: 3)
    var second = AlignmentBenchmark.run(statements: 300, seed: 3)
    first.alignSeconds = 0
    second.alignSeconds = 0
    first.peakResidentBytes = 0
    second.peakResidentBytes = 0
    #expect(first == second)
  }

  @Test("generated documents are grouped into their planted events")
  func corpus() {
    let result = AlignmentBenchmark.runCorpus(documents: 400, seed: 11)
    #expect(result.plantedEvents == 80)
    #expect(result.exactEventShare >= 0.9, "exact \(result.exactEventShare)")
    #expect(result.alignments > 0)
  }
}
