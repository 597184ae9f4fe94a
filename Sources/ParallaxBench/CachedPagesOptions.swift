import ArgumentParser
import Foundation

/// The dev set's cached pages as the scoring commands read them (`checkfindings`, `discovery`):
/// the options that name them and the parallax to run, the articles in file order with the
/// held-out part (positions 0, 3, 6 …), and a scratch folder for the runs.
struct CachedPagesOptions: ParsableArguments {
  @Option(help: ArgumentHelp("The folder of cached page texts, <id>.txt.", valueName: "dir"))
  var cache: String = NSString(string: "~/.cache/parallax-devset").expandingTildeInPath

  @Option(help: ArgumentHelp("The dev set's articles (schema parallax.devset/1).", valueName: "file"))
  var articles: String = "Tests/DevSet/articles.yaml"

  @Option(help: ArgumentHelp("The parallax executable (default: the one beside parallax-bench).", valueName: "path"))
  var parallax: String?

  /// The labelled pages: their ids in the articles' order, the held-out ones, and the paths of
  /// those in the cache (the others are counted on standard error and skipped).
  struct Pages {
    var ids: [String]
    var held: Set<String>
    var paths: [String]

    /// The page id of a path (its file name without `.txt`).
    static func id(of path: String) -> String { URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent }

    /// The held-out pages among those present.
    var heldPresent: Set<String> { held.intersection(paths.map(Self.id)) }
  }

  func pages() throws -> Pages {
    let ids = try CheckFindingsCommand.read(articles).split(separator: "\n").compactMap { line -> String? in
      let text = line.trimmingCharacters(in: .whitespaces)
      return text.hasPrefix("- id: ") ? String(text.dropFirst(6)).trimmingCharacters(in: .whitespaces) : nil
    }
    var held: Set<String> = []
    for (position, id) in ids.enumerated() where position % 3 == 0 { held.insert(id) }
    let paths = ids.map { URL(fileURLWithPath: cache).appendingPathComponent("\($0).txt").path }
      .filter { FileManager.default.fileExists(atPath: $0) }
    if paths.count < ids.count {
      FileHandle.standardError.write(Data("\(ids.count - paths.count) labelled pages are not in \(cache); skipped\n".utf8))
    }
    return Pages(ids: ids, held: held, paths: paths)
  }

  /// Runs `body` with a parallax runner whose scratch folder (named after `purpose`) is removed
  /// afterwards.
  func withRunner<Result>(_ purpose: String, _ body: (ParallaxRunner) throws -> Result) throws -> Result {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\(purpose)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    return try body(ParallaxRunner(executable: parallax ?? RealPagesCommand.defaultParallax(), scratch: scratch))
  }
}
