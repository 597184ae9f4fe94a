import Foundation
import Testing

@testable import ParallaxCore

/// The compiled names cache over the shipped registry: what it reads back, and that a damaged
/// or foreign file is refused (and rebuilt by `NameSetup.load(from:cacheDirectory:)`).
@Suite struct NameCacheTests {
  static let setup: NameSetup? = try? NameSetup.load(from: CLI.data)

  static let text = """
    Лавров прибыл в Киев, потом в Ростов-на-Дону. The ICRC met officials in Kyiv and Kharkiv; \
    Spolarich said Zaporizhzhia was calm. У Києві та Харкові тихо. Der IKRK war in Kiew.
    """

  static func mentions(_ setup: NameSetup) throws -> [String] {
    try setup.makeMatcher().mentions(in: text).map {
      "\($0.utf8Range) \($0.surface) \($0.entity) \($0.variant.form) \($0.match) \($0.confidence) \($0.alternatives)"
    }
  }

  @Test("a cache read back, with its entities decoded whole or on demand, finds what the compiled setup finds",
        arguments: [NameSetup.eagerEntityLimit, 0])
  func roundTrip(eagerLimit: Int) throws {
    let setup = try #require(Self.setup)
    let read = try NameSetup(cache: ByteBuffer(setup.cacheBytes()), eagerEntityLimit: eagerLimit)
    #expect(read.registry.entities.isEncoded == (eagerLimit == 0))
    #expect(Array(read.registry.entities) == Array(setup.registry.entities))
    #expect(read.registry.ambiguities == setup.registry.ambiguities)
    for entity in setup.registry.entities { #expect(read.registry.entity(entity.id) == entity) }
    #expect(read.registry.entity("place.no-such-place") == nil)
    #expect(read.registry.entity("") == nil)
    #expect(read.registry.entity("zzz") == nil)
    #expect(try Self.mentions(read) == Self.mentions(setup))
    #expect(try !Self.mentions(read).isEmpty)
    #expect(read.index.unresolvedCollisions.map(\.key) == setup.index.unresolvedCollisions.map(\.key))
    #expect(read.romanization == setup.romanization)
    #expect(read.matchKeyProfile == setup.matchKeyProfile)
    #expect(read.spellingFolds == setup.spellingFolds)
    #expect(!setup.index.latinEndingKeys.isEmpty && !setup.index.adjectivalSkeletons.isEmpty)
    #expect(read.index.latinEndingKeys.map(\.ending) == setup.index.latinEndingKeys.map(\.ending))
    #expect(read.index.latinEndingKeys.map(\.languages) == setup.index.latinEndingKeys.map(\.languages))
    #expect(read.index.adjectivalSkeletons == setup.index.adjectivalSkeletons)
    // The speaker and place resolver read back resolves every form, gender and outlet alike.
    let (built, cached) = (setup.formResolver(), read.formResolver())
    var resolved = 0
    for entity in setup.registry.entities {
      #expect(cached.gender(of: entity.id) == built.gender(of: entity.id))
      #expect(cached.isOutlet(entity.id) == built.isOutlet(entity.id))
      for variant in entity.variants {
        let folded = Array(TextFold.fold(variant.form).utf8)
        let given = built.entity(for: variant.form, language: "und")
        #expect(cached.entity(for: variant.form, language: "und") == given, "\(variant.form)")
        #expect(cached.isOblique(folded: folded) == built.isOblique(folded: folded))
        // The stored tables answer alone, without the dictionary behind them.
        #expect(cached.entity(folded: folded) == built.entity(folded: folded), "\(variant.form)")
        for word in folded.split(separator: 0x20) { #expect(cached.knows(word: word)) }
        if given != nil { resolved += 1 }
      }
    }
    #expect(resolved > 1000)
    #expect(setup.registry.entities.contains { built.gender(of: $0.id) != nil })
    #expect(setup.registry.entities.contains { built.isOutlet($0.id) })
    #expect(
      setup.registry.entities.contains { entity in
        entity.variants.contains { cached.isOblique(folded: Array(TextFold.fold($0.form).utf8)) }
      })
    #expect(read.cacheBytes() == setup.cacheBytes())
  }

  @Test("a truncated file, another format, a wrong magic or a changed byte is refused")
  func damaged() throws {
    let setup = try #require(Self.setup)
    let bytes = setup.cacheBytes()
    #expect(throws: BinaryReader.Damaged.self) { try NameSetup(cache: ByteBuffer(Array(bytes.dropLast()))) }
    #expect(throws: BinaryReader.Damaged.self) { try NameSetup(cache: ByteBuffer(Array(bytes.prefix(20)))) }
    #expect(throws: BinaryReader.Damaged.self) { try NameSetup(cache: ByteBuffer([])) }
    var version = bytes
    version[8] = UInt8(NameSetup.cacheFormat - 1)
    #expect(throws: BinaryReader.Damaged.self) { try NameSetup(cache: ByteBuffer(version)) }
    var magic = bytes
    magic[0] = 0x41
    #expect(throws: BinaryReader.Damaged.self) { try NameSetup(cache: ByteBuffer(magic)) }
    for offset in [40, bytes.count / 2, bytes.count - 1] {
      var flipped = bytes
      flipped[offset] ^= 0x10
      #expect(throws: BinaryReader.Damaged.self, "byte \(offset)") { try NameSetup(cache: ByteBuffer(flipped)) }
    }
    var checksum = bytes
    checksum[16] ^= 1
    #expect(throws: BinaryReader.Damaged.self) { try NameSetup(cache: ByteBuffer(checksum)) }
  }

  @Test("a section whose sizes disagree is refused even when the checksum is made to match")
  func inconsistent() throws {
    let setup = try #require(Self.setup)
    var bytes = setup.cacheBytes()
    // The form-flags section (2) claims one byte more than it has.
    let directory = NameSetup.cacheHeaderSize + 8 * 2 + 4
    bytes[directory] &+= 1
    let sum = bytes.withUnsafeBytes { ByteHash.hash(UnsafeRawBufferPointer(rebasing: $0[NameSetup.cacheHeaderSize...])) }
    withUnsafeBytes(of: sum.littleEndian) { for (i, byte) in $0.enumerated() { bytes[16 + i] = byte } }
    #expect(throws: BinaryReader.Damaged.self) { try NameSetup(cache: ByteBuffer(bytes)) }
  }

  @Test("a damaged cache file on disk is rebuilt in place, and then served")
  func rebuilt() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("names-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try NameSetup.load(from: CLI.data, cacheDirectory: folder)
    let file = folder.appendingPathComponent("names-\(try NameSetup.cacheKey(for: CLI.data)).bin")
    let written = try Data(contentsOf: file)
    #expect(Array(written) == first.cacheBytes())
    // The setup just built reads its form resolver from the bytes it wrote.
    let built = try #require(Self.setup).formResolver()
    for form in ["Kyiv", "Київ", "Лавров", "МАГАТЭ"] {
      #expect(first.formResolver().entity(for: form, language: "und") == built.entity(for: form, language: "und"))
    }
    #expect(first.formResolver().entity(for: "Kyiv", language: "und") != nil)
    try Data(written.prefix(written.count / 2)).write(to: file)
    let second = try NameSetup.load(from: CLI.data, cacheDirectory: folder)
    #expect(try Data(contentsOf: file) == written)
    #expect(try Self.mentions(second) == Self.mentions(first))
    let third = try NameSetup.load(from: CLI.data, cacheDirectory: folder)
    #expect(try Self.mentions(third) == Self.mentions(first))
  }

  @Test("a folder keeps the most recently used names caches: a cache read stays, a new one is kept, the oldest go")
  func pruned() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("names-prune-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // Caches of registries since changed, written one day apart, the oldest first.
    let now = Int(Date().timeIntervalSince1970)
    var stale: [URL] = []
    for day in 0..<NameSetup.keptCaches + 2 {
      let file = folder.appendingPathComponent("names-old\(day).bin")
      try Data([1, 2, 3]).write(to: file)
      var times = [timespec(tv_sec: now - 86_400 * (20 - day), tv_nsec: 0), timespec(tv_sec: now - 86_400 * (20 - day), tv_nsec: 0)]
      #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
      stale.append(file)
    }
    let other = folder.appendingPathComponent("locale-digest-x.txt")
    try Data("x".utf8).write(to: other)
    // The oldest of them is read again (its registry is back): it is used now.
    NameSetup.markUsed(stale[0].path)
    _ = try NameSetup.load(from: CLI.data, cacheDirectory: folder)
    let current = folder.appendingPathComponent("names-\(try NameSetup.cacheKey(for: CLI.data)).bin")
    let markedAt = try FileManager.default.attributesOfItem(atPath: stale[0].path)[.modificationDate] as? Date
    #expect(markedAt == Date(timeIntervalSince1970: TimeInterval(now - 86_400 * 20)), "marking a cache used leaves its modification time")
    let kept = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("names-") })
    #expect(kept.count == NameSetup.keptCaches)
    #expect(kept.contains(current.lastPathComponent))
    #expect(kept.contains(stale[0].lastPathComponent))
    // The three least recently used of the rest are gone; nothing else in the folder is touched.
    #expect(stale[1...3].allSatisfy { !kept.contains($0.lastPathComponent) })
    #expect(stale[4...].allSatisfy { kept.contains($0.lastPathComponent) })
    #expect(FileManager.default.fileExists(atPath: other.path))
  }

  @Test("the cache key follows the bytes of the data files")
  func key() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("names-key-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let names = folder.appendingPathComponent("und/names/team.yaml")
    try FileManager.default.createDirectory(at: names.deletingLastPathComponent(), withIntermediateDirectories: true)
    let text = "schema: parallax.names/1\nentities: []\n"
    try Data(text.utf8).write(to: names)
    let data = StackedLocaleData([CLI.data, DirectoryLocaleData(root: folder)])
    let before = try NameSetup.cacheKey(for: data)
    #expect(try NameSetup.cacheKey(for: data) == before)
    try Data((text + "# a comment\n").utf8).write(to: names)
    #expect(try NameSetup.cacheKey(for: data) != before)
    #expect(try NameSetup.cacheKey(for: CLI.data) != before)
  }
}
