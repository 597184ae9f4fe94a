import ParallaxICU

/// Splits a document's body into statements: every sentence lands in exactly one statement,
/// attributed to a speaker (direct, indirect or mixed speech) or to the outlet (narration).
///
/// Quotes are found with the language's quotation marks (nested ones stay inside the outer
/// quote; an unterminated quote ends with its paragraph; a quote left open at a paragraph's end
/// continues when the next paragraph opens with a mark). Speakers come from the words outside
/// the quotes near a reporting verb or a cue phrase; pronouns and role nouns ("he", "the
/// ministry") resolve to the most recent compatible speaker or name in the document.
///
/// ```swift
/// let extraction = try extractor.extract(document)
/// extraction.statements[0].speaker?.name   // "Sergey Lavrov"
/// extraction.statements[0].kind            // .indirect
/// ```
public struct StatementExtractor: Sendable {
  /// The sentences and statements of one document.
  public struct Extraction: Sendable, Hashable {
    public var sentences: [Sentence]
    public var statements: [Statement]
    /// What the story's headings say, read as statements are, in order: no statements
    /// themselves, but grouping reads them as it reads the lead.
    public var headings: [Statement] = []
  }

  /// What the extractor knows, behind one reference: an extraction copies the extractor into
  /// its state, and copying one reference is cheaper than copying every table. Its identity
  /// also tells extractors apart, so that a task's `WordCache` never mixes what two know.
  final class Identity: Sendable {
    let lexicons: CompiledLexicons
    let segmentation: [LocaleID: SegmentationProfile]
    let resolver: (any SpeakerResolving)?
    /// `resolver` when it is a name list, which can look folded names up directly.
    let nameList: NameListResolver?
    /// Whether there is a resolver: asked per word, without copying the existential.
    let hasResolver: Bool

    init(
      lexicons: CompiledLexicons, segmentation: [LocaleID: SegmentationProfile],
      resolver: (any SpeakerResolving)?
    ) {
      self.lexicons = lexicons
      self.segmentation = segmentation
      self.resolver = resolver
      self.nameList = resolver as? NameListResolver
      self.hasResolver = resolver != nil
    }
  }

  private let identity: Identity
  private var lexicons: CompiledLexicons { identity.lexicons }
  private var segmentation: [LocaleID: SegmentationProfile] { identity.segmentation }

  /// - Parameters:
  ///   - lexicons: attribution data per language (`Locales/<language>/attribution.yaml`).
  ///   - segmentation: abbreviation data per language for the sentence breaker.
  ///   - resolver: turns speaker names into registry entities, when there is a registry.
  ///   - months: month names per language (`Locales/<language>/datelines.yaml`): statements
  ///     list the dates they mention ("28 April 2024", "12. März") in `dates`.
  public init(
    lexicons: [LocaleID: AttributionLexicon], segmentation: [LocaleID: SegmentationProfile],
    resolver: (any SpeakerResolving)? = nil, months: [LocaleID: [DatelineRules.Month]] = [:]
  ) {
    self.init(deferred: lexicons.mapValues { DeferredValue($0) }, segmentation: segmentation, resolver: resolver, months: months)
  }

  /// An extractor whose lexicons are each decoded when first needed.
  init(
    deferred lexicons: [LocaleID: DeferredValue<AttributionLexicon>], segmentation: [LocaleID: SegmentationProfile],
    resolver: (any SpeakerResolving)? = nil, months: [LocaleID: [DatelineRules.Month]] = [:]
  ) {
    identity = Identity(
      lexicons: CompiledLexicons(lexicons, months: months), segmentation: segmentation, resolver: resolver)
  }

  /// The sentences and statements of `document`'s body.
  /// - Throws: `StatementError.segmentation` when ICU fails.
  public func extract(_ document: Document) throws(StatementError) -> Extraction {
    try extract(document, using: SegmenterPool())
  }

  /// The sentences and statements of `document`'s body, with the segmenters of `pool` (one pool
  /// per task: it opens each language's ICU sentence rules once for all the task's documents).
  /// - Throws: `StatementError.segmentation` when ICU fails.
  public func extract(_ document: Document, using pool: SegmenterPool) throws(StatementError) -> Extraction {
    var run = ExtractionRun(document: document, extractor: self, cache: pool.takeWords(for: identity))
    defer {
      run.returnStorage()
      pool.keepWords(run.cache)
    }
    return try run.run(segmenters: pool)
  }

  func lexicon(for language: LocaleID, document: LocaleID) -> CompiledLexicon? {
    // A bare language ("en") is its own first fallback: most paragraphs stop here.
    if !language.rawValue.utf8.contains(UInt8(ascii: "-")), let lexicon = lexicons[language] { return lexicon }
    for candidate in language.fallbacks + document.fallbacks + [LocaleID("en")] {
      if let lexicon = lexicons[candidate] { return lexicon }
    }
    return lexicons.languages.first.flatMap { lexicons[$0] }
  }

