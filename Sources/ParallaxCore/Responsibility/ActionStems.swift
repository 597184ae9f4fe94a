/// The stems of a language's action words (case-folded, as `AgentFinder` folds words), by
/// their first scalar, so that a word is compared only with the stems that begin as it does
/// rather than with every stem: a corpus of a hundred thousand distinct words meets each once,
/// and there are hundreds of stems.
///
/// Words and stems are both folded (NFKC, case-folded), so a stem a word begins with, by
/// characters, also begins with the word's first scalar.
///
/// ```swift
/// let stems = ActionStems(["обстрел", "shell"])
/// stems.begins("обстрелял") { "обстрелял".hasPrefix($0) }   // true
/// ```
struct ActionStems {
  private let byFirst: [Unicode.Scalar: [String]]

  init(_ stems: [String]) {
    var byFirst: [Unicode.Scalar: [String]] = [:]
    for stem in stems {
      guard let first = stem.unicodeScalars.first else { continue }
      byFirst[first, default: []].append(stem)
    }
    self.byFirst = byFirst
  }

  /// Whether `word` begins with a stem for which `test` holds (the test the caller would have
  /// applied to every stem: that the word begins with it).
  func begins(_ word: Substring, where test: (String) -> Bool) -> Bool {
    guard let first = word.unicodeScalars.first, let stems = byFirst[first] else { return false }
    return stems.contains(where: test)
  }
}
