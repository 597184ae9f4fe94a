public import ParallaxICU

/// The name registry compiled for matching: tries over token match keys (exact and case-free
/// forms), over romanized keys (a Cyrillic form found in Latin text and back), and over
/// Cyrillic stems (inflected forms), plus a trigram index of single-word names for the fuzzy
/// matcher. Built once; immutable and shareable across tasks. The tries and tables are each one
/// block of bytes (`TrieTable`, `FormFlags`, `FuzzyForms`, `Trigrams`) that the names cache
/// stores as they are, so a cached index loads without rebuilding anything per entry.
public struct NameIndex: Sendable {
  /// One registered variant a path of keys leads to.
  public struct Candidate: Sendable, Hashable {
    public let entity: Int
    public let variant: Int
  }

  public let registry: NameRegistry
  let exact: Trie
  let romanized: Trie
  let stems: Trie
  /// Ambiguity rules by the match key of the shared form.
  let ambiguities: [String: NameAmbiguity]
  /// Fuzzy candidates: single-word romanized skeletons and the candidates they stand for.
  let fuzzyForms: FuzzyForms
  let trigrams: Trigrams
  /// How romanized keys fold into the skeletons the fuzzy matcher compares.
  let skeletons: SpellingFolds.Profile
  /// Matching profiles by language.
  let profiles: [String: NameMatchingProfile]
  /// Cyrillic inflection endings of every language, longest first, as match keys.
  let endings: [String]
  let shortestStem: Int
  /// Adjectival suffixes of every language, as match keys.
  let adjectivalSuffixes: [String]
  let possessiveSuffixes: [String]
  /// Latin case endings of every language (two letters or more, ASCII keys, longest first),
  /// which the fuzzy matcher takes off a word when the word as written matches nothing.
  let latinEndingKeys: [(ending: String, languages: Set<String>)]
  /// Adjectival suffixes of every language romanized by the generic romanizer and folded as
  /// the fuzzy matcher folds words (longest first): a near miss at a sentence's start may be
  /// an adjective.
  let adjectivalSkeletons: [[UInt8]]

  /// Per entity and variant: `startsUppercase` and `allCaps` bits of the form.
  let formFlags: FormFlags
  static let startsUppercase: UInt8 = 1
  static let allCaps: UInt8 = 2

  static func flags(of registry: NameRegistry) -> [[UInt8]] {
    registry.entities.map { entity in
      entity.variants.map { variant in
        var flags: UInt8 = 0
        if variant.form.unicodeScalars.first?.properties.isUppercase == true { flags |= startsUppercase }
        if NameMatcher.isAllCaps(variant.form) { flags |= allCaps }
        return flags
      }
    }
  }

  /// Match keys of forms claimed by more than one entity and not covered by an ambiguity rule.
  public let unresolvedCollisions: [(key: String, candidates: [Candidate])]

