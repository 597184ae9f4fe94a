/// Each language's attribution lexicon, decoded (when it was not at start) and compiled the
/// first time a paragraph in that language needs it: a run on a short English text compiles
/// English only, not all nine languages (compiling them was a tenth of `compare`'s start-up).
/// Shared by the workers of a run; the first to need a language compiles it, under a lock, and
/// the others use that one.
final class CompiledLexicons: Sendable {
  /// Each language's compiled lexicon, made when first asked for.
  private let compiled: [LocaleID: DeferredValue<CompiledLexicon>]
  /// The languages that have a lexicon, in order (of their folders, which name the language
  /// each lexicon declares).
  let languages: [LocaleID]

  init(_ lexicons: [LocaleID: DeferredValue<AttributionLexicon>], months: [LocaleID: [DatelineRules.Month]]) {
    var compiled: [LocaleID: DeferredValue<CompiledLexicon>] = [:]
    for (language, lexicon) in lexicons {
      let months = months[language] ?? []
      compiled[language] = DeferredValue { CompiledLexicon(lexicon.value, months: months) }
    }
    self.compiled = compiled
    self.languages = lexicons.keys.sorted()
  }

  /// The compiled lexicon of `language`, or nil when it has none.
  subscript(language: LocaleID) -> CompiledLexicon? { compiled[language]?.value }
}
