/// Topic ids put in the order of their text (`<`) without comparing a million strings: the
/// emerging topics of a long list are a few names, each with many numbers.
///
/// An id is a head (the text before its first digit) and a rest (empty, or starting with a
/// digit). Ids of different heads compare as their heads' text does, up to whether a rest
/// follows: where one head is a prefix of the other, the next character of the longer one is
/// no digit, so any digit compares to it alike. The few distinct (head, rest or none) classes
/// are put in order once, by one id each; within a class, a rest of up to 18 digits is a
/// number in base 11 (each digit plus one, then zeros for the places it does not reach), which
/// orders rests as their text does ("1" < "10" < "2"). Anything else (other scripts, longer
/// or other rests) is compared as text.
enum TopicIDTextOrder {
  /// The positions of `ids` in the order of their text.
  static func positions(_ ids: [TopicID]) -> [Int] {
    guard let classes = classes(ids) else { return ids.indices.sorted { ids[$0] < ids[$1] } }
    let rests = classes.rests.map(restKey)
    return inClassOrder(classes.ranks) { a, b in
      if rests[a] >= 0, rests[b] >= 0 { return rests[a] < rests[b] }
      return ids[a] < ids[b]
    }
  }

  /// Positions in the order of their ranks, then of `precedes` within a rank: the ranks by a
  /// counting sort (linear), then each rank's positions, kept in the order given when they are
  /// in order already (checked in one pass), else sorted.
  static func inClassOrder(_ ranks: [Int], by precedes: (Int, Int) -> Bool) -> [Int] {
    var order = byClass(ranks)
    var start = 0
    while start < order.count {
      var end = start + 1
      while end < order.count, ranks[order[end]] == ranks[order[start]] { end += 1 }
      if !(start + 1..<end).allSatisfy({ !precedes(order[$0], order[$0 - 1]) }) { order[start..<end].sort(by: precedes) }
      start = end
    }
    return order
  }

  /// Positions grouped by rank, ranks ascending, positions of one rank in the order given: a
  /// counting sort, linear in the positions and the ranks.
  static func byClass(_ ranks: [Int]) -> [Int] {
    var starts = [Int](repeating: 0, count: (ranks.max() ?? -1) + 2)
    for rank in ranks { starts[rank + 1] += 1 }
    for rank in starts.indices.dropFirst() { starts[rank] += starts[rank - 1] }
    var positions = [Int](repeating: 0, count: ranks.count)
    for (position, rank) in ranks.enumerated() {
      positions[starts[rank]] = position
      starts[rank] += 1
    }
    return positions
  }

  /// For each id, the rank of its (head, rest or none) class in the text order, and its rest;
  /// nil when an id is not ASCII. Ids of two classes compare as the ranks do.
  static func classes(_ ids: [TopicID]) -> (ranks: [Int], rests: [Substring])? {
    var heads: [Substring: Int] = [:]
    var kinds: [Int] = []
    var rests: [Substring] = []
    kinds.reserveCapacity(ids.count)
    rests.reserveCapacity(ids.count)
    // By kind (2 × head number, plus 1 with a rest): the first id of the kind, -1 for none.
    var representative: [Int] = []
    for (position, id) in ids.enumerated() {
      guard let (head, rest) = split(id.rawValue) else { return nil }
      let number = heads[head] ?? heads.count
      if number == heads.count {
        heads[head] = number
        representative += [-1, -1]
      }
      let kind = 2 * number + (rest.isEmpty ? 0 : 1)
      if representative[kind] < 0 { representative[kind] = position }
      kinds.append(kind)
      rests.append(rest)
    }
    let present = representative.indices.filter { representative[$0] >= 0 }
    var rank = [Int](repeating: 0, count: representative.count)
    for (order, kind) in present.sorted(by: { ids[representative[$0]] < ids[representative[$1]] }).enumerated() {
      rank[kind] = order
    }
    return (kinds.map { rank[$0] }, rests)
  }

  /// The head and the rest of an ASCII id; nil for any other.
  static func split(_ raw: String) -> (head: Substring, rest: Substring)? {
    let utf8 = raw.utf8
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte >= 0x80 { return nil }
      if byte >= 0x30 && byte <= 0x39 { break }
      index = utf8.index(after: index)
    }
    guard raw.utf8[index...].allSatisfy({ $0 < 0x80 }) else { return nil }
    return (raw[..<index], raw[index...])
  }

  /// A rest of digits as a number that orders like its text; -1 when it is not one (too long,
  /// or not all digits).
  static func restKey(_ rest: Substring) -> Int64 {
    let places = 18
    guard rest.utf8.count <= places else { return -1 }
    var key: Int64 = 0
    for byte in rest.utf8 {
      guard byte >= 0x30 && byte <= 0x39 else { return -1 }
      key = key * 11 + Int64(byte - 0x30 + 1)
    }
    for _ in rest.utf8.count..<places { key *= 11 }
    return key
  }
}
