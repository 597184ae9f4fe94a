public import Foundation
import ParallaxICU

/// The compiled name setup cached on disk, keyed by a hash of every data file it is built from,
/// the Parallax version and the ICU version: reading YAML and compiling the index takes hundreds
/// of milliseconds, reading the cache a few.
extension NameSetup {
  /// The cache format; bump it when the encoding changes.
  static let cacheFormat = 6

  /// The key of the data `data` holds: a hash of the registry, matching profiles, match-key
  /// profile and transliteration files of every layer (the shipped data and a team's overlay,
  /// so a changed overlay is never served from a stale cache), and of the versions that shape
  /// the compiled form.
  public static func cacheKey(for data: any LocaleDataProvider) throws(LocaleDataError) -> String {
    var hash = StableHash()
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
        hash.combine(try layer.read(path))
      }
    }
    return hash.hex
  }

  /// Loads from `cacheDirectory` when a cache for this data exists, else builds from the data
  /// and writes the cache (best effort: an unwritable folder only costs speed).
  public static func load(from data: any LocaleDataProvider, cacheDirectory: URL?) throws(LocaleDataError) -> NameSetup {
    guard let cacheDirectory else { return try load(from: data) }
    let key = try cacheKey(for: data)
    let file = cacheDirectory.appendingPathComponent("names-\(key).bin")
    if let bytes = FileManager.default.contents(atPath: file.path) {
      var reader = BinaryReader(Array(bytes))
      if let setup = try? NameSetup(reading: &reader) { return setup }
    }
    let setup = try load(from: data)
    var writer = BinaryWriter()
    setup.write(into: &writer)
    try? FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
    let temporary = cacheDirectory.appendingPathComponent(".names-\(key).\(ProcessInfo.processInfo.processIdentifier).tmp")
    if FileManager.default.createFile(atPath: temporary.path, contents: Data(writer.bytes)) {
      if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }
    return setup
  }

  func write(into w: inout BinaryWriter) {
    w.int(Self.cacheFormat)
    w.int(registry.entities.count)
    for entity in registry.entities { entity.write(into: &w) }
    w.int(registry.ambiguities.count)
    for ambiguity in registry.ambiguities { ambiguity.write(into: &w) }
    index.write(into: &w)
    w.int(matchKeyProfile.mappings.count)
    for (from, to) in matchKeyProfile.mappings.sorted(by: { $0.key.value < $1.key.value }) {
      w.int(Int(from.value))
      w.int(to.map { Int($0.value) } ?? -1)
    }
    w.strings(matchKeyProfile.stripMarksFrom)
    w.int(romanization.count)
    for (language, scheme) in romanization.sorted(by: { $0.key < $1.key }) {
      w.string(language)
      scheme.write(into: &w)
    }
    spellingFolds.names.write(into: &w)
    spellingFolds.cognates.write(into: &w)
  }

  init(reading r: inout BinaryReader) throws(BinaryReader.Damaged) {
    guard try r.int() == Self.cacheFormat else { throw BinaryReader.Damaged() }
    var entities: [Entity] = []
    for _ in 0..<(try r.count()) { entities.append(try Entity(reading: &r)) }
    var ambiguities: [NameAmbiguity] = []
    for _ in 0..<(try r.count()) { ambiguities.append(try NameAmbiguity(reading: &r)) }
    let registry = NameRegistry(entities: entities, ambiguities: ambiguities)
    let index = try NameIndex(reading: &r, registry: registry)
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
      spellingFolds: folds)
  }
}

extension Entity {
  func write(into w: inout BinaryWriter) {
    w.string(id.rawValue)
    w.string(kind.rawValue)
    w.optionalString(type)
    w.optionalString(within?.rawValue)
    w.optionalString(note)
    w.optionalString(source)
    w.int(variants.count)
    for v in variants {
      w.string(v.form)
      w.string(v.lang)
      w.string(v.how.rawValue)
      w.optionalString(v.script)
      w.optionalString(v.scheme)
      w.optionalString(v.case)
      w.optionalString(v.from?.description)
      w.optionalString(v.until?.description)
      w.optionalString(v.note)
      w.optionalString(v.source)
    }
  }

