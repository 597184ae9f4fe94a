/// Defaults kept as data in `Locales/und/defaults.yaml` (`schema: parallax.defaults/1`): the
/// house style and report language used when a command is not told otherwise.
public struct LocaleDefaults: Sendable, Hashable, Decodable {
  public var style: String
  public var reportLocale: String

  public static let path = "und/defaults.yaml"
  public static let schemaKind = "parallax.defaults"
  static let keySchema = KeySchema.mapping(["schema": .any, "style": .any, "reportLocale": .any], required: ["style"])

  enum CodingKeys: String, CodingKey { case style, reportLocale }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    style = try c.decode(String.self, forKey: .style)
    reportLocale = try c.decodeIfPresent(String.self, forKey: .reportLocale) ?? "en"
  }

  public static func load(from data: any LocaleDataProvider) throws(LocaleDataError) -> LocaleDefaults {
    let document = try YAMLDocument(text: try data.read(path), path: data.displayPath(path), kind: schemaKind, majors: 1...1)
    if let problem = document.unknownKeys(against: keySchema).first { throw problem }
    return try document.decode(LocaleDefaults.self)
  }
}
