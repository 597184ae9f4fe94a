/// What statement extraction learns about words: each distinct folded word is interned, and
/// looked up in the lexicons and the registry, once per task instead of once per occurrence. A
/// task (`SegmenterPool`) keeps the words from one document to the next, so that the common
/// words of a corpus are met once; past `limit` distinct words the table starts over (its
/// storage kept), which bounds its memory and keeps it small enough for the processor's
/// caches. (Forgetting every document's words measured 3% slower on the generated corpus; a
/// limit of 20,000 words, 7% slower than this one.)
struct WordCache {
  /// Past this many distinct folded words (and stems) the table starts over.
  static let limit = 100_000

  /// The extractor the facts belong to.
  var owner: StatementExtractor.Identity?
  /// Folded words (and the stems of names) by UTF-8 bytes.
  var table = TokenTable(capacity: 1024)
  /// Per lexicon language: table id → lexicon word id (-2 when not looked up yet); the
  /// language in use keeps its ids in `currentLexiconIDs`.
  var lexiconIDs: [LocaleID: [Int32]] = [:]
  var lexiconLanguage: LocaleID?
  var currentLexiconIDs: [Int32] = []
  /// Per table id: whether the word occurs in a registry form (-1 not looked up, 0 no, 1 yes).
  var inRegistry: [Int8] = []
  /// Scratch bytes for folding and joining.
  var scratch: [UInt8] = []
  /// Scratch arrays for finding a unit's attribution.
  var describe = DescribeScratch()

  init(owner: StatementExtractor.Identity? = nil) {
    self.owner = owner
  }

  /// Forgets every word, keeping the storage.
  mutating func removeAll() {
    table.removeAll()
    for key in lexiconIDs.keys { lexiconIDs[key]?.removeAll(keepingCapacity: true) }
    currentLexiconIDs.removeAll(keepingCapacity: true)
    inRegistry.removeAll(keepingCapacity: true)
  }
}
