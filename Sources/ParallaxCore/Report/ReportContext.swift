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
  public var entityNames: [EntityID: String]
  /// The name a report shows for a framing id (its first term).
  public var framingLabels: [String: String]
  /// Transliterations by statement text (only statements in another script have one).
  public var transliterations: [String: String]

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
    self.framingLabels = framingLabels
    self.transliterations = transliterations
  }
}
