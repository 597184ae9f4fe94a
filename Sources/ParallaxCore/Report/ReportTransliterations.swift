/// Transliterations of the statements a report's readers may not read: those in a language the
/// report strings name a scheme for (`transliterate: {ru: ru-Latn-BGN, uk: uk-Latn-KMU2010}` in
/// `en/report.yaml`) and written in a script other than Latin.
///
/// ```swift
/// let latin = try ReportTransliterations.build(for: comparison, strings: en, catalog: SchemeCatalog(data: data))
/// latin["Лубінець заявив …"]   // "Lubinets zaiavyv …"
/// ```
public enum ReportTransliterations {
  /// The transliterations by statement text.
  /// - Throws: `LocaleDataError` when a named scheme is missing or does not compile.
  public static func build(
    for comparison: Comparison, strings: ReportStrings, catalog: SchemeCatalog
  ) throws(LocaleDataError) -> [String: String] {
    Dictionary(uniqueKeysWithValues: try latin(for: comparison, strings: strings, catalog: catalog).map { ($0.key.text, $0.value) })
  }

  /// The same, keyed by the statements' bytes, as `ReportContext` keeps them.
  static func latin(
    for comparison: Comparison, strings: ReportStrings, catalog: SchemeCatalog
  ) throws(LocaleDataError) -> [UTF8Key: String] {
    var transliterators: [String: SchemeTransliterator] = [:]
    // Statements are keyed by their bytes while collecting (see `UTF8Key`).
    var result: [UTF8Key: String] = [:]
    for event in comparison.events {
      for document in event.documents {
        for statement in document.statements where result[UTF8Key(statement.text)] == nil {
          guard let scheme = strings.transliterate[statement.language.language], needsTransliteration(statement.text) else { continue }
          let transliterator: SchemeTransliterator
          if let open = transliterators[scheme] {
            transliterator = open
          } else {
            transliterator = try catalog.transliterator(for: scheme)
            transliterators[scheme] = transliterator
          }
          if let latin = try? transliterator.transliterate(statement.text), latin != statement.text {
            result[UTF8Key(statement.text)] = latin
          }
        }
      }
    }
    return result
  }

  /// Whether `text` has letters outside Latin and the common characters.
  static func needsTransliteration(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      scalar.properties.isAlphabetic && scalar.value >= 0x0370 && !(0x1E00...0x1EFF).contains(scalar.value)
    }
  }
}