  init(reading r: inout BinaryReader) throws(BinaryReader.Damaged) {
    let id = EntityID(try r.string())
    guard let kind = EntityKind(rawValue: try r.string()) else { throw BinaryReader.Damaged() }
    let type = try r.optionalString()
    let within = try r.optionalString().map { EntityID($0) }
    let note = try r.optionalString()
    let source = try r.optionalString()
    var variants: [NameVariant] = []
    for _ in 0..<(try r.count()) {
      let form = try r.string()
      let lang = try r.string()
      guard let how = VariantOrigin(rawValue: try r.string()) else { throw BinaryReader.Damaged() }
      var variant = NameVariant(form: form, lang: lang, how: how)
      variant.script = try r.optionalString()
      variant.scheme = try r.optionalString()
      variant.case = try r.optionalString()
      variant.from = try r.optionalString().flatMap { CalendarDate($0) }
      variant.until = try r.optionalString().flatMap { CalendarDate($0) }
      variant.note = try r.optionalString()
      variant.source = try r.optionalString()
      variants.append(variant)
    }
    self.init(id: id, kind: kind, variants: variants)
    self.type = type
    self.within = within
    self.note = note
    self.source = source
  }
}

extension NameAmbiguity {
  func write(into w: inout BinaryWriter) {
    w.string(form)
    w.strings(entities.map(\.rawValue))
    w.string(self.default.rawValue)
    w.int(cues.count)
    for (id, words) in cues.sorted(by: { $0.key < $1.key }) {
      w.string(id.rawValue)
      w.strings(words)
    }
  }

  init(reading r: inout BinaryReader) throws(BinaryReader.Damaged) {
    let form = try r.string()
    let entities = try r.strings().map { EntityID($0) }
    let chosen = EntityID(try r.string())
    var cues: [EntityID: [String]] = [:]
    for _ in 0..<(try r.count()) { cues[EntityID(try r.string())] = try r.strings() }
    self.init(form: form, entities: entities, default: chosen, cues: cues)
  }
}

extension TransliterationScheme {
  func write(into w: inout BinaryWriter) {
    w.strings([id, name, description, source, rules, file])
    w.strings(languages)
    w.optionalString(wordCharacters)
    w.optionalString(ascii)
    w.int(rulesFirstLine)
    w.int(asciiFirstLine)
  }

  init(reading r: inout BinaryReader) throws(BinaryReader.Damaged) {
    let fields = try r.strings()
    guard fields.count == 6 else { throw BinaryReader.Damaged() }
    self.init(
      id: fields[0], name: fields[1], description: fields[2], source: fields[3], languages: try r.strings(),
      wordCharacters: try r.optionalString(), ascii: try r.optionalString(), rules: fields[4])
    file = fields[5]
    rulesFirstLine = try r.int()
    asciiFirstLine = try r.int()
  }
}

extension NameIndex.Trie {
  func write(into w: inout BinaryWriter) {
    w.int(children.count)
    for (node, edges) in children.enumerated() {
      w.int(edges.count)
      for (key, child) in edges.sorted(by: { $0.key.text < $1.key.text }) {
        w.string(key.text)
        w.int(Int(child))
      }
      w.int(terminals[node].count)
      for candidate in terminals[node] {
        w.int(candidate.entity)
        w.int(candidate.variant)
      }
    }
  }

  init(reading r: inout BinaryReader) throws(BinaryReader.Damaged) {
    let count = try r.count()
    var children: [[UTF8Key: Int32]] = []
    var terminals: [[NameIndex.Candidate]] = []
    children.reserveCapacity(count)
    terminals.reserveCapacity(count)
    for _ in 0..<count {
      var edges: [UTF8Key: Int32] = [:]
      let edgeCount = try r.count()
      edges.reserveCapacity(edgeCount)
      for _ in 0..<edgeCount {
        let key = try r.string()
        let child = try r.int()
        guard child >= 0, child < count else { throw BinaryReader.Damaged() }
        edges[UTF8Key(key)] = Int32(child)
      }
      var ends: [NameIndex.Candidate] = []
      for _ in 0..<(try r.count()) { ends.append(NameIndex.Candidate(entity: try r.int(), variant: try r.int())) }
      children.append(edges)
      terminals.append(ends)
    }
    self.init(children: children, terminals: terminals)
  }
}

extension NameMatchingProfile {
  func write(into w: inout BinaryWriter) {
    w.string(language)
    w.strings(inflectionEndings)
    w.strings(possessiveSuffixes)
    w.strings(adjectivalSuffixes)
    w.optionalString(romanization)
    w.int(shortestStem)
    w.strings(commonWords)
  }

