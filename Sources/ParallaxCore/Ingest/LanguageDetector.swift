import ParallaxICU

/// Tells the language and scripts of a stretch of text from the language profiles: the script
/// (by ICU) narrows the candidates, then distinctive letters and function words decide.
/// Russian and Ukrainian are told apart on a single sentence by letters such as "ы" and "ї"
/// and words such as "что" and "що".
///
/// ```swift
/// detector.detect("Він заявив, що переговори тривають.").language   // uk
/// ```
public struct LanguageDetector: Sendable {
  /// A detection: the language (`und` when nothing fits) and the scripts seen.
  public struct Result: Sendable, Hashable {
    public var language: LocaleID
    public var scripts: [String]
  }

  private struct Compiled: Sendable {
    var language: LocaleID
    var script: String
    /// Letter slots (see `slots`) and their weights.
    var letters: [(slot: Int, weight: Int)]
    var excluded: [Int]
    /// Letter slots of which a text of `within` letters or more shows one (see
    /// `LanguageProfile.frequentLetters`); empty when the profile names none.
    var frequent: [Int]
    var within: Int
  }

  private let profiles: [Compiled]
  /// A slot per letter that some profile weighs or excludes: counting only those letters, in
  /// an array, gives the same scores as counting every letter in a dictionary.
  private let slots: [UInt32: Int]
  /// `slots` for the BMP as a table: slot + 1, or 0 for a letter no profile mentions.
  private let slotTable: [UInt16]
  /// The function words of every profile (as packed scalars), with the profiles listing each.
  private let functionWords: FunctionWordTable
  /// At most this many scalars are looked at: enough for a paragraph, bounded for huge ones.
  public var sampleLimit = 4_000

  /// Up to 12 scalars packed three to a 64-bit part: a function word as a hashable value
  /// without a String (words longer than 12 scalars never decide a language here).
  struct WordKey: Hashable, Sendable {
    var parts: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var count = 0

    static func == (a: WordKey, b: WordKey) -> Bool {
      a.count == b.count && a.parts.0 == b.parts.0 && a.parts.1 == b.parts.1 && a.parts.2 == b.parts.2
        && a.parts.3 == b.parts.3
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(parts.0)
      hasher.combine(parts.1)
      hasher.combine(parts.2)
      hasher.combine(parts.3)
    }

    /// Appends a scalar. The parts are a shift register of the last 12 scalars (the newest in
    /// the low bits of `parts.0`), so that appending costs a few shifts and no branch; a word
    /// of up to 12 scalars is held exactly, a longer one by its last 12 (and never looked up).
    @inline(__always)
    mutating func append(_ value: UInt32) {
      let mask: UInt64 = (1 << 63) - 1
      parts.3 = (parts.3 << 21 | parts.2 >> 42) & mask
      parts.2 = (parts.2 << 21 | parts.1 >> 42) & mask
      parts.1 = (parts.1 << 21 | parts.0 >> 42) & mask
      parts.0 = (parts.0 << 21 | UInt64(value)) & mask
      count += 1
    }
  }

