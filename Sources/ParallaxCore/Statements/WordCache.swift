/// What statement extraction learns about the words of a document: each distinct folded word
/// is interned and looked up in the lexicons and the registry once per document instead of
/// once per occurrence. A task (`SegmenterPool`) keeps the storage from one document to the
/// next; the words themselves are forgotten, which keeps the tables small enough to stay in
/// the processor's caches (a table kept across documents measured slower).
struct WordCache {
  /// Past this many distinct folded words the storage is dropped, not kept.
  static let limit = 50_000

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
  /// Scratch array for a paragraph's sentence spans.
  var spans: [Range<Int>] = []
  /// Scratch arrays for finding a unit's attribution.
  var describe = DescribeScratch()
  /// Outlets and relays by name and language, resolved (the same few open most documents).
  var resolvedNames: [ResolvedNameKey: EntityID?] = [:]
  /// The per-document arrays of the last run, empty, for the next run to fill without
  /// growing them again from nothing (see `ExtractionRun.borrowStorage`).
  var runState = RunState()

  init(owner: StatementExtractor.Identity? = nil) {
    self.owner = owner
  }

  /// Forgets every word, keeping the storage.
  mutating func removeAll() {
    table.removeAll()
    // By index: a loop over `keys` would hold the dictionary's storage, and each change
    // inside it would copy the dictionary and its arrays.
    var index = lexiconIDs.startIndex
    while index != lexiconIDs.endIndex {
      lexiconIDs.values[index].removeAll(keepingCapacity: true)
      lexiconIDs.formIndex(after: &index)
    }
    currentLexiconIDs.removeAll(keepingCapacity: true)
    inRegistry.removeAll(keepingCapacity: true)
  }
}

/// The arrays an `ExtractionRun` fills and forgets: kept empty by the task between documents.
struct RunState {
  /// Past this many elements in any of them, the arrays are not kept.
  static let limit = 4_096

  var units: [Unit] = []
  /// Per paragraph: its words, quotes, whether it ends inside a quote.
  var views: [TokenView?] = []
  var paragraphLexicon: [CompiledLexicon?] = []
  /// The table ids of every word the run has seen, paragraph after paragraph; mentions keep
  /// their context as ranges in it.
  var allIDs: [Int32] = []
  var endsOpen: Set<Int> = []
  var startsWithOpener: Set<Int> = []
  var mentions: [Mention] = []
  var speakers: [Mention] = []
  /// The last statement that named its document with its speaker ("the ministry said in a
  /// statement"): what a later "according to the statement" refers back to (nil: unknown).
  var lastDocument: (mention: Mention?, position: Int)?
  /// Person mentions of several words, for a later surname alone ("Lavrov", "Лаврова"): by
  /// table id of their last word and of that word's stem, an index into `indexed` (-1: none).
  var indexed: [Mention] = []
  var byLastWord: [Int32] = []
  var byStem: [(mention: Int32, stemLength: Int, wordLength: Int)] = []

  /// The most elements any of the arrays has room for.
  var largestCapacity: Int {
    max(
      units.capacity, views.capacity, allIDs.capacity, mentions.capacity, indexed.capacity, byLastWord.capacity,
      byStem.capacity, speakers.capacity)
  }

  /// Empties every array, keeping its room.
  mutating func removeAll() {
    units.removeAll(keepingCapacity: true)
    views.removeAll(keepingCapacity: true)
    paragraphLexicon.removeAll(keepingCapacity: true)
    allIDs.removeAll(keepingCapacity: true)
    endsOpen.removeAll(keepingCapacity: true)
    startsWithOpener.removeAll(keepingCapacity: true)
    mentions.removeAll(keepingCapacity: true)
    speakers.removeAll(keepingCapacity: true)
    lastDocument = nil
    indexed.removeAll(keepingCapacity: true)
    byLastWord.removeAll(keepingCapacity: true)
    byStem.removeAll(keepingCapacity: true)
  }
}

/// A name as written and the language it is resolved in.
struct ResolvedNameKey: Hashable {
  var name: String
  var language: LocaleID
}