  func profile(for language: LocaleID) -> SegmentationProfile {
    for candidate in language.fallbacks { if let profile = segmentation[candidate] { return profile } }
    return SegmentationProfile(initials: false)
  }

  // The resolvers are used in place, through `identity`: a copy of the name list would retain
  // each of its tables, per word looked up.
  func resolve(_ surface: String, _ language: LocaleID) -> EntityID? {
    identity.resolver?.entity(for: surface, language: language)
  }

  /// The entity of a name given folded, as UTF-8 bytes (words joined by single spaces);
  /// `surface` builds the name as written for resolvers that need it.
  func resolve(folded key: [UInt8], _ language: LocaleID, surface: () -> String) -> EntityID? {
    if identity.nameList != nil { return identity.nameList?.entity(folded: key) }
    return identity.resolver?.entity(for: surface(), language: language)
  }

  /// Whether the folded word `word` is a form the registry records only in an oblique case
  /// ("Putina", "Путина"), when the resolver is a name list.
  func isOblique(folded word: [UInt8]) -> Bool {
    identity.nameList?.isOblique(folded: word) ?? false
  }

  /// The registry's gender of person `id`, when the resolver is a name list that records one.
  func gender(of id: EntityID) -> PersonGender? {
    identity.nameList?.gender(of: id)
  }

  /// Whether the registry records entity `id` as a news outlet or agency, which relays the
  /// words of others and never speaks itself.
  func isOutlet(_ id: EntityID) -> Bool {
    identity.nameList?.isOutlet(id) ?? false
  }

  /// Whether a name containing the folded word `word` may resolve: false only when the
  /// resolver is a name list and no form has the word.
  func mayResolve(word: ArraySlice<UInt8>) -> Bool {
    identity.nameList?.knows(word: word) ?? identity.hasResolver
  }
}

/// A top-level quote in a paragraph: byte offsets of its marks and its words.
struct QuoteRaw: Sendable, Hashable {
  var open: Int
  var contentStart: Int
  var contentEnd: Int
  /// After the closing mark, or the paragraph end when unterminated.
  var end: Int
  var terminated: Bool
}

/// One candidate for who speaks.
struct Candidate: Sendable {
  /// `dropped`: no subject is written (pro-drop); the verb stands for it. `medium`: the
  /// subject is a medium or an agency ("berichtet Reuters"): the verb is its, nobody else's.
  enum Kind: Sendable { case named, referent(Int), document, dropped, medium }
  var kind: Kind
  var isMedium: Bool {
    if case .medium = kind { return true }
    return false
  }
  /// Token indexes in the paragraph.
  var first: Int
  var last: Int
}

/// What the words outside a unit's quotes say about attribution.
struct RawAttribution: Sendable {
  var candidate: Candidate?
  var verb: (surface: String, lemma: String)?
  var document: String?
  var relay: String?
  var paragraph: Int
  /// The verb's subject is a medium (named in `relay`): nobody in the text speaks.
  var medium = false
  /// The other names joined to `candidate` as one subject of the verb ("Germany, Denmark and
  /// Sweden said"): they speak too.
  var partners: [Candidate] = []
}

/// A group of sentences that becomes one statement.
struct Unit: Sendable {
  var sentences: [Int]
  var paragraph: Int
  var quotes: [QuoteRaw]
  var attribution: RawAttribution?
  var outsideLetters: Int
  var startsWithQuote: Bool
  /// The first quote follows a colon or comma after the attribution ("said: «…»").
  var introducedQuote: Bool
  var start: Int
  /// Opens, outside quotes, with a word that points back to the quote before it.
  var resumes = false

  var quoteOnly: Bool { !quotes.isEmpty && outsideLetters == 0 && attribution == nil }
  /// Opens with a quote and names no speaker ("«…» globale.").
  var opensUnattributedQuote: Bool { startsWithQuote && attribution == nil && !quotes.isEmpty }
}

/// A name met in the document, for coreference.
struct Mention: Sendable {
  var position: Int
  /// The words of the name, turned into text only when the mention speaks.
  var name: MentionName
  var entity: EntityID?
  var organization: Bool
  /// Folded words of the name and the title words before it (a range of the run's `allIDs`),
  /// for role keywords; with the contexts of the earlier mentions it took its name from.
  var context: Range<Int>
  var earlierContext: [Range<Int>]
  /// The folded last word of the name (an id in the run's word table), or -1.
  var lastWord: Int32
  /// Right after a preposition ("до Одеси"): never what a pronoun refers to.
  var oblique = false
}

/// Words `first...last` of paragraph `paragraph`'s token view (-1: the title's).
struct MentionName: Sendable {
  var paragraph: Int
  var first: Int
  var last: Int
}
