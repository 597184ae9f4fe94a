/// An `AttributionLexicon` prepared for matching folded words.
/// A class: paragraphs and helpers pass it around constantly, and one reference is cheaper to
/// copy than a dozen tables.
final class CompiledLexicon: Sendable {
  enum PhraseKind: Sendable, Hashable {
    case cue, relay, complementizer, document
    /// A speech act of several words, with its lemma ("made a statement").
    case speechAct(String)
    case pronoun(Int)
    case role(Int)
    /// A phrase inserted between a subject and its verb that names nobody ("quant à lui",
    /// "for his part"): its words are neither candidates nor verbs.
    case inserted
    /// A phrase through which a body speaks by the person named after it ("a través de").
    case through
  }

  struct Phrase: Sendable {
    let words: [String]
    /// `words` as word ids (see `id(of:)`); empty until the lexicon's word ids are known.
    let ids: [Int32]
    let kind: PhraseKind
    /// How many words the phrase has, and `ids[1]` (-1 for a phrase of one word): kept in
    /// the phrase itself, so that most phrases that do not match are turned away without
    /// reading its arrays.
    let length: Int
    let second: Int32

    /// Whether the phrase is a speech act of several words.
    var isSpeechAct: Bool {
      if case .speechAct = kind { return true }
      return false
    }

    init(words: [String], ids: [Int32], kind: PhraseKind) {
      self.words = words
      self.ids = ids
      self.kind = kind
      length = words.count
      second = ids.count > 1 ? ids[1] : -1
    }
  }

  /// What the lexicon says about one folded word beyond its flags: its lemma and the phrases
  /// it opens (read only when the flags say there are some).
  struct WordInfo: Sendable {
    /// The lemma when the word is a reporting verb form.
    var lemma: String?
    /// The phrases that start with the word, longest first.
    var phrases: [Phrase] = []
    /// When the word is a separable verb's finite form: the particles (word ids) that make it
    /// one, with the verb's lemma.
    var particles: [(particle: Int32, lemma: String)] = []
  }

  let language: LocaleID
  /// Opening mark → its closing marks.
  let openers: [UInt32: Set<UInt32>]
  let referents: [AttributionLexicon.Referent]
  /// Referents from this index on are role nouns; those before it are pronouns.
  let firstRole: Int
  /// Whether a speech verb without a subject means the last person named (pro-drop).
  let dropsSubject: Bool
  /// Whether a lone unknown capitalized word is a noun (German).
  let capitalizesNouns: Bool
  /// Whether a lowercase run may be a registered person (Ukrainian: see `AttributionLexicon`).
  let lowercasePersons: Bool
  /// Whether a pronoun right after the verb is its subject (see `AttributionLexicon`).
  let invertsSubject: Bool
  /// The subject follows the verb only in a reporting clause set off by a comma or a quote.
  let invertsOnlyInIncises: Bool
  /// Whether only a negation before the verb silences it (see `AttributionLexicon`).
  let negatesBeforeVerb: Bool
  /// Endings that make a name a possessive determiner ("Norway’s role"), folded, as UTF-8.
  let possessiveEndingBytes: [[UInt8]]
  /// `obliqueNameEndings`, folded.
  let obliqueNameEndings: [String]

  /// Whether the folded word `word` ends, past a stem of two letters or more, in one of
  /// `obliqueNameEndings` ("Донецької", "Курської").
  func hasObliqueNameEnding(_ word: String) -> Bool {
    obliqueNameEndings.contains { word.count > $0.count + 1 && word.hasSuffix($0) }
  }

