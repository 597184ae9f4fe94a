public import ParallaxICU

/// Everything name matching needs, loaded and compiled once from the locale data: the registry,
/// its index, the match-key profile and the romanization schemes. Immutable and shareable;
/// each task makes its own `NameMatcher` from it.
///
/// ```swift
/// let names = try NameSetup.load(from: data)
/// let matcher = try names.makeMatcher()
/// try matcher.lookup("Kyjiw")?.entity   // place.kyiv (fuzzy)
/// ```
public struct NameSetup: Sendable {
  public let registry: NameRegistry
  public let index: NameIndex
  public let matchKeyProfile: MatchKeyProfile
  /// Romanization schemes by language (`und` for the generic one).
  public let romanization: [String: TransliterationScheme]
  /// How romanized spellings are folded for fuzzy names and cross-language word stems.
  public let spellingFolds: SpellingFolds
  /// Where a names cache holds the form resolver (`formResolver()`), read when asked for.
  private let cachedResolver: (buffer: ByteBuffer, range: Range<Int>)?

  /// A setup of compiled parts; `cachedResolver`, the names cache's section of the form
  /// resolver, when it came from one.
  init(
    registry: NameRegistry, index: NameIndex, matchKeyProfile: MatchKeyProfile,
    romanization: [String: TransliterationScheme], spellingFolds: SpellingFolds,
    cachedResolver: (buffer: ByteBuffer, range: Range<Int>)? = nil
  ) {
    self.registry = registry
    self.index = index
    self.matchKeyProfile = matchKeyProfile
    self.romanization = romanization
    self.spellingFolds = spellingFolds
    self.cachedResolver = cachedResolver
  }

  /// Every form of the registry folded, to its entity: how statement extraction resolves a
  /// speaker or a place it has found (`NameListResolver(registry:)`). Read from the names
  /// cache when the setup came from one (a start then folds none of the registry's thousands
  /// of forms), else built; `check` never asks for it.
  public func formResolver() -> NameListResolver {
    if let (buffer, range) = cachedResolver {
      var reader = BinaryReader(buffer, range: range)
      if let read = try? NameListResolver(reading: &reader), reader.isAtEnd { return read }
    }
    return NameListResolver(registry: registry)
  }

  /// Loads and compiles.
  /// - Throws: `LocaleDataError` for bad data, with file:line:column.
  public static func load(from data: any LocaleDataProvider) throws(LocaleDataError) -> NameSetup {
    let registry = try NameRegistry.load(from: data)
    let profiles = try NameMatchingProfile.loadAll(from: data)
    let matchKey = try MatchKeyData.load(from: data)
    let folds = try SpellingFolds.load(from: data)
    let catalog = SchemeCatalog(data: data)
    var romanization: [String: TransliterationScheme] = [:]
    for profile in profiles {
      if let id = profile.romanization { romanization[profile.language] = try catalog.scheme(id) }
    }
    do {
      let index = try NameIndex(
        registry: registry, profiles: profiles, keys: MatchKeyBuilder(profile: matchKey),
        words: WordBreaker(locale: "und"), romanizers: try makeRomanizers(romanization), skeletons: folds.names)
      return NameSetup(
        registry: registry, index: index, matchKeyProfile: matchKey, romanization: romanization,
        spellingFolds: folds)
    } catch let error as LocaleDataError {
      throw error
    } catch {
      throw .unreadable(file: data.displayPath("und/names"), reason: "\(error)")
    }
  }

  static func makeRomanizers(_ schemes: [String: TransliterationScheme]) throws(LocaleDataError)
    -> [String: SchemeTransliterator]
  {
    var result: [String: SchemeTransliterator] = [:]
    for (language, scheme) in schemes {
      result[language] = try SchemeTransliterator(scheme: scheme, ascii: true)
    }
    return result
  }

  /// A matcher with its own ICU objects, for one task.
  public func makeMatcher(options: NameMatcherOptions = NameMatcherOptions()) throws -> NameMatcher {
    NameMatcher(
      index: index, keys: try MatchKeyBuilder(profile: matchKeyProfile),
      words: try WordBreaker(locale: "und"), schemes: romanization, options: options)
  }
}
