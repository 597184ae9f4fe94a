import ParallaxICU

/// The state of extracting one document: its bytes, paragraphs' tokens and quotes, the units
/// being built and the names seen so far. Lives for one `StatementExtractor.extract` call.
struct ExtractionRun {
  let document: Document
  let extractor: StatementExtractor
  let bytes: [UInt8]
  var sentences: [Sentence] = []
  /// The title's words, when the document has a title.
  var titleView: TokenView?
  /// What the task knows about words, kept from document to document (see `WordCache`).
  var cache: WordCache
  /// The units, token views, word ids and mentions of the document (see `RunState`), in
  /// arrays the task keeps from document to document.
  var state = RunState()
  /// A bit per UTF-8 size of the stems in `byStem` (sizes past 63 share the last bit).
  var stemSizes: UInt64 = 0

  init(document: Document, extractor: StatementExtractor, cache: WordCache) {
    self.document = document
    self.extractor = extractor
    self.bytes = Array(document.text.utf8)
    self.cache = cache
    borrowStorage()
    state.views.append(contentsOf: repeatElement(nil, count: document.paragraphs.count))
    state.paragraphLexicon.append(contentsOf: repeatElement(nil, count: document.paragraphs.count))
    // About one sentence per 150 bytes of news copy: room up front instead of regrowing.
    let expected = bytes.count / 150 + 4
    sentences.reserveCapacity(expected)
    state.units.reserveCapacity(expected)
  }

  /// Takes the task's empty per-document arrays (see `RunState`).
  mutating func borrowStorage() {
    swap(&state, &cache.runState)
  }

  /// Empties the per-document arrays and gives them back to the task's cache, unless one grew
  /// past `RunState.limit` (a huge document's room is not kept).
  mutating func returnStorage() {
    guard state.largestCapacity <= RunState.limit else {
      cache.runState = RunState()
      return
    }
    state.removeAll()
    swap(&state, &cache.runState)
  }

  mutating func run(segmenters: SegmenterPool) throws(StatementError) -> StatementExtractor.Extraction {
    var firstBody = true
    var current: (language: LocaleID, lexicon: CompiledLexicon, segmenter: Segmenter)?
    if let title = document.title { titleMentions(title) }
    // A heading is read as the paragraphs are (its names are met in order), and set apart from
    // the statements when they are built.
    for (index, paragraph) in document.paragraphs.enumerated() where paragraph.role == .body || paragraph.role == .heading {
      var start = paragraph.range.lowerBound
      if firstBody, let dateline = document.dateline { start = min(paragraph.range.upperBound, start + dateline.length) }
      firstBody = false
      let range = start..<paragraph.range.upperBound
      guard !range.isEmpty else { continue }
      let language = paragraph.language == .undetermined ? document.language : paragraph.language
      // Paragraphs mostly share a language: the lexicon and segmenter of the last one serve.
      if language != current?.language {
        guard let lexicon = extractor.lexicon(for: language, document: document.language) else { continue }
        do throws(ICUError) {
          let segmenter = try segmenters.segmenter(for: language) { extractor.profile(for: language) }
          current = (language, lexicon, segmenter)
        } catch {
          throw .segmentation(path: document.path, problem: "\(error)")
        }
      }
      guard let (_, lexicon, segmenter) = current else { continue }
      state.paragraphLexicon[index] = lexicon
      try analyse(paragraph: index, range: range, language: language, lexicon: lexicon, segmenter: segmenter)
    }
    mergeUnits()
    return buildStatements()
  }
}