  /// The elided articles ("l'", "l’") and complementizers ("qu'") without their apostrophe
  /// ("l", "qu"), folded, as bytes; empty for most languages. A complementizer cut off a name
  /// ("qu’Israël") opens the reported clause there.
  let elisionBytes: [[UInt8]]
  /// Where nouns compound (German), the organization words a compound may end in, folded, as
  /// UTF-8 ("kommando" heads "südkommando"); empty elsewhere.
  let organizationHeads: [[UInt8]]
  /// The folded instrument nouns ("vertrag", "treaty"), as compounds end in them ("hafen-vertrag").
  let instrumentNounBytes: [[UInt8]]
  /// Every reporting verb form, folded: for the rare look-ups outside a paragraph's words.
  let verbForms: Set<String>
  /// Verb forms (by word id) that are plural, from the lexicon's plural endings.
  private let plural: Set<Int32>
  /// Verb forms (by word id) that are neuter, from the lexicon's neuter endings.
  private let neuter: Set<Int32>
  /// Verb forms (by word id) that are progressive, from the lexicon's progressive endings.
  private let progressive: Set<Int32>
  /// Nouns (by word id) for an unnamed group.
  private let groupNouns: Set<Int32>
  /// What the lexicon knows about each folded word it knows (by the ids of `wordTable`).
  let words: [WordInfo]
  /// Which lists have each word, and its month, one integer per word: the hot loops ask these
  /// questions of every token, and reading an integer costs no reference counting.
  let flags: [WordFlags]

  /// Every folded word the lexicon knows, by UTF-8 bytes: a word's table id is its index in
  /// `words`.
  let wordTable: TokenTable
  /// Turns most unknown words away before `wordTable` is probed.
  let wordFilter: TokenTable.Filter
  /// A bit per BMP code point that opens or closes a quotation: most scalars are rejected
  /// without a dictionary lookup.
  let markBits: [UInt64]
  /// Per byte: whether some quotation mark's UTF-8 starts with it (the scan of a paragraph
  /// steps over every other byte without decoding it). Of the ASCII marks only '"' is kept:
  /// an apostrophe is far more often a letter's than a quotation's.
  let markLeads: [Bool]
  /// The bytes of `markLeads` that may start a mark, when there are at most four of them (the
  /// quotation marks of one language start with a handful); else empty.
  let markLeadWords: [UInt8]

  /// The id of the folded word in `bytes`, or -1 when the lexicon does not know it.
  func id(of bytes: [UInt8]) -> Int32 {
    wordTable.find(bytes).map { Int32(truncatingIfNeeded: $0) } ?? -1
  }

  /// `id(of:)` with the bytes' `TokenTable.hash(_:)` already computed.
  @inline(__always)
  func id(of bytes: ArraySlice<UInt8>, hash: UInt64) -> Int32 {
    guard wordFilter.mayContain(hash) else { return -1 }
    return wordTable.find(bytes, hash: hash).map { Int32(truncatingIfNeeded: $0) } ?? -1
  }

  /// Whether `value` may open or close a quotation.
  @inline(__always)
  func isMark(_ value: UInt32) -> Bool {
    value < 0x10000 ? markBits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 : openers[value] != nil
  }

  @inline(__always)
  func info(_ id: Int32) -> WordInfo? { id >= 0 ? words[Int(id)] : nil }

  /// The flags of word `id` (none for -1, a word the lexicon does not know).
  @inline(__always)
  func flags(_ id: Int32) -> WordFlags { id >= 0 ? flags[Int(id)] : WordFlags() }

  /// Whether word `id` is a plural reporting verb form, or the plural first word of a speech act.
  func isPlural(_ id: Int32) -> Bool { plural.contains(id) }
  /// Whether word `id` is a neuter reporting verb form ("сообщило"), or the neuter first word of a speech act.
  func isNeuter(_ id: Int32) -> Bool { neuter.contains(id) }
  /// Whether word `id` is a progressive reporting verb form ("saying", "complaining"): after a
  /// form of "to be" it is active.
  func isProgressive(_ id: Int32) -> Bool { progressive.contains(id) }
  /// Whether word `id` is a noun for an unnamed group ("officials", "residents").
  func isGroupNoun(_ id: Int32) -> Bool { groupNouns.contains(id) }

  /// Whether word `id` is a reporting verb form.
  @inline(__always)
  func isVerb(_ id: Int32) -> Bool { flags(id).contains(.verb) }

