import Foundation

/// Each language's attribution lexicon, decoded (when it was not at start) and compiled the
/// first time a paragraph in that language needs it: a run on a short English text compiles
/// English only, not all nine languages (compiling them was a tenth of `compare`'s start-up).
/// Shared by the workers of a run; the first to need a language compiles it, under a lock, and
/// the others use that one.
final class CompiledLexicons: @unchecked Sendable {
  private let sources: [LocaleID: (lexicon: DeferredValue<AttributionLexicon>, months: [DatelineRules.Month])]
  /// The languages that have a lexicon, in order (of their folders, which name the language
  /// each lexicon declares).
  let languages: [LocaleID]
  private let lock = NSLock()
  private var compiled: [LocaleID: CompiledLexicon] = [:]

  init(_ lexicons: [LocaleID: DeferredValue<AttributionLexicon>], months: [LocaleID: [DatelineRules.Month]]) {
    var sources: [LocaleID: (lexicon: DeferredValue<AttributionLexicon>, months: [DatelineRules.Month])] = [:]
    for (language, lexicon) in lexicons { sources[language] = (lexicon, months[language] ?? []) }
    self.sources = sources
    self.languages = lexicons.keys.sorted()
  }

  /// The compiled lexicon of `language`, or nil when it has none.
  subscript(language: LocaleID) -> CompiledLexicon? {
    guard let source = sources[language] else { return nil }
    return lock.withLock {
      if let done = compiled[language] { return done }
      let made = CompiledLexicon(source.lexicon.value, months: source.months)
      compiled[language] = made
      return made
    }
  }
}
