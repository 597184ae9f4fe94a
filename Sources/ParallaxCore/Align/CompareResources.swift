import ParallaxICU

/// The locale data the comparer reads, loaded and compiled once: topic lexicons, stop words and
/// negations per language, the name setup, and the house style's framing terms. Immutable and
/// shareable; each task makes its own `StatementProfiler` from it.
public struct CompareResources: Sendable {
  public let names: NameSetup
  public let lexicon: TopicLexicon
  public let tagger: TopicTagger
  /// Stop words per language, as match keys.
  public let stopwords: [String: Set<String>]
  /// Negation words per language, as match keys.
  public let negations: [String: Set<String>]
  /// Number multiplier words per language, folded.
  public let multipliers: [String: [String: Int]]
  /// The style whose framing terms are reported, compiled against the names.
  public let style: CompiledStyle?
  /// Framing alternatives (neutral forms) as token-key sequences, by their first key.
  let neutralForms: NeutralForms
  /// What tells one happening of a kind from another: counted nouns, acts and their stages.
  public let events: EventClueLexicon
  /// The registry's outlets, which event grouping leaves out (see `Comparer.relays`).
  public let relays: Set<EntityID>
  /// The places a meeting may be held in (of a type of `EventClueLexicon.venueTypes`), each
  /// with the places it lies within, nearest first (`place.anchorage`: Alaska, the United
  /// States): a venue named as a town and one named as its state are one venue.
  let venues: [EntityID: [String]]

  /// The topic lexicon, the stop-word lists and the event clue rules: the part that needs no
  /// names, so that start-up can read it on one thread while the names load on the other.
  public struct Words: Sendable {
    let lexicon: TopicLexicon
    let lists: [LocaleID: StopwordList]
    let eventRules: [EventClueRules]

    /// Reads them from `data`.
    public init(data: any LocaleDataProvider) throws(LocaleDataError) {
      lexicon = try TopicLexicon.load(from: data)
      lists = try StopwordList.loadAll(from: data)
      eventRules = try EventClueRules.loadAll(from: data)
    }
  }

  /// Loads everything from `data`.
  /// - Parameters:
  ///   - style: the house style id; nil for the default of `und/defaults.yaml`.
  ///   - words: the topic lexicon and stop words when already read from `data`.
  /// - Throws: `LocaleDataError` with file:line:column for bad data.
  public init(
    data: any LocaleDataProvider, names givenNames: NameSetup? = nil, style styleID: String? = nil, words givenWords: Words? = nil
  ) throws(LocaleDataError) {
    let names: NameSetup
    if let givenNames { names = givenNames } else { names = try NameSetup.load(from: data) }
    let words: Words
    if let givenWords { words = givenWords } else { words = try Words(data: data) }
    let (lexicon, lists) = (words.lexicon, words.lists)
    self.events = EventClueLexicon(rules: words.eventRules)
    self.relays = Set(names.registry.entities.lazy.filter { $0.type == ReportNames.outletType }.map(\.id))
    self.venues = Self.venues(of: names.registry.entities, types: events.venueTypes)
    let chosen: String
    if let styleID { chosen = styleID } else { chosen = try LocaleDefaults.load(from: data).style }
    let style = try HouseStyle.load(chosen, from: data, registry: names.registry)
    do {
      let keys = try MatchKeyBuilder(profile: names.matchKeyProfile)
      let words = try WordBreaker(locale: "und")
      self.tagger = try TopicTagger(lexicon: lexicon, keys: keys, words: words)
      var stop: [String: Set<String>] = [:]
      var negations: [String: Set<String>] = [:]
      for (language, list) in lists {
        stop[language.language] = Set(try list.words.map { try keys.key($0) })
        negations[language.language] = Set(try list.negations.map { try keys.key($0) })
      }
      self.stopwords = stop
      var multipliers: [String: [String: Int]] = [:]
      for (language, list) in lists {
        for (word, factor) in list.multipliers { multipliers[language.language, default: [:]][TextFold.fold(word)] = factor }
      }
      self.multipliers = multipliers
      self.negations = negations
      let tokenizer = NameTokenizer(keys: keys, words: words)
      self.style = try CompiledStyle(style: style, setup: names)
      self.neutralForms = NeutralForms(try style.framing.map { term in try (term.alternatives ?? []).map { try tokenizer.keys(of: $0) } })
    } catch let error as LocaleDataError {
      throw error
    } catch {
      throw .unreadable(file: data.displayPath(TopicLexicon.path), reason: "ICU could not compile the topic data: \(error)")
    }
    self.names = names
    self.lexicon = lexicon
  }

  /// Each place of one of `types` with the places it lies within, itself first, nearest next;
  /// a chain stops at a place already on it.
  static func venues(of entities: some Sequence<Entity>, types: Set<String>) -> [EntityID: [String]] {
    guard !types.isEmpty else { return [:] }
    var within: [EntityID: EntityID] = [:]
    var candidates: [EntityID] = []
    for entity in entities {
      if let parent = entity.within { within[entity.id] = parent }
      if entity.kind == .place, let type = entity.type, types.contains(type) { candidates.append(entity.id) }
    }
    var chains: [EntityID: [String]] = [:]
    for id in candidates {
      var chain = [id.rawValue]
      var next = within[id]
      while let parent = next, !chain.contains(parent.rawValue) {
        chain.append(parent.rawValue)
        next = within[parent]
      }
      chains[id] = chain
    }
    return chains
  }

  /// A profiler with its own ICU objects, for one task.
  public func makeProfiler() throws -> StatementProfiler {
    try StatementProfiler(resources: self)
  }
}

/// The neutral alternatives of a style's framing terms as token-key sequences, indexed by their
/// first key: a statement's words are each looked up once instead of compared with every form.
struct NeutralForms: Sendable {
  private var byFirstKey: [UTF8Key: [(term: Int, form: [String])]] = [:]

  /// - Parameter forms: per framing term (by index), its alternatives' keys.
  init(_ forms: [[[String]]]) {
    for (term, alternatives) in forms.enumerated() {
      for form in alternatives {
        guard let first = form.first else { continue }
        byFirstKey[UTF8Key(first), default: []].append((term, form))
      }
    }
  }

  /// The forms that start with `key`, in term order, then in the order the style lists them.
  func starting(with key: String) -> [(term: Int, form: [String])] { byFirstKey[UTF8Key(key)] ?? [] }
}