  /// - Parameter months: the language's month names (`datelines.yaml`), for dates in statements.
  init(_ lexicon: AttributionLexicon, months: [DatelineRules.Month] = []) {
    language = lexicon.language
    var openers: [UInt32: Set<UInt32>] = [:]
    for pair in lexicon.quotes {
      guard let open = pair.open.unicodeScalars.first?.value else { continue }
      openers[open, default: []].formUnion(pair.close.compactMap { $0.unicodeScalars.first?.value })
    }
    self.openers = openers
    var markBits = [UInt64](repeating: 0, count: 0x10000 / 64)
    for (open, closes) in openers {
      for value in closes.union([open]) where value < 0x10000 {
        markBits[Int(value >> 6)] |= 1 << UInt64(value & 63)
      }
    }
    self.markBits = markBits
    var markLeads = [Bool](repeating: false, count: 256)
    for (open, closes) in openers {
      for value in closes.union([open]) {
        guard let scalar = Unicode.Scalar(value) else { continue }
        if let lead = String(scalar).utf8.first, lead >= 0x80 || lead == UInt8(ascii: "\"") { markLeads[Int(lead)] = true }
      }
    }
    self.markLeads = markLeads
    let leadBytes = (0..<256).filter { markLeads[$0] }.map { UInt8($0) }
    markLeadWords = leadBytes.count <= 4 ? leadBytes : []
    var verbs: [String: String] = [:]
    // Separable verbs' finite forms → (particle, lemma), folded.
    var separable: [String: [(particle: String, lemma: String)]] = [:]
    for verb in lexicon.verbs {
      if let particle = verb.particle {
        for form in verb.forms { separable[TextFold.fold(form), default: []].append((TextFold.fold(particle), verb.lemma)) }
        continue
      }
      for form in verb.forms { verbs[TextFold.fold(form)] = verb.lemma }
    }
    verbForms = Set(verbs.keys)
    var phrases: [String: [Phrase]] = [:]
    func add(_ form: String, _ kind: PhraseKind) {
      let words = TextFold.fold(form).split(separator: " ").map(String.init)
      guard let first = words.first else { return }
      phrases[first, default: []].append(Phrase(words: words, ids: [], kind: kind))
    }
    for cue in lexicon.cues { add(cue.form, cue.relay == true ? .relay : .cue) }
    // The first words of the speech acts, which may be plural forms ("выступили с заявлением").
    var speechActHeads: Set<String> = []
    for act in lexicon.speechActs {
      for form in act.forms {
        add(form, .speechAct(act.lemma))
        if let head = TextFold.fold(form).split(separator: " ").first { speechActHeads.insert(String(head)) }
      }
    }
    for word in lexicon.complementizers { add(word, .complementizer) }
    for document in lexicon.documents { add(document, .document) }
    for phrase in lexicon.insertedPhrases { add(phrase, .inserted) }
    for phrase in lexicon.throughPhrases { add(phrase, .through) }
    var referents: [AttributionLexicon.Referent] = []
    for pronoun in lexicon.pronouns {
      add(pronoun.form, .pronoun(referents.count))
      referents.append(pronoun)
    }
    for role in lexicon.roles {
      add(role.form, .role(referents.count))
      referents.append(role)
    }
    // Longest phrases first, so "the ICRC president" wins over "the".
    for key in phrases.keys { phrases[key]?.sort { $0.words.count > $1.words.count } }
    self.referents = referents
    firstRole = lexicon.pronouns.count
    dropsSubject = lexicon.dropsSubject
    capitalizesNouns = lexicon.capitalizesNouns
    lowercasePersons = lexicon.lowercasePersons
    invertsSubject = lexicon.invertsSubject
    invertsOnlyInIncises = lexicon.invertsOnlyInIncises
    negatesBeforeVerb = lexicon.negatesBeforeVerb
    possessiveEndingBytes = lexicon.possessiveEndings.map { Array(TextFold.fold($0).utf8) }.filter { !$0.isEmpty }
    obliqueNameEndings = lexicon.obliqueNameEndings.map { TextFold.fold($0) }.filter { !$0.isEmpty }
    let elided = lexicon.elisions + lexicon.complementizers.filter { $0.hasSuffix("'") || $0.hasSuffix("’") }
    elisionBytes = Set(elided.map { TextFold.fold($0).filter { $0 != "'" && $0 != "’" } }).sorted()
      .map { Array($0.utf8) }.filter { !$0.isEmpty }
    let titles = Set(lexicon.titles.map { TextFold.fold($0) })
    let organizationWords = Set(lexicon.organizationWords.map { TextFold.fold($0) })
    instrumentNounBytes = lexicon.instrumentNouns.map { Array(TextFold.fold($0).utf8) }.filter { !$0.isEmpty }
    organizationHeads = lexicon.capitalizesNouns ? organizationWords.sorted().map { Array($0.utf8) }.filter { $0.count >= 4 } : []
    let stopwords = Set(lexicon.stopwords.map { TextFold.fold($0) })
    let resumptives = Set(lexicon.resumptives.map { TextFold.fold($0) })
    let prepositions = Set(lexicon.prepositions.map { TextFold.fold($0) })
    // Every word of a listed name ("Sky News" gives "sky" and "news"): a name speaks unless
    // all its words are listed.
    let media = Set(lexicon.media.flatMap { TextFold.fold($0).split(separator: " ").map(String.init) })
    let negations = Set(lexicon.negations.map { TextFold.fold($0) })
    let determiners = Set(lexicon.determiners.map { TextFold.fold($0) })
    let demonstratives = Set(lexicon.demonstratives.map { TextFold.fold($0) })
    let titleLinks = Set(lexicon.titleLinks.map { TextFold.fold($0) })
    let agents = Set(lexicon.agentPrepositions.map { TextFold.fold($0) })
    let sources = Set(lexicon.sourcePrepositions.map { TextFold.fold($0) })
    let conjunctions = Set(lexicon.conjunctions.map { TextFold.fold($0) })
    let adjuncts = Set(lexicon.verbAdjuncts.map { TextFold.fold($0) })
    let mediaNouns = Set(lexicon.mediaNouns.map { TextFold.fold($0) })
    let auxiliaries = Set(lexicon.activeAuxiliaries.map { TextFold.fold($0) })
    let relatives = Set(lexicon.relativePronouns.map { TextFold.fold($0) })
    let asOpeners = Set(lexicon.asClauseOpeners.map { TextFold.fold($0) })
    let particles = Set(lexicon.nameParticles.map { TextFold.fold($0) })
    let obliqueDeterminers = Set(lexicon.obliqueDeterminers.map { TextFold.fold($0) })
    let instrumentNouns = Set(lexicon.instrumentNouns.map { TextFold.fold($0) })
    let passives = Set(lexicon.passiveAuxiliaries.map { TextFold.fold($0) })
    let groups = Set(lexicon.groupNouns.map { TextFold.fold($0) })
    let nonSpeakers = media.union(lexicon.nonSpeakers.flatMap { TextFold.fold($0).split(separator: " ").map(String.init) })
    // Month forms as the word scanner cuts them: "Jan." is the word "jan".
    var monthForms: [String: Int] = [:]
    for month in months {
      for form in month.forms {
        var folded = TextFold.fold(form)
        while folded.hasSuffix(".") { folded.removeLast() }
        guard !folded.isEmpty, !folded.contains(" ") else { continue }
        monthForms[folded] = month.number
      }
    }
    // Word ids, in a stable order (sorted words), for every word any table mentions.
    var all = Set(verbs.keys).union(titles).union(organizationWords).union(stopwords).union(resumptives).union(prepositions)
      .union(nonSpeakers).union(negations).union(determiners).union(demonstratives).union(titleLinks).union(monthForms.keys)
      .union(agents).union(sources).union(conjunctions).union(adjuncts).union(mediaNouns).union(auxiliaries).union(relatives).union(asOpeners).union(particles).union(obliqueDeterminers).union(instrumentNouns).union(passives).union(groups).union(separable.keys).union(separable.values.flatMap { $0.map(\.particle) })
    for list in phrases.values { for phrase in list { all.formUnion(phrase.words) } }
    var wordIDs: [String: Int32] = [:]
    var wordTable = TokenTable(capacity: all.count)
    for word in all.sorted() where wordIDs[word] == nil {
      wordIDs[word] = Int32(wordIDs.count)
      _ = wordTable.id(of: Array(word.utf8))
    }
    self.wordTable = wordTable
    wordFilter = wordTable.filter()
    var words = [WordInfo](repeating: WordInfo(), count: wordIDs.count)
    var flags = [WordFlags](repeating: [], count: wordIDs.count)
    for (word, id) in wordIDs {
      let index = Int(id)
      words[index].lemma = verbs[word]
      var bits = WordFlags(month: monthForms[word] ?? 0)
      if verbs[word] != nil { bits.insert(.verb) }
      if titles.contains(word) { bits.insert(.title) }
      if organizationWords.contains(word) { bits.insert(.organization) }
      if stopwords.contains(word) { bits.insert(.stopword) }
      if resumptives.contains(word) { bits.insert(.resumptive) }
      if prepositions.contains(word) { bits.insert(.preposition) }
      if nonSpeakers.contains(word) { bits.insert(.nonSpeaker) }
      if media.contains(word) { bits.insert(.medium) }
      if negations.contains(word) { bits.insert(.negation) }
      if determiners.contains(word) { bits.insert(.determiner) }
      if demonstratives.contains(word) { bits.insert(.demonstrative) }
      if titleLinks.contains(word) { bits.insert(.titleLink) }
      if agents.contains(word) { bits.insert(.agent) }
      if sources.contains(word) { bits.insert(.sourcePreposition) }
      if conjunctions.contains(word) { bits.insert(.conjunction) }
      if adjuncts.contains(word) { bits.insert(.adjunct) }
      if mediaNouns.contains(word) { bits.insert(.mediaNoun) }
      if auxiliaries.contains(word) { bits.insert(.activeAuxiliary) }
      if relatives.contains(word) { bits.insert(.relativePronoun) }
      if asOpeners.contains(word) { bits.insert(.asClauseOpener) }
      if particles.contains(word) { bits.insert(.nameParticle) }
      if obliqueDeterminers.contains(word) { bits.insert(.obliqueDeterminer) }
      if instrumentNouns.contains(word) { bits.insert(.instrumentNoun) }
      if passives.contains(word) { bits.insert(.passiveAuxiliary) }
      if let list = separable[word] {
        bits.insert(.separable)
        words[index].particles = list.map { (wordIDs[$0.particle] ?? -1, $0.lemma) }
      }
      flags[index] = bits
    }
    for (first, list) in phrases {
      guard let id = wordIDs[first] else { continue }
      words[Int(id)].phrases = list.map { phrase in
        Phrase(words: phrase.words, ids: phrase.words.map { wordIDs[$0] ?? -1 }, kind: phrase.kind)
      }
      flags[Int(id)].insert(.startsPhrase)
      if list.contains(where: { $0.kind == .cue || $0.kind == .relay }) { flags[Int(id)].insert(.startsCue) }
      if list.contains(where: \.isSpeechAct) {
        flags[Int(id)].insert(.startsSpeechAct)
      }
    }
    self.words = words
    self.flags = flags
    // Reporting verb forms, and speech acts' first words, by an ending of theirs (folded).
    func verbIDs(endingIn endings: [String]) -> Set<Int32> {
      let folded = endings.map { TextFold.fold($0) }.filter { !$0.isEmpty }
      guard !folded.isEmpty else { return [] }
      return Set(wordIDs.compactMap { word, id in
        (verbs[word] != nil || speechActHeads.contains(word)) && folded.contains(where: { word.hasSuffix($0) }) ? id : nil
      })
    }
    self.plural = verbIDs(endingIn: lexicon.pluralEndings)
    self.neuter = verbIDs(endingIn: lexicon.neuterEndings)
    self.progressive = verbIDs(endingIn: lexicon.progressiveEndings)
    self.groupNouns = Set(groups.compactMap { wordIDs[$0] })
  }
}

