import Testing

@testable import ParallaxCore

@Suite struct AlignmentPairsTests {
  @Test("up to the limit every pair of members is compared; past it, each member with the first and the next")
  func pairs() {
    let small = AlignmentClassifier.pairs(of: [3, 5, 9], limit: 4)
    #expect(small.map { [$0.0, $0.1] } == [[3, 5], [3, 9], [5, 9]])
    let members = Array(0..<1000)
    let large = AlignmentClassifier.pairs(of: members, limit: 64)
    #expect(large.count == 2 * 999 - 1)
    #expect(Set(large.map { $0.1 }) == Set(1..<1000))
    #expect(large.allSatisfy { $0.0 == 0 || $0.1 == $0.0 + 1 })
  }
}
