import ParallaxICU

/// Splits names and text into word tokens and their match keys, the way the name index and
/// the matcher must agree on.
struct NameTokenizer {
  let keys: MatchKeyBuilder
  let words: WordBreaker

  /// The match keys of the word and number tokens of `text`.
  func keys(of text: String) throws(ICUError) -> [String] {
    var result: [String] = []
    for token in try words.tokens(in: text) where token.kind != .other {
      result.append(try keys.key(String(text[token.range])))
    }
    return result
  }

  static func isCyrillic(_ key: String) -> Bool {
    key.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
  }

  /// The token itself and what remains after removing each ending it carries (both match keys).
  static func stems(of token: String, endings: [String], shortest: Int) -> [String] {
    var result = [token]
    let count = token.unicodeScalars.count
    for ending in endings where token.hasNormalizedSuffix(ending) {
      let endingCount = ending.unicodeScalars.count
      guard count - endingCount >= shortest else { continue }
      let stem = String(token.unicodeScalars.dropLast(endingCount))
      if !result.contains(stem) { result.append(stem) }
    }
    return result
  }

  /// The byte trigrams of a skeleton, padded at the start.
  static func trigrams(_ skeleton: [UInt8]) -> [UInt32] {
    let padded: [UInt8] = [0x20, 0x20] + skeleton
    guard padded.count >= 3 else { return [] }
    return (0..<(padded.count - 2)).map {
      UInt32(padded[$0]) << 16 | UInt32(padded[$0 + 1]) << 8 | UInt32(padded[$0 + 2])
    }
  }

  /// The fewest single-byte insertions, deletions and substitutions that turn `a` into `b`.
  static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// Jaro-Winkler similarity of two byte strings, 0…1.
  static func similarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
    if a == b { return 1 }
    if a.isEmpty || b.isEmpty { return 0 }
    let window = max(0, max(a.count, b.count) / 2 - 1)
    var aMatched = [Bool](repeating: false, count: a.count)
    var bMatched = [Bool](repeating: false, count: b.count)
    var matches = 0
    for i in 0..<a.count {
      let low = max(0, i - window)
      let high = min(b.count - 1, i + window)
      if low > high { continue }
      for j in low...high where !bMatched[j] && a[i] == b[j] {
        aMatched[i] = true
        bMatched[j] = true
        matches += 1
        break
      }
    }
    if matches == 0 { return 0 }
    var transpositions = 0
    var k = 0
    for i in 0..<a.count where aMatched[i] {
      while !bMatched[k] { k += 1 }
      if a[i] != b[k] { transpositions += 1 }
      k += 1
    }
    let m = Double(matches)
    let jaro = (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions / 2)) / m) / 3
    var prefix = 0
    while prefix < min(4, a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
    return jaro + Double(prefix) * 0.1 * (1 - jaro)
  }
}