/// What a lexicon says of a word, as bits: which lists have it, and its month.
struct WordFlags: OptionSet, Sendable {
  var rawValue: UInt32

  init(rawValue: UInt32) { self.rawValue = rawValue }

  /// No list, and month `month` (1…12, or 0 for none) in the top four bits.
  init(month: Int) { self.init(rawValue: UInt32(truncatingIfNeeded: month & 15) << 28) }

  static let verb = WordFlags(rawValue: 1)
  static let title = WordFlags(rawValue: 2)
  static let organization = WordFlags(rawValue: 4)
  static let stopword = WordFlags(rawValue: 8)
  static let startsPhrase = WordFlags(rawValue: 16)
  /// The word starts a cue or relay phrase ("according to", "as reported by").
  static let startsCue = WordFlags(rawValue: 32)
  /// The word opens a sentence that attributes the quote before it ("Lo ha detto X").
  static let resumptive = WordFlags(rawValue: 64)
  /// The word governs an oblique case: the name after it does not speak.
  static let preposition = WordFlags(rawValue: 128)
  /// The word never speaks on its own, nor does a name made only of such words.
  static let nonSpeaker = WordFlags(rawValue: 256)
  /// The word names a medium or an agency (also a non-speaker): a verb next to it is its.
  static let medium = WordFlags(rawValue: 512)
  /// The word negates ("not", "nicht"): a reporting verb right before it reports silence.
  static let negation = WordFlags(rawValue: 1024)
  /// The word is a determiner ("the", "a"): a verb form after it is a noun.
  static let determiner = WordFlags(rawValue: 2048)
  /// The word is a demonstrative that completes a prepositional phrase alone ("про це", "при
  /// этом"): a name after it is outside the phrase.
  static let demonstrative = WordFlags(rawValue: 4096)
  /// The word links a title to its complement ("of" in "the chief of the agency").
  static let titleLink = WordFlags(rawValue: 8192)
  /// A preposition that introduces a passive participle's agent ("by", "dal", "par").
  static let agent = WordFlags(rawValue: 16384)
  /// A separable verb's finite form ("stellte" of "klarstellen"): a verb when its particle
  /// closes the clause.
  static let separable = WordFlags(rawValue: 32768)
  /// A locative preposition whose name is the source of an impersonal plural only.
  static let sourcePreposition = WordFlags(rawValue: 65536)

