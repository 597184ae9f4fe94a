import ParallaxCore
import ParallaxBenchSupport
import Testing

@Suite struct CorpusGeneratorTests {
  @Test("the same seed gives the same corpus")
  func deterministic() {
    var a = CorpusGenerator(seed: 42)
    var b = CorpusGenerator(seed: 42)
    #expect(a.paragraphs(totalBytes: 50_000) == b.paragraphs(totalBytes: 50_000))
    #expect(a.nextDocument() == b.nextDocument())
  }

  @Test("different seeds give different corpora")
  func seedsDiffer() {
    var a = CorpusGenerator(seed: 1)
    var b = CorpusGenerator(seed: 2)
    #expect(a.paragraphs(totalBytes: 20_000) != b.paragraphs(totalBytes: 20_000))
  }

  @Test("the corpus reaches the requested size and overshoots by less than one paragraph")
  func size() {
    var generator = CorpusGenerator(seed: 7)
    let paragraphs = generator.paragraphs(totalBytes: 200_000)
    let sizes = paragraphs.map { $0.text.utf8.count }
    let total = sizes.reduce(0, +)
    #expect(total >= 200_000)
    #expect(total - (sizes.last ?? 0) < 200_000)
  }

  @Test("documents are about 2 KB, named in order, and mix the three languages")
  func documents() {
    var generator = CorpusGenerator(seed: 42)
    let documents = (0..<60).map { _ in generator.nextDocument() }
    #expect(documents.first?.name.hasPrefix("doc-000000-") == true)
    let sizes = documents.map(\.text.utf8.count)
    #expect(sizes.allSatisfy { (1792..<4096).contains($0) })
    let mean = sizes.reduce(0, +) / sizes.count
    #expect((1800..<2600).contains(mean))
    #expect(Set(documents.map(\.language)) == Set(CorpusLanguage.allCases))
  }

  @Test("the corpus carries name variants, quotes, apostrophes and datelines")
  func features() {
    var generator = CorpusGenerator(seed: 3)
    let text = generator.paragraphs(totalBytes: 400_000).map(\.text).joined(separator: "\n")
    for needle in ["Київ", "Kyiv", "Киев", "\u{201C}", "«", "\u{2019}", "\u{02BC}", "/TASS/"] {
      #expect(text.contains(needle), "missing \(needle)")
    }
  }
}
