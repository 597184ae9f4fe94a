import Testing

@testable import ParallaxCore

@Suite struct SparseSimilarityTests {
  @Test("pairs found on several threads are the pairs found on one, in the same order")
  func threads() {
    // 6,000 documents over 400 features, each with 6 drawn by a fixed sequence: enough pairs
    // above the threshold, and enough items for the work to be split.
    var items = SparseItems()
    var state: UInt64 = 42
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    for index in 0..<6000 {
      let features = Set((0..<6).map { _ in UInt32(next() % 400) }).sorted()
      items.append(group: index, language: Int(next() % 2), features: features)
    }
    let kinds = [FeatureKind](repeating: .word, count: 400)
    let similarity = SparseSimilarity(
      items: items, kinds: kinds, places: [Bool](repeating: false, count: 400),
      options: SimilarityOptions(candidatesPerItem: 8))
    let one = similarity.pairs(minimum: 0.2)
    #expect(one.count > 1000)
    #expect(similarity.pairs(minimum: 0.2, jobs: 2) == one)
    #expect(similarity.pairs(minimum: 0.2, jobs: 3) == one)
  }
}
