import Foundation
import ParallaxCore
import Testing

/// `parallax statements` writes each file's documents as the file is done: the output is the
/// renderer's over all documents at once, byte for byte, in both formats, and a bad file in the
/// middle loses nothing of the others.
@Suite struct StatementsStreamTests {
  @Test("statements written file by file are the whole renderer's bytes, in JSON and Markdown, a bad file among them")
  func streamedIsWhole() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-stream-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let (corpus, _) = InputCollector().expand([CLI.exampleCorpus])
    // A file that is not UTF-8 in the middle: reported, and the files around it still written.
    let bad = folder.appendingPathComponent("m-bad.txt").path
    try Data([0x54, 0x61, 0x6C, 0x6B, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: bad))
    let files = Array(corpus.prefix(3)) + [bad] + Array(corpus.dropFirst(3).prefix(3))
    let pipeline = try Pipeline(data: CLI.data, cacheDirectory: nil)
    var entries: [StatementsRenderer.Entry] = []
    pipeline.extract(files, jobs: 1) { _, outcome in
      for entry in (try? outcome.result.get()) ?? [] { entries.append(.init(document: entry.document, statements: entry.statements)) }
    }
    #expect(entries.count == 6)
    for (format, whole) in [("json", StatementsRenderer().json(entries)), ("markdown", StatementsRenderer().markdown(entries))] {
      let result = try CLI.run(["statements", "--format", format, "--no-cache"] + files)
      #expect(result.stdout == whole, "\(format)")
      #expect(result.status != 0)
      #expect(result.stderr.contains("m-bad.txt"))
    }
  }
}
