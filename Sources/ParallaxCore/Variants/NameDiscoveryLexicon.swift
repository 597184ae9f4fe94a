public import ParallaxICU

/// What name discovery needs to know about one language, from
/// `Locales/<language>/names-discovery.yaml` (`schema: parallax.names-discovery/1`): titles and
/// honorifics set aside before a name ("President", "пан"), words that make a place of the name
/// they start ("Nova", "Нова"), and lowercase particles inside a name ("von", "de"). The `und`
/// file adds the vowels the fuzzy link drops to compare consonant skeletons.
public struct NameDiscoveryProfile: Sendable, Hashable, Decodable {
  public var language: String
  /// Titles, ranks and honorifics, in any case: never part of a name; a name right after one
  /// is a person's.
  public var titles: [String]
  /// Words that start a place name ("Nova Kakhovka"): such a name is a place, and its last word
  /// alone is another name.
  public var placeWords: [String]
  /// Lowercase words that may join two capitalized words of one name ("Ursula von der Leyen");
  /// two words ("von der") make the second join only right after the first.
  public var connectors: [String]
  /// Letters dropped from a folded romanized key to give its consonant skeleton (`und` only).
  public var vowels: [String]
  /// Adjectival endings besides those of `names-matching.yaml` (the feminine genitive "ської"):
  /// a registered name's start plus one of them is an adjective, not a new name.
  public var adjectivalSuffixes: [String]
  /// Elided words written before a name with an apostrophe ("d’", "dell’"): the name starts
  /// after them ("d’Europe", "dell’Onu").
  public var elisions: [String]
  /// Legal forms of companies written before or after their names ("PJSC", "Ltd", "ПАО"): set
  /// aside, so "Sovcomflot PJSC" is Sovcomflot.
  public var legalForms: [String]
  /// Nouns that say what kind of thing the name after them is, in a language that capitalizes
  /// nouns ("Reederei", "Unternehmen"): set aside like titles, without making it a person's.
  public var kindNouns: [String]
  /// Letters the consonant skeleton treats as one, such as `h: g` (Ukrainian г is h in KMU 2010,
  /// Russian г is g in BGN/PCGN) (`und` only).
  public var skeletonLetters: [String: String]
  /// Whether the language capitalizes common nouns (German): a name seen only in such
  /// languages is not told from a noun, and is left out.
  public var capitalizesNouns: Bool
  /// Generic terms of names and what they mean across languages: each key is one or more
  /// concept ids (`"hydro power-plant"`), each value the language's words for it. A word ending
  /// in `*` also stands for itself plus up to three letters (case endings: `гребл*` for греблі,
  /// гребля); one starting with `*` is also the tail of a compound (`*brücke`: Krimbrücke).
  /// A name made of such terms and a specific part ("Каховської греблі", "Kachowka-Staudamm")
  /// is keyed by the concepts and the specific part, so its translations meet.
  public var terms: [String: [String]]
  /// Start letters of a folded romanized Cyrillic word and what they are in the Latin spelling
  /// of the same loanword (`und` only): `iev: eu` reads Європа and Европа as Europa too.
  public var loanReadings: [String: String]
  /// Concepts that say what kind of thing a name names ("dam", "agency"), not how it is
  /// qualified ("atomic") (`und` only): a lowercase term joins a name only when it is one of
  /// these or the name has a capitalized term ("Kakhovka dam", "Agenzia internazionale per
  /// l'energia atomica"; not "Russia's energy").
  public var headConcepts: [String]
  /// Concepts whose word is a name on its own (`und` only): a port called "Southern" is
  /// Южный in Russian, Південний in Ukrainian and Pivdennyi in English, so a one-word name that
  /// is such a term is keyed by its concept too.
  public var nameConcepts: [String]
  /// Folded romanized pieces that make an adjective of a name in a Cyrillic language (`und`
  /// only): a word that starts a much longer one is its spelling only when the rest holds one
  /// ("adria" and "adriatychnyi", not "tiraspol" and "tiraspoltranshaz").
  public var adjectiveInfixes: [String]
  /// How this (Cyrillic) language writes the names of Latin-script languages, by source
  /// language: ICU transform rules from the source spelling to this script (Romanian "Marcel
  /// Ciolacu" is "Марчел Чолаку" in Russian). A Latin name is also read through each, then
  /// romanized by this language's scheme, so that its Cyrillic spellings meet it.
  public var renderings: [String: String]
  /// The letters of the language, lowercase (for a language that capitalizes nouns): a word
  /// with another letter ("Spânu", "Nufăru", "Szijjártó" on a German page) is no noun of it.
  public var alphabet: String?

