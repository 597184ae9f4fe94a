/// Clusters statements that no lexicon topic claims by their shared entities and salient words,
/// and names each cluster an emerging topic labelled by its top terms, so nothing is dropped.
struct EmergingTopicFinder {
  let threshold: Float

  /// An emerging topic for each profile, keyed by index, and the topics' descriptions.
  /// - Parameter taken: ids already used in the comparison (new ids avoid them).
  func topics(for profiles: [StatementProfile], taken: inout Set<TopicID>) -> (assigned: [TopicID], topics: [TopicInfo]) {
    var encoder = FeatureEncoder()
    var items = SparseItems()
    for (index, profile) in profiles.enumerated() {
      items.append(group: index, language: 0, features: encoder.features(profile, withTopics: false, withNumbers: false))
    }
    let similarity = SparseSimilarity(items: items, kinds: encoder.space.kinds, places: encoder.places)
    var parent = Array(profiles.indices)
    func root(_ x: Int) -> Int {
      var x = x
      while parent[x] != x { x = parent[x] }
      return x
    }
    for pair in similarity.pairs(minimum: threshold) {
      let a = root(Int(pair.a))
      let b = root(Int(pair.b))
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    var clusters: [Int: [Int]] = [:]
    for index in profiles.indices { clusters[root(index), default: []].append(index) }
    var assigned = [TopicID](repeating: TopicID(""), count: profiles.count)
    var infos: [TopicInfo] = []
    for key in clusters.keys.sorted() {
      let members = clusters[key] ?? []
      let (slug, terms) = label(members, profiles)
      var id = TopicID(TopicID.emergingPrefix + slug)
      var suffix = 2
      while taken.contains(id) {
        id = TopicID("\(TopicID.emergingPrefix)\(slug)-\(suffix)")
        suffix += 1
      }
      taken.insert(id)
      infos.append(TopicInfo(id: id, terms: terms))
      for member in members { assigned[member] = id }
    }
    return (assigned, infos)
  }

  /// The top three terms (most members, then first seen) and an id slug from their stems.
  private func label(_ members: [Int], _ profiles: [StatementProfile]) -> (String, [String]) {
    var counts: [String: (count: Int, order: Int, surface: String, slug: String)] = [:]
    var order = 0
    for member in members {
      let profile = profiles[member]
      for name in profile.names {
        let key = "e:" + name.id
        let slug = String(name.id.split(separator: ".").last ?? "")
        counts[key, default: (0, order, name.surface, slug)].count += 1
        order += 1
      }
      for (stem, surface) in zip(profile.stems, profile.stemSurfaces) {
        counts["w:" + stem, default: (0, order, surface, stem)].count += 1
        order += 1
      }
    }
    let top = counts.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.order < $1.order }.prefix(3)
    let slug = top.prefix(2).map(\.slug).joined(separator: "-")
    return (slug.isEmpty || !TopicID.isValid("x." + slug) ? "misc" : slug, top.map(\.surface))
  }
}
