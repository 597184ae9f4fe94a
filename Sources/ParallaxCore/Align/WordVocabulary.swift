import Foundation

/// Words of statement profiles, each spelling kept once and numbered. A profile holds its stems
/// and their surfaces as numbers (four bytes each) instead of strings (sixteen bytes each, and
/// an array per kind): on a large corpus those arrays were most of what a comparison kept.
///
/// One vocabulary of stems and one of surfaces serve the whole process; every profiler adds to
/// them, from any thread, and a profiler asks once per distinct word it meets (it remembers the
/// numbers). Numbers are handed out as words are first met, which differs from run to run when
/// several threads profile: a number says which words are equal, never which comes first, and
/// nothing written depends on it.
///
/// ```swift
/// let kyiv = WordVocabulary.stems.number(of: "kiiv")
/// WordVocabulary.stems[kyiv]   // "kiiv"
/// ```
final class WordVocabulary: @unchecked Sendable {
  /// Word stems (romanized, folded).
  static let stems = WordVocabulary()
  /// Words as written in a statement.
  static let surfaces = WordVocabulary()

  private let lock = NSLock()
  /// Keyed by bytes: the words come normalized (match keys, or text as written, where equal
  /// bytes are what matters), and byte keys skip the canonical-equivalence comparison of
  /// `String` on every Cyrillic word.
  private var numbers: [UTF8Key: UInt32] = [:]
  private var words: [String] = []

  /// The number of `word`, given out the first time it is asked for.
  func number(of word: String) -> UInt32 {
    lock.withLock {
      let key = UTF8Key(word)
      if let known = numbers[key] { return known }
      let new = UInt32(words.count)
      numbers[key] = new
      words.append(word)
      return new
    }
  }

  /// The word with number `number`.
  subscript(number: UInt32) -> String {
    lock.withLock { words[Int(number)] }
  }
}