  enum CodingKeys: String, CodingKey {
    case language, titles, placeWords, connectors, vowels, capitalizesNouns, skeletonLetters, adjectivalSuffixes, elisions
    case terms, loanReadings, headConcepts, legalForms, kindNouns, nameConcepts, renderings, alphabet, adjectiveInfixes
  }

  public init(
    language: String, titles: [String] = [], placeWords: [String] = [], connectors: [String] = [], vowels: [String] = [],
    capitalizesNouns: Bool = false, skeletonLetters: [String: String] = [:], adjectivalSuffixes: [String] = [],
    elisions: [String] = [], terms: [String: [String]] = [:], loanReadings: [String: String] = [:],
    headConcepts: [String] = [], legalForms: [String] = [], kindNouns: [String] = [], nameConcepts: [String] = [],
    renderings: [String: String] = [:], alphabet: String? = nil, adjectiveInfixes: [String] = []
  ) {
    self.adjectiveInfixes = adjectiveInfixes
    self.nameConcepts = nameConcepts
    self.renderings = renderings
    self.alphabet = alphabet
    self.legalForms = legalForms
    self.kindNouns = kindNouns
    self.headConcepts = headConcepts
    self.terms = terms
    self.loanReadings = loanReadings
    self.elisions = elisions
    self.adjectivalSuffixes = adjectivalSuffixes
    self.skeletonLetters = skeletonLetters
    self.capitalizesNouns = capitalizesNouns
    self.language = language
    self.titles = titles
    self.placeWords = placeWords
    self.connectors = connectors
    self.vowels = vowels
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    language = try c.decode(String.self, forKey: .language)
    titles = try c.decodeIfPresent([String].self, forKey: .titles) ?? []
    placeWords = try c.decodeIfPresent([String].self, forKey: .placeWords) ?? []
    connectors = try c.decodeIfPresent([String].self, forKey: .connectors) ?? []
    vowels = try c.decodeIfPresent([String].self, forKey: .vowels) ?? []
    capitalizesNouns = try c.decodeIfPresent(Bool.self, forKey: .capitalizesNouns) ?? false
    skeletonLetters = try c.decodeIfPresent([String: String].self, forKey: .skeletonLetters) ?? [:]
    adjectivalSuffixes = try c.decodeIfPresent([String].self, forKey: .adjectivalSuffixes) ?? []
    elisions = try c.decodeIfPresent([String].self, forKey: .elisions) ?? []
    terms = try c.decodeIfPresent([String: [String]].self, forKey: .terms) ?? [:]
    loanReadings = try c.decodeIfPresent([String: String].self, forKey: .loanReadings) ?? [:]
    headConcepts = try c.decodeIfPresent([String].self, forKey: .headConcepts) ?? []
    legalForms = try c.decodeIfPresent([String].self, forKey: .legalForms) ?? []
    kindNouns = try c.decodeIfPresent([String].self, forKey: .kindNouns) ?? []
    nameConcepts = try c.decodeIfPresent([String].self, forKey: .nameConcepts) ?? []
    adjectiveInfixes = try c.decodeIfPresent([String].self, forKey: .adjectiveInfixes) ?? []
    renderings = try c.decodeIfPresent([String: String].self, forKey: .renderings) ?? [:]
    alphabet = try c.decodeIfPresent(String.self, forKey: .alphabet)
  }