  /// Compiles the registry.
  /// - Parameters:
  ///   - keys: the match-key builder (the caller's, used only during the build).
  ///   - romanizers: an ASCII-producing transliterator per language for Cyrillic forms (`uk`,
  ///     `ru`), and one under `und` for everything else (`Any-Latin-ASCII`).
  public init(
    registry: NameRegistry, profiles: [NameMatchingProfile], keys: MatchKeyBuilder,
    words: WordBreaker, romanizers: [String: SchemeTransliterator], skeletons: SpellingFolds.Profile
  ) throws(ICUError) {
    self.registry = registry
    self.skeletons = skeletons
    self.formFlags = FormFlags(Self.flags(of: registry))
    var profileMap: [String: NameMatchingProfile] = [:]
    for profile in profiles { profileMap[profile.language] = profile }
    self.profiles = profileMap
    var endingKeys: Set<String> = []
    var adjectival: Set<String> = []
    var possessive: Set<String> = []
    for profile in profiles {
      for ending in profile.inflectionEndings { endingKeys.insert(try keys.key(ending)) }
      for suffix in profile.adjectivalSuffixes { adjectival.insert(try keys.key(suffix)) }
      for suffix in profile.possessiveSuffixes { possessive.insert(try keys.key(suffix)) }
    }
    self.endings = endingKeys.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    self.adjectivalSuffixes = adjectival.sorted()
    self.possessiveSuffixes = possessive.sorted { $0.count > $1.count }
    self.shortestStem = profiles.map(\.shortestStem).min() ?? 3

    // Latin case endings per language, as match keys ("kę" → "ke"), applied to match keys.
    var declension: [String: NameMatchingProfile] = [:]
    for profile in profiles where !profile.latinEndings.isEmpty {
      var keyed: [NameMatchingProfile.LatinEnding] = []
      for rule in profile.latinEndings {
        var becomes: [String] = []
        for ending in rule.becomes { becomes.append(try keys.key(ending)) }
        keyed.append(NameMatchingProfile.LatinEnding(ending: try keys.key(rule.ending), becomes: becomes))
      }
      declension[profile.language] = NameMatchingProfile(language: profile.language, latinEndings: keyed)
    }
    let generic = romanizers["und"]
    // Romanized here, with the romanizers the build has compiled anyway: a matcher loaded
    // from the cache then compiles none before it meets a word that needs one.
    self.latinEndingKeys = try Self.latinEndingKeys(declension.values, keys: keys, generic: generic)
    self.adjectivalSkeletons = try Self.adjectivalSkeletons(
      adjectivalSuffixes, keys: keys, generic: generic, skeletons: skeletons)

    var exact = Trie()
    var romanized = Trie()
    var stems = Trie()
    var formEntities: [String: Set<Int>] = [:]
    var formCandidates: [String: [Candidate]] = [:]
    var fuzzy: [(skeleton: [UInt8], candidate: Candidate)] = []
    var seenFuzzy: Set<String> = []
    let tokenizer = NameTokenizer(keys: keys, words: words)

    for (entityIndex, entity) in registry.entities.enumerated() {
      for (variantIndex, variant) in entity.variants.enumerated() {
        let candidate = Candidate(entity: entityIndex, variant: variantIndex)
        let tokens = try tokenizer.keys(of: variant.form)
        guard !tokens.isEmpty else { continue }
        exact.insert(tokens, candidate)
        let joined = tokens.joined(separator: " ")
        formEntities[joined, default: []].insert(entityIndex)
        formCandidates[joined, default: []].append(candidate)

        // Romanized paths: the form in Latin letters under its language's scheme and the
        // generic one, so a Cyrillic form is found in Latin text and a Latin form under
        // a Cyrillic spelling's romanization.
        var romanizations: Set<[String]> = []
        for romanizer in Self.romanizers(for: variant.lang, romanizers) {
          let latin = try romanizer.transliterate(variant.form)
          let latinTokens = try tokenizer.keys(of: latin)
          if !latinTokens.isEmpty { romanizations.insert(latinTokens) }
        }
        for path in romanizations.sorted(by: { $0.joined(separator: " ") < $1.joined(separator: " ") }) {
          romanized.insert(path, candidate)
          if path.count == 1, variant.how != .acronym, variant.how != .inflected, path[0].utf8.count >= 4 {
            let marker = "\(path[0])|\(entityIndex)"
            if seenFuzzy.insert(marker).inserted {
              fuzzy.append((skeletons.fold(path[0]) ?? [], candidate))
            }
          }
        }

        // Stems: each Cyrillic token reduced by every ending it carries.
        if tokens.allSatisfy(NameTokenizer.isCyrillic), tokens.count <= 4 {
          var paths: [[String]] = [[]]
          for token in tokens {
            let options = NameTokenizer.stems(of: token, endings: endings, shortest: shortestStem)
            paths = paths.flatMap { path in options.map { path + [$0] } }
            if paths.count > 64 { break }
          }
          for path in paths where path.count == tokens.count { stems.insert(path, candidate) }
        }

        // Declined Latin forms of a language with case endings (Prigożynem, Ołeniwce,
        // Prigoschins), in ASCII as the matcher romanizes a Latin word: every word of the name
        // as written or declined, up to 64 combinations.
        if let rules = declension[variant.lang], let generic, variant.how != .acronym, tokens.count <= 4,
          !tokens.contains(where: NameTokenizer.isCyrillic)
        {
          var paths: [[String]] = [[]]
          for token in tokens {
            var options: [String] = []
            for word in [token] + rules.declined(token) {
              let ascii = try keys.key(try generic.transliterate(word))
              if !ascii.isEmpty, !options.contains(ascii) { options.append(ascii) }
            }
            paths = paths.flatMap { path in options.map { path + [$0] } }
            if paths.count > 64 { break }
          }
          for path in paths where path.count == tokens.count { stems.insert(path, candidate) }
        }
      }
    }

    var ambiguityMap: [String: NameAmbiguity] = [:]
    for ambiguity in registry.ambiguities {
      let key = try tokenizer.keys(of: ambiguity.form).joined(separator: " ")
      ambiguityMap[key] = ambiguity
    }
    var collisions: [(key: String, candidates: [Candidate])] = []
    for (key, entities) in formEntities where entities.count > 1 && ambiguityMap[key] == nil {
      collisions.append((key, formCandidates[key] ?? []))
    }
    self.unresolvedCollisions = collisions.sorted { $0.key < $1.key }
    self.exact = exact.compiled()
    self.romanized = romanized.compiled()
    self.stems = stems.compiled()
    self.ambiguities = ambiguityMap
    self.fuzzyForms = FuzzyForms(fuzzy)
    self.trigrams = Trigrams(of: fuzzy)
  }

