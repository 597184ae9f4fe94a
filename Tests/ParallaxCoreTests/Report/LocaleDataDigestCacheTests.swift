import Foundation
import Testing

@testable import ParallaxCore

/// The locale data's digest for the method section, kept in the cache folder: the same digest
/// as hashing the files, and never a stale one once a file is edited.
@Suite struct LocaleDataDigestCacheTests {
  /// Runs `body` with a locale data folder holding `en/cues.yaml` with `text`, and a cache
  /// folder; both are removed afterwards.
  static func withFolders(cues text: String, _ body: (_ locales: URL, _ cache: URL) throws -> Void) throws {
    let made = ["digest-data", "digest-cache"].map {
      FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\($0)-\(UUID().uuidString)")
    }
    defer { for folder in made { try? FileManager.default.removeItem(at: folder) } }
    for folder in made { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
    try FileManager.default.createDirectory(at: made[0].appendingPathComponent("en"), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: made[0].appendingPathComponent("en/cues.yaml"))
    try body(made[0], made[1])
  }

  static func saved(in cache: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("locale-digest-") }
  }

  @Test("a cached digest is the digest of the files, and an edit of the same length gives a new one")
  func cachedDigestFollowsEdits() throws {
    try Self.withFolders(cues: "schema: parallax.cues/1\nwords: [said]\n") { locales, cache in
      let data = DirectoryLocaleData(root: locales)
      // Just written: not saved (a write within the same tick could follow unseen).
      let first = LocaleDataDigest.sha256(data, cacheDirectory: cache)
      #expect(try Self.saved(in: cache).isEmpty)
      #expect(first == LocaleDataDigest.sha256(data))
      #expect(LocaleDataDigest.sha256(data, cacheDirectory: cache, settled: 0) == first)
      #expect(try Self.saved(in: cache).count == 1)
      // Read back from the cache: the same digest.
      #expect(LocaleDataDigest.sha256(data, cacheDirectory: cache, settled: 0) == first)

      // One letter changed, same length, in place.
      try Data("schema: parallax.cues/1\nwords: [says]\n".utf8).write(to: locales.appendingPathComponent("en/cues.yaml"))
      let edited = LocaleDataDigest.sha256(DirectoryLocaleData(root: locales), cacheDirectory: cache, settled: 0)
      #expect(edited != first)
      #expect(edited == LocaleDataDigest.sha256(DirectoryLocaleData(root: locales)))
    }
  }

  @Test("a damaged cache file is not believed")
  func damagedCacheIsRecomputed() throws {
    try Self.withFolders(cues: "schema: parallax.cues/1\n") { locales, cache in
      let data = DirectoryLocaleData(root: locales)
      let digest = LocaleDataDigest.sha256(data, cacheDirectory: cache, settled: 0)
      let key = try #require(LocaleDataDigest.fileSystemKey(data)).key
      try Data("not a digest".utf8).write(to: cache.appendingPathComponent("locale-digest-\(key).txt"))
      #expect(LocaleDataDigest.sha256(data, cacheDirectory: cache, settled: 0) == digest)
    }
  }
}
