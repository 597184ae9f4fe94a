import ParallaxICU

/// Settings of name discovery.
public struct NameDiscoveryOptions: Sendable, Hashable {
  /// Two spellings link when every word pair has at least this Jaro-Winkler similarity on
  /// folded romanized keys. Chosen on the tuning part of `Tests/DevSet/discovery.yaml`.
  public var linkSimilarity: Double
  /// … or at least this similarity and the same consonant skeleton ("klishchiivka" and
  /// "kleshcheievka" both give "klshchvk").
  public var skeletonSimilarity: Double
  /// The fewest consonants a skeleton needs to count.
  public var shortestSkeleton: Int
  /// Clusters with fewer mentions are left out.
  public var minimumCount: Int
  /// The languages of the house style: the display form is a form seen in one of them.
  public var styleLanguages: [String]
  /// The most words a name may have; longer capitalized runs are headlines, not names.
  public var longestName: Int
  /// Example locations kept per entity.
  public var examples: Int
  /// The most letters a folded case ending adds to a word: a word that starts another longer
  /// by more is not its spelling ("tiraspol", "tiraspoltransgaz").
  public var longestEnding: Int

  public init(
    linkSimilarity: Double = 0.87, skeletonSimilarity: Double = 0.75, shortestSkeleton: Int = 2,
    minimumCount: Int = 1, styleLanguages: [String] = ["en"], longestName: Int = 6, examples: Int = 3,
    longestEnding: Int = 4
  ) {
    self.linkSimilarity = linkSimilarity
    self.skeletonSimilarity = skeletonSimilarity
    self.shortestSkeleton = shortestSkeleton
    self.minimumCount = minimumCount
    self.styleLanguages = styleLanguages
    self.longestName = longestName
    self.examples = examples
    self.longestEnding = longestEnding
  }
}

/// A name the registry does not know, seen in the documents under one or more spellings.
public struct ProvisionalEntity: Sendable, Hashable {
  /// One spelling as written, with how often and where.
  public struct Form: Sendable, Hashable {
    public var form: String
    public var count: Int
    public var languages: [String]
    /// `Latn` or `Cyrl`.
    public var script: String
    /// The paths of the documents it occurs in, in input order.
    public var documents: [String]
  }

  /// A place in an input file.
  public struct Location: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var description: String { "\(path):\(line):\(column)" }
  }

  /// `provisional.<slug>`, the slug of the display form.
  public var id: String
  /// The form to show: see `NameDiscoverer`.
  public var display: String
  /// Only when the text says so: a full name after a title is a person's, one that starts
  /// with a place word ("Nova") a place's.
  public var kind: EntityKind?
  public var mentions: Int
  public var documents: Int
  public var forms: [Form]
  public var languages: [String]
  public var scripts: [String]
  public var examples: [Location]
}

/// Finds proper names that the registry does not know and groups their spellings across
/// documents, languages and scripts into provisional entities.
///
/// A candidate is a run of capitalized Latin or Cyrillic words that no registered name covers,
/// without titles and honorifics (`names-discovery.yaml`), without a sentence's first word
/// when that word is a stop word, a common word or one the texts also write in lowercase, and
/// not joined to a registered name. Each mention gets folded romanized keys: Cyrillic words
/// through the national scheme of the page's language (KMU 2010 for Ukrainian, BGN/PCGN for
/// Russian, both when unknown), as written and reduced by the language's case endings; Latin
/// words through `Any-Latin-ASCII`; then the `names` spelling folds. Mentions sharing a key are
/// one entity; entities whose spellings are near (`NameDiscoveryOptions`) are joined, compared
/// only within blocks of the same leading consonants; in a document, a surname alone joins the
/// one full name that ends with it. A name of a thing made of generic terms (`terms` of
/// `names-discovery.yaml`) and a specific part is also keyed by the terms' concepts and that
/// part, so its translations meet (`DiscoveryRun.withTermNames`).
///
/// The display form is the most frequent form in a style language when one was seen;
/// otherwise the national romanization of the most frequent Ukrainian form (KMU 2010), else of
/// the most frequent Russian form (BGN/PCGN); otherwise the most frequent form.
///
/// ```swift
/// let discoverer = NameDiscoverer(names: setup, lexicon: lexicon)
/// try discoverer.discover(documents).map(\.display)   // ["Klishchiivka"]
/// ```
public struct NameDiscoverer: Sendable {
  public let names: NameSetup
  public let lexicon: NameDiscoveryLexicon
  public let options: NameDiscoveryOptions

  public init(names: NameSetup, lexicon: NameDiscoveryLexicon, options: NameDiscoveryOptions = NameDiscoveryOptions()) {
    self.names = names
    self.lexicon = lexicon
    self.options = options
  }

  /// The provisional entities of `documents`, most mentions first, then by id.
  /// - Throws: `ICUError` when an ICU object cannot be opened or fails.
  public func discover(_ documents: [Document]) throws -> [ProvisionalEntity] {
    let run = try DiscoveryRun(discoverer: self)
    let mentions = try run.mentions(in: documents)
    let clusters = run.cluster(mentions)
    return try run.entities(clusters, mentions, documents)
  }
}
