// The varint encodings (`BinaryWriter`) of the names cache's small parts: entity records,
// ambiguity rules, transliteration schemes, matching profiles and spelling folds.

extension Entity {
  func write(into w: inout BinaryWriter) {
    w.string(id.rawValue)
    w.string(kind.rawValue)
    w.optionalString(type)
    w.optionalString(within?.rawValue)
    w.optionalString(note)
    w.optionalString(source)
    w.optionalString(gender?.rawValue)
    w.optionalString(side?.rawValue)
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
    let gender: PersonGender?
    switch try r.optionalString() {
    case nil: gender = nil
    case let raw?:
      guard let value = PersonGender(rawValue: raw) else { throw BinaryReader.Damaged() }
      gender = value
    }
    let side = try r.optionalString().map { EntityID($0) }
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
    self.gender = gender
    self.side = side
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
    w.strings(ordinaryWordIn)
  }

  init(reading r: inout BinaryReader) throws(BinaryReader.Damaged) {
    let form = try r.string()
    let entities = try r.strings().map { EntityID($0) }
    let chosen = EntityID(try r.string())
    var cues: [EntityID: [String]] = [:]
    for _ in 0..<(try r.count()) { cues[EntityID(try r.string())] = try r.strings() }
    self.init(form: form, entities: entities, default: chosen, cues: cues, ordinaryWordIn: try r.strings())
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

extension NameMatchingProfile {
  func write(into w: inout BinaryWriter) {
    w.string(language)
    w.strings(inflectionEndings)
    w.strings(possessiveSuffixes)
    w.strings(adjectivalSuffixes)
    w.optionalString(romanization)
    w.int(shortestStem)
    w.strings(commonWords)
    w.int(paradigms.count)
    for paradigm in paradigms {
      w.strings(paradigm.base)
      w.strings(paradigm.marks)
      w.strings(paradigm.endings)
    }
    w.int(latinEndings.count)
    for rule in latinEndings {
      w.string(rule.ending)
      w.strings(rule.becomes)
    }
  }

  init(reading r: inout BinaryReader) throws(BinaryReader.Damaged) {
    self.init(
      language: try r.string(), inflectionEndings: try r.strings(), possessiveSuffixes: try r.strings(),
      adjectivalSuffixes: try r.strings(), romanization: try r.optionalString(), shortestStem: try r.int(),
      commonWords: try r.strings())
    for _ in 0..<(try r.count()) {
      paradigms.append(Paradigm(base: try r.strings(), marks: try r.strings(), endings: try r.strings()))
    }
    for _ in 0..<(try r.count()) { latinEndings.append(LatinEnding(ending: try r.string(), becomes: try r.strings())) }
  }
}

extension NameIndex {
  /// Everything of the index but its tables (those are sections of their own).
  func writeSmallParts(into w: inout BinaryWriter) {
    skeletons.write(into: &w)
    w.int(ambiguities.count)
    for (key, ambiguity) in ambiguities.sorted(by: { $0.key < $1.key }) {
      w.string(key)
      ambiguity.write(into: &w)
    }
    w.int(profiles.count)
    for (_, profile) in profiles.sorted(by: { $0.key < $1.key }) { profile.write(into: &w) }
    w.strings(endings)
    w.int(shortestStem)
    w.strings(adjectivalSuffixes)
    w.strings(possessiveSuffixes)
    w.int(latinEndingKeys.count)
    for (ending, languages) in latinEndingKeys {
      w.string(ending)
      w.strings(languages.sorted())
    }
    w.int(adjectivalSkeletons.count)
    for skeleton in adjectivalSkeletons { w.raw(skeleton) }
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

  /// Reads what `writeSmallParts` wrote and joins it to `registry` and `tables`.
  init(reading r: inout BinaryReader, registry: NameRegistry, tables: Tables) throws(BinaryReader.Damaged) {
    let skeletons = try SpellingFolds.Profile(reading: &r)
    var ambiguities: [String: NameAmbiguity] = [:]
    for _ in 0..<(try r.count()) {
      let key = try r.string()
      ambiguities[key] = try NameAmbiguity(reading: &r)
    }
    var profiles: [String: NameMatchingProfile] = [:]
    for _ in 0..<(try r.count()) {
      let profile = try NameMatchingProfile(reading: &r)
      profiles[profile.language] = profile
    }
    let endings = try r.strings()
    let shortestStem = try r.int()
    let adjectival = try r.strings()
    let possessive = try r.strings()
    var latinEndings: [(ending: String, languages: Set<String>)] = []
    for _ in 0..<(try r.count()) { latinEndings.append((try r.string(), Set(try r.strings()))) }
    var adjectivalSkeletons: [[UInt8]] = []
    for _ in 0..<(try r.count()) { adjectivalSkeletons.append(try r.raw()) }
    var collisions: [(key: String, candidates: [Candidate])] = []
    for _ in 0..<(try r.count()) {
      let key = try r.string()
      var candidates: [Candidate] = []
      for _ in 0..<(try r.count()) { candidates.append(Candidate(entity: try r.int(), variant: try r.int())) }
      collisions.append((key, candidates))
    }
    self.init(
      registry: registry, tables: tables, ambiguities: ambiguities, skeletons: skeletons, profiles: profiles,
      endings: endings, shortestStem: shortestStem, adjectivalSuffixes: adjectival, possessiveSuffixes: possessive,
      latinEndingKeys: latinEndings, adjectivalSkeletons: adjectivalSkeletons, unresolvedCollisions: collisions)
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