  public static let schemaKind = "parallax.names-discovery"
  public static let fileName = "names-discovery.yaml"
  static let keySchema = KeySchema.mapping(
    ["schema": .any, "language": .any, "titles": .any, "placeWords": .any, "connectors": .any, "vowels": .any,
     "capitalizesNouns": .any, "skeletonLetters": .dictionary(value: .any),
     "adjectivalSuffixes": .any, "elisions": .any, "terms": .dictionary(value: .any),
     "loanReadings": .dictionary(value: .any), "headConcepts": .any, "legalForms": .any,
     "kindNouns": .any, "nameConcepts": .any, "renderings": .dictionary(value: .any), "alphabet": .any,
     "adjectiveInfixes": .any],
    required: ["language"])

  /// Loads one file, such as `uk/names-discovery.yaml`; its `language` must match its folder.
  static func load(_ path: String, from data: any LocaleDataProvider) throws(LocaleDataError) -> NameDiscoveryProfile {
    let profile = try LocaleFile.load(NameDiscoveryProfile.self, path: path, kind: schemaKind, keys: keySchema, from: data)
    let folder = LocaleFile.language(of: path).rawValue
    guard profile.language == folder else {
      throw .invalidValue(
        file: data.displayPath(path), line: 1, column: 1, key: "language",
        problem: "'\(profile.language)' in the folder of '\(folder)'")
    }
    return profile
  }
}

/// The discovery data of every language, with the stop words (`stopwords.yaml`) and common
/// words (`names-matching.yaml`) that a capitalized word at the start of a sentence may be.
/// Words are kept as match keys, so case, marks and apostrophes do not matter.
public struct NameDiscoveryLexicon: Sendable {
  /// Titles and honorifics, place words and particles by language (`und`: all languages).
  var titles: [String: Set<String>] = [:]
  var placeWords: [String: Set<String>] = [:]
  /// Elided words by language, as match keys (apostrophes unified).
  var elisions: [String: Set<String>] = [:]
  var connectors: [String: Set<String>] = [:]
  /// Particles that join a name only right after another particle ("der" of "von der"), by
  /// language.
  var innerConnectors: [String: Set<String>] = [:]
  /// Legal forms of companies, in any language.
  var legalForms: Set<String> = []
  /// Nouns naming the kind of thing before a name, by language, read like generic terms
  /// (`Konzern*`, `*konzern*`: "Mineralölkonzerns Lukoil").
  var kindNouns: [String: GenericTerms] = [:]
  /// Concepts whose word is a name on its own.
  var nameConcepts: Set<String> = []
  /// The renderings of Latin spellings in Cyrillic languages, by target and source language.
  var renderings: [NameRendering] = []
  /// The lowercase letters of languages that list them.
  var alphabets: [String: Set<Unicode.Scalar>] = [:]
  /// Stop words and common words by language (`und` for all languages together).
  var ordinary: [String: Set<String>] = [:]
  /// Skeleton vowels, as ASCII bytes.
  var vowels: Set<UInt8> = []
  /// Folded romanized pieces of Cyrillic adjectives of names, as ASCII bytes.
  var adjectiveInfixes: [[UInt8]] = []
  /// Languages that capitalize common nouns.
  var capitalizingNouns: Set<String> = []
  /// Adjectival endings by language (of discovery and name matching), as match keys, longest
  /// first (`und`: every language's).
  var adjectivalSuffixes: [String: [String]] = [:]
  /// Generic terms by language (`und`: all languages).
  var terms: [String: GenericTerms] = [:]
  /// Loanword readings of folded romanized Cyrillic word starts, longest start first.
  var loanReadings: [(from: [UInt8], to: [UInt8])] = []
  /// Concepts that name a kind of thing.
  var headConcepts: Set<String> = []
  /// Skeleton letters replaced, ASCII byte to byte.
  var skeletonLetters: [UInt8: UInt8] = [:]

