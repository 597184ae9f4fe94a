public import Foundation
import ParallaxICU

/// The compiled name setup cached on disk, keyed by a hash of every data file it is built from,
/// the Parallax version and the ICU version.
///
/// The file is the compiled tables as they are used: one read, a checksum, and views into the
/// bytes. Nothing is decoded per entity at load; an entity is decoded when a lookup reaches it.
/// Loading is proportional to the small parts (profiles, schemes, rules), not to the registry:
///
/// ```
/// header     "PXNAMES\n", format (u32), section count (u32), XXH64 of all that follows (u64)
/// directory  per section: offset and length (u32 each), from the start of the file
/// sections   small parts (varints, NameSetup+CacheCoding), entities (EncodedEntities),
///            form flags, exact, romanized and stem tries (TrieTable), fuzzy forms, trigrams,
///            the form resolver (`NameListResolver.write`, read only when asked for)
/// ```
extension NameSetup {
  /// The cache format; bump it when the encoding changes.
  static let cacheFormat = 13
  static let cacheMagic = Array("PXNAMES\n".utf8)
  static let cacheSections = 9
  static let cacheHeaderSize = 24
  /// Registries up to this many entities are decoded whole at load (a fraction of a
  /// millisecond for the shipped one), so their lookups go through a dictionary as before.
  static let eagerEntityLimit = 4096

  /// The key of the data `data` holds: a hash of the registry, matching profiles, match-key
  /// profile and transliteration files of every layer (the shipped data and a team's overlay,
  /// so a changed overlay is never served from a stale cache), and of the versions that shape
  /// the compiled form.
  public static func cacheKey(for data: any LocaleDataProvider) throws(LocaleDataError) -> String {
    var hash = ByteHasher()
    hash.combine("format \(cacheFormat) parallax \(ParallaxVersion.string) icu \(ICUVersion.current)")
    for (index, layer) in data.layers.enumerated() {
      hash.combine("layer \(index)")
      for path in layer.allFiles() {
        let parts = path.split(separator: "/")
        let relevant =
          (parts.count == 3 && (parts[1] == "names" || parts[1] == "transliteration"))
          || path.hasSuffix("/names-matching.yaml") || path == MatchKeyData.path
          || path == SpellingFolds.path
        guard relevant else { continue }
        hash.combine(path)
        // The bytes as they are on disk when the layer is a folder (a 34 MB overlay is read
        // and hashed in a few milliseconds); otherwise, or when that read fails, the layer's
        // own reading, which reports the problem.
        if let folder = layer as? DirectoryLocaleData,
          let bytes = ByteBuffer(contentsOfFile: folder.root.appendingPathComponent(path).path)
        {
          bytes.withBytes { hash.combine($0) }
        } else {
          hash.combine(try layer.read(path))
        }
      }
    }
    return hash.hex
  }

  /// Loads from `cacheDirectory` when a cache for this data exists, else builds from the data
  /// and writes the cache (best effort: an unwritable folder only costs speed). A cache that
  /// is truncated, of another format or fails its checksum is rebuilt.
  public static func load(from data: any LocaleDataProvider, cacheDirectory: URL?) throws(LocaleDataError) -> NameSetup {
    guard let cacheDirectory else { return try load(from: data) }
    let key = try cacheKey(for: data)
    let file = cacheDirectory.appendingPathComponent("names-\(key).bin")
    if let buffer = ByteBuffer(contentsOfFile: file.path), let setup = try? NameSetup(cache: buffer) {
      markUsed(file.path)
      return setup
    }
    let setup = try load(from: data)
    let bytes = setup.cacheBytes()
    if CacheFile.write(bytes, to: file) { pruneCaches(in: cacheDirectory) }
    // The form resolver was built once to write it: the setup reads it from those bytes.
    return setup.resolving(from: ByteBuffer(bytes))
  }

  /// This setup with its form resolver read, when asked for, from `buffer`: a cache file of it.
  private func resolving(from buffer: ByteBuffer) -> NameSetup {
    let entry = Self.cacheHeaderSize + 8 * (Self.cacheSections - 1)
    let start = Int(buffer.u32(at: entry))
    return NameSetup(
      registry: registry, index: index, matchKeyProfile: matchKeyProfile, romanization: romanization,
      spellingFolds: spellingFolds, cachedResolver: (buffer, start..<(start + Int(buffer.u32(at: entry + 4)))))
  }

  /// The cache file's bytes.
  func cacheBytes() -> [UInt8] {
    var small = BinaryWriter()
    small.int(registry.ambiguities.count)
    for ambiguity in registry.ambiguities { ambiguity.write(into: &small) }
    index.writeSmallParts(into: &small)
    small.int(matchKeyProfile.mappings.count)
    for (from, to) in matchKeyProfile.mappings.sorted(by: { $0.key.value < $1.key.value }) {
      small.int(Int(from.value))
      small.int(to.map { Int($0.value) } ?? -1)
    }
    small.strings(matchKeyProfile.stripMarksFrom)
    small.int(romanization.count)
    for (language, scheme) in romanization.sorted(by: { $0.key < $1.key }) {
      small.string(language)
      scheme.write(into: &small)
    }
    spellingFolds.names.write(into: &small)
    spellingFolds.cognates.write(into: &small)
    var resolver = BinaryWriter()
    formResolver().write(into: &resolver)

    let tables = index.tables
    let sections = [
      small.bytes, EncodedEntities(Array(registry.entities)).bytes, tables.formFlags.bytes,
      tables.exact.tableBytes, tables.romanized.tableBytes, tables.stems.tableBytes, tables.fuzzyForms.bytes,
      tables.trigrams.bytes, resolver.bytes,
    ]
    var w = ByteTableWriter()
    w.append(Self.cacheMagic)
    w.u32(Self.cacheFormat)
    w.u32(sections.count)
    w.u64(0)  // the checksum, set below
    var offset = Self.cacheHeaderSize + 8 * sections.count
    for section in sections {
      w.u32(offset)
      w.u32(section.count)
      offset += section.count
    }
    for section in sections { w.append(section) }
    let checksum = ByteHash.hash(w.bytes[Self.cacheHeaderSize...])
    w.setU64(checksum, at: 16)
    return w.bytes
  }

