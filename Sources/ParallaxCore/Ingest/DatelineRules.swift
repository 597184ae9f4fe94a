/// Dateline and byline patterns of one language, with its month names and agency spellings,
/// from `Locales/<language>/datelines.yaml` (`schema: parallax.datelines/1`).
///
/// A pattern is written with placeholders between literal text:
/// `"{place}, {month} {day}. /{agency}/."` matches "MOSCOW, December 18. /TASS/.".
/// Placeholders: `{place}` (a place in capitals), `{region}` (capitalized words), `{month}`,
/// `{day}` (with an optional ordinal suffix), `{year}`, `{agency}` (a listed spelling),
/// `{publisher}` and `{author}` (free text up to the next literal), `{time}`, `{dash}` (any
/// dash). A space matches any run of white space.
public struct DatelineRules: Sendable, Hashable, Decodable {
  /// A month and the ways it is written (nominative, genitive, abbreviations).
  public struct Month: Sendable, Hashable, Decodable {
    public var number: Int
    public var forms: [String]
  }

  /// An agency and its spellings in datelines ("TASS", "tass", "ТАСС").
  public struct Agency: Sendable, Hashable, Decodable {
    public var name: String
    public var forms: [String]
  }

  /// One dateline or byline form.
  public struct Pattern: Sendable, Hashable, Decodable {
    public var id: String
    public var form: String
    /// The agency to record when the form names none (`{agency}` absent).
    public var agency: String?
  }

  public var language: LocaleID
  public var months: [Month]
  public var ordinalSuffixes: [String]
  /// Suffixes of clock times ("AM", "PM").
  public var timeSuffixes: [String]
  public var agencies: [Agency]
  /// Site chrome lines that are not part of the article ("All news").
  public var chrome: [String]
  public var datelines: [Pattern]
  public var bylines: [Pattern]
  /// The words that open a page's publication line ("Veröffentlicht:", "Опубликовано",
  /// "Published on"): a short line under the headline that opens with one of them and names a
  /// full date gives the page's day, however the rest of the line is written.
  public var publicationLines: [String]
  /// How the language writes a date in figures with slashes ("16/11/2022"): day first or
  /// month first. Nil where both are usual (English: "16/11/2022" in London, "11/16/2022" in
  /// New York); such a date is then read only when one of its numbers cannot be a month.
  public var slashedDates: SlashedDateOrder?

  /// The order of day and month in a date written in figures with slashes.
  public enum SlashedDateOrder: String, Sendable, Hashable, Decodable {
    case dayFirst = "day-first"
    case monthFirst = "month-first"
  }

  enum CodingKeys: String, CodingKey {
    case language, months, ordinalSuffixes, timeSuffixes, agencies, chrome, datelines, bylines, slashedDates
    case publicationLines
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    language = try c.decode(LocaleID.self, forKey: .language)
    months = try c.decodeIfPresent([Month].self, forKey: .months) ?? []
    ordinalSuffixes = try c.decodeIfPresent([String].self, forKey: .ordinalSuffixes) ?? []
    timeSuffixes = try c.decodeIfPresent([String].self, forKey: .timeSuffixes) ?? []
    agencies = try c.decodeIfPresent([Agency].self, forKey: .agencies) ?? []
    chrome = try c.decodeIfPresent([String].self, forKey: .chrome) ?? []
    datelines = try c.decodeIfPresent([Pattern].self, forKey: .datelines) ?? []
    bylines = try c.decodeIfPresent([Pattern].self, forKey: .bylines) ?? []
    publicationLines = try c.decodeIfPresent([String].self, forKey: .publicationLines) ?? []
    slashedDates = try c.decodeIfPresent(SlashedDateOrder.self, forKey: .slashedDates)
  }

  public static let schemaKind = "parallax.datelines"
  public static let fileName = "datelines.yaml"

  static let keySchema = KeySchema.mapping(
    [
      "schema": .any, "language": .any,
      "months": .sequence(.mapping(["number": .any, "forms": .any], required: ["number", "forms"])),
      "ordinalSuffixes": .any, "timeSuffixes": .any, "chrome": .any, "slashedDates": .any, "publicationLines": .any,
      "agencies": .sequence(.mapping(["name": .any, "forms": .any], required: ["name", "forms"])),
      "datelines": .sequence(.mapping(["id": .any, "form": .any, "agency": .any], required: ["id", "form"])),
      "bylines": .sequence(.mapping(["id": .any, "form": .any, "agency": .any], required: ["id", "form"])),
    ], required: ["language"])

  /// Loads and checks one file, such as `en/datelines.yaml`: months 1…12, patterns that
  /// compile, unique pattern ids.
  public static func load(_ path: String, from data: any LocaleDataProvider) throws(LocaleDataError) -> DatelineRules {
    let (rules, document) = try LocaleFile.loadWithDocument(
      DatelineRules.self, path: path, kind: schemaKind, keys: keySchema, from: data)
    let shown = data.displayPath(path)
    for (index, month) in rules.months.enumerated() where !(1...12).contains(month.number) {
      let at = document.position(at: [AnyKey("months"), AnyKey(index), AnyKey("number")])
      throw .invalidValue(file: shown, line: at.line, column: at.column, key: "number", problem: "a month is 1 to 12, not \(month.number)")
    }
    var seen: [String: Int] = [:]
    for (group, patterns) in [("datelines", rules.datelines), ("bylines", rules.bylines)] {
      for (index, pattern) in patterns.enumerated() {
        let at = document.position(at: [AnyKey(group), AnyKey(index), AnyKey("form")])
        if let first = seen[pattern.id] {
          throw .duplicateID(file: shown, line: at.line, column: at.column, id: pattern.id, first: "line \(first)")
        }
        seen[pattern.id] = at.line
        if case .failure(let problem) = DatelinePattern.compile(pattern.form) {
          throw .invalidValue(file: shown, line: at.line, column: at.column, key: "form", problem: problem.problem)
        }
      }
    }
    return rules
  }

  /// Every language's rules in `data`, sorted by language.
  public static func loadAll(from data: any LocaleDataProvider) throws(LocaleDataError) -> [DatelineRules] {
    var result: [DatelineRules] = []
    for language in LocaleFile.languages(having: fileName, in: data) {
      result.append(try load("\(language.rawValue)/\(fileName)", from: data))
    }
    return result
  }
}

/// A coding key made of a string or an index, for `YAMLDocument.position(at:)`.
struct AnyKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(_ string: String) { stringValue = string }
  init(_ index: Int) {
    stringValue = "\(index)"
    intValue = index
  }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) {
    stringValue = "\(intValue)"
    self.intValue = intValue
  }
}