  /// The word opens a speech act of several words ("made" of "made a statement").
  static let startsSpeechAct = WordFlags(rawValue: 131072)
  /// A conjunction that joins two names into one subject ("and", "и").
  static let conjunction = WordFlags(rawValue: 262144)
  /// An auxiliary or adverb that may stand between an appositive's closing comma and the verb.
  static let adjunct = WordFlags(rawValue: 524288)
  /// A common noun for a medium ("newspaper", "diario"): the name after it is that medium.
  static let mediaNoun = WordFlags(rawValue: 1_048_576)
  static let activeAuxiliary = WordFlags(rawValue: 2_097_152)
  static let relativePronoun = WordFlags(rawValue: 4_194_304)
  static let asClauseOpener = WordFlags(rawValue: 8_388_608)
  /// A lowercase particle inside a personal name ("von", "van", "der" where no article).
  static let nameParticle = WordFlags(rawValue: 16_777_216)
  /// A determiner of an oblique case only ("des", "dem"): its noun phrase is no subject.
  static let obliqueDeterminer = WordFlags(rawValue: 33_554_432)
  /// A common noun for an instrument ("treaty", "договор"): the name after it is the instrument's.
  static let instrumentNoun = WordFlags(rawValue: 67_108_864)
  /// A form of "to be" that makes the participle after it passive ("were described as").
  static let passiveAuxiliary = WordFlags(rawValue: 134_217_728)

  /// Whether the word is in none of the lists (its month bits aside): an ordinary word.
  var inNoList: Bool { rawValue & 0x0FFF_FFFF == 0 }

  /// 1…12 when the word names a month, else 0.
  var month: Int { Int(rawValue >> 28) }
}