  /// Reads the data of every language.
  /// - Throws: `LocaleDataError` with file:line:column for a bad file.
  public static func load(from data: any LocaleDataProvider, keys: MatchKeyBuilder) throws(LocaleDataError) -> NameDiscoveryLexicon {
    var lexicon = NameDiscoveryLexicon()
    do {
      for language in LocaleFile.languages(having: NameDiscoveryProfile.fileName, in: data) {
        let profile = try NameDiscoveryProfile.load("\(language.rawValue)/\(NameDiscoveryProfile.fileName)", from: data)
        let language = profile.language
        for title in profile.titles { lexicon.titles[language, default: []].insert(try keys.key(title)) }
        for form in profile.legalForms { lexicon.legalForms.insert(try keys.key(form)) }
        for noun in profile.kindNouns { try lexicon.kindNouns[language, default: GenericTerms()].add(noun, concepts: "kind", keys: keys) }
        lexicon.nameConcepts.formUnion(profile.nameConcepts)
        for (source, rules) in profile.renderings {
          lexicon.renderings.append(NameRendering(language: language, source: source, rules: rules))
        }
        if let letters = profile.alphabet { lexicon.alphabets[language] = Set(letters.unicodeScalars) }
        for word in profile.placeWords { lexicon.placeWords[language, default: []].insert(try keys.key(word)) }
        for word in profile.connectors {
          // "von der": "der" joins a name only right after "von" (German "der" alone is an article).
          let parts = word.split(separator: " ")
          for part in parts.dropLast() { lexicon.connectors[language, default: []].insert(try keys.key(String(part))) }
          guard let last = parts.last else { continue }
          if parts.count > 1 {
            lexicon.innerConnectors[language, default: []].insert(try keys.key(String(last)))
          } else {
            lexicon.connectors[language, default: []].insert(try keys.key(String(last)))
          }
        }
        for word in profile.elisions { lexicon.elisions[language, default: []].insert(try keys.key(word)) }
        for vowel in profile.vowels { lexicon.vowels.formUnion(vowel.utf8) }
        for infix in profile.adjectiveInfixes { lexicon.adjectiveInfixes.append(Array(infix.utf8)) }
        if profile.capitalizesNouns { lexicon.capitalizingNouns.insert(language) }
        for suffix in profile.adjectivalSuffixes { lexicon.adjectivalSuffixes[language, default: []].append(try keys.key(suffix)) }
        for (concepts, words) in profile.terms {
          for word in words { try lexicon.terms[language, default: GenericTerms()].add(word, concepts: concepts, keys: keys) }
        }
        lexicon.headConcepts.formUnion(profile.headConcepts)
        for (from, to) in profile.loanReadings { lexicon.loanReadings.append((Array(from.utf8), Array(to.utf8))) }
        for (from, to) in profile.skeletonLetters {
          if let a = from.utf8.first, let b = to.utf8.first, from.utf8.count == 1, to.utf8.count == 1 { lexicon.skeletonLetters[a] = b }
        }
      }
      for language in LocaleFile.languages(having: "stopwords.yaml", in: data) {
        let list = try LocaleFile.load(
          StopWords.self, path: "\(language.rawValue)/stopwords.yaml", kind: "parallax.stopwords", keys: .any, from: data)
        for word in list.words { lexicon.ordinary[language.rawValue, default: []].insert(try keys.key(word)) }
      }
      for profile in try NameMatchingProfile.loadAll(from: data) {
        for word in profile.commonWords { lexicon.ordinary[profile.language, default: []].insert(try keys.key(word)) }
        for suffix in profile.adjectivalSuffixes { lexicon.adjectivalSuffixes[profile.language, default: []].append(try keys.key(suffix)) }
      }
      lexicon.adjectivalSuffixes["und"] = lexicon.adjectivalSuffixes.values.flatMap { $0 }
      for (language, suffixes) in lexicon.adjectivalSuffixes {
        lexicon.adjectivalSuffixes[language] = Set(suffixes).sorted {
          $0.unicodeScalars.count != $1.unicodeScalars.count ? $0.unicodeScalars.count > $1.unicodeScalars.count : $0 < $1
        }
      }
      lexicon.renderings.sort { ($0.language, $0.source) < ($1.language, $1.source) }
      lexicon.loanReadings.sort { $0.from.count != $1.from.count ? $0.from.count > $1.from.count : $0.from.lexicographicallyPrecedes($1.from) }
      var all = GenericTerms()
      for language in lexicon.terms.keys.sorted() where language != "und" { all.merge(lexicon.terms[language] ?? GenericTerms()) }
      lexicon.terms["und"] = all
    } catch let error as LocaleDataError {
      throw error
    } catch {
      throw .unreadable(file: data.displayPath(NameDiscoveryProfile.fileName), reason: "\(error)")
    }
    for table in [\NameDiscoveryLexicon.titles, \.placeWords, \.connectors, \.ordinary, \.elisions] {
      var all: Set<String> = []
      for (_, words) in lexicon[keyPath: table] { all.formUnion(words) }
      lexicon[keyPath: table]["und"] = all
    }
    return lexicon
  }

