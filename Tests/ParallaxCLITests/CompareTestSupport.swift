import Foundation
import ParallaxCore

/// The comparer over the real `Locales/`, loaded once for all comparison tests.
enum CompareTestSupport {
  struct Loaded: @unchecked Sendable {
    let statements: StatementResources
    let compare: CompareResources
    let registry: NameListResolver
  }

  static let loaded: Result<Loaded, any Error> = Result {
    let data = CLI.data
    return Loaded(
      statements: try StatementResources(data: data), compare: try CompareResources(data: data),
      registry: NameListResolver.registry(from: data))
  }

  static let fixtures = CLI.fixture("compare/docs")
  static let gold = CLI.fixture("compare/gold.json")

  /// The files of a folder, sorted.
  static func files(in folder: URL) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
  }

  /// Loads, extracts and profiles the files.
  static func profile(_ files: [URL]) throws -> [ProfiledDocument] {
    let loaded = try loaded.get()
    let loader = loaded.statements.loader(places: loaded.registry)
    let extractor = loaded.statements.extractor(resolver: loaded.registry)
    let profiler = try loaded.compare.makeProfiler()
    var result: [ProfiledDocument] = []
    for file in files {
      guard case .success(let input) = InputCollector().read(file.path) else { throw CocoaError(.fileReadUnknown) }
      for document in loader.load(input).documents {
        result.append(try profiler.profile(document, statements: try extractor.extract(document).statements))
      }
    }
    return result
  }

  /// The comparison of `documents`.
  static func compare(_ documents: [ProfiledDocument], options: ComparerOptions = ComparerOptions()) throws -> Comparison {
    let loaded = try loaded.get()
    return Comparer(options: options, canonical: loaded.compare.style?.style.canonical ?? [:], allowed: loaded.compare.style?.style.allowed ?? [:])
      .compare(documents, lexicon: loaded.compare.lexicon, style: loaded.compare.style?.style.id)
  }

  /// Every statement reference of the comparison's documents, and how often each appears in
  /// alignments and unique lists.
  static func appearances(_ comparison: Comparison) -> (all: [StatementRef], counts: [StatementRef: Int]) {
    var all: [StatementRef] = []
    var counts: [StatementRef: Int] = [:]
    for event in comparison.events {
      for document in event.documents {
        for statement in document.statements { all.append(StatementRef(document: document.document.path, statement: statement.id)) }
      }
      for alignment in event.alignments { for member in alignment.members { counts[member, default: 0] += 1 } }
      for unique in event.unique { counts[unique.member, default: 0] += 1 }
    }
    return (all, counts)
  }

  static func fileName(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }
}
