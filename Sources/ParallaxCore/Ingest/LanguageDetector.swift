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
    var letters: [Unicode.Scalar: Int]
    var excluded: Set<Unicode.Scalar>
    var words: Set<String>
  }

  private let profiles: [Compiled]
  /// At most this many scalars are looked at: enough for a paragraph, bounded for huge ones.
  public var sampleLimit = 4_000

  public init(profiles: [LanguageProfile]) {
    self.profiles = profiles.sorted { $0.language < $1.language }.map { profile in
      Compiled(
        language: profile.language, script: profile.script,
        letters: Dictionary(profile.letters.compactMap { key, weight in key.unicodeScalars.first.map { ($0, weight) } }, uniquingKeysWith: max),
        excluded: Set(profile.excludedLetters.compactMap(\.unicodeScalars.first)),
        words: Set(profile.words.map { TextFold.fold($0) }))
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
    var letterCounts: [Unicode.Scalar: Int] = [:]
    var words: [String] = []
    var word = String.UnicodeScalarView()
    var seen = 0
    for scalar in text.unicodeScalars {
      seen += 1
      if seen > sampleLimit { break }
      let value = scalar.value
      let lowerValue: UInt32
      if value < 0x10000 {
        lowerValue = letters[Int(value)]
      } else {
        lowerValue = scalar.properties.isAlphabetic ? value : 0
      }
      if lowerValue != 0 {
        let lower = Unicode.Scalar(lowerValue) ?? scalar
        word.append(lower)
        letterCounts[lower, default: 0] += 1
        if value < 0x10000 {
          scriptTally[Int(scriptIndexes[Int(value)])] += 1
        } else {
          otherScripts[ScriptRuns.script(of: scalar), default: 0] += 1
        }
      } else if !word.isEmpty {
        // Function words are short; longer words never decide a language here.
        if word.count <= 12 { words.append(String(word)) }
        word = String.UnicodeScalarView()
      }
    }
    if !word.isEmpty, word.count <= 12 { words.append(String(word)) }
    var scriptCounts = otherScripts
    for (index, count) in scriptTally.enumerated() where count > 0 { scriptCounts[scriptNames[index], default: 0] += count }
    let scripts = scriptCounts.keys.filter { $0 != "Zyyy" && $0 != "Zinh" }.sorted()
    guard let main = scriptCounts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else {
      return Result(language: .undetermined, scripts: scripts)
    }
    var best: (score: Int, language: LocaleID)?
    for profile in profiles where profile.script == main {
      if profile.excluded.contains(where: { letterCounts[$0] != nil }) { continue }
      var score = 0
      for (letter, weight) in profile.letters { score += (letterCounts[letter] ?? 0) * weight }
      for w in words where profile.words.contains(w) { score += 2 }
      if best.map({ score > $0.score }) ?? true { best = (score, profile.language) }
    }
    guard let best, best.score > 0 else {
      // One profile for the script decides by itself; otherwise nothing is known.
      let candidates = profiles.filter { $0.script == main && !$0.excluded.contains(where: { letterCounts[$0] != nil }) }
      return Result(language: candidates.count == 1 ? candidates[0].language : .undetermined, scripts: scripts)
    }
    return Result(language: best.language, scripts: scripts)
  }
}
