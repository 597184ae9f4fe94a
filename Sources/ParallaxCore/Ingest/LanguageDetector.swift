public import ParallaxICU

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
    /// Weights of the profile's letters, by index into the detector's letter list.
    var letters: [(index: Int, weight: Int)]
    var excluded: [Int]
    /// Hashes of the profile's folded function words.
    var words: Set<UInt64>
  }

  private let profiles: [Compiled]
  /// For each BMP code point: its index in the list of letters some profile weighs, or -1.
  private let letterIndex: [Int16]
  private let letterCount: Int
  /// At most this many scalars are looked at: enough for a paragraph, bounded for huge ones.
  public var sampleLimit = 4_000

  public init(profiles: [LanguageProfile]) {
    let sorted = profiles.sorted { $0.language < $1.language }
    var index = [Int16](repeating: -1, count: 0x10000)
    var count = 0
    func slot(_ text: String) -> Int? {
      guard let scalar = text.unicodeScalars.first, scalar.value < 0x10000 else { return nil }
      let lower = Self.letterTable[Int(scalar.value)]
      let value = Int(lower != 0 ? lower : scalar.value)
      guard value < 0x10000 else { return nil }
      if index[value] < 0 {
        index[value] = Int16(count)
        count += 1
      }
      return Int(index[value])
    }
    var compiled: [Compiled] = []
    for profile in sorted {
      var weights: [Int: Int] = [:]
      for (letter, weight) in profile.letters { if let i = slot(letter) { weights[i] = max(weights[i] ?? weight, weight) } }
      let excluded = profile.excludedLetters.compactMap(slot)
      compiled.append(
        Compiled(
          language: profile.language, script: profile.script,
          letters: weights.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, excluded: excluded,
          words: Set(profile.words.map { Self.wordHash($0) })))
    }
    self.profiles = compiled
    self.letterIndex = index
    self.letterCount = count
  }

  /// The hash of a word folded the way `detect` folds letters.
  static func wordHash(_ word: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for scalar in word.unicodeScalars {
      let value = scalar.value < 0x10000 ? letterTable[Int(scalar.value)] : scalar.value
      hash = (hash ^ UInt64(value != 0 ? value : scalar.value)) &* 0x100_0000_01b3
    }
    return hash
  }

  /// For each BMP code point: its lowercase letter when it is alphabetic (one scalar), else 0.
  /// Built once per process; the per-scalar Unicode property calls it replaces dominated the
  /// cost of reading a document.
  static let letterTable: [UInt32] = (0..<0x10000).map { value -> UInt32 in
    guard let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.isAlphabetic else { return 0 }
    guard scalar.properties.changesWhenLowercased else { return UInt32(value) }
    return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? UInt32(value)
  }

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
    let letters = Self.letterTable
    let (scriptIndexes, scriptNames) = Self.scriptTable
    var scriptTally = [Int](repeating: 0, count: scriptNames.count)
    var otherScripts: [String: Int] = [:]
    var counts = [Int](repeating: 0, count: letterCount)
    var words: [UInt64] = []
    var wordHash: UInt64 = 0xcbf2_9ce4_8422_2325
    var wordLength = 0
    var seen = 0
    for scalar in text.unicodeScalars {
      seen += 1
      if seen > sampleLimit { break }
      let value = scalar.value
      let lower: UInt32
      if value < 0x10000 {
        lower = letters[Int(value)]
      } else {
        lower = scalar.properties.isAlphabetic ? value : 0
      }
      if lower != 0 {
        wordHash = (wordHash ^ UInt64(lower)) &* 0x100_0000_01b3
        wordLength += 1
        if lower < 0x10000 {
          let slot = letterIndex[Int(lower)]
          if slot >= 0 { counts[Int(slot)] += 1 }
        }
        if value < 0x10000 {
          scriptTally[Int(scriptIndexes[Int(value)])] += 1
        } else {
          otherScripts[ScriptRuns.script(of: scalar), default: 0] += 1
        }
      } else if wordLength > 0 {
        // Function words are short; longer words never decide a language here.
        if wordLength <= 12 { words.append(wordHash) }
        wordHash = 0xcbf2_9ce4_8422_2325
        wordLength = 0
      }
    }
    if wordLength > 0, wordLength <= 12 { words.append(wordHash) }
    var scriptCounts = otherScripts
    for (index, count) in scriptTally.enumerated() where count > 0 { scriptCounts[scriptNames[index], default: 0] += count }
    let scripts = scriptCounts.keys.filter { $0 != "Zyyy" && $0 != "Zinh" }.sorted()
    guard let main = scriptCounts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else {
      return Result(language: .undetermined, scripts: scripts)
    }
    var best: (score: Int, language: LocaleID)?
    for profile in profiles where profile.script == main {
      if profile.excluded.contains(where: { counts[$0] > 0 }) { continue }
      var score = 0
      for (letter, weight) in profile.letters { score += counts[letter] * weight }
      for w in words where profile.words.contains(w) { score += 2 }
      if best.map({ score > $0.score }) ?? true { best = (score, profile.language) }
    }
    guard let best, best.score > 0 else {
      // One profile for the script decides by itself; otherwise nothing is known.
      let candidates = profiles.filter { $0.script == main && !$0.excluded.contains(where: { counts[$0] > 0 }) }
      return Result(language: candidates.count == 1 ? candidates[0].language : .undetermined, scripts: scripts)
    }
    return Result(language: best.language, scripts: scripts)
  }
}
