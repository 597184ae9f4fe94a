import ParallaxBenchSupport
import Testing

@testable import ParallaxCore

@Suite struct PrefixSortTests {
  @Test func prefixIsTheFullSortsPrefix() {
    var generator = SplitMix64(seed: 7)
    for size in [0, 1, 2, 3, 5, 24, 25, 100, 1000] {
      for count in [0, 1, 2, 3, 24, size - 1, size, size + 3] where count >= 0 {
        // Many equal scores, told apart by index, as the similarity ranks its candidates.
        let scores = (0..<size).map { _ in Float(generator.next() % 7) }
        var indexes = Array(0..<size)
        let order = { (a: Int, b: Int) in scores[a] != scores[b] ? scores[a] > scores[b] : a < b }
        let expected = Array(indexes.sorted(by: order).prefix(count))
        indexes.sortPrefix(count, by: order)
        #expect(Array(indexes.prefix(count)) == expected, "size \(size), count \(count)")
        #expect(indexes.sorted() == Array(0..<size), "nothing lost or repeated")
      }
    }
  }

  @Test func documentedExample() {
    var scores = [5, 1, 4, 2, 3]
    scores.sortPrefix(2, by: >)
    #expect(scores[..<2] == [5, 4])
  }
}
