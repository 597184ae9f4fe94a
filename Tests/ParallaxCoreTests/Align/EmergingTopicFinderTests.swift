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

  @Test("an emerging topic's terms read back as written, names and words, in the label and the JSON's order")
  func termsAsNumbers() throws {
    // Two statements that share a name and two words; the name comes first in the label.
    let name = StatementProfile.Form(id: "person.anna-berg", surface: "Анной Берг", neutral: false)
    let profiles = (0..<2).map { _ in
      var profile = StatementProfile(stems: ["port", "vesel"], stemSurfaces: ["порту", "Vessel"])
      profile.names = [name]
      return profile
    }
    let clusters = EmergingTopicFinder(threshold: 0.3).clusters(of: profiles)
    #expect(clusters.count == 1)
    var ids = TopicIDAllocator(taken: [])
    let (assigned, topics) = EmergingTopicFinder.name(clusters, count: profiles.count, ids: &ids)
    let topic = try #require(topics.first)
    #expect(topic.terms == ["Анной Берг", "порту", "Vessel"])
    #expect(topic.label(in: "en") == "Анной Берг, порту, Vessel")
    #expect(assigned == [topic.id, topic.id])
    // Kept as numbers or as strings, the same terms are the same topic.
    #expect(topic == TopicInfo(id: topic.id, terms: ["Анной Берг", "порту", "Vessel"]))
    #expect(topic.hashValue == TopicInfo(id: topic.id, terms: ["Анной Берг", "порту", "Vessel"]).hashValue)
    var renamed = topic
    renamed.terms = ["port"]
    #expect(renamed.terms == ["port"] && renamed != topic)
  }
}
