import Foundation
import ParallaxCore
import ParallaxICU

/// Ingest and statement extraction as `parallax statements` does them, in process on one
/// thread: `DocumentLoader` then `StatementExtractor` over the generated documents, with the
/// locale data and the name registry loaded once. There is no C anchor; the floor is absolute.
struct StatementsBenchmark: Benchmark {
  let name = "statements"
  let summary = "DocumentLoader + StatementExtractor over generated ~2 KB documents, one thread"
  let floor: Floor? = .megabytesPerSecondAtLeast(20)

  func run(in context: BenchContext) throws(BenchError) -> BenchResult {
    let corpus = context.documents
    let resources: StatementResources
    let registry: NameListResolver
    do {
      resources = try StatementResources(data: context.localeData)
      let setup = try NameSetup.load(from: context.localeData, cacheDirectory: context.cacheDirectory)
      registry = NameListResolver(registry: setup.registry)
    } catch {
      throw .localeData(error)
    }
    let loader = resources.loader(places: registry)
    let extractor = resources.extractor(resolver: registry)
    let pool = SegmenterPool()
    let inputs = corpus.documents.map { InputText(path: $0.name, text: $0.text) }
    var statements = 0
    var sentences = 0
    var problems = 0
    var failure: StatementError?
    let times = try Stopwatch.race(
      runs: context.runs, chunks: corpus.chunks,
      [
        .init(setup: { () throws(BenchError) in
          statements = 0
          sentences = 0
          problems = 0
        }) { (range) throws(BenchError) in
          for index in range {
            let (documents, found) = loader.load(inputs[index])
            problems += found.count
            for document in documents {
              do throws(StatementError) {
                let extraction = try extractor.extract(document, using: pool)
                statements += extraction.statements.count
                sentences += extraction.sentences.count
              } catch {
                failure = error
              }
            }
          }
        }
      ])
    var result = BenchResult(
      name: name, bytes: corpus.byteCount, parallaxSeconds: times[0], floor: floor,
      notes: [
        "\(corpus.documents.count) documents, \(corpus.byteCount) bytes; \(sentences) sentences, "
          + "\(statements) statements"
      ])
    if let failure {
      result.verified = false
      result.notes.append("extraction failed: \(failure)")
    }
    if problems > 0 {
      result.verified = false
      result.notes.append("\(problems) ingest problems on generated documents")
    }
    if statements == 0 {
      result.verified = false
      result.notes.append("no statements extracted")
    }
    return result
  }
}
