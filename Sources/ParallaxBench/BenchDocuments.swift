import ParallaxCore
import ParallaxBenchSupport

/// The generated documents (about 2 KB each, a headline, a dateline, paragraphs) that the
/// ingest and statement benchmarks read, in memory, until their UTF-8 size reaches the corpus
/// size: the same generator and seed as `parallax-bench corpus`.
struct BenchDocuments {
  let documents: [CorpusDocument]
  /// The documents' UTF-8 size: the numerator of the MB/s.
  let byteCount: Int

  /// Documents from `seed` until they hold `megabytes` × 10^6 bytes.
  init(megabytes: Int, seed: UInt64) {
    var generator = CorpusGenerator(seed: seed)
    var documents: [CorpusDocument] = []
    var bytes = 0
    while bytes < megabytes * 1_000_000 {
      let document = generator.nextDocument()
      bytes += document.text.utf8.count
      documents.append(document)
    }
    self.documents = documents
    self.byteCount = bytes
  }

  /// Consecutive document ranges of about 256 KB each, covering all documents: the unit of
  /// timing (see `Stopwatch.race`).
  var chunks: [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    var size = 0
    for index in documents.indices {
      size += documents[index].text.utf8.count
      if size >= 256_000 || index == documents.count - 1 {
        result.append(start..<index + 1)
        start = index + 1
        size = 0
      }
    }
    return result
  }
}
