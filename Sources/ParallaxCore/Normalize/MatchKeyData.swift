public import ParallaxICU

/// Loads the match-key profile from `und/normalization/match-key.yaml`
/// (`schema: parallax.match-key/1`).
///
/// Code points are written `U+2019` in the file, because apostrophes and dashes are easy to
/// confuse on screen.
public enum MatchKeyData {
  public static let path = "und/normalization/match-key.yaml"
  public static let schemaKind = "parallax.match-key"

  struct File: Decodable {
    struct Fold: Decodable {
      var to: String?
      var delete: Bool?
      var from: [String]
      var note: String?
    }
    var fold: [Fold]
    var stripMarksFrom: [String]
  }

  static let keySchema = KeySchema.mapping(
    [
      "schema": .any,
      "fold": .sequence(.mapping(["to": .any, "delete": .any, "from": .any, "note": .any], required: ["from"])),
      "stripMarksFrom": .any,
    ],
    required: ["fold", "stripMarksFrom"])

  /// Reads and checks the profile.
  public static func load(from data: any LocaleDataProvider) throws(LocaleDataError) -> MatchKeyProfile {
    let shown = data.displayPath(path)
    let document = try YAMLDocument(text: try data.read(path), path: shown, kind: schemaKind, majors: 1...1)
    if let problem = document.unknownKeys(against: keySchema).first { throw problem }
    let file = try document.decode(File.self)
    var mappings: [Unicode.Scalar: Unicode.Scalar?] = [:]
    for (index, fold) in file.fold.enumerated() {
      let target: Unicode.Scalar?
      if fold.delete == true {
        target = nil
      } else if let to = fold.to, let scalar = parseScalar(to) {
        target = scalar
      } else {
        let at = document.position(at: [Key.fold, Key.index(index)])
        throw .invalidValue(
          file: shown, line: at.line, column: at.column, key: "to",
          problem: "give a single character or U+XXXX, or 'delete: true'")
      }
      for (k, source) in fold.from.enumerated() {
        guard let scalar = parseScalar(source) else {
          let at = document.position(at: [Key.fold, Key.index(index), Key.from, Key.index(k)])
          throw .invalidValue(
            file: shown, line: at.line, column: at.column, key: "from",
            problem: "'\(source)' is not a single character or U+XXXX code point")
        }
        mappings[scalar] = target
      }
    }
    return MatchKeyProfile(mappings: mappings, stripMarksFrom: file.stripMarksFrom)
  }

  /// `U+2019` or a single character.
  static func parseScalar(_ text: String) -> Unicode.Scalar? {
    if text.hasPrefix("U+") || text.hasPrefix("u+") {
      return UInt32(text.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
    }
    let scalars = text.unicodeScalars
    return scalars.count == 1 ? scalars.first : nil
  }

  enum Key: CodingKey {
    case fold, from, index(Int)
    var stringValue: String {
      switch self {
      case .fold: "fold"
      case .from: "from"
      case .index(let i): "\(i)"
      }
    }
    var intValue: Int? {
      if case .index(let i) = self { return i }
      return nil
    }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self = .index(intValue) }
  }
}