  public init(profiles: [LanguageProfile]) {
    var slots: [UInt32: Int] = [:]
    func slot(_ scalar: Unicode.Scalar) -> Int {
      if let existing = slots[scalar.value] { return existing }
      slots[scalar.value] = slots.count
      return slots.count - 1
    }
    var functionWords: [WordKey: [Int]] = [:]
    var compiled: [Compiled] = []
    for (index, profile) in profiles.sorted(by: { $0.language < $1.language }).enumerated() {
      let letters = Dictionary(
        profile.letters.compactMap { key, weight in key.unicodeScalars.first.map { ($0, weight) } }, uniquingKeysWith: max)
      compiled.append(
        Compiled(
          language: profile.language, script: profile.script,
          letters: letters.sorted { $0.key.value < $1.key.value }.map { (slot($0.key), $0.value) },
          excluded: Set(profile.excludedLetters.compactMap(\.unicodeScalars.first)).sorted { $0.value < $1.value }.map(slot),
          frequent: Set((profile.frequentLetters?.letters ?? []).compactMap(\.unicodeScalars.first)).sorted { $0.value < $1.value }
            .map(slot),
          within: profile.frequentLetters?.within ?? 0))
      for word in Set(profile.words.map { TextFold.fold($0) }) {
        var key = WordKey()
        for scalar in word.unicodeScalars { key.append(scalar.value) }
        guard key.count <= 12 else { continue }
        functionWords[key, default: []].append(index)
      }
    }
    self.profiles = compiled
    self.slots = slots
    var slotTable = [UInt16](repeating: 0, count: 0x10000)
    for (value, slot) in slots where value < 0x10000 && slot < 0xFFFF { slotTable[Int(value)] = UInt16(slot + 1) }
    self.slotTable = slotTable
    self.functionWords = FunctionWordTable(functionWords)
    // One 64-bit word per BMP code point: lowercase letter, slot + 1 and script index, so that
    // the scan makes one table lookup per scalar.
    let letters = Self.letterTable
    let scripts = Self.scriptTable.indexes
    var facts = [UInt64](repeating: 0, count: 0x10000)
    for value in 0..<0x10000 {
      let lower = letters[value]
      guard lower != 0 else { continue }
      let slot = lower < 0x10000 && slots.count < 0xFFFF ? UInt64(slotTable[Int(lower)]) : 0
      facts[value] = UInt64(lower) | slot << 21 | UInt64(scripts[value]) << 37
    }
    self.facts = facts
  }

  /// Per BMP code point: bits 0–20 its lowercase letter (0 when not a letter), bits 21–36 its
  /// letter slot + 1 (0 when no profile mentions it), bits 37–44 its script index.
  private let facts: [UInt64]

  /// Function words → the profiles listing them: open addressing over the packed keys, so a
  /// word is looked up with a multiply and a compare instead of SipHash.
  struct FunctionWordTable: Sendable {
    private var slots: [Int32]
    private var keys: [WordKey] = []
    /// The profiles listing key `k` are `holderList[holderStart[k]..<holderStart[k + 1]]`:
    /// one flat array, so that a lookup hands back a range and copies no array.
    private var holderStart: [Int32] = [0]
    private(set) var holderList: [Int32] = []
    /// The most scalars of any function word: longer words are not looked up.
    private(set) var longest = 0

    init(_ words: [WordKey: [Int]]) {
      var size = 16
      while size < words.count * 4 { size <<= 1 }
      slots = [Int32](repeating: -1, count: size)
      // Sorted by the packed key, so that the table's layout does not depend on hashing seeds.
      for (key, list) in words.sorted(by: { Self.order($0.key, $1.key) }) {
        var index = Self.hash(key) & (size - 1)
        while slots[index] >= 0 { index = (index + 1) & (size - 1) }
        slots[index] = Int32(keys.count)
        longest = max(longest, key.count)
        keys.append(key)
        holderList += list.map { Int32($0) }
        holderStart.append(Int32(holderList.count))
      }
    }

    /// The range of `holderList` naming the profiles that list `key` (empty when none does).
    @inline(__always)
    func holders(of key: WordKey) -> Range<Int> {
      let mask = slots.count - 1
      var index = Self.hash(key) & mask
      while true {
        let slot = Int(slots[index])
        if slot < 0 { return 0..<0 }
        if keys[slot] == key { return Int(holderStart[slot])..<Int(holderStart[slot + 1]) }
        index = (index + 1) & mask
      }
    }