  /// An index from its parts, as a names cache holds them.
  init(
    registry: NameRegistry, tables: Tables, ambiguities: [String: NameAmbiguity], skeletons: SpellingFolds.Profile,
    profiles: [String: NameMatchingProfile], endings: [String], shortestStem: Int, adjectivalSuffixes: [String],
    possessiveSuffixes: [String], latinEndingKeys: [(ending: String, languages: Set<String>)],
    adjectivalSkeletons: [[UInt8]], unresolvedCollisions: [(key: String, candidates: [Candidate])]
  ) {
    self.registry = registry
    self.exact = tables.exact
    self.romanized = tables.romanized
    self.stems = tables.stems
    self.fuzzyForms = tables.fuzzyForms
    self.trigrams = tables.trigrams
    self.formFlags = tables.formFlags
    self.ambiguities = ambiguities
    self.skeletons = skeletons
    self.profiles = profiles
    self.endings = endings
    self.shortestStem = shortestStem
    self.adjectivalSuffixes = adjectivalSuffixes
    self.possessiveSuffixes = possessiveSuffixes
    self.latinEndingKeys = latinEndingKeys
    self.adjectivalSkeletons = adjectivalSkeletons
    self.unresolvedCollisions = unresolvedCollisions
  }

  /// The Latin case endings of `declension` (what each rule's ending becomes, as match keys)
  /// as ASCII match keys of two letters or more under the `generic` romanizer, with the
  /// languages that have each; longest first.
  static func latinEndingKeys(
    _ declension: some Sequence<NameMatchingProfile>, keys: MatchKeyBuilder, generic: SchemeTransliterator?
  ) throws(ICUError) -> [(ending: String, languages: Set<String>)] {
    guard let generic else { return [] }
    var found: [String: Set<String>] = [:]
    for profile in declension {
      for rule in profile.latinEndings {
        for ending in rule.becomes {
          let ascii = try keys.key(try generic.transliterate(ending))
          if ascii.unicodeScalars.count >= 2 { found[ascii, default: []].insert(profile.language) }
        }
      }
    }
    return found.map { ($0.key, $0.value) }.sorted {
      ($0.ending.unicodeScalars.count, $0.ending) > ($1.ending.unicodeScalars.count, $1.ending)
    }
  }

  /// The adjectival `suffixes` (match keys) romanized by the `generic` romanizer and folded as
  /// `skeletons` folds a word's end; longest first.
  static func adjectivalSkeletons(
    _ suffixes: [String], keys: MatchKeyBuilder, generic: SchemeTransliterator?, skeletons: SpellingFolds.Profile
  ) throws(ICUError) -> [[UInt8]] {
    guard let generic else { return [] }
    var found: Set<[UInt8]> = []
    for suffix in suffixes {
      let latin = try keys.key(try generic.transliterate(suffix))
      // Folded behind a letter, so a doubled letter at the suffix's start folds as in a word.
      let folded = (skeletons.fold("q" + latin) ?? []).dropFirst()
      if !folded.isEmpty { found.insert(Array(folded)) }
    }
    return found.sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
  }

  /// The compiled tables, each one block of bytes.
  struct Tables {
    var exact: Trie
    var romanized: Trie
    var stems: Trie
    var fuzzyForms: FuzzyForms
    var trigrams: Trigrams
    var formFlags: FormFlags
  }

  /// The compiled tables of this index.
  var tables: Tables {
    Tables(exact: exact, romanized: romanized, stems: stems, fuzzyForms: fuzzyForms, trigrams: trigrams, formFlags: formFlags)
  }

  static func romanizers(for language: String, _ all: [String: SchemeTransliterator]) -> [SchemeTransliterator] {
    var result: [SchemeTransliterator] = []
    if let own = all[language] { result.append(own) }
    if let generic = all["und"] { result.append(generic) }
    return result
  }

  /// The entity and variant a candidate stands for.
  public func resolve(_ candidate: Candidate) -> (Entity, NameVariant) {
    let entity = registry.entities[candidate.entity]
    guard entity.variants.indices.contains(candidate.variant) else {
      // Only an entity record that did not decode (see `EncodedEntities.entity`) lacks it.
      return (entity, NameVariant(form: "", lang: "und", how: .alternative))
    }
    return (entity, entity.variants[candidate.variant])
  }
}