  init(reading r: inout BinaryReader) throws(BinaryReader.Damaged) {
    self.init(
      language: try r.string(), inflectionEndings: try r.strings(), possessiveSuffixes: try r.strings(),
      adjectivalSuffixes: try r.strings(), romanization: try r.optionalString(), shortestStem: try r.int(),
      commonWords: try r.strings())
  }
}

extension NameIndex {
  func write(into w: inout BinaryWriter) {
    skeletons.write(into: &w)
    exact.write(into: &w)
    romanized.write(into: &w)
    stems.write(into: &w)
    w.int(ambiguities.count)
    for (key, ambiguity) in ambiguities.sorted(by: { $0.key < $1.key }) {
      w.string(key)
      ambiguity.write(into: &w)
    }
    w.int(fuzzyForms.count)
    for form in fuzzyForms {
      w.raw(form.skeleton)
      w.int(form.candidate.entity)
      w.int(form.candidate.variant)
    }
    w.int(profiles.count)
    for (_, profile) in profiles.sorted(by: { $0.key < $1.key }) { profile.write(into: &w) }
    w.strings(endings)
    w.int(shortestStem)
    w.strings(adjectivalSuffixes)
    w.strings(possessiveSuffixes)
    w.int(unresolvedCollisions.count)
    for collision in unresolvedCollisions {
      w.string(collision.key)
      w.int(collision.candidates.count)
      for candidate in collision.candidates {
        w.int(candidate.entity)
        w.int(candidate.variant)
      }
    }
  }

  init(reading r: inout BinaryReader, registry: NameRegistry) throws(BinaryReader.Damaged) {
    self.registry = registry
    formFlags = Self.flags(of: registry)
    skeletons = try SpellingFolds.Profile(reading: &r)
    exact = try Trie(reading: &r)
    romanized = try Trie(reading: &r)
    stems = try Trie(reading: &r)
    var ambiguities: [String: NameAmbiguity] = [:]
    for _ in 0..<(try r.count()) {
      let key = try r.string()
      ambiguities[key] = try NameAmbiguity(reading: &r)
    }
    self.ambiguities = ambiguities
    var fuzzy: [(skeleton: [UInt8], candidate: Candidate)] = []
    for _ in 0..<(try r.count()) {
      fuzzy.append((try r.raw(), Candidate(entity: try r.int(), variant: try r.int())))
    }
    var profiles: [String: NameMatchingProfile] = [:]
    for _ in 0..<(try r.count()) {
      let profile = try NameMatchingProfile(reading: &r)
      profiles[profile.language] = profile
    }
    self.profiles = profiles
    endings = try r.strings()
    shortestStem = try r.int()
    adjectivalSuffixes = try r.strings()
    possessiveSuffixes = try r.strings()
    var collisions: [(key: String, candidates: [Candidate])] = []
    for _ in 0..<(try r.count()) {
      let key = try r.string()
      var candidates: [Candidate] = []
      for _ in 0..<(try r.count()) { candidates.append(Candidate(entity: try r.int(), variant: try r.int())) }
      collisions.append((key, candidates))
    }
    unresolvedCollisions = collisions
    fuzzyForms = fuzzy
    var grams: [UInt32: [Int32]] = [:]
    for (index, form) in fuzzy.enumerated() {
      for gram in Set(NameTokenizer.trigrams(form.skeleton)) { grams[gram, default: []].append(Int32(index)) }
    }
    trigrams = grams
    let candidateCount = registry.entities.count
    guard exact.terminals.allSatisfy({ $0.allSatisfy { $0.entity < candidateCount } }) else { throw BinaryReader.Damaged() }
  }
}

extension SpellingFolds.Profile {
  func write(into w: inout BinaryWriter) {
    w.int(pairs.count)
    for (pair, to) in pairs.sorted(by: { $0.key < $1.key }) {
      w.int(Int(pair))
      w.int(Int(to))
    }
    w.raw(letters)
    w.raw(drop.sorted())
    w.bool(lettersOnly)
    w.int(maxLength)
    w.int(minLength)
  }

  init(reading r: inout BinaryReader) throws(BinaryReader.Damaged) {
    var pairs: [UInt16: UInt8] = [:]
    for _ in 0..<(try r.count()) {
      pairs[UInt16(truncatingIfNeeded: try r.int())] = UInt8(truncatingIfNeeded: try r.int())
    }
    let letters = try r.raw()
    guard letters.count == 256 else { throw BinaryReader.Damaged() }
    self.init(
      pairs: pairs, letters: letters, drop: Set(try r.raw()), lettersOnly: try r.bool(),
      maxLength: try r.int(), minLength: try r.int())
  }
}
