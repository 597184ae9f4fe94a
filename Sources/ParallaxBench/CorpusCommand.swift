import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxBenchSupport

/// `parallax-bench corpus --docs 10000 --seed 42 --out DIR`: writes ~2 KB news-like documents
/// (and optionally one big corpus file) for benchmarks of `parallax check`, statements, batch.
struct CorpusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "corpus",
    abstract: "Write a reproducible synthetic corpus: documents of about 2 KB as .txt files.",
    discussion: """
      Files are named doc-000000-<lang>.txt in generation order. The same seed always gives \
      the same files. With --mb, also writes corpus-<N>mb-seed<S>.txt: N × 10^6 bytes of \
      paragraphs separated by blank lines (the text 'parallax-bench run' measures). \
      With --published-until DATE, each document also gets a publication date, drawn from the \
      --published-days days up to DATE, in YAML front matter (doc-000000-<lang>.md; the text \
      is otherwise the same): the documents' datelines carry no year, so without it every \
      document is undated and a comparison groups most of them into one event.
      """
  )

  @Option(help: "How many documents to write (1000, 10000, 100000…).")
  var docs: Int = 1000

  @Option(help: "The generator seed.")
  var seed: UInt64 = 42

  @Option(help: "Also write one corpus file of this many MB (10^6 bytes).")
  var mb: Int?

  @Option(help: ArgumentHelp("The folder to write into (created if needed).", valueName: "dir"))
  var out: String

  @Option(
    name: .customLong("published-until"),
    help: ArgumentHelp("Give each document a publication date up to this one (front matter).", valueName: "YYYY-MM-DD"))
  var publishedUntil: String?

  @Option(name: .customLong("published-days"), help: "With --published-until: how many days the dates spread over.")
  var publishedDays: Int = 365

  func validate() throws {
    guard docs >= 0 else { throw ValidationError("--docs must not be negative") }
    if let mb, mb <= 0 { throw ValidationError("--mb must be positive") }
    if let publishedUntil, CalendarDate(publishedUntil) == nil {
      throw ValidationError("--published-until is a date, YYYY-MM-DD")
    }
    guard publishedDays > 0 else { throw ValidationError("--published-days must be positive") }
  }

  func run() throws {
    let folder = URL(fileURLWithPath: out)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      var generator = CorpusGenerator(seed: seed)
      // Dates come from a generator of their own, so that the texts stay those of the seed.
      var dates = SplitMix64(seed: seed ^ 0x5055_424C_4953_4845)
      let end = publishedUntil.flatMap { CalendarDate($0) }
      var bytes = 0
      for _ in 0..<docs {
        let document = generator.nextDocument()
        var name = document.name
        var text = document.text
        if let end {
          let day = CalendarDate(daysSinceEpoch: end.daysSinceEpoch - Int(dates.next() % UInt64(publishedDays)))
          name = String(name.dropLast(".txt".count)) + ".md"
          text = "---\npublished: \(day)\n---\n" + text
        }
        let data = Data(text.utf8)
        try data.write(to: folder.appendingPathComponent(name))
        bytes += data.count
      }
      var summary = "wrote \(docs) documents (\(bytes) bytes) to \(out)"
      if let mb {
        var corpusGenerator = CorpusGenerator(seed: seed)
        let text = corpusGenerator.paragraphs(totalBytes: mb * 1_000_000).map(\.text)
          .joined(separator: "\n\n") + "\n"
        let name = "corpus-\(mb)mb-seed\(seed).txt"
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        summary += " and \(name)"
      }
      print(summary)
    } catch {
      let failure = BenchError.cannotWrite(path: out, reason: "\(error.localizedDescription)")
      FileHandle.standardError.write(Data("parallax-bench: error: \(failure)\n".utf8))
      throw ExitCode(73)
    }
  }
}
