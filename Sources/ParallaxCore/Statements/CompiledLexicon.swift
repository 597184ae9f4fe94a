/// An `AttributionLexicon` prepared for matching folded words.
struct CompiledLexicon: Sendable {
  enum PhraseKind: Sendable, Hashable {
    case cue, relay, complementizer, document
    case pronoun(Int)
    case role(Int)
  }

  struct Phrase: Sendable {
    var words: [String]
    var kind: PhraseKind
  }

  let language: LocaleID
  /// Opening mark → its closing marks.
  let openers: [UInt32: Set<UInt32>]
  let verbs: [String: String]
  let phrases: [String: [Phrase]]
  let referents: [AttributionLexicon.Referent]
  let titles: Set<String>
  let organizationWords: Set<String>
  let stopwords: Set<String>

  init(_ lexicon: AttributionLexicon) {
    language = lexicon.language
    var openers: [UInt32: Set<UInt32>] = [:]
    for pair in lexicon.quotes {
      guard let open = pair.open.unicodeScalars.first?.value else { continue }
      openers[open, default: []].formUnion(pair.close.compactMap { $0.unicodeScalars.first?.value })
    }
    self.openers = openers
    var verbs: [String: String] = [:]
    for verb in lexicon.verbs {
      for form in verb.forms { verbs[TextFold.fold(form)] = verb.lemma }
    }
    self.verbs = verbs
    var phrases: [String: [Phrase]] = [:]
    func add(_ form: String, _ kind: PhraseKind) {
      let words = TextFold.fold(form).split(separator: " ").map(String.init)
      guard let first = words.first else { return }
      phrases[first, default: []].append(Phrase(words: words, kind: kind))
    }
    for cue in lexicon.cues { add(cue.form, cue.relay == true ? .relay : .cue) }
    for word in lexicon.complementizers { add(word, .complementizer) }
    for document in lexicon.documents { add(document, .document) }
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
    self.phrases = phrases
    self.referents = referents
    titles = Set(lexicon.titles.map { TextFold.fold($0) })
    organizationWords = Set(lexicon.organizationWords.map { TextFold.fold($0) })
    stopwords = Set(lexicon.stopwords.map { TextFold.fold($0) })
  }
}
