import Foundation
import Testing

@testable import ParallaxCore

/// Locale data files that this build has loaded whole before are decoded when first needed, and
/// a file that changed is still loaded, and its problem reported, at start.
@Suite struct DeferredLoadingTests {
  private static let shipped = DirectoryLocaleData(
    root: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Locales"))

  private static func cache() -> ParsedYAMLCache {
    ParsedYAMLCache(cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("parallax-deferred-\(UUID().uuidString)"))
  }

  @Test("an attribution lexicon loaded before is decoded when asked for, to the same lexicon; a changed file fails at start")
  func lexiconsWaitUntilAsked() throws {
    #expect(ParsedYAMLCache.buildIdentity != nil, "Linux says which file the running program is")
    let cache = Self.cache()
    defer { try? FileManager.default.removeItem(at: cache.directory) }
    let english = try Self.shipped.read("en/attribution.yaml")
    let data = InMemoryLocaleData(["en/attribution.yaml": english])

    let first = try AttributionLexicon.loadAllDeferred(from: data, cache: cache)
    #expect(first["en"]?.isMade == true)  // never loaded by this build: loaded at start
    let second = try AttributionLexicon.loadAllDeferred(from: data, cache: cache)
    let deferred = try #require(second["en"])
    #expect(!deferred.isMade)
    #expect(deferred.value == first["en"]?.value)
    #expect(deferred.isMade)

    // One quotation mark made of two characters: the mark of the old text does not cover it.
    let broken = english.replacingOccurrences(of: "quotes:\n", with: "quotes:\n  - open: \"<<\"\n    close: [\">>\"]\n")
    #expect(broken != english)
    let changed = InMemoryLocaleData(["en/attribution.yaml": broken])
    #expect(throws: LocaleDataError.self) { try AttributionLexicon.loadAllDeferred(from: changed, cache: cache) }
    #expect(throws: LocaleDataError.self) { try AttributionLexicon.loadAllDeferred(from: changed, cache: cache) }
  }

  @Test("statement cues read when first asked for are the cues read at once, with the people added the same way")
  func cuesWaitUntilAsked() throws {
    let eager = try StatementCues.loadAll(from: Self.shipped, people: [])
    let cache = Self.cache()
    defer { try? FileManager.default.removeItem(at: cache.directory) }
    let set = StatementCueSet(
      deferred: try LocaleFile.loadAllDeferred(kind: StatementCues.schemaKind, having: StatementCues.fileName, from: Self.shipped, cache: cache) {
        text, shown, language throws(LocaleDataError) in try StatementCues.load(text: text, shown: shown, folder: language)
      }
    ).adding(people: [])
    #expect(set.languages == eager.keys.sorted())
    #expect(set.languages.count >= 9)
    for language in set.languages { #expect(set[language] == eager[language], "\(language)") }
  }

  @Test("a BMP table kept in the cache reads back as made; a damaged file is made again")
  func tablesReadBack() throws {
    let cache = Self.cache()
    defer { try? FileManager.default.removeItem(at: cache.directory) }
    var made = 0
    func table() -> [UInt32] {
      BMPTableCache.table("test letters", cache: cache) { () -> [UInt32] in
        made += 1
        return (0..<UInt32(0x10000)).map { $0 &* 2_654_435_761 }
      }
    }
    let fresh = table()
    #expect(made == 1)
    #expect(table() == fresh)
    #expect(made == 1)
    let file = try #require(BMPTableCache.file(for: "test letters", cache: cache))
    var bytes = try Data(contentsOf: file)
    bytes[bytes.count - 1] ^= 0xFF
    try bytes.write(to: file)
    #expect(table() == fresh)
    #expect(made == 2)
  }
}