    @inline(__always)
    static func hash(_ key: WordKey) -> Int {
      var h = key.parts.0 &* 0x9E37_79B9_7F4A_7C15
      h = (h ^ (h >> 29) ^ key.parts.1) &* 0xBF58_476D_1CE4_E5B9
      h = (h ^ (h >> 31) ^ key.parts.2 ^ (key.parts.3 << 7)) &* 0x94D0_49BB_1331_11EB
      return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    static func order(_ a: WordKey, _ b: WordKey) -> Bool {
      (a.parts.0, a.parts.1, a.parts.2, a.parts.3, a.count) < (b.parts.0, b.parts.1, b.parts.2, b.parts.3, b.count)
    }
  }

  /// For each BMP code point: its lowercase letter when it is alphabetic (one scalar), else 0.
  /// Built once per process; the per-scalar Unicode property calls it replaces dominated the
  /// cost of reading a document.
  static let letterTable: [UInt32] = (0..<0x10000).map { value -> UInt32 in
    guard let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.isAlphabetic else { return 0 }
    guard scalar.properties.changesWhenLowercased else { return UInt32(value) }
    return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? UInt32(value)
  }

  /// Per script of `scriptTable`: the `Result.scripts` of a text in that script alone.
  static let scriptLists: [[String]] = scriptTable.names.map { $0 == "Zyyy" || $0 == "Zinh" ? [] : [$0] }

  /// For each BMP code point, an index into `scriptNames`.
  static let scriptTable: (indexes: [UInt8], names: [String]) = {
    var names: [String] = []
    var lookup: [String: UInt8] = [:]
    var indexes = [UInt8](repeating: 0, count: 0x10000)
    for value in 0..<0x10000 {
      guard letterTable[value] != 0, let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      let name = value < 0x80 ? "Latn" : ScriptRuns.script(of: scalar)
      if lookup[name] == nil {
        lookup[name] = UInt8(truncatingIfNeeded: names.count)
        names.append(name)
      }
      indexes[value] = lookup[name] ?? 0
    }
    return (indexes, names)
  }()

  /// The language and scripts of `text`.
  public func detect(_ text: some StringProtocol) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable({ detect(utf8: $0) }) { return result }
    return Array(text.utf8).withUnsafeBufferPointer { detect(utf8: $0) }
  }

