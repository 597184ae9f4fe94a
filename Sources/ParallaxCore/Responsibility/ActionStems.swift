/// The stems of a language's action words (case-folded, as `AgentFinder` folds words), kept to
/// find the ones a word begins with by looking up each of its first scalars' prefixes, instead
/// of comparing the word with every stem: a corpus of a hundred thousand distinct words meets
/// each once, and there are hundreds of stems.
///
/// Words and stems are both folded (NFKC, case-folded), so a stem a word begins with, by
/// characters, is also the prefix of its scalars of the same length.
///
/// ```swift
/// let stems = ActionStems(["обстрел", "shell"])
/// stems.begins("обстрелял", where: { _ in true })   // true
/// ```
struct ActionStems {
  private let stems: Set<String>
  /// The most scalars a stem has.
  private let longest: Int

  init(_ stems: [String]) {
    self.stems = Set(stems)
    longest = stems.map(\.unicodeScalars.count).max() ?? 0
  }

  /// Whether `word` begins with a stem for which `confirm` holds (the test the caller would
  /// have applied to every stem).
  func begins(_ word: Substring, where confirm: (String) -> Bool) -> Bool {
    let scalars = word.unicodeScalars
    var end = scalars.startIndex
    var count = 0
    while end < scalars.endIndex, count < longest {
      end = scalars.index(after: end)
      count += 1
      let prefix = String(scalars[scalars.startIndex..<end])
      if stems.contains(prefix), confirm(prefix) { return true }
    }
    return false
  }
}
