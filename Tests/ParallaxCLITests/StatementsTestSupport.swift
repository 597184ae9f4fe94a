import Foundation
import Testing
import ParallaxCore

/// The package's real `Locales/` and the resources built from it (only these tests read it).
enum StatementsTestSupport {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let locales = DirectoryLocaleData(root: packageRoot.appendingPathComponent("Locales"), displayRoot: "Locales")
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/statements")

  static func resources() throws -> StatementResources { try StatementResources(data: locales) }

  /// `../shared/seeds` from the package root, or `/work/shared/seeds`, when present.
  static func seeds() -> URL? {
    let candidates = [
      packageRoot.appendingPathComponent("../shared/seeds").standardizedFileURL,
      URL(fileURLWithPath: "/work/shared/seeds"),
    ]
    return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
  }

  static func input(_ text: String, path: String = "test.txt") -> InputText {
    guard case .success(let input) = InputCollector().decode(Data(text.utf8), path: path) else {
      preconditionFailure("test text is valid UTF-8")
    }
    return input
  }

  /// Loads and extracts `text` as a file named `path`.
  static func extract(_ text: String, path: String = "test.txt", resolver: (any SpeakerResolving)? = nil) throws
    -> (documents: [Document], statements: [[Statement]], sentences: [Int], problems: [IngestError])
  {
    let resources = try resources()
    let (documents, problems) = resources.loader().load(input(text, path: path))
    let extractor = resources.extractor(resolver: resolver)
    var statements: [[Statement]] = []
    var sentences: [Int] = []
    for document in documents {
      let extraction = try extractor.extract(document)
      statements.append(extraction.statements)
      sentences.append(extraction.sentences.count)
    }
    return (documents, statements, sentences, problems)
  }

  /// The speakers of `text`'s statements in order (the outlet's narration left out).
  static func speakers(_ text: String, resolver: (any SpeakerResolving)? = nil) throws -> [String] {
    let (_, statements, _, _) = try extract(text, resolver: resolver)
    return statements.flatMap { $0 }.compactMap(\.speaker).filter { !$0.isOutlet }.map(\.name)
  }

  /// The invented people and place of the speaker pass suites, as a registry.
  static let invented = NameListResolver([
    "Nordland": EntityID("place.nordland"),
    "Piet Vos": EntityID("person.piet-vos"),
    "Vos": EntityID("person.piet-vos"),
    "Jan Berg": EntityID("person.jan-berg"),
    "Піт Вос": EntityID("person.piet-vos"),
    "Пит Вос": EntityID("person.piet-vos"),
  ])

  /// The speaker of the statement of `text` (read as `language`) that holds `words`, nil when
  /// it is the outlet's narration or nobody's.
  static func speaker(
    of words: String, in language: String, _ text: String, resolver: (any SpeakerResolving)? = invented
  ) throws -> String? {
    let (_, statements, _, _) = try extract("---\nlanguage: \(language)\n---\n" + text, resolver: resolver)
    let statement = try #require(statements.flatMap { $0 }.first { $0.text.contains(words) })
    return statement.speaker.flatMap { $0.isOutlet ? nil : $0.name }
  }

  /// `speakers(_:resolver:)` of `text` read as `language` (given in front matter).
  static func speakers(in language: String, _ text: String, resolver: (any SpeakerResolving)? = nil) throws -> [String] {
    try speakers("---\nlanguage: \(language)\n---\n" + text, resolver: resolver)
  }
}
