import ParallaxICU

extension DiscoveryRun {
  /// The cluster of each mention, as the index of its representative mention.
  func cluster(_ mentions: [Mention]) -> [Int] {
    var sets = DisjointSets(count: mentions.count)
    // Exact: mentions sharing a folded key.
    var byKey: [[UInt8]: Int] = [:]
    for (index, mention) in mentions.enumerated() {
      for reading in mention.keys {
        let key = Self.joined(reading)
        if let other = byKey[key] { sets.union(other, index) } else { byKey[key] = index }
      }
    }
    joinTermNamesMissingATerm(mentions, &sets)
    joinAcronyms(mentions, &sets)
    joinSurnames(mentions, &sets)
    joinNamesAfterAWord(mentions, &sets)
    joinNearSpellings(mentions, &sets)
    joinSurnamesAcrossDocuments(mentions, &sets)
    return mentions.indices.map { sets.find($0) }
  }

  static func joined(_ reading: [[UInt8]]) -> [UInt8] {
    var out: [UInt8] = []
    for (i, word) in reading.enumerated() {
      if i > 0 { out.append(0x20) }
      out += word
    }
    return out
  }

  /// A term name that lacks one generic term of the other names with its specific part joins
  /// them when they are one entity: "Nações Unidas" and "Organização das Nações Unidas",
  /// "Elektrownię Dnieprzańską" and "Dnieprzańska Elektrownia Wodna". The term left out
  /// qualifies the name ("energy", "hydro") or is its only kind of thing ("Organização"); one
  /// kind of thing beside another names a different thing (the dam of the Kakhovka plant is not
  /// the plant). A reading of one term and nothing else, or one that several entities would take,
  /// stays apart.
  private func joinTermNamesMissingATerm(_ mentions: [Mention], _ sets: inout DisjointSets) {
    // Each term reading (concepts first, then specific tokens, both sorted) with the mentions
    // that have it.
    var holders: [[[UInt8]]: [Int]] = [:]
    for (index, mention) in mentions.enumerated() {
      for reading in mention.keys where Self.isTermReading(reading) { holders[reading, default: []].append(index) }
    }
    // Each reading with one concept left out, and the readings it is that for.
    var fuller: [[[UInt8]]: [[[UInt8]]]] = [:]
    for reading in holders.keys {
      for (position, token) in reading.enumerated() where token.first == 0x23 {
        var shorter = reading
        shorter.remove(at: position)
        // A name left with one concept is a thing's name only when that concept names things
        // on its own ("Port of Pivdennyi" and "Pivdennyi").
        let alone = shorter.count == 1 && isHead(token) && isNameConcept(shorter[0])
        guard shorter.count >= 2 || alone, shorter.contains(where: { $0.first == 0x23 }) else { continue }
        if isHead(token), shorter.contains(where: isHead) { continue }
        fuller[shorter, default: []].append(reading)
      }
    }
    for shorter in fuller.keys.sorted(by: { Self.joined($0).lexicographicallyPrecedes(Self.joined($1)) }) {
      guard let first = holders[shorter]?.first, let longer = fuller[shorter] else { continue }
      let owners = Set(longer.flatMap { holders[$0] ?? [] }.map { sets.find($0) })
      if owners.count == 1, let owner = owners.first { sets.union(owner, first) }
    }
  }

  /// Whether a folded token is a concept that names things on its own (`nameConcepts`).
  private func isNameConcept(_ token: [UInt8]) -> Bool {
    token.first == 0x23 && lexicon.nameConcepts.contains(String(decoding: token.dropFirst(), as: UTF8.self))
  }

  /// Whether a folded token is a concept that names a kind of thing (`headConcepts`).
  private func isHead(_ token: [UInt8]) -> Bool {
    token.first == 0x23 && lexicon.headConcepts.contains(String(decoding: token.dropFirst(), as: UTF8.self))
  }

  /// In each document, a short one-word name joins the one name of three words or more whose
  /// initials it spells: "Aiea" and "Agenzia internazionale per l'energia atomica", "ЗСУ" and
  /// "Збройних Сил України".
  private func joinAcronyms(_ mentions: [Mention], _ sets: inout DisjointSets) {
    var start = 0
    while start < mentions.count {
      var end = start
      while end < mentions.count, mentions[end].document == mentions[start].document { end += 1 }
      var spelled: [String: Set<Int>] = [:]
      for index in start..<end where !mentions[index].initials.isEmpty {
        spelled[mentions[index].initials, default: []].insert(sets.find(index))
      }
      for index in start..<end where !mentions[index].shortForm.isEmpty {
        if let owners = spelled[mentions[index].shortForm], owners.count == 1, let owner = owners.first {
          sets.union(owner, index)
        }
      }
      start = end
    }
  }

