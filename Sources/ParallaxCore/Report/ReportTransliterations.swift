import ParallaxICU

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
    let latin = try ReportLatinSchemes(strings: strings, catalog: catalog).open()
    var result: [String: String] = [:]
    for event in comparison.events {
      for document in event.documents {
        for statement in document.statements where result[statement.text] == nil {
          if let text = latin.transliteration(of: statement) { result[statement.text] = text }
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

/// The schemes a report transliterates statements with, by language, checked once per run;
/// each rendering task opens its own transliterators from them (`open()`), so statements are
/// transliterated on the workers as their reports are written, not all up front.
public struct ReportLatinSchemes: Sendable, Hashable {
  /// A scheme of the data, or an ICU system ID no scheme file has.
  enum Source: Sendable, Hashable {
    case scheme(TransliterationScheme)
    case system(String)
  }

  let sources: [String: Source]

  /// No transliteration.
  public init() { sources = [:] }

  /// The schemes `strings` names, by language.
  /// - Throws: `LocaleDataError` when a named scheme is missing or does not compile.
  public init(strings: ReportStrings, catalog: SchemeCatalog) throws(LocaleDataError) {
    var sources: [String: Source] = [:]
    let files = catalog.files
    for (language, id) in strings.transliterate {
      // Opened once here so that a scheme that does not compile fails the run before any report.
      _ = try catalog.transliterator(for: id)
      sources[language] = files[id] != nil ? .scheme(try catalog.scheme(id)) : .system(id)
    }
    self.sources = sources
  }

  /// Transliterators for one rendering task.
  func open() -> ReportLatin { ReportLatin(sources) }
}

/// One rendering task's transliterators (ICU objects, not for sharing across threads), opened
/// for a language the first time one of its statements needs one.
final class ReportLatin {
  private let sources: [String: ReportLatinSchemes.Source]
  private var open: [String: SchemeTransliterator?] = [:]

  init(_ sources: [String: ReportLatinSchemes.Source]) { self.sources = sources }

  /// The Latin transliteration of `statement`, when its language has a scheme, it is written in
  /// another script and the scheme changes it.
  func transliteration(of statement: Statement) -> String? {
    let language = statement.language.language
    guard sources[language] != nil, ReportTransliterations.needsTransliteration(statement.text),
      let transliterator = transliterator(for: language),
      let latin = try? transliterator.transliterate(statement.text), latin != statement.text
    else { return nil }
    return latin
  }

  private func transliterator(for language: String) -> SchemeTransliterator? {
    if let known = open[language] { return known }
    let made: SchemeTransliterator? =
      switch sources[language] {
      case .scheme(let scheme): try? SchemeTransliterator(scheme: scheme)
      case .system(let id): (try? Transliterator(id: id)).map(SchemeTransliterator.init(system:))
      case nil: nil
      }
    open[language] = made
    return made
  }
}
