/// Where a language's sentences do not end although ICU's rules would end them: abbreviations
/// and initials. Kept as data in `Locales/<language>/segmentation.yaml`
/// (`schema: parallax.segmentation/1`).
public struct SegmentationProfile: Sendable, Hashable, Decodable {
  /// Forms after which a sentence never ends ("Mr.", "г-н", "ul."); several words are written
  /// with single spaces ("т. е.").
  public var noBreakAfter: [String]
  /// Forms that may end a sentence: the sentence goes on only when the next word starts with a
  /// lowercase letter or a digit ("U.S.", "etc.", "т. д.").
  public var breakBeforeCapitalOnly: [String]
  /// Forms that never end a sentence when a number precedes them ("г." in "2022 г.") are the
  /// exception: those end one only before a capital.
  public var afterNumberBreakBeforeCapitalOnly: [String]
  /// Whether one capital letter and a period ("S. Lavrov") is an initial that ends no sentence.
  public var initials: Bool
  /// Words before which a number and a period are an ordinal, not a sentence end: German and
  /// Polish write "12. März", "12. marca".
  public var ordinalsBefore: [String] = []

  public init(
    noBreakAfter: [String] = [], breakBeforeCapitalOnly: [String] = [],
    afterNumberBreakBeforeCapitalOnly: [String] = [], initials: Bool = true
  ) {
    self.noBreakAfter = noBreakAfter
    self.breakBeforeCapitalOnly = breakBeforeCapitalOnly
    self.afterNumberBreakBeforeCapitalOnly = afterNumberBreakBeforeCapitalOnly
    self.initials = initials
  }

  enum CodingKeys: String, CodingKey {
    case noBreakAfter, breakBeforeCapitalOnly, afterNumberBreakBeforeCapitalOnly, initials, ordinalsBefore
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    noBreakAfter = try c.decodeIfPresent([String].self, forKey: .noBreakAfter) ?? []
    breakBeforeCapitalOnly = try c.decodeIfPresent([String].self, forKey: .breakBeforeCapitalOnly) ?? []
    afterNumberBreakBeforeCapitalOnly =
      try c.decodeIfPresent([String].self, forKey: .afterNumberBreakBeforeCapitalOnly) ?? []
    initials = try c.decodeIfPresent(Bool.self, forKey: .initials) ?? true
    ordinalsBefore = try c.decodeIfPresent([String].self, forKey: .ordinalsBefore) ?? []
  }

  static let keySchema = KeySchema.mapping([
    "schema": .any, "language": .any, "noBreakAfter": .any, "breakBeforeCapitalOnly": .any,
    "afterNumberBreakBeforeCapitalOnly": .any, "initials": .any, "ordinalsBefore": .any,
  ])

  public static let schemaKind = "parallax.segmentation"

  /// Loads the profile of `language`, falling back along its tag (`und` has none: empty).
  public static func load(for language: LocaleID, from data: any LocaleDataProvider)
    throws(LocaleDataError) -> SegmentationProfile
  {
    for candidate in language.fallbacks {
      let path = "\(candidate.rawValue)/segmentation.yaml"
      guard data.exists(path) else { continue }
      let document = try YAMLDocument(
        text: try data.read(path), path: data.displayPath(path), kind: schemaKind, majors: 1...1)
      if let problem = document.unknownKeys(against: keySchema).first { throw problem }
      return try document.decode(SegmentationProfile.self)
    }
    return SegmentationProfile(initials: false)
  }
}