  /// In each document, a one-word mention joins the one full name (not a place) whose last word
  /// it is: "Prokudin" after "Oleksandr Prokudin".
  private func joinSurnames(_ mentions: [Mention], _ sets: inout DisjointSets) {
    var start = 0
    while start < mentions.count {
      var end = start
      while end < mentions.count, mentions[end].document == mentions[start].document { end += 1 }
      var owners: [[UInt8]: Set<Int>] = [:]
      for index in start..<end where !mentions[index].place && !mentions[index].isCompound {
        for reading in mentions[index].keys where reading.count > 1 && !Self.isTermReading(reading) {
          if let last = reading.last { owners[last, default: []].insert(sets.find(index)) }
        }
      }
      for index in start..<end where mentions[index].keys.allSatisfy({ $0.count == 1 }) {
        var found: Set<Int> = []
        for reading in mentions[index].keys { found.formUnion(owners[reading[0]] ?? []) }
        if found.count == 1, let owner = found.first { sets.union(owner, index) }
      }
      start = end
    }
  }

  /// A Cyrillic name of three words or more joins the name of two or more words that the rest
  /// of it is elsewhere: a genitive before a name is no part of it ("Словаччини Деніса Сакова",
  /// where the registry does not know the country, and "Дениса Сакова").
  private func joinNamesAfterAWord(_ mentions: [Mention], _ sets: inout DisjointSets) {
    var names: [[UInt8]: Int] = [:]
    for (index, mention) in mentions.enumerated() where mention.isCyrillic && !mention.isAcronym {
      for reading in mention.keys where reading.count >= 2 && !Self.isTermReading(reading) {
        let key = Self.joined(reading)
        if names[key] == nil { names[key] = index }
      }
    }
    for (index, mention) in mentions.enumerated() where mention.isCyrillic && !mention.hasParticle {
      for reading in mention.keys where reading.count >= 3 && !Self.isTermReading(reading) {
        if let other = names[Self.joined(Array(reading.dropFirst()))] { sets.union(other, index) }
      }
    }
  }

  /// A one-word name joins the one full name of a person elsewhere that ends with it: two or
  /// three capitalized words, not a place ("Akar" and "Хулуси Акар").
  private func joinSurnamesAcrossDocuments(_ mentions: [Mention], _ sets: inout DisjointSets) {
    var owners: [[UInt8]: Set<Int>] = [:]
    for (index, mention) in mentions.enumerated() where !mention.place && !mention.hasParticle && !mention.isCompound {
      for reading in mention.keys where (reading.count == 2 || reading.count == 3) && !Self.isTermReading(reading) {
        if let last = reading.last { owners[last, default: []].insert(sets.find(index)) }
      }
    }
    for (index, mention) in mentions.enumerated() where !mention.isAcronym && mention.keys.allSatisfy({ $0.count == 1 }) {
      var found: Set<Int> = []
      for reading in mention.keys {
        for owner in owners[reading[0]] ?? [] { found.insert(sets.find(owner)) }
      }
      if found.count == 1, let owner = found.first { sets.union(owner, index) }
    }
  }

  /// Joins clusters with near spellings, comparing only readings that share a block: the same
  /// number of words and the same first three consonants, or the same first three letters, of
  /// the last word. A block is compared pair by pair up to `blockLimit` readings; a larger one
  /// only with its sorted neighbours, so the cost stays close to linear.
  private func joinNearSpellings(_ mentions: [Mention], _ sets: inout DisjointSets) {
    var readings: [[[UInt8]]] = []
    var owner: [Int] = []
    // A single word at a sentence's start or in a language that capitalizes nouns is weak
    // evidence of a name: its spellings link to a strong mention's by similarity alone, never by
    // the looser skeleton rule nor to another weak one, so that ordinary words ("Seiten",
    // "Сотня", "Asimismo", "Assim") do not chain into names.
    var strong: [Bool] = []
    var seen: [[UInt8]: Int] = [:]
    for (index, mention) in mentions.enumerated() {
      let weak = isWeak(mention)
      for reading in mention.keys {
        let key = Self.joined(reading)
        if let known = seen[key] {
          if !weak { strong[known] = true }
        } else {
          seen[key] = readings.count
          readings.append(reading)
          owner.append(index)
          strong.append(!weak)
        }
      }
    }
    var blocks: [[UInt8]: [Int]] = [:]
    for (r, reading) in readings.enumerated() {
      guard let last = reading.last else { continue }
      let count = UInt8(min(reading.count, 255))
      blocks[[0x01, count] + skeleton(last).prefix(3), default: []].append(r)
      blocks[[0x02, count] + last.prefix(3), default: []].append(r)
    }
    let blockLimit = 400
    for key in blocks.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      guard let members = blocks[key] else { continue }
      let ordered = members.sorted { Self.joined(readings[$0]).lexicographicallyPrecedes(Self.joined(readings[$1])) }
      for (i, a) in ordered.enumerated() {
        let reach = ordered.count <= blockLimit ? ordered.count : min(ordered.count, i + 1 + 32)
        for b in ordered[(i + 1)..<reach] where (strong[a] || strong[b]) && sets.find(owner[a]) != sets.find(owner[b]) {
          if near(readings[a], readings[b], bySkeleton: strong[a] && strong[b]) { sets.union(owner[a], owner[b]) }
        }
      }
    }
  }
}

extension DiscoveryRun {
  /// Whether a mention is one word at a sentence's start or in a language that capitalizes
  /// nouns: weak evidence of a name.
  func isWeak(_ mention: Mention) -> Bool {
    mention.keys.allSatisfy { $0.count == 1 } && (mention.initial || lexicon.capitalizingNouns.contains(mention.language))
  }
}
