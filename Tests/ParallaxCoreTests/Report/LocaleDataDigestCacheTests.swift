import Foundation
import Testing

@testable import ParallaxCore

/// The locale data's digest for the method section, kept in the cache folder: the same digest
/// as hashing the files, and never a stale one once a file is edited.
@Suite struct LocaleDataDigestCacheTests {
  static func folder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url.appendingPathComponent("en"), withIntermediateDirectories: true)
    return url
  }

  @Test("a cached digest is the digest of the files, and an edit of the same length gives a new one")
  func cachedDigestFollowsEdits() throws {
    let locales = try Self.folder("digest-data")
    let cache = try Self.folder("digest-cache")
    defer {
      try? FileManager.default.removeItem(at: locales)
      try? FileManager.default.removeItem(at: cache)
    }
    let file = locales.appendingPathComponent("en/cues.yaml")
    try Data("schema: parallax.cues/1\nwords: [said]\n".utf8).write(to: file)
    let data = DirectoryLocaleData(root: locales)
    // Just written: not saved (a write within the same tick could follow unseen).
    let first = LocaleDataDigest.sha256(data, cacheDirectory: cache)
    #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("locale-digest-") }.isEmpty)
    #expect(LocaleDataDigest.sha256(data, cacheDirectory: cache, settled: 0) == first)
    #expect(first == LocaleDataDigest.sha256(data))
    let saved = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("locale-digest-") }
    #expect(saved.count == 1)
    // Read back from the cache: the same digest.
    #expect(LocaleDataDigest.sha256(data, cacheDirectory: cache, settled: 0) == first)

    // One letter changed, same length, in place.
    try Data("schema: parallax.cues/1\nwords: [says]\n".utf8).write(to: file)
    let edited = LocaleDataDigest.sha256(DirectoryLocaleData(root: locales), cacheDirectory: cache, settled: 0)
    #expect(edited != first)
    #expect(edited == LocaleDataDigest.sha256(DirectoryLocaleData(root: locales)))
  }

  @Test("a damaged cache file is not believed")
  func damagedCacheIsRecomputed() throws {
    let locales = try Self.folder("digest-data")
    let cache = try Self.folder("digest-cache")
    defer {
      try? FileManager.default.removeItem(at: locales)
      try? FileManager.default.removeItem(at: cache)
    }
    try Data("schema: parallax.cues/1\n".utf8).write(to: locales.appendingPathComponent("en/cues.yaml"))
    let data = DirectoryLocaleData(root: locales)
    let digest = LocaleDataDigest.sha256(data, cacheDirectory: cache, settled: 0)
    let key = try #require(LocaleDataDigest.fileSystemKey(data)).key
    try Data("not a digest".utf8).write(to: cache.appendingPathComponent("locale-digest-\(key).txt"))
    #expect(LocaleDataDigest.sha256(data, cacheDirectory: cache, settled: 0) == digest)
  }
}
