/// How a language attributes words to speakers, from `Locales/<language>/attribution.yaml`
/// (`schema: parallax.attribution/1`): quotation marks, reporting verbs with their lemmas,
/// cue phrases ("according to", "по словам"), and the pronouns, role nouns and document nouns
/// that coreference resolves.
public struct AttributionLexicon: Sendable, Hashable, Decodable {
  /// A pair of quotation marks; `close` may list several closers ("„" closes with "“" or "”").
  public struct QuotePair: Sendable, Hashable, Decodable {
    public var open: String
    public var close: [String]

    enum CodingKeys: String, CodingKey { case open, close }
    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      open = try c.decode(String.self, forKey: .open)
      if let one = try? c.decode(String.self, forKey: .close) {
        close = [one]
      } else {
        close = try c.decode([String].self, forKey: .close)
      }
    }
  }

  /// A reporting verb: its lemma and the forms met in news copy. A separable verb's finite
  /// forms ("stellte" of "klarstellen") report speech only with their `particle` closing the
  /// clause ("stellte der Präsident klar,").
  public struct Verb: Sendable, Hashable, Decodable {
    public var lemma: String
    public var forms: [String]
    public var particle: String?
  }

  /// A past-tense ending that agrees in gender and number: a verb form ending in `masculine`
  /// also has the forms ending in `others` ("сообщил": "сообщила", "сообщило", "сообщили").
  public struct PastEnding: Sendable, Hashable, Decodable {
    public var masculine: String
    public var others: [String]
  }

  /// A phrase that introduces a source: "according to X", "X's statement".
  public struct Cue: Sendable, Hashable, Decodable {
    public var form: String
    /// `relay` for outlets passing words on ("as reported by TASS"), else a speaker.
    public var relay: Bool?
  }

  /// A word or phrase that refers back to a named speaker.
  public struct Referent: Sendable, Hashable, Decodable {
    public var form: String
    /// `person` or `organization`.
    public var kind: String
    /// Words that the antecedent's name or title must contain ("ministry", "president").
    public var keywords: [String]?
    /// A pronoun's grammatical gender, `male` or `female` ("he", "она"): it never stands for
    /// a person the registry gives the other gender.
    public var gender: PersonGender?
  }

  public var language: LocaleID
  public var quotes: [QuotePair]
  public var verbs: [Verb]
  /// Speech acts of several words ("made a statement", "выступил с заявлением"): each form is
  /// a phrase whose words, in order, report speech as one verb does.
  public var speechActs: [Verb]
  public var cues: [Cue]
  /// Words that introduce reported speech after a verb ("that", "что", "dass").
  public var complementizers: [String]
  public var pronouns: [Referent]
  public var roles: [Referent]
  /// Nouns for the document that carries words ("the statement", "заявлении").
  public var documents: [String]
  /// Title words before a name that are not part of it ("Minister", "President").
  public var titles: [String]
  /// Words that make a name an organization ("Ministry", "Committee").
  public var organizationWords: [String]
  /// Capitalized words that never start a name ("The", "But").
  public var stopwords: [String]
  /// Words opening a sentence that points back to the quote before it as what the speaker
  /// said: Italian "Lo ha detto X", "Così X". Such a sentence attributes that quote.
  public var resumptives: [String]
  /// Prepositions (and other words that govern an oblique case): a name right after one is
  /// not the subject of a speech verb ("during a trip to Odesa, said …", "in an interview with
  /// Le Monde"), so it never speaks, and a pronoun never refers back to it.
  public var prepositions: [String]
  /// Names and words that never speak on their own: the media words travel through
  /// ("Telegram", "Twitter"), agencies and outlets that relay (Reuters, TASS), demonyms
  /// ("Russian") and sentence adverbs that open a sentence capitalized ("Unterdessen").
  public var nonSpeakers: [String]
  /// Media and agencies ("Reuters", "news agency"): non-speakers whose verb is their own
  /// ("…, berichtet Reuters"), so that no other name in the clause takes it.
  public var media: [String]
  /// Negations ("not", "nicht", "не"): a reporting verb followed closely by one reports that
  /// somebody did not speak ("äußerte sich zunächst nicht"), so it attributes nothing.
  public var negations: [String]
  /// Determiners ("the", "a"): a verb form right after one is a noun ("the report").
  public var determiners: [String]
  /// The language drops a pronoun subject (Spanish, Italian, Portuguese, Polish, Russian,
  /// Ukrainian): a speech verb without a subject ("«…», declaró") means the last person who
  /// spoke or was named.
  public var dropsSubject: Bool
  /// Endings of plural verb forms ("заявили", "declararon"): a plural verb without a subject
  /// is impersonal ("they said"), never the last person named.
  public var pluralEndings: [String]
  /// Endings of neuter past forms ("сообщило", "przyznało"): no person is neuter, so such a
  /// verb without a subject has a body's subject the clause does not name ("rosyjskie wojsko
  /// przyznało"), never the last person named.
  public var neuterEndings: [String]
  /// Forms of "to be" that make a reporting participle right after them passive ("the talks
  /// were described as", "has been described as"): the name before it is what was spoken of,
  /// not who spoke (an agent after it, "described by X as", still speaks).
  public var passiveAuxiliaries: [String]
  /// Endings of progressive verb forms, active after a form of "to be" ("was saying", "had
  /// been complaining").
  public var progressiveEndings: [String]
  /// Lowercase nouns for an unnamed group ("officials", "residents", "sources"): a name right
  /// before one qualifies it ("Kyiv officials said", "some Hroza residents say"), and the group,
  /// unnamed, names no speaker.
  public var groupNouns: [String]
  /// The language capitalizes its nouns (German): a lone capitalized word that the registry
  /// does not know is a noun, not a speaker.
  public var capitalizesNouns: Bool
  /// Copy in the language may write the names of some people in lowercase (Ukrainian outlets
  /// write "путін", "шойгу", "пєсков"): a run of lowercase words that the registry knows as a
  /// person, in the nominative, may speak.
  public var lowercasePersons: Bool
  /// Whether a subject pronoun right after the reporting verb is its subject, wherever the
  /// clause goes on ("sagte er bei …", "сказал он в интервью"): languages that invert the
  /// subject after a quote or an opening phrase. English does not ("said he would …").
  public var invertsSubject: Bool
  /// Demonstrative pronouns that complete a prepositional phrase on their own ("про це", "при
  /// этом", "o tym"): a name right after one is not in the phrase, and may speak ("Про це
  /// Петренко сказав").
  public var demonstratives: [String]
  /// Endings that make a name a possessive determiner of the noun after it ("Norway’s role",
  /// "Russia's position"): such a name after the verb is part of its object, never its subject.
  public var possessiveEndings: [String]
  /// Endings a word has only in an oblique case ("Курської", "Білого", "Чорноморську"): a name
  /// the registry does not know whose last word ends so qualifies a noun or is governed by one
  /// ("місцева влада Курської області", "Речник Білого дому"), and does not speak. (A registered
  /// name's cases are the registry's.)
  public var obliqueNameEndings: [String]
  /// Words that link a title to its complement where they are no preposition of the list
  /// ("of" in "the chief of the UN agency"): a known place or body after one qualifies the title
  /// and does not speak.
  public var titleLinks: [String]
  /// Prepositions that introduce the agent of a passive participle ("confirmed by", "confermato
  /// dal", "confirmé par"): right after a speech verb, the name in their phrase speaks, and
  /// the subject before the verb is what was said.
  public var agentPrepositions: [String]
  /// Locative prepositions left out of `prepositions` because an institution after one is the
  /// source of an impersonal plural ("В МИД заявили", "У МЗС повідомили"): with a singular
  /// verb, a name after one is a place or a setting, not the subject ("ознакомлен с
  /// ситуацией в Оленивке, предложил").
  public var sourcePrepositions: [String]
  /// Conjunctions that join two names into one subject ("and", "и", "und"): a pronoun of one
  /// person never stands for either of two people named together.
  public var conjunctions: [String]
  /// Auxiliaries and adverbs that may stand between the comma closing a subject's appositive
  /// and its verb ("…, later said", "…, avait annoncé"): the subject before the appositive
  /// still speaks. Never a relative pronoun ("…, che avverte": the name before it speaks).
  public var verbAdjuncts: [String]
  /// Common nouns for a medium ("newspaper", "diario", "видання"): a name right after one, past
  /// its adjectives ("el diario alemán Tagesspiegel", "місцеве видання Svenska Dagbladet"), is
  /// a medium that relays, never a speaker.
  public var mediaNouns: [String]
  /// Elided articles written onto the name after them with an apostrophe ("l'", "l’": French
  /// and Italian "L'Ukraine", "l'Unione europea"): the word is read as the article and the
  /// name, so that the name may speak ("L'Ucraina ha annunciato …") like any other.
  public var elisions: [String]
  /// Auxiliaries of the active perfect ("ha", "a", "han"): right before a participle they make
  /// it active ("ha confermato da New York" is said from New York), so the preposition after
  /// it introduces no passive agent.
  public var activeAuxiliaries: [String]
  /// Relative pronouns that stand as a subject ("które", "который", "який"): right before a
  /// speech verb they are its subject, so a name after the verb is its object ("ministerstwo,
  /// które oskarżyło Kijów").
  public var relativePronouns: [String]
  /// Words that open a reporting clause set off by a comma ("Jak dodał, …", "Как отметил, …"):
  /// its subject is dropped or stands before the comma, never past it.
  public var asClauseOpeners: [String]
  /// Lowercase particles inside personal names ("von der" of "Ursula von der Leyen", "van"):
  /// between two capitalized words they continue the name. Only words that are no ordinary
  /// words of the language (French "de" and German "von der" are not listed there).
  public var nameParticles: [String]
  /// Determiners of an oblique case only (German "des", "dem", "eines"): a name in the noun
  /// phrase they open is no subject ("der Beauftragte des Präsidenten X erklärte").
  public var obliqueDeterminers: [String]
  /// Phrases that stand between a subject and its verb, or between an auxiliary and its
  /// participle, and name nobody ("quant à lui", "pour sa part", "for his part", "por su parte",
  /// "со своей стороны"): their words are neither speakers nor verbs, so that the subject
  /// before them still speaks ("X a quant à lui fait état de …").
  public var insertedPhrases: [String]
  /// Phrases through which a body or a state speaks by a person named after them ("a través
  /// de su portavoz X", "attraverso il segretario generale X", "par la voix de X"): that
  /// person speaks.
  public var throughPhrases: [String]
  /// Whether the subject follows the verb only in a reporting clause set off from the reported
  /// words ("…, a déclaré X"; French): inside a clause, a name after the verb is its object.
  public var invertsOnlyInIncises: Bool
  /// Common nouns for an instrument ("treaty", "Vertrag", "договор"): a name right after one,
  /// past up to four lowercase words ("el tratado de pesca Mar Abierto"), or a compound
  /// ending in one ("Hafen-Vertrag"), names the instrument, which never speaks, unless the
  /// registry knows the name as someone else.
  public var instrumentNouns: [String]
  /// Whether a negation that says somebody did not speak stands before the verb ("no dijo",
  /// "non ha detto", "не заявил"): after the verb, one opens a negated complement ("afirmó no
  /// tener", "ha detto di non sapere"), and the verb still reports. Not German or English,
  /// whose negation follows the verb ("äußerte sich nicht", "did not comment").
  public var negatesBeforeVerb: Bool
  /// The past tense's endings by gender and number (Russian, Ukrainian, Polish), longest
  /// first: the data list a verb's masculine form, and the lexicon completes the paradigm, so
  /// that a ministry's neuter "сообщило" and the authorities' plural "заявили" report speech
  /// as the minister's "сообщил" does. The first word of a speech act agrees too.
  public var pastEndings: [PastEnding]

  enum CodingKeys: String, CodingKey {
    case language, quotes, verbs, speechActs, cues, complementizers, pronouns, roles, documents, titles, organizationWords, stopwords
    case resumptives, prepositions, nonSpeakers, media, negations, determiners, dropsSubject, pluralEndings, capitalizesNouns, invertsSubject
    case demonstratives, possessiveEndings, obliqueNameEndings, titleLinks, agentPrepositions, sourcePrepositions, conjunctions, verbAdjuncts, mediaNouns
    case elisions, activeAuxiliaries, relativePronouns, asClauseOpeners, nameParticles, obliqueDeterminers, invertsOnlyInIncises
    case insertedPhrases, instrumentNouns, negatesBeforeVerb, pastEndings, neuterEndings, passiveAuxiliaries, progressiveEndings, groupNouns
    case lowercasePersons, throughPhrases
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    language = try c.decode(LocaleID.self, forKey: .language)
    quotes = try c.decodeIfPresent([QuotePair].self, forKey: .quotes) ?? []
    verbs = try c.decodeIfPresent([Verb].self, forKey: .verbs) ?? []
    speechActs = try c.decodeIfPresent([Verb].self, forKey: .speechActs) ?? []
    cues = try c.decodeIfPresent([Cue].self, forKey: .cues) ?? []
    complementizers = try c.decodeIfPresent([String].self, forKey: .complementizers) ?? []
    pronouns = try c.decodeIfPresent([Referent].self, forKey: .pronouns) ?? []
    roles = try c.decodeIfPresent([Referent].self, forKey: .roles) ?? []
    documents = try c.decodeIfPresent([String].self, forKey: .documents) ?? []
    titles = try c.decodeIfPresent([String].self, forKey: .titles) ?? []
    organizationWords = try c.decodeIfPresent([String].self, forKey: .organizationWords) ?? []
    stopwords = try c.decodeIfPresent([String].self, forKey: .stopwords) ?? []
    resumptives = try c.decodeIfPresent([String].self, forKey: .resumptives) ?? []
    prepositions = try c.decodeIfPresent([String].self, forKey: .prepositions) ?? []
    nonSpeakers = try c.decodeIfPresent([String].self, forKey: .nonSpeakers) ?? []
    media = try c.decodeIfPresent([String].self, forKey: .media) ?? []
    negations = try c.decodeIfPresent([String].self, forKey: .negations) ?? []
    determiners = try c.decodeIfPresent([String].self, forKey: .determiners) ?? []
    dropsSubject = try c.decodeIfPresent(Bool.self, forKey: .dropsSubject) ?? false
    pluralEndings = try c.decodeIfPresent([String].self, forKey: .pluralEndings) ?? []
    capitalizesNouns = try c.decodeIfPresent(Bool.self, forKey: .capitalizesNouns) ?? false
    lowercasePersons = try c.decodeIfPresent(Bool.self, forKey: .lowercasePersons) ?? false
    invertsSubject = try c.decodeIfPresent(Bool.self, forKey: .invertsSubject) ?? false
    demonstratives = try c.decodeIfPresent([String].self, forKey: .demonstratives) ?? []
    possessiveEndings = try c.decodeIfPresent([String].self, forKey: .possessiveEndings) ?? []
    obliqueNameEndings = try c.decodeIfPresent([String].self, forKey: .obliqueNameEndings) ?? []
    titleLinks = try c.decodeIfPresent([String].self, forKey: .titleLinks) ?? []
    agentPrepositions = try c.decodeIfPresent([String].self, forKey: .agentPrepositions) ?? []
    sourcePrepositions = try c.decodeIfPresent([String].self, forKey: .sourcePrepositions) ?? []
    conjunctions = try c.decodeIfPresent([String].self, forKey: .conjunctions) ?? []
    verbAdjuncts = try c.decodeIfPresent([String].self, forKey: .verbAdjuncts) ?? []
    mediaNouns = try c.decodeIfPresent([String].self, forKey: .mediaNouns) ?? []
    elisions = try c.decodeIfPresent([String].self, forKey: .elisions) ?? []
    activeAuxiliaries = try c.decodeIfPresent([String].self, forKey: .activeAuxiliaries) ?? []
    relativePronouns = try c.decodeIfPresent([String].self, forKey: .relativePronouns) ?? []
    asClauseOpeners = try c.decodeIfPresent([String].self, forKey: .asClauseOpeners) ?? []
    nameParticles = try c.decodeIfPresent([String].self, forKey: .nameParticles) ?? []
    obliqueDeterminers = try c.decodeIfPresent([String].self, forKey: .obliqueDeterminers) ?? []
    invertsOnlyInIncises = try c.decodeIfPresent(Bool.self, forKey: .invertsOnlyInIncises) ?? false
    insertedPhrases = try c.decodeIfPresent([String].self, forKey: .insertedPhrases) ?? []
    throughPhrases = try c.decodeIfPresent([String].self, forKey: .throughPhrases) ?? []
    instrumentNouns = try c.decodeIfPresent([String].self, forKey: .instrumentNouns) ?? []
    negatesBeforeVerb = try c.decodeIfPresent(Bool.self, forKey: .negatesBeforeVerb) ?? false
    pastEndings = try c.decodeIfPresent([PastEnding].self, forKey: .pastEndings) ?? []
    neuterEndings = try c.decodeIfPresent([String].self, forKey: .neuterEndings) ?? []
    passiveAuxiliaries = try c.decodeIfPresent([String].self, forKey: .passiveAuxiliaries) ?? []
    progressiveEndings = try c.decodeIfPresent([String].self, forKey: .progressiveEndings) ?? []
    groupNouns = try c.decodeIfPresent([String].self, forKey: .groupNouns) ?? []
    verbs = verbs.map { Self.completed($0, pastEndings) }
    speechActs = speechActs.map { Self.completed($0, pastEndings) }
    cues = Self.completed(cues, pastEndings)
  }

  /// `verb` with every gender and number of each past form it lists, in the order listed (a
  /// form already there stays where it is). Only a form's first word agrees ("выступил с
  /// заявлением" gives "выступило с заявлением").
  static func completed(_ verb: Verb, _ endings: [PastEnding]) -> Verb {
    var result = verb
    result.forms = completed(verb.forms, endings) { $0.startIndex..<($0.firstIndex(of: " ") ?? $0.endIndex) }
    return result
  }

  /// The cues with every gender and number of a past verb that closes one ("как сообщал"
  /// gives "как сообщала", "как сообщало", "как сообщали").
  static func completed(_ cues: [Cue], _ endings: [PastEnding]) -> [Cue] {
    cues.flatMap { cue in
      completed([cue.form], endings) { form in (form.lastIndex(of: " ").map { form.index(after: $0) } ?? form.startIndex)..<form.endIndex }
        .map { Cue(form: $0, relay: cue.relay) }
    }
  }

  /// `forms`, each followed by the forms in which the word at `word(form)` takes the other
  /// endings of its past tense, none twice.
  static func completed(_ forms: [String], _ endings: [PastEnding], word: (String) -> Range<String.Index>) -> [String] {
    guard !endings.isEmpty else { return forms }
    var seen = Set(forms)
    var result = forms
    for form in forms {
      let range = word(form)
      let verb = form[range]
      // A stem of two letters at least: the Ukrainian preposition "в" is no past tense.
      guard let ending = endings.first(where: { verb.hasSuffix($0.masculine) && verb.count >= $0.masculine.count + 2 }) else { continue }
      let stem = verb.dropLast(ending.masculine.count)
      for other in ending.others {
        let agreeing = String(form[..<range.lowerBound]) + stem + other + String(form[range.upperBound...])
        if seen.insert(agreeing).inserted { result.append(agreeing) }
      }
    }
    return result
  }

  public static let schemaKind = "parallax.attribution"
  public static let fileName = "attribution.yaml"

  static let keySchema: KeySchema = {
    let referent = KeySchema.sequence(.mapping(["form": .any, "kind": .any, "keywords": .any, "gender": .any], required: ["form", "kind"]))
    return .mapping(
      [
        "schema": .any, "language": .any,
        "quotes": .sequence(.mapping(["open": .any, "close": .any], required: ["open", "close"])),
        "verbs": .sequence(.mapping(["lemma": .any, "forms": .any, "particle": .any], required: ["lemma", "forms"])),
        "speechActs": .sequence(.mapping(["lemma": .any, "forms": .any], required: ["lemma", "forms"])),
        "cues": .sequence(.mapping(["form": .any, "relay": .any], required: ["form"])),
        "complementizers": .any, "pronouns": referent, "roles": referent, "documents": .any, "titles": .any,
        "organizationWords": .any, "stopwords": .any, "resumptives": .any, "prepositions": .any, "nonSpeakers": .any, "media": .any, "negations": .any, "determiners": .any, "dropsSubject": .any, "pluralEndings": .any, "capitalizesNouns": .any, "lowercasePersons": .any, "invertsSubject": .any,
        "demonstratives": .any, "possessiveEndings": .any, "obliqueNameEndings": .any, "titleLinks": .any, "agentPrepositions": .any, "sourcePrepositions": .any, "conjunctions": .any, "verbAdjuncts": .any, "mediaNouns": .any,
        "elisions": .any, "activeAuxiliaries": .any, "relativePronouns": .any, "asClauseOpeners": .any, "nameParticles": .any, "obliqueDeterminers": .any, "invertsOnlyInIncises": .any,
        "insertedPhrases": .any, "throughPhrases": .any, "instrumentNouns": .any, "negatesBeforeVerb": .any,
        "neuterEndings": .any, "passiveAuxiliaries": .any, "progressiveEndings": .any, "groupNouns": .any,
        "pastEndings": .sequence(.mapping(["masculine": .any, "others": .any], required: ["masculine", "others"])),
      ], required: ["language", "quotes", "verbs"])
  }()

  /// Loads and checks one file, such as `ru/attribution.yaml`: quotation marks are single
  /// characters and referent kinds are `person` or `organization`.
  public static func load(_ path: String, from data: any LocaleDataProvider) throws(LocaleDataError) -> AttributionLexicon {
    try load(text: try data.read(path), shown: data.displayPath(path))
  }

  /// `load` of a file's `text`, shown in messages as `shown`.
  static func load(text: String, shown: String) throws(LocaleDataError) -> AttributionLexicon {
    let (lexicon, document) = try LocaleFile.loadWithDocument(
      AttributionLexicon.self, text: text, shown: shown, kind: schemaKind, keys: keySchema)
    for (index, pair) in lexicon.quotes.enumerated() where ([pair.open] + pair.close).contains(where: { $0.unicodeScalars.count != 1 }) {
      let at = document.position(at: [AnyKey("quotes"), AnyKey(index)])
      throw .invalidValue(file: shown, line: at.line, column: at.column, key: "quotes", problem: "quotation marks are single characters")
    }
    for (group, list) in [("pronouns", lexicon.pronouns), ("roles", lexicon.roles)] {
      for (index, referent) in list.enumerated() where referent.kind != "person" && referent.kind != "organization" {
        let at = document.position(at: [AnyKey(group), AnyKey(index), AnyKey("kind")])
        throw .invalidValue(file: shown, line: at.line, column: at.column, key: "kind", problem: "'\(referent.kind)' is not person or organization")
      }
    }
    return lexicon
  }

  /// Every language's lexicon in `data`, by language.
  public static func loadAll(from data: any LocaleDataProvider) throws(LocaleDataError) -> [LocaleID: AttributionLexicon] {
    var result: [LocaleID: AttributionLexicon] = [:]
    for language in LocaleFile.languages(having: fileName, in: data) {
      result[language] = try load("\(language.rawValue)/\(fileName)", from: data)
    }
    return result
  }

  /// Every language's lexicon in `data`, by language, each decoded when first asked for when
  /// this build has loaded the same file before (`LocaleFile.loadAllDeferred`).
  static func loadAllDeferred(
    from data: any LocaleDataProvider, cache: ParsedYAMLCache? = ParsedYAMLCache.shared
  ) throws(LocaleDataError) -> [LocaleID: DeferredValue<AttributionLexicon>] {
    try LocaleFile.loadAllDeferred(kind: schemaKind, having: fileName, from: data, cache: cache) { text, shown, _ throws(LocaleDataError) in
      try load(text: text, shown: shown)
    }
  }
}
