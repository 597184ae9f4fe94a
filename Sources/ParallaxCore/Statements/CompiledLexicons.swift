import Foundation

/// Each language's attribution lexicon, compiled the first time a paragraph in that language
/// needs it: a run on a short English text compiles English only, not all nine languages
/// (compiling them was a tenth of `compare`'s start-up). Shared by the workers of a run; the
/// first to need a language compiles it, under a lock, and the others use that one.
final class CompiledLexicons: @unchecked Sendable {
  private let sources: [LocaleID: (lexicon: AttributionLexicon, months: [DatelineRules.Month])]
  /// The languages that have a lexicon, in the order of the language their lexicon names.
  let languages: [LocaleID]
  private let lock = NSLock()
  private var compiled: [LocaleID: CompiledLexicon] = [:]

  init(_ lexicons: [LocaleID: AttributionLexicon], months: [LocaleID: [DatelineRules.Month]]) {
    var sources: [LocaleID: (lexicon: AttributionLexicon, months: [DatelineRules.Month])] = [:]
    for (language, lexicon) in lexicons { sources[language] = (lexicon, months[language] ?? []) }
    self.sources = sources
    self.languages = lexicons.sorted { ($0.value.language, $0.key) < ($1.value.language, $1.key) }.map(\.key)
  }

  /// The compiled lexicon of `language`, or nil when it has none.
  subscript(language: LocaleID) -> CompiledLexicon? {
    guard let source = sources[language] else { return nil }
    return lock.withLock {
      if let done = compiled[language] { return done }
      let made = CompiledLexicon(source.lexicon, months: source.months)
      compiled[language] = made
      return made
    }
  }
}