  /// The language and scripts of the valid UTF-8 text in `bytes`.
  func detect(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result {
    let scriptNames = Self.scriptTable.names
    var scriptTally = [Int](repeating: 0, count: scriptNames.count)
    var otherScripts: [String: Int] = [:]
    // Per letter slot + 1 (index 0, the letters no profile mentions, stays unused).
    var slotTally = [Int](repeating: 0, count: slots.count + 1)
    var wordHits = [Int](repeating: 0, count: profiles.count)
    let useTable = slots.count < 0xFFFF
    // Function words are short (and never longer than a key holds).
    let longest = min(12, functionWords.longest)
    let holderList = functionWords.holderList
    facts.withUnsafeBufferPointer { facts in
      scriptTally.withUnsafeMutableBufferPointer { scriptTally in
        slotTally.withUnsafeMutableBufferPointer { slotTally in
          wordHits.withUnsafeMutableBufferPointer { wordHits in
            var word = WordKey()
            let limit = sampleLimit
            var seen = 0
            var runScript = 0
            var runLength = 0
            var i = 0
            while i < bytes.count {
              seen &+= 1
              if seen > limit { break }
              var value = UInt32(bytes[i])
              if value < 0x80 {
                i += 1
              } else {
                let (decoded, width) = decodeUTF8Scalar(bytes, at: i)
                value = decoded
                i += width
              }
              var lowerValue: UInt32
              if value < 0x10000 {
                let fact = facts[Int(value)]
                lowerValue = UInt32(truncatingIfNeeded: fact & 0x1F_FFFF)
                if lowerValue != 0 {
                  let slot = Int(truncatingIfNeeded: (fact >> 21) & 0xFFFF)
                  // Most letters have no slot: counting only the others keeps the loop free of a
                  // chain of stores to one counter.
                  if slot != 0 {
                    slotTally[slot] &+= 1
                  } else if _slowPath(!useTable || lowerValue >= 0x10000), let slot = slots[lowerValue] {
                    slotTally[slot + 1] += 1
                  }
                  // Letters come in runs of one script: counted in a register, not in memory.
                  let script = Int(truncatingIfNeeded: fact >> 37)
                  if script == runScript {
                    runLength &+= 1
                  } else {
                    if runLength > 0 { scriptTally[runScript] &+= runLength }
                    runScript = script
                    runLength = 1
                  }
                }
              } else {
                lowerValue = 0
                if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic {
                  lowerValue = value
                  if let slot = slots[lowerValue] { slotTally[slot + 1] += 1 }
                  otherScripts[ScriptRuns.script(of: scalar), default: 0] += 1
                }
              }
              if lowerValue != 0 {
                word.append(lowerValue)
              } else if word.count > 0 {
                // Function words are short; longer words never decide a language here.
                if word.count <= longest {
                  for k in functionWords.holders(of: word) { wordHits[Int(holderList[k])] += 1 }
                }
                word = WordKey()
              }
            }
            if word.count > 0, word.count <= longest {
              for k in functionWords.holders(of: word) { wordHits[Int(holderList[k])] += 1 }
            }
            if runLength > 0 { scriptTally[runScript] &+= runLength }
          }
        }
      }
    }
    // The scripts seen with their counts (the table's names are distinct; a dictionary only
    // when scalars beyond the BMP add theirs).
    var single = -1  // the one script seen, when there is one: no arrays to build
    for (index, count) in scriptTally.enumerated() where count > 0 {
      single = single == -1 ? index : -2
    }
    let scripts: [String]
    let main: String
    let mainCount: Int
    if otherScripts.isEmpty, single >= 0 {
      scripts = Self.scriptLists[single]
      main = scriptNames[single]
      mainCount = scriptTally[single]
    } else {
      var scriptCounts: [(name: String, count: Int)] = []
      for (index, count) in scriptTally.enumerated() where count > 0 { scriptCounts.append((scriptNames[index], count)) }
      if !otherScripts.isEmpty {
        var merged = otherScripts
        for (name, count) in scriptCounts { merged[name, default: 0] += count }
        scriptCounts = merged.map { ($0.key, $0.value) }
      }
      scripts = scriptCounts.lazy.map(\.name).filter { $0 != "Zyyy" && $0 != "Zinh" }.sorted()
      guard let top = scriptCounts.max(by: { ($0.count, $1.name) < ($1.count, $0.name) }) else {
        return Result(language: .undetermined, scripts: scripts)
      }
      main = top.name
      mainCount = top.count
    }
    var best: (score: Int, language: LocaleID)?
    for (index, profile) in profiles.enumerated() where profile.script == main {
      if profile.excluded.contains(where: { slotTally[$0 + 1] > 0 }) { continue }
      var score = 0
      for (slot, weight) in profile.letters { score += slotTally[slot + 1] * weight }
      score += 2 * wordHits[index]
      if best.map({ score > $0.score }) ?? true { best = (score, profile.language) }
    }
    guard let best, best.score > 0 else {
      // One profile for the script decides by itself; so does the one left when the others'
      // frequent letters stay away from a long enough text; otherwise nothing is known.
      var candidates = profiles.filter { $0.script == main && !$0.excluded.contains(where: { slotTally[$0 + 1] > 0 }) }
      let absent = candidates.filter { !$0.frequent.isEmpty && mainCount >= $0.within && $0.frequent.allSatisfy { slotTally[$0 + 1] == 0 } }
      if !absent.isEmpty, absent.count < candidates.count {
        candidates.removeAll { candidate in absent.contains { $0.language == candidate.language } }
      }
      return Result(language: candidates.count == 1 ? candidates[0].language : .undetermined, scripts: scripts)
    }
    return Result(language: best.language, scripts: scripts)
  }
}
