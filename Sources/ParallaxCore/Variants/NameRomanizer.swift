import ParallaxICU

/// A language's ASCII romanizer for the name matcher, compiled the first time a word needs it.
///
/// Compiling a rule set costs milliseconds (the generic `Any-Latin-ASCII` one most, as it
/// builds ICU's Latin-ASCII rules), and a run on a short English text may never meet a word
/// that needs one: ASCII words romanize to themselves, so only a word with other letters
/// compiles its romanizers. The rules are the ones the name index was built with, so they
/// compiled once already; a failure here is reported as the ICU error it is.
final class NameRomanizer {
  let language: String
  private let scheme: TransliterationScheme?
  private var compiled: SchemeTransliterator?

  /// A romanizer of `language` compiled from `scheme` on first use.
  init(language: String, scheme: TransliterationScheme) {
    self.language = language
    self.scheme = scheme
  }

  /// A romanizer that is compiled already.
  init(language: String, compiled: SchemeTransliterator) {
    self.language = language
    self.scheme = nil
    self.compiled = compiled
  }

  /// Whether the rules have been compiled.
  var isCompiled: Bool { compiled != nil }

  /// The compiled transliterator, compiled now if this is its first use.
  func transliterator() throws(ICUError) -> SchemeTransliterator {
    if let compiled { return compiled }
    guard let scheme else { preconditionFailure("a romanizer has a scheme or a compiled transliterator") }
    do {
      let made = try SchemeTransliterator(scheme: scheme, ascii: true)
      compiled = made
      return made
    } catch {
      throw ICUError(code: Self.invalidFormat, name: "U_INVALID_FORMAT_ERROR", operation: "compile the romanization rules \(scheme.id): \(error)")
    }
  }

  /// `key` romanized to ASCII. An ASCII word is its own romanization, so it compiles nothing
  /// (the statement profiler reads ASCII stems the same way).
  func romanize(_ key: String) throws(ICUError) -> String {
    if key.utf8.allSatisfy({ $0 < 0x80 }) { return key }
    return try transliterator().transliterate(key)
  }

  /// ICU's `U_INVALID_FORMAT_ERROR`.
  private static let invalidFormat: Int32 = 3
}
