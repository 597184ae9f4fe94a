/// The page furniture of one language, from `Locales/<language>/chrome.yaml`
/// (`schema: parallax.chrome/1`): whole lines that are furniture ("Advertisement",
/// "Читайте також"), line openings that make a line furniture ("Read more:") and those of a
/// picture credit ("Photo:"), which make the caption above them furniture too.
public struct ChromeLexicon: Sendable, Hashable, Decodable {
  public var language: LocaleID
  /// Lines that are furniture when they are all a line holds (trailing ":", "." and "…"
  /// aside).
  public var lines: [String]
  /// Openings that make a line furniture ("Photo:", "Читайте також:"). An opening ending in
  /// a letter matches only a whole word.
  public var prefixes: [String]
  /// Openings of a picture credit ("Photo:", "Фото:"): furniture as `prefixes` are, and the
  /// short line right above one, without a sentence end, is its caption.
  public var credits: [String]
  /// Phrases that mark a line as furniture wherever they stand in it: caption conventions
  /// ("(vorne links)", "pose for a picture").
  public var markers: [String]
  /// The quotation marks a heading may be set in, each pair written as its opening and its
  /// closing mark ("«»", "‘’"): a short quotation alone on its line is a heading.
  public var quotes: [String]

  /// A lexicon built in code (files go through `load(_:from:)`).
  public init(
    language: LocaleID, lines: [String] = [], prefixes: [String] = [], credits: [String] = [], markers: [String] = [], quotes: [String] = []
  ) {
    self.language = language
    self.lines = lines
    self.prefixes = prefixes
    self.credits = credits
    self.markers = markers
    self.quotes = quotes
  }

  enum CodingKeys: String, CodingKey { case language, lines, prefixes, credits, markers, quotes }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    language = try c.decode(LocaleID.self, forKey: .language)
    lines = try c.decodeIfPresent([String].self, forKey: .lines) ?? []
    prefixes = try c.decodeIfPresent([String].self, forKey: .prefixes) ?? []
    credits = try c.decodeIfPresent([String].self, forKey: .credits) ?? []
    markers = try c.decodeIfPresent([String].self, forKey: .markers) ?? []
    quotes = try c.decodeIfPresent([String].self, forKey: .quotes) ?? []
  }

  public static let schemaKind = "parallax.chrome"
  public static let fileName = "chrome.yaml"

  static let keySchema = KeySchema.mapping(
    ["schema": .any, "language": .any, "lines": .any, "prefixes": .any, "credits": .any, "markers": .any, "quotes": .any], required: ["language"])

  /// Loads and checks one file, such as `en/chrome.yaml`: no entry is empty, and each pair of
  /// quotation marks is two marks.
  /// - Throws: a positioned `LocaleDataError`.
  public static func load(_ path: String, from data: any LocaleDataProvider) throws(LocaleDataError) -> ChromeLexicon {
    let lexicon = try LocaleFile.load(ChromeLexicon.self, path: path, kind: schemaKind, keys: keySchema, from: data)
    func refuse(_ key: String, _ index: Int, _ problem: String) throws(LocaleDataError) -> Never {
      let shown = data.displayPath(path)
      let document = try YAMLDocument(text: try data.read(path), path: shown, kind: schemaKind, majors: 1...1)
      let at = document.position(at: [AnyKey(key), AnyKey(index)])
      throw .invalidValue(file: shown, line: at.line, column: at.column, key: key, problem: problem)
    }
    for (key, list) in [("lines", lexicon.lines), ("prefixes", lexicon.prefixes), ("credits", lexicon.credits), ("markers", lexicon.markers)] {
      if let index = list.firstIndex(where: { ChromeDetector.trimmed(TextFold.fold($0)).isEmpty }) {
        try refuse(key, index, "an entry has no text")
      }
    }
    if let index = lexicon.quotes.firstIndex(where: { $0.unicodeScalars.count != 2 }) {
      try refuse("quotes", index, "a pair is its opening and its closing mark, two characters")
    }
    return lexicon
  }

  /// The pairs of `quotes` as (opening, closing) marks.
  var quotePairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] {
    quotes.compactMap { pair in
      let marks = Array(pair.unicodeScalars)
      return marks.count == 2 ? (marks[0], marks[1]) : nil
    }
  }

  /// Every language's lexicon in `data`, sorted by language.
  public static func loadAll(from data: any LocaleDataProvider) throws(LocaleDataError) -> [ChromeLexicon] {
    var result: [ChromeLexicon] = []
    for language in LocaleFile.languages(having: fileName, in: data) {
      result.append(try load("\(language.rawValue)/\(fileName)", from: data))
    }
    return result
  }
}
