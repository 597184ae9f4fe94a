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

  struct Compiled: Sendable {
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

  let profiles: [Compiled]
  /// A slot per letter that some profile weighs or excludes: counting only those letters, in
  /// an array, gives the same scores as counting every letter in a dictionary.
  let slots: [UInt32: Int]
  /// `slots` for the BMP as a table: slot + 1, or 0 for a letter no profile mentions.
  private let slotTable: [UInt16]
  /// The function words of every profile (as keys of letter codes), with the profiles listing each.
  let functionWords: FunctionWordTable
  /// At most this many scalars are looked at: enough for a paragraph, bounded for huge ones.
  public var sampleLimit = 4_000

  public init(profiles: [LanguageProfile]) {
    var slots: [UInt32: Int] = [:]
    func slot(_ scalar: Unicode.Scalar) -> Int {
      if let existing = slots[scalar.value] { return existing }
      slots[scalar.value] = slots.count
      return slots.count - 1
    }
    var functionWords: [[UInt32]: [Int]] = [:]
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
      for word in Set(profile.words.map { TextFold.fold($0) }) where !word.isEmpty {
        functionWords[word.unicodeScalars.map(\.value), default: []].append(index)
      }
    }
    self.profiles = compiled
    self.slots = slots
    var slotTable = [UInt16](repeating: 0, count: 0x10000)
    for (value, slot) in slots where value < 0x10000 && slot < 0xFFFF { slotTable[Int(value)] = UInt16(slot + 1) }
    self.slotTable = slotTable
    let table = FunctionWordTable(functionWords)
    self.functionWords = table
    // One 64-bit word per BMP code point: lowercase letter, slot + 1, script index and letter
    // code, so that the scan makes one table lookup per scalar.
    let letters = Self.letterTable
    let scripts = Self.scriptTable.indexes
    var facts = [UInt64](repeating: 0, count: 0x10000)
    for value in 0..<0x10000 {
      let lower = letters[value]
      guard lower != 0 else { continue }
      let slot = lower < 0x10000 && slots.count < 0xFFFF ? UInt64(slotTable[Int(lower)]) : 0
      let code = UInt64(table.code(of: lower))
      facts[value] = UInt64(lower) | slot << 21 | UInt64(scripts[value]) << 37 | code << 45
    }
    self.facts = facts
  }

  /// Per BMP code point: bits 0–20 its lowercase letter (0 when not a letter), bits 21–36 its
  /// letter slot + 1 (0 when no profile mentions it), bits 37–44 its script index, bits 45–60
  /// its code in the function words' alphabet (0 when no function word has it).
  let facts: [UInt64]

  /// Function words → the profiles listing them. Every letter of a function word gets a small
  /// code (1, 2, … in scalar order), so that a word is a 128-bit key of its codes, `bits` to
  /// a letter, built with two shifts per letter; a letter no function word has codes as 0, and
  /// a key holding a 0 matches nothing. Keys are found by open addressing with a multiply. A
  /// function word longer than a key holds (128 / `bits`: 21 letters with today's 60-letter
  /// alphabet, never fewer than 12 under 1,024 letters) never decides a language.
  struct FunctionWordTable: Sendable {
    /// Bits per letter code: a key holds 128 / `bits` letters exactly.
    let bits: Int
    private var codes: [UInt32: UInt16] = [:]
    private var slots: [Int32]
    private var keys: [Key] = []
    /// The profiles listing key `k` are `holderList[holderStart[k]..<holderStart[k + 1]]`.
    private var holderStart: [Int32] = [0]
    private var holderList: [Int32] = []
    /// The most letters of any function word: longer words are not looked up.
    private(set) var longest = 0

    struct Key: Equatable, Sendable {
      var high: UInt64 = 0
      var low: UInt64 = 0
      var count = 0
    }

    init(_ words: [[UInt32]: [Int]]) {
      let alphabet = Set(words.keys.joined()).sorted()
      var bits = 1
      while (1 << bits) <= alphabet.count, bits < 16 { bits += 1 }
      self.bits = bits
      let capacity = 128 / bits
      var codes: [UInt32: UInt16] = [:]
      for (index, value) in alphabet.enumerated() where index < 0xFFFF { codes[value] = UInt16(index + 1) }
      self.codes = codes
      let usable = words.filter { $0.key.count <= capacity && $0.key.allSatisfy { codes[$0] != nil } }
      var size = 16
      while size < usable.count * 4 { size <<= 1 }
      slots = [Int32](repeating: -1, count: size)
      // In scalar order, so that the table's layout never depends on hashing seeds.
      for (word, list) in usable.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
        var key = Key()
        for value in word { Self.append(UInt64(codes[value] ?? 0), to: &key, bits: bits) }
        var index = Self.hash(key) & (size - 1)
        while slots[index] >= 0 { index = (index + 1) & (size - 1) }
        slots[index] = Int32(keys.count)
        longest = max(longest, word.count)
        keys.append(key)
        holderList += list.map { Int32($0) }
        holderStart.append(Int32(holderList.count))
      }
    }

    var keyCount: Int { keys.count }

    /// The code of a (lowercase) letter, 0 when no function word has it.
    func code(of letter: UInt32) -> UInt16 { codes[letter] ?? 0 }

    /// Appends a letter's code: the key is a shift register, so that a letter costs a few
    /// shifts and no branch.
    @inline(__always)
    static func append(_ code: UInt64, to key: inout Key, bits: Int) {
      key.high = key.high &<< UInt64(bits) | key.low &>> UInt64(64 - bits)
      key.low = key.low &<< UInt64(bits) | code
      key.count &+= 1
    }

    /// The index of the function word `key` is, or -1.
    @inline(__always)
    func index(of key: Key) -> Int {
      let mask = slots.count - 1
      var index = Self.hash(key) & mask
      while true {
        let slot = Int(slots[index])
        if slot < 0 || keys[slot] == key { return slot }
        index = (index + 1) & mask
      }
    }

    /// The profiles listing function word `index`.
    func holders(of index: Int) -> ArraySlice<Int32> {
      holderList[Int(holderStart[index])..<Int(holderStart[index + 1])]
    }

    @inline(__always)
    static func hash(_ key: Key) -> Int {
      var h = (key.low ^ UInt64(truncatingIfNeeded: key.count) &<< 59) &* 0x9E37_79B9_7F4A_7C15
      h = (h ^ (h &>> 29) ^ key.high) &* 0xBF58_476D_1CE4_E5B9
      return Int(truncatingIfNeeded: h ^ (h &>> 32))
    }
  }

  /// For each BMP code point: its lowercase letter when it is alphabetic (one scalar), else 0.
  /// Built once per process; the per-scalar Unicode property calls it replaces dominated the
  /// cost of reading a document.
  static let letterTable: [UInt32] = BMPTableCache.table("detector letters") {
    BMPTable.makeMapping { value -> UInt32 in
      guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return 0 }
      guard scalar.properties.changesWhenLowercased else { return value }
      return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
    }
  }

  /// Per script of `scriptTable`: the `Result.scripts` of a text in that script alone.
  static let scriptLists: [[String]] = scriptTable.names.map { $0 == "Zyyy" || $0 == "Zinh" ? [] : [$0] }

  /// For each BMP code point, an index into `scriptNames`; kept in the cache as the indexes
  /// followed by the names, one per line.
  static let scriptTable: (indexes: [UInt8], names: [String]) = {
    let kept = BMPTableCache.bytes("detector scripts") {
      let made = makeScriptTable()
      return made.indexes + Array(made.names.joined(separator: "\n").utf8)
    }
    guard kept.count >= 0x10000 else { return makeScriptTable() }
    let names = String(decoding: kept[0x10000...], as: UTF8.self).split(separator: "\n").map(String.init)
    return (Array(kept[..<0x10000]), names)
  }()

  private static func makeScriptTable() -> (indexes: [UInt8], names: [String]) {
    var names: [String] = []
    var lookup: [String: UInt8] = [:]
    let indexes = BMPTable.make { value -> UInt8 in
      guard letterTable[Int(value)] != 0, let scalar = Unicode.Scalar(value) else { return 0 }
      let name = value < 0x80 ? "Latn" : ScriptRuns.script(of: scalar)
      if let known = lookup[name] { return known }
      let index = UInt8(truncatingIfNeeded: names.count)
      lookup[name] = index
      names.append(name)
      return index
    }
    return (indexes, names)
  }

  /// The language and scripts from the tallies of the scan (`LanguageDetector+Scan`): letters
  /// per script index and per slot + 1, scripts beyond the BMP by name, function-word hits per
  /// profile.
  func decide<Tally: RandomAccessCollection<Int32>, Hits: RandomAccessCollection<Int>>(
    scriptTally: Tally, otherScripts: [String: Int], slotTally: Tally, wordHits: Hits
  ) -> Result where Tally.Index == Int, Hits.Index == Int {
    let scriptNames = Self.scriptTable.names
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
      mainCount = Int(scriptTally[single])
    } else {
      var scriptCounts: [(name: String, count: Int)] = []
      for (index, count) in scriptTally.enumerated() where count > 0 { scriptCounts.append((scriptNames[index], Int(count))) }
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
      for (slot, weight) in profile.letters { score += Int(slotTally[slot + 1]) * weight }
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