  /// Whether `key` is a stop word or common word of `language` (of any language when the
  /// language has no data).
  func isOrdinary(_ key: String, in language: String) -> Bool { Self.lookup(ordinary, key, language) }
  func isTitle(_ key: String, in language: String) -> Bool { Self.lookup(titles, key, language) }
  /// Whether a word's key names the kind of thing a name after it is ("reederei" in German).
  func isKindNoun(_ key: String, in language: String) -> Bool { kindNouns[language]?.hit(key) != nil }
  /// Whether a word, as written, has a letter that `language` does not use (false when the
  /// language lists no letters).
  func hasForeignLetter(_ surface: String, in language: String) -> Bool {
    guard let letters = alphabets[language] else { return false }
    return surface.unicodeScalars.contains { scalar in
      scalar.properties.isAlphabetic && !scalar.properties.lowercaseMapping.unicodeScalars.allSatisfy(letters.contains)
    }
  }
  /// Whether a word's key is a company's legal form ("pjsc", "ltd"), in any language.
  func isLegalForm(_ key: String) -> Bool { legalForms.contains(key) }
  func isPlaceWord(_ key: String, in language: String) -> Bool { Self.lookup(placeWords, key, language) }
  func isConnector(_ key: String, in language: String) -> Bool { Self.lookup(connectors, key, language) }
  /// Whether a particle joins a name only after another particle ("der" after "von").
  func isInnerConnector(_ key: String, in language: String) -> Bool { innerConnectors[language]?.contains(key) ?? false }
  func isElision(_ key: String, in language: String) -> Bool { Self.lookup(elisions, key, language) }
  /// The adjectival endings of `language` (of every language when it has none), longest first.
  func adjectivalSuffixes(of language: String) -> [String] { adjectivalSuffixes[language] ?? adjectivalSuffixes["und"] ?? [] }
  /// The generic terms of `language` (of every language when it has none).
  func genericTerms(of language: String) -> GenericTerms? { terms[language] ?? terms["und"] }

  private static func lookup(_ table: [String: Set<String>], _ key: String, _ language: String) -> Bool {
    (table[language] ?? table["und"])?.contains(key) ?? false
  }

  /// The part of a stop-word file discovery reads.
  struct StopWords: Decodable { var words: [String] }
}

extension LocaleDataChecker {
  /// The validator of the name discovery data (`<language>/names-discovery.yaml`).
  mutating func registerDiscoveryKinds() {
    register(kind: NameDiscoveryProfile.schemaKind, atLanguage: NameDiscoveryProfile.fileName) { path, data throws(LocaleDataError) in
      NameRendering.problems(in: try NameDiscoveryProfile.load(path, from: data), path: path, data: data)
    }
  }
}
