/// Decides whether a predicted speaker is one of an article's labelled speakers.
///
/// Every name is compared by its match key after transliteration: `parallax transliterate
/// --scheme Any-Latin-ASCII`, then `parallax normalize --form key` (case folded, accents and
/// apostrophes unified), split into word tokens. Two tokens match when they are equal, or when
/// one is the other with an inflection or spelling ending: a common prefix of at least
/// max(4, shorter − 1) letters and at most 4 letters more on the longer ("grossi" and
/// "grossiego", "zelensky" and "zelenskogo", "kubrakov" and "kubrakova").
/// - A person matches when the last token (the surname) of the name or of an `aka` form matches
///   a token of the predicted entity's name or of the predicted surface form.
/// - An institution matches when every token of one of its forms matches a token of a predicted
///   form, or every token of a predicted form matches a token of one of its forms ("Kremlin",
///   "Russia's Defence Ministry", "ОАЭ").
struct SpeakerMatcher: Sendable {
  /// The word tokens of each name's match key, filled by `keys(for:)`.
  var tokens: [String: [String]]

  /// Whether the predicted forms (entity name, surface) name `gold`.
  func matches(_ gold: DevSet.Speaker, predicted forms: [String]) -> Bool {
    let predicted = forms.map { tokens[$0] ?? [] }.filter { !$0.isEmpty }
    let goldForms = gold.forms.map { tokens[$0] ?? [] }.filter { !$0.isEmpty }
    if gold.isOrganization {
      for goldTokens in goldForms {
        for predictedTokens in predicted {
          if Self.covers(goldTokens, predictedTokens) || Self.covers(predictedTokens, goldTokens) {
            return true
          }
        }
      }
      return false
    }
    for goldTokens in goldForms {
      guard let surname = goldTokens.last else { continue }
      for predictedTokens in predicted
      where predictedTokens.contains(where: { Self.tokensMatch(surname, $0) }) {
        return true
      }
    }
    return false
  }

  /// Whether every token of `part` matches some token of `whole`.
  static func covers(_ part: [String], _ whole: [String]) -> Bool {
    !part.isEmpty && part.allSatisfy { token in whole.contains { tokensMatch(token, $0) } }
  }

  /// Whether two match-key tokens are the same word up to an inflection ending.
  static func tokensMatch(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    let a = Array(a)
    let b = Array(b)
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    let shorter = min(a.count, b.count)
    let longer = max(a.count, b.count)
    return prefix >= max(4, shorter - 1) && longer - prefix <= 4
  }

  /// The word tokens of a match key: runs of letters and digits.
  static func words(of key: String) -> [String] {
    key.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
  }
}
