public import ParallaxICU

/// The segmenters of one task, opened on first use per language and kept: opening ICU's
/// sentence rules and building a profile's abbreviation set costs more than segmenting a
/// short document, so a task opens each language once, not once per document.
///
/// Not thread-safe (it owns ICU break iterators): give each task its own.
///
/// ```swift
/// let pool = SegmenterPool()
/// for document in documents { _ = try extractor.extract(document, using: pool) }
/// ```
public final class SegmenterPool {
  private var segmenters: [LocaleID: Segmenter] = [:]
  /// The word cache between documents (nil while a document has it, and before the first).
  private var words: WordCache?

  public init() {}

  /// The segmenter of `language`, opened with `profile` the first time it is asked for.
  /// - Throws: `ICUError` when ICU cannot open the sentence rules.
  public func segmenter(for language: LocaleID, profile: () -> SegmentationProfile) throws(ICUError) -> Segmenter {
    if let existing = segmenters[language] { return existing }
    let segmenter = try Segmenter(language: language, profile: profile())
    segmenters[language] = segmenter
    return segmenter
  }

  /// The task's word cache for an extractor, emptied (its storage kept) for a new document;
  /// hand it back with `keepWords(_:)`.
  func takeWords(for owner: StatementExtractor.Identity) -> WordCache {
    // Taken out, not copied: an empty cache to leave behind would allocate its tables.
    guard var cache = words.take(), cache.owner === owner, cache.table.count <= WordCache.limit else {
      return WordCache(owner: owner)
    }
    cache.removeAll()
    return cache
  }

  func keepWords(_ cache: WordCache) { words = cache }
}
