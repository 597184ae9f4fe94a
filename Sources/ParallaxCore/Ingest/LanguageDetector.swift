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

  /// The language and scripts of `text`.
  public func detect(_ text: some StringProtocol) -> Result {
    var scriptCounts: [String: Int] = [:]
    var letterCounts: [Unicode.Scalar: Int] = [:]
    var words: [String] = []
    var word = String.UnicodeScalarView()
    var seen = 0
    var scriptCache: [UInt32: String] = [:]
    for scalar in text.unicodeScalars {
      seen += 1
      if seen > sampleLimit { break }
      if scalar.properties.isAlphabetic {
        let lower = scalar.properties.changesWhenLowercased ? (scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar) : scalar
        word.append(lower)
        letterCounts[lower, default: 0] += 1
        // Scripts come in blocks: cache per 128-code-point page.
        let page = scalar.value >> 7
        let script: String
        if scalar.value < 0x80 {
          script = "Latn"
        } else if let cached = scriptCache[scalar.value] {
          script = cached
        } else {
          script = ScriptRuns.script(of: scalar)
          if page != 0 { scriptCache[scalar.value] = script }
        }
        scriptCounts[script, default: 0] += 1
      } else if !word.isEmpty {
        words.append(String(word))
        word = String.UnicodeScalarView()
      }
    }
    if !word.isEmpty { words.append(String(word)) }
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
