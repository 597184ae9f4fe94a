import ParallaxICU

/// The transliteration schemes in the locale data, found by folder: every
/// `<language>/transliteration/<id>.yaml`.
///
/// ```swift
/// let catalog = SchemeCatalog(data: DirectoryLocaleData(root: localesURL))
/// let toLatin = try catalog.transliterator(for: "uk-Latn-KMU2010")
/// try toLatin.transliterate("Згурський")   // "Zghurskyi"
/// ```
public struct SchemeCatalog: Sendable {
  /// The schema kind and the majors this build reads.
  public static let schemaKind = "parallax.transliteration"
  public static let schemaMajors = 1...1

  private let data: any LocaleDataProvider

  public init(data: any LocaleDataProvider) {
    self.data = data
  }

  /// The data files of all schemes, keyed by scheme ID (the file name without `.yaml`).
  public var files: [String: String] {
    var result: [String: String] = [:]
    for path in data.allFiles() {
      let parts = path.split(separator: "/")
      guard parts.count == 3, parts[1] == "transliteration" else { continue }
      let name = parts[2]
      let id = String(name.dropLast(name.hasSuffix(".yaml") ? 5 : 4))
      if result[id] == nil { result[id] = path }
    }
    return result
  }

  /// The IDs of the schemes in the data, sorted.
  public var ids: [String] { files.keys.sorted() }

  /// Loads and checks one scheme.
  /// - Throws: `LocaleDataError.unknownScheme` when no file has that ID; positioned errors for
  ///   a file that does not parse.
  public func scheme(_ id: String) throws(LocaleDataError) -> TransliterationScheme {
    guard let path = files[id] else { throw .unknownScheme(id: id, known: ids) }
    return try load(path)
  }

  /// Loads every scheme, sorted by ID.
  public func all() throws(LocaleDataError) -> [TransliterationScheme] {
    var result: [TransliterationScheme] = []
    for id in ids { result.append(try scheme(id)) }
    return result
  }

  /// Parses the scheme file at `path` (relative to the data root).
  public func load(_ path: String) throws(LocaleDataError) -> TransliterationScheme {
    let shown = data.displayPath(path)
    let document = try YAMLDocument(
      text: try data.read(path), path: shown, kind: Self.schemaKind, majors: Self.schemaMajors)
    if let problem = document.unknownKeys(against: TransliterationScheme.keySchema).first {
      throw problem
    }
    var scheme = try document.decode(TransliterationScheme.self)
    scheme.file = shown
    // A block scalar's node starts on its `|` line; the rule text starts on the next line.
    scheme.rulesFirstLine = (document.line(ofTopLevelKey: "rules") ?? 0) + 1
    scheme.asciiFirstLine = (document.line(ofTopLevelKey: "ascii") ?? 0) + 1
    let expected = path.split(separator: "/").last.map { String($0.prefix { $0 != "." }) } ?? ""
    let idStem = scheme.id
    if idStem != expected {
      let at = document.position(at: [SchemeKey.id])
      throw .invalidValue(
        file: shown, line: at.line, column: at.column, key: "id",
        problem: "the id '\(idStem)' must match the file name '\(expected).yaml'")
    }
    return scheme
  }

  /// Opens a transliterator for a scheme in the data, or for an ICU system ID
  /// (`Ukrainian-Latin/BGN`) when no scheme file has that ID.
  /// - Parameter ascii: also apply the scheme's ASCII step.
  /// - Throws: `LocaleDataError.badRules` with file:line:column when the rules do not compile;
  ///   `.unknownScheme` when neither the data nor ICU knows the ID.
  public func transliterator(for id: String, ascii: Bool = false) throws(LocaleDataError)
    -> SchemeTransliterator
  {
    if files[id] != nil {
      return try SchemeTransliterator(scheme: try scheme(id), ascii: ascii)
    }
    do {
      let system = try Transliterator(id: ascii ? "\(id); Latin-ASCII" : id)
      return SchemeTransliterator(system: system)
    } catch {
      throw .unknownScheme(id: id, known: ids)
    }
  }
}

private enum SchemeKey: String, CodingKey { case id }
