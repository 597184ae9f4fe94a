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
    let document = try YAMLDocument(
      text: try data.read(path), path: data.displayPath(path), kind: kind, majors: 1...1)
    if let problem = document.unknownKeys(against: keys).first { throw problem }
    return (try document.decode(T.self), document)
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
