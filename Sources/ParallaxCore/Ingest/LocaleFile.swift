/// Loads one locale data file of a kind: schema line, unknown keys, then `Codable` decoding,
/// all with positioned errors.
enum LocaleFile {
  static func load<T: Decodable>(
    _ type: T.Type, path: String, kind: String, keys: KeySchema, from data: any LocaleDataProvider
  ) throws(LocaleDataError) -> T {
    try loadWithDocument(type, path: path, kind: kind, keys: keys, from: data).value
  }

  /// `load`, with the parsed document for positioning the loader's own checks (one parse).
  static func loadWithDocument<T: Decodable>(
    _ type: T.Type, path: String, kind: String, keys: KeySchema, from data: any LocaleDataProvider
  ) throws(LocaleDataError) -> (value: T, document: YAMLDocument) {
    try loadWithDocument(type, text: try data.read(path), shown: data.displayPath(path), kind: kind, keys: keys)
  }

  /// `loadWithDocument` of a file's `text`, shown in messages as `shown`.
  static func loadWithDocument<T: Decodable>(
    _ type: T.Type, text: String, shown: String, kind: String, keys: KeySchema
  ) throws(LocaleDataError) -> (value: T, document: YAMLDocument) {
    let document = try YAMLDocument(text: text, path: shown, kind: kind, majors: 1...1)
    if let problem = document.unknownKeys(against: keys).first { throw problem }
    return (try document.decode(T.self), document)
  }

  /// Every language's file `name` of `kind` in `data`, by language, each loaded by `load` (from
  /// its text, shown in messages as the file, and its folder's language). A file this build has
  /// loaded whole before, with the same text (`ParsedYAMLCache.loadMark`), is loaded when first
  /// asked for; any other now, so that a problem is still reported at start. A run on one
  /// language's text loads that language's file only.
  static func loadAllDeferred<T: Sendable>(
    kind: String, having name: String, from data: any LocaleDataProvider, cache: ParsedYAMLCache? = ParsedYAMLCache.shared,
    load: @escaping @Sendable (_ text: String, _ shown: String, _ language: LocaleID) throws(LocaleDataError) -> T
  ) throws(LocaleDataError) -> [LocaleID: DeferredValue<T>] {
    var result: [LocaleID: DeferredValue<T>] = [:]
    for language in languages(having: name, in: data) {
      let path = "\(language.rawValue)/\(name)"
      let (text, shown) = (try data.read(path), data.displayPath(path))
      let mark = cache?.loadMark(kind: kind, text: text)
      if let mark, mark.isSet {
        result[language] = DeferredValue {
          do throws(LocaleDataError) {
            return try load(text, shown, language)
          } catch {
            preconditionFailure("\(shown) loaded whole before, with the same text, fails now: \(error)")
          }
        }
      } else {
        result[language] = DeferredValue(try load(text, shown, language))
        mark?.set()
      }
    }
    return result
  }

  /// The languages that have `name` directly in their folder (`en/datelines.yaml`), sorted.
  static func languages(having name: String, in data: any LocaleDataProvider) -> [LocaleID] {
    data.allFiles().compactMap { path -> LocaleID? in
      let parts = path.split(separator: "/")
      guard parts.count == 2, parts[1] == name else { return nil }
      return LocaleID(String(parts[0]))
    }
  }

  /// The language folder of a relative path (`en` for `en/datelines.yaml`).
  static func language(of path: String) -> LocaleID {
    LocaleID(String(path.split(separator: "/").first ?? "und"))
  }
}
