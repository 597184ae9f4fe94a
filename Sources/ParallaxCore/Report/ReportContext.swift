/// Everything a report shows that is not in the `Comparison`: the versions and hashes that make
/// it reproducible, the run date, display names for entities and framing terms, and the
/// transliterations of statements in another script. Prepared by the caller, so rendering stays
/// a pure function.
public struct ReportContext: Sendable, Hashable {
  /// The date given with `--as-of`; no other date of the run appears in a report.
  public var asOf: CalendarDate?
  public var parallaxVersion: String
  /// ICU's version and its Unicode version ("72.1", "15.0").
  public var icuVersion: String
  public var unicodeVersion: String
  /// The SHA-256 of the locale data (see `LocaleDataDigest`).
  public var localeDataHash: String
  /// The input files' digests, by path.
  public var inputs: [String: String]
  /// The name a report shows for an entity (the style's canonical form).
  public var entityNames: [EntityID: String] {
    didSet { outletNames = Self.outlets(in: entityNames) }
  }
  /// The names that stand for outlets (the values of `entityNames` under `ReportNames.outletKey`),
  /// worked out once per run rather than once per event.
  private(set) var outletNames: Set<String> = []
  /// The name a report shows for a framing id (its first term).
  public var framingLabels: [String: String]
  /// Transliterations by statement text (only statements in another script have one).
  public var transliterations: [String: String] {
    get { Dictionary(uniqueKeysWithValues: latin.map { ($0.key.text, $0.value) }) }
    set { latin = Dictionary(newValue.map { (UTF8Key($0.key), $0.value) }, uniquingKeysWith: { first, _ in first }) }
  }
  /// The same by the statement's bytes: a statement's text is looked up as it was read, so
  /// hashing it needs no normalization.
  private var latin: [UTF8Key: String] = [:]

  /// The transliteration given for a statement's text, if any.
  func transliteration(of text: String) -> String? { latin.isEmpty ? nil : latin[UTF8Key(text)] }
  /// The schemes that transliterate statements as their reports are written (on top of
  /// `transliterations`, which are given by text).
  public var latinSchemes = ReportLatinSchemes()

  public init(
    asOf: CalendarDate? = nil, parallaxVersion: String = ParallaxVersion.string, icuVersion: String = "",
    unicodeVersion: String = "", localeDataHash: String = "", inputs: [String: String] = [:],
    entityNames: [EntityID: String] = [:], framingLabels: [String: String] = [:], transliterations: [String: String] = [:]
  ) {
    self.asOf = asOf
    self.parallaxVersion = parallaxVersion
    self.icuVersion = icuVersion
    self.unicodeVersion = unicodeVersion
    self.localeDataHash = localeDataHash
    self.inputs = inputs
    self.entityNames = entityNames
    self.outletNames = Self.outlets(in: entityNames)
    self.framingLabels = framingLabels
    self.transliterations = transliterations
  }

  private static func outlets(in names: [EntityID: String]) -> Set<String> {
    let prefix = ReportNames.outletKey("").rawValue
    return Set(names.lazy.filter { $0.key.rawValue.hasPrefix(prefix) }.map(\.value))
  }

  /// A context whose statements are transliterated with `latinSchemes` as they are written.
  init(
    asOf: CalendarDate?, parallaxVersion: String, icuVersion: String, unicodeVersion: String, localeDataHash: String,
    inputs: [String: String], entityNames: [EntityID: String], framingLabels: [String: String],
    latinSchemes: ReportLatinSchemes
  ) {
    self.init(
      asOf: asOf, parallaxVersion: parallaxVersion, icuVersion: icuVersion, unicodeVersion: unicodeVersion,
      localeDataHash: localeDataHash, inputs: inputs, entityNames: entityNames, framingLabels: framingLabels)
    self.latinSchemes = latinSchemes
  }
}
