import Testing

@testable import ParallaxCore

/// Emerging topics of a long event: clusters labelled in parts on the cores are the clusters
/// one thread labels, in the same order.
@Suite struct EmergingTopicFinderTests {
  @Test("labels made in parts are the labels made in one pass, cluster for cluster")
  func labelsInParts() {
    // Five thousand statements: pairs that share two rare words, and singles of their own words.
    let profiles = (0..<5000).map { n -> StatementProfile in
      let pair = "pair\(n / 2)"
      let own = "own\(n)"
      let stems = n % 3 == 0 ? [own, "line"] : [pair, pair + "x", "line"]
      return StatementProfile(stems: stems, stemSurfaces: stems.map { $0.capitalized })
    }
    let finder = EmergingTopicFinder(threshold: 0.3)
    let inOnePass = finder.clusters(of: profiles, inParts: Int.max)
    let inParts = finder.clusters(of: profiles, inParts: 1)
    #expect(inOnePass.count > 2000)
    #expect(inParts.map(\.members) == inOnePass.map(\.members))
    #expect(inParts.map(\.slug) == inOnePass.map(\.slug))
    #expect(inParts.map(\.terms) == inOnePass.map(\.terms))
  }
}
