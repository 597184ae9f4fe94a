/// The locale data that ingest and statement extraction read, loaded once from a provider:
/// dateline rules, language profiles, page furniture, attribution lexicons and segmentation
/// profiles.
public struct StatementResources: Sendable {
  public var datelines: [DatelineRules]
  public var profiles: [LanguageProfile]
  /// Each language's attribution lexicon (decoding every one not yet decoded).
  public var lexicons: [LocaleID: AttributionLexicon] { attribution.mapValues(\.value) }
  /// Each language's attribution lexicon, decoded when extraction first meets the language
  /// when this build has loaded the same file before: a run on one English page decodes one.
  let attribution: [LocaleID: DeferredValue<AttributionLexicon>]
  public var segmentation: [LocaleID: SegmentationProfile]
  /// Page furniture per language (`<language>/chrome.yaml`), all applied to every page.
  public var chrome: [ChromeLexicon]

  /// Loads every language's files.
  /// - Throws: the first `LocaleDataError`, positioned.
  public init(data: any LocaleDataProvider) throws(LocaleDataError) {
    datelines = try DatelineRules.loadAll(from: data)
    profiles = try LanguageProfile.loadAll(from: data)
    attribution = try AttributionLexicon.loadAllDeferred(from: data)
    chrome = try ChromeLexicon.loadAll(from: data)
    var segmentation: [LocaleID: SegmentationProfile] = [:]
    for language in Set(attribution.keys).union(profiles.map(\.language)).sorted() {
      segmentation[language] = try SegmentationProfile.load(for: language, from: data)
    }
    self.segmentation = segmentation
  }

  /// A loader over these resources.
  public func loader(places: (any PlaceResolving)? = nil) -> DocumentLoader {
    DocumentLoader(
      datelines: DatelineParser(rules: datelines), detector: LanguageDetector(profiles: profiles), places: places,
      chrome: ChromeDetector(lexicons: chrome))
  }

  /// An extractor over these resources.
  public func extractor(resolver: (any SpeakerResolving)? = nil) -> StatementExtractor {
    StatementExtractor(
      deferred: attribution, segmentation: segmentation, resolver: resolver,
      months: Dictionary(datelines.map { ($0.language, $0.months) }, uniquingKeysWith: +))
  }
}
