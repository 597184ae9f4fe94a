/// Decides an alignment's relation, confidence, topic and evidence from its members' profiles.
struct AlignmentClassifier {
  let similarity: SparseSimilarity
  let space: FeatureSpace
  let profiles: [StatementProfile]
  let statements: [Statement]
  let refs: [StatementRef]
  let options: AlignmentOptions

  /// Words at least this similar (cosine over word stems, one language) are near-verbatim.
  static let sameWords: Float = 0.75
  /// Across languages, pairs this similar with the same entities and numbers are translations.
  static let sameAcross: Float = 0.55

  func alignment(_ cluster: StatementAligner.Cluster) -> Alignment {
    let members = cluster.members.sorted { refs[$0] < refs[$1] }
    var relations: [Alignment.Relation] = []
    var conflicts: [String] = []
    for (i, j) in Self.pairs(of: members, limit: options.exactPairLimit) {
      let (relation, why) = pairRelation(i, j)
      relations.append(relation)
      conflicts += why
    }
    let relation: Alignment.Relation =
      relations.contains(.conflicting) ? .conflicting
      : relations.allSatisfy({ $0 == .same }) ? .same
      : relations.contains(.partial) ? .partial : .paraphrase
    let confidence: Alignment.Confidence = cluster.weakestLink >= options.confidentThreshold ? .confident : .suggested
    return Alignment(
      topic: topic(members), relation: relation, confidence: confidence, score: Comparer.rounded(cluster.weakestLink),
      members: members.map { refs[$0] }, evidence: evidence(members, conflicts: StatementProfiler.unique(conflicts)))
  }

  /// The pairs of `members` (in their order) that decide an alignment: every pair up to
  /// `limit` members; past it, each member with the first and with the next, so the cost stays
  /// linear in the members.
  static func pairs(of members: [Int], limit: Int) -> [(Int, Int)] {
    guard members.count > limit else {
      return members.indices.flatMap { x in members[(x + 1)...].map { (members[x], $0) } }
    }
    var pairs: [(Int, Int)] = []
    pairs.reserveCapacity(2 * members.count)
    for x in 1..<members.count {
      pairs.append((members[0], members[x]))
      if x + 1 < members.count { pairs.append((members[x], members[x + 1])) }
    }
    return pairs
  }

  /// How two statements relate, and what conflicts between them.
  func pairRelation(_ i: Int, _ j: Int) -> (Alignment.Relation, [String]) {
    let a = profiles[i]
    let b = profiles[j]
    let score = similarity.score(i, j)
    let sharesTopic = !Set(a.topics).isDisjoint(with: b.topics)
    let sharesEntity = !Set(a.entities).isDisjoint(with: b.entities)
    var why: [String] = []
    if sharesTopic || sharesEntity {
      let onlyA = a.numbers.filter { !b.numbers.contains($0) && !NumberNormalizer.isYear($0) }
      let onlyB = b.numbers.filter { !a.numbers.contains($0) && !NumberNormalizer.isYear($0) }
      if !onlyA.isEmpty, !onlyB.isEmpty {
        why.append("numbers: \(onlyA.joined(separator: ", ")) / \(onlyB.joined(separator: ", "))")
      }
      // Two statements that each name days, none the same: a disagreement on when.
      if !a.dates.isEmpty, !b.dates.isEmpty, Set(a.dates).isDisjoint(with: b.dates) {
        why.append("dates: \(a.dates.joined(separator: ", ")) / \(b.dates.joined(separator: ", "))")
      }
      if a.negated != b.negated, score >= options.confidentThreshold { why.append("negation") }
    }
    if !why.isEmpty { return (.conflicting, why) }
    let sameLanguage = statements[i].language.language == statements[j].language.language
    if sameLanguage {
      if similarity.cosine(i, j, kind: .word) >= Self.sameWords, Set(a.numbers) == Set(b.numbers) { return (.same, []) }
    } else if score >= Self.sameAcross, Set(a.entities) == Set(b.entities), Set(a.numbers) == Set(b.numbers),
      !(a.entities.isEmpty && a.numbers.isEmpty)
    {
      return (.same, [])
    }
    return (score >= options.confidentThreshold ? .paraphrase : .partial, [])
  }

  /// The topic most members share (lexicon topics before emerging ones, then by id).
  private func topic(_ members: [Int]) -> TopicID {
    var counts: [TopicID: Int] = [:]
    for member in members { for topic in statements[member].topics { counts[TopicID(topic), default: 0] += 1 } }
    let best = counts.sorted { x, y in
      if x.value != y.value { return x.value > y.value }
      if x.key.isEmerging != y.key.isEmerging { return !x.key.isEmerging }
      return x.key < y.key
    }
    return best.first?.key ?? TopicID(TopicID.emergingPrefix + "misc")
  }

  /// Features at least two members share, by kind.
  private func evidence(_ members: [Int], conflicts: [String]) -> AlignmentEvidence {
    var counts: [UInt32: Int] = [:]
    for member in members { for f in similarity.items.features(of: member) { counts[f, default: 0] += 1 } }
    let shared = counts.filter { $0.value >= 2 }.keys.sorted()
    var evidence = AlignmentEvidence(conflicts: conflicts)
    // Each stem's surface in the first member (in order) that has it, found in one pass.
    var surfaces: [UInt32: UInt32] = [:]
    if shared.contains(where: { space.kinds[Int($0)] == .word }) {
      for member in members {
        for word in profiles[member].words where surfaces[word.stem] == nil { surfaces[word.stem] = word.surface }
      }
    }
    for f in shared {
      if let stem = space.stem(of: f) {
        if let surface = surfaces[stem] { evidence.words.append(WordVocabulary.surfaces[surface]) }
        continue
      }
      let text = space.text(of: f)
      switch space.kinds[Int(f)] {
      case .entity: evidence.entities.append(EntityID(text))
      case .topic: evidence.topics.append(TopicID(text))
      case .number: evidence.numbers.append(text)
      case .date: evidence.dates.append(text)
      case .word: break
      }
    }
    evidence.entities.sort()
    evidence.topics.sort()
    evidence.numbers.sort()
    evidence.dates.sort()
    return evidence
  }
}
