import Foundation
import ParallaxCore
import ParallaxBenchSupport
import Testing

/// Prints the benchmark figures at full size when `PARALLAX_BENCH=1` (run it in a release
/// build: `PARALLAX_BENCH=1 swift test -c release --filter AlignmentBenchmarkFigures`); does
/// nothing otherwise, so the suite stays fast. No timing is asserted.
@Suite struct AlignmentBenchmarkFigures {
  @Test("benchmark figures (PARALLAX_BENCH=1)")
  func figures() {
    guard ProcessInfo.processInfo.environment["PARALLAX_BENCH"] == "1" else { return }
    func mb(_ bytes: Int) -> String { String(format: "%.0f MB", Double(bytes) / 1_048_576) }
    let pairs = AlignmentBenchmark.run(statements: 10_000, seed: 1)
    print(String(format: "align 10k x 10k: %.3f s, recall %.3f on %d planted pairs, %d alignments, peak %@",
                 pairs.alignSeconds, pairs.recall, pairs.plantedPairs, pairs.alignments, mb(pairs.peakResidentBytes)))
    let small = AlignmentBenchmark.runCorpus(documents: 10_000, seed: 2)
    let large = AlignmentBenchmark.runCorpus(documents: 100_000, seed: 2)
    for run in [small, large] {
      print(String(format: "corpus %d docs (%d statements): group %.3f s + align %.3f s, %d events (planted %d, exact %.3f), %d alignments, peak %@",
                   run.documents, run.statements, run.groupSeconds, run.alignSeconds, run.events, run.plantedEvents,
                   run.exactEventShare, run.alignments, mb(run.peakResidentBytes)))
    }
    let ratio = (large.groupSeconds + large.alignSeconds) / max(1e-9, small.groupSeconds + small.alignSeconds)
    print(String(format: "corpus growth 10k -> 100k: %.2fx time", ratio))
  }
}
