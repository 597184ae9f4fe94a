/// Clusters statements that no lexicon topic claims by their shared entities and salient words,
/// and names each cluster an emerging topic labelled by its top terms, so nothing is dropped.
struct EmergingTopicFinder {
  let threshold: Float

  /// A cluster of statements no lexicon topic claims: its members (indexes into the profiles
  /// given), the slug its id is made from, and its top terms.
  struct Cluster: Sendable {
    var members: [Int]
    var slug: String
    var terms: TopicTerms
  }

  /// An emerging topic for each profile, keyed by index, and the topics' descriptions.
  /// - Parameter ids: the ids already used in the comparison (new ids avoid them).
  func topics(for profiles: [StatementProfile], ids: inout TopicIDAllocator) -> (assigned: [TopicID], topics: [TopicInfo]) {
    Self.name(clusters(of: profiles), count: profiles.count, ids: &ids)
  }

  /// The clusters of `profiles`, in the order their ids are handed out: the part of `topics`
  /// that needs no ids, so that the events of a comparison can be clustered in parallel.
  /// - Parameter positions: the profiles to cluster, by position in `profiles` (nil for all);
  ///   the clusters' members are indexes into them. (A long list's statements no lexicon topic
  ///   claims are clustered where they are, not copied out.)
  /// - Parameter inParts: the fewest clusters whose labels are made in parts on the cores.
  func clusters(of profiles: [StatementProfile], at positions: [Int]? = nil, inParts: Int = Self.labelledInParts) -> [Cluster] {
    let count = positions?.count ?? profiles.count
    var encoder = FeatureEncoder()
    var items = SparseItems()
    for index in 0..<count {
      let position = positions?[index] ?? index
      items.append(group: index, language: 0, features: encoder.features(profiles[position], withTopics: false, withNumbers: false))
    }
    let similarity = SparseSimilarity(items: items, kinds: encoder.space.kinds, places: encoder.places)
    var parent = Array(0..<count)
    func root(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    for pair in similarity.pairs(minimum: threshold) {
      let a = root(Int(pair.a))
      let b = root(Int(pair.b))
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    // A root is the smallest index of its cluster, so clusters are met in the order of their
    // roots, each member in index order.
    var clusterOf = [Int](repeating: -1, count: count)
    var members: [[Int]] = []
    for index in 0..<count {
      let key = root(index)
      if clusterOf[key] < 0 {
        clusterOf[key] = members.count
        members.append([])
      }
      members[clusterOf[key]].append(index)
    }
    func cluster(_ index: Int) -> Cluster {
      let (slug, terms) = label(members[index], profiles, at: positions)
      return Cluster(members: members[index], slug: slug, terms: terms)
    }
    // Each cluster's label on its own: a long list's hundreds of thousands are labelled in
    // parts, a part per core, joined in order.
    guard members.count >= inParts else { return members.indices.map(cluster) }
    let pool = WorkerPool()
    let size = (members.count + pool.jobs - 1) / pool.jobs
    let parts = stride(from: 0, to: members.count, by: size).map { $0..<min($0 + size, members.count) }
    var clusters: [Cluster] = []
    clusters.reserveCapacity(members.count)
    pool.run(count: parts.count, makeTask: { () }) { _, k in
      parts[k].map(cluster)
    } deliver: { k, part in
      clusters += part ?? parts[k].map(cluster)
    }
    return clusters
  }

  /// The fewest clusters labelled in parts.
  static let labelledInParts = 4096

  /// Ids for `clusters` of `count` profiles, taken from `ids` in cluster order.
  static func name(_ clusters: [Cluster], count: Int, ids: inout TopicIDAllocator) -> (assigned: [TopicID], topics: [TopicInfo]) {
    var assigned = [TopicID](repeating: TopicID(""), count: count)
    var infos: [TopicInfo] = []
    infos.reserveCapacity(clusters.count)
    for cluster in clusters {
      let id = ids.allocate(TopicID.emergingPrefix + cluster.slug)
      infos.append(TopicInfo(id: id, terms: cluster.terms))
      for member in cluster.members { assigned[member] = id }
    }
    return (assigned, infos)
  }

  /// The top three terms (most members, then first seen) and an id slug from their stems.
  private func label(_ members: [Int], _ profiles: [StatementProfile], at positions: [Int]?) -> (String, TopicTerms) {
    // A tally per entity and per word stem, each found by its own table (no key strings built
    // per occurrence), in the order first met.
    // A word's texts are only looked up for the three tallies shown.
    enum Term {
      case name(surface: String, slug: Substring)
      case word(StatementProfile.Word)
    }
    var tallies: [(count: Int, term: Term)] = []
    var entities: [String: Int] = [:]
    var words: [UInt32: Int] = [:]
    // Most clusters are one statement, whose stems are distinct already (a profile keeps a
    // stem once): its words are tallied without a table.
    let single = members.count == 1
    for index in members {
      let member = positions?[index] ?? index
      for name in profiles[member].names {
        if let slot = entities[name.id] {
          tallies[slot].count += 1
        } else {
          entities[name.id] = tallies.count
          tallies.append((1, .name(surface: name.surface, slug: name.id.split(separator: ".").last ?? "")))
        }
      }
      for word in profiles[member].words {
        if single {
          tallies.append((1, .word(word)))
        } else if let slot = words[word.stem] {
          tallies[slot].count += 1
        } else {
          words[word.stem] = tallies.count
          tallies.append((1, .word(word)))
        }
      }
    }
    // The three with most members, the first met among equals (tallies are in the order
    // first met): picked in one pass, without sorting every tally.
    var best: [Int] = []
    for candidate in tallies.indices {
      let place = best.firstIndex { tallies[candidate].count > tallies[$0].count } ?? best.count
      guard place < 3 else { continue }
      best.insert(candidate, at: place)
      if best.count > 3 { best.removeLast() }
    }
    // The terms as numbers of their surfaces (a name's surface is numbered here, a word's was
    // when it was profiled).
    let top: [(surface: UInt32, slug: Substring)] = best.map { index in
      switch tallies[index].term {
      case .name(let surface, let slug): (WordVocabulary.surfaces.number(of: surface), slug)
      case .word(let word): (word.surface, word.stemText[...])
      }
    }
    let slug = top.prefix(2).map(\.slug).joined(separator: "-")
    return (slug.isEmpty || !TopicID.isValid("x." + slug) ? "misc" : slug, TopicTerms(surfaces: top.map(\.surface)))
  }
}

/// Hands out topic ids that no topic of the comparison has yet: the name itself when free,
/// else the name with the first free suffix from 2 on. It remembers where each name's search
/// stopped (ids are only ever added, so every smaller suffix is taken), so n clusters with one
/// name cost n probes, not n²/2.
///
/// Suffixed ids are not kept one by one: that a name's suffixes from 2 up to where its search
/// stopped are all taken says which they are. (A long list hands out a million of them.)
struct TopicIDAllocator {
  /// The ids given (the lexicon's), and the names handed out as they are.
  private var taken: Set<TopicID>
  /// For each name that took a suffix: every suffix from 2 below this one is taken.
  private var nextSuffix: [String: Int] = [:]
  /// The name that took a suffix last, and its next suffix (not yet in `nextSuffix`): a run of
  /// clusters with one name, as a long list gives, costs one lookup each.
  private var last: (name: String, next: Int)?

  /// - Parameter capacity: about how many names will be handed out (room made at once, so the
  ///   set of ids is not rehashed as it grows).
  init(taken: some Sequence<TopicID>, capacity: Int = 0) {
    self.taken = Set(taken)
    self.taken.reserveCapacity(self.taken.count + capacity)
  }

  mutating func allocate(_ name: String) -> TopicID {
    var suffix: Int
    if let last, last.name == name {
      // Taken, as is every suffix below `last.next`.
      suffix = last.next
    } else {
      if let last { nextSuffix[last.name] = last.next }
      last = nil
      let id = TopicID(name)
      if !handedOutWithSuffix(name), taken.insert(id).inserted { return id }
      suffix = nextSuffix[name, default: 2]
    }
    var id: TopicID
    repeat {
      // Another name's suffixed id is never this one (the text after the last hyphen is the
      // suffix), so only the given and the plain ids can hold it.
      id = TopicID("\(name)-\(suffix)")
      suffix += 1
    } while taken.contains(id)
    last = (name, suffix)
    return id
  }

  /// Whether `name` is an id this allocator handed out as another name with a suffix.
  private func handedOutWithSuffix(_ name: String) -> Bool {
    guard let hyphen = name.utf8.lastIndex(of: UInt8(ascii: "-")) else { return false }
    let digits = name.utf8[name.utf8.index(after: hyphen)...]
    // Suffixes are written from 2 on, without leading zeros.
    guard let first = digits.first, first != UInt8(ascii: "0"), digits.count <= 18,
      digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else { return false }
    let number = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    let stem = String(name[..<hyphen])
    let next = last?.name == stem ? last!.next : nextSuffix[stem, default: 2]
    return number >= 2 && number < next
  }
}