  /// The setup a cache file holds, checked: header, format, checksum, and the sizes and
  /// cross-references of every table (each candidate names an entity and variant that exist).
  /// - Parameter eagerEntityLimit: registries up to this size are decoded whole.
  init(cache buffer: ByteBuffer, eagerEntityLimit: Int = NameSetup.eagerEntityLimit) throws(BinaryReader.Damaged) {
    let header = Self.cacheHeaderSize
    guard buffer.count >= header + 8 * Self.cacheSections,
      buffer.equals(at: 0, count: 8, Self.cacheMagic),
      Int(buffer.u32(at: 8)) == Self.cacheFormat, Int(buffer.u32(at: 12)) == Self.cacheSections,
      buffer.hash(at: header, count: buffer.count - header) == buffer.u64(at: 16)
    else { throw BinaryReader.Damaged() }
    var sections: [(offset: Int, length: Int)] = []
    for index in 0..<Self.cacheSections {
      let section = (Int(buffer.u32(at: header + 8 * index)), Int(buffer.u32(at: header + 8 * index + 4)))
      guard section.0 >= header + 8 * Self.cacheSections, buffer.contains(section.0, count: section.1) else {
        throw BinaryReader.Damaged()
      }
      sections.append(section)
    }
    func table<T>(_ index: Int, _ make: (ByteBuffer, Int, Int) -> T?) throws(BinaryReader.Damaged) -> T {
      guard let value = make(buffer, sections[index].offset, sections[index].length) else { throw BinaryReader.Damaged() }
      return value
    }
    let encoded = try table(1) { EncodedEntities($0, at: $1, length: $2) }
    func trie(_ index: Int) throws(BinaryReader.Damaged) -> NameIndex.Trie {
      try table(index) { TrieTable($0, at: $1, length: $2).map(NameIndex.Trie.init(table:)) }
    }
    let tables = NameIndex.Tables(
      exact: try trie(3), romanized: try trie(4), stems: try trie(5),
      fuzzyForms: try table(6) { NameIndex.FuzzyForms($0, at: $1, length: $2) },
      trigrams: try table(7) { NameIndex.Trigrams($0, at: $1, length: $2) },
      formFlags: try table(2) { NameIndex.FormFlags($0, at: $1, length: $2) })
    guard tables.isConsistent(entityCount: encoded.count) else { throw BinaryReader.Damaged() }

    var r = BinaryReader(buffer, range: sections[0].offset..<(sections[0].offset + sections[0].length))
    var ambiguities: [NameAmbiguity] = []
    for _ in 0..<(try r.count()) { ambiguities.append(try NameAmbiguity(reading: &r)) }
    let registry: NameRegistry
    if encoded.count <= eagerEntityLimit || !encoded.idsAscendBytewise {
      guard let entities = encoded.decodedAll() else { throw BinaryReader.Damaged() }
      registry = NameRegistry(entities: entities, ambiguities: ambiguities)
    } else {
      registry = NameRegistry(encoded: encoded, ambiguities: ambiguities)
    }
    let index = try NameIndex(reading: &r, registry: registry, tables: tables)
    var mappings: [Unicode.Scalar: Unicode.Scalar?] = [:]
    for _ in 0..<(try r.count()) {
      guard let from = Unicode.Scalar(UInt32(clamping: try r.int())) else { throw BinaryReader.Damaged() }
      let to = try r.int()
      mappings[from] = to < 0 ? nil : Unicode.Scalar(UInt32(clamping: to))
    }
    let profile = MatchKeyProfile(mappings: mappings, stripMarksFrom: try r.strings())
    var romanization: [String: TransliterationScheme] = [:]
    for _ in 0..<(try r.count()) {
      let language = try r.string()
      romanization[language] = try TransliterationScheme(reading: &r)
    }
    let folds = SpellingFolds(names: try SpellingFolds.Profile(reading: &r), cognates: try SpellingFolds.Profile(reading: &r))
    guard r.isAtEnd, index.skeletons == folds.names else { throw BinaryReader.Damaged() }
    self.init(
      registry: registry, index: index, matchKeyProfile: profile, romanization: romanization,
      spellingFolds: folds, cachedResolver: (buffer, sections[8].offset..<(sections[8].offset + sections[8].length)))
  }
}

extension NameIndex.Tables {
  /// Whether every candidate of the tries and fuzzy forms names an existing entity and variant,
  /// and every trigram posting an existing fuzzy form: one pass over the tables' words, so a
  /// lookup never indexes past an array whatever the file says.
  func isConsistent(entityCount: Int) -> Bool {
    guard formFlags.entityCount == entityCount else { return false }
    let exists = { (candidate: NameIndex.Candidate) in
      candidate.entity < entityCount && candidate.variant < formFlags[candidate.entity].count
    }
    return [exact, romanized, stems].allSatisfy { $0.allTerminals(satisfy: exists) }
      && fuzzyForms.indices.allSatisfy { exists(fuzzyForms.candidate($0)) }
      && trigrams.allPostings(below: fuzzyForms.count)
  }
}
