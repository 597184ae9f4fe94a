import ParallaxICU

/// A person pronoun that opens its sentence's references ("He added …", "Она подчеркнула …")
/// means the person who is the subject of the sentence before, when that is unambiguous.
extension ExtractionRun {
  /// What the sentence before a pronoun says it means.
  enum PreviousSubject {
    /// The one person the sentence before is about: its first person named.
    case person(Mention)
    /// The sentence before names its subject ambiguously for this pronoun: two people joined
    /// into one subject ("Putin and Lukashenko spoke …"), or a person of the other gender.
    case unresolved
    /// The sentence before names no person, or the pronoun's own sentence names one before it:
    /// the usual look-up (the last speaker, then the salient name) decides.
    case undecided
  }

  /// The subject of the sentence before the one holding word `first` of `view`, for a person
  /// pronoun or role noun `referent`, among the mentions that `fits` accepts.
  ///
  /// The subject is the first fitting person mention of that sentence, a person the registry
  /// knows (else the usual look-up decides). When the pronoun's own sentence names a person
  /// before it, that sentence's subject is meant instead (`ownSubject`). It is no antecedent
  /// when a conjunction joins it to a second person ("X and Y"), or when the registry gives it
  /// the other gender than the pronoun's.
  func previousSubject(
    of referent: AttributionLexicon.Referent, at first: Int, view: TokenView, lexicon: CompiledLexicon,
    fits: (Mention) -> Bool
  ) -> PreviousSubject {
    let offset = view.words[first].range.lowerBound
    guard let index = sentenceIndex(containing: offset) else { return .undecided }
    let own = sentences[index].range
    let previous = index > 0 ? sentences[index - 1].range : own.lowerBound..<own.lowerBound
    // A pronoun right after a quotation of several sentences ("X a dénoncé … «…. Et …», a-t-il
    // écrit") belongs to the sentence where the quotation opens; the quotations' words are
    // not that sentence's subject.
    let quotes = statementQuotes(containing: index)
    let opening = quotes.last { $0.end <= offset }.map(\.open).flatMap { $0 < own.lowerBound ? sentenceIndex(containing: $0) : nil }
    let whole = (opening.map { sentences[$0].range.lowerBound } ?? own.lowerBound)..<own.upperBound
    // The mentions from the previous sentence's start up to the pronoun, in order.
    var low = 0
    var high = state.mentions.count
    let from = min(previous.lowerBound, whole.lowerBound)
    while low < high {
      let mid = (low + high) / 2
      if state.mentions[mid].position < from { low = mid + 1 } else { high = mid }
    }
    var people: [Mention] = []
    var subjects: [Mention] = []
    var namedInOwn = false
    var k = low
    while k < state.mentions.count, state.mentions[k].position < offset {
      let mention = state.mentions[k]
      k += 1
      // A place the sentence names ("министр обороны РФ X") is no person a pronoun means.
      guard fits(mention), !Self.isPlace(mention) else { continue }
      if whole.contains(mention.position), !quotes.contains(where: { ($0.open..<$0.end).contains(mention.position) }) {
        subjects.append(mention)
      }
      if own.contains(mention.position) {
        namedInOwn = true
      } else if previous.contains(mention.position) {
        people.append(mention)
      }
    }
    if !subjects.isEmpty {
      let meant = ownSubject(subjects, of: referent, in: whole, lexicon: lexicon)
      if case .undecided = meant {} else { return meant }
    }
    // A person named earlier in the pronoun's own sentence: that one is nearer.
    if namedInOwn { return .undecided }
    // Only a person the registry knows: an unknown run of capitalized words in the sentence
    // before is as often a body in an oblique case ("Збройних Сил", "Каховской ГЭС").
    guard let subject = people.first, subject.entity?.hasKind("person") == true else { return .undecided }
    return agreeing(people, with: referent, lexicon: lexicon)
  }

  /// The first of `people` as what `referent` means, unless a conjunction joins it to the
  /// second ("X and Y") or the registry gives it the other gender: then `.unresolved`.
  func agreeing(_ people: [Mention], with referent: AttributionLexicon.Referent, lexicon: CompiledLexicon) -> PreviousSubject {
    let subject = people[0]
    if people.count > 1, joined(subject, people[1], lexicon: lexicon) { return .unresolved }
    if let gender = referent.gender, let entity = subject.entity, let known = extractor.gender(of: entity), known != gender {
      return .unresolved
    }
    return .person(subject)
  }

  /// The quotations of the statement that holds sentence `sentence` (none when no statement
  /// does).
  func statementQuotes(containing sentence: Int) -> [QuoteRaw] {
    // The statements are in text order: the last one opening at or before the sentence.
    var low = 0
    var high = state.units.count
    while low < high {
      let mid = (low + high) / 2
      if (state.units[mid].sentences.first ?? Int.max) <= sentence { low = mid + 1 } else { high = mid }
    }
    guard low > 0, state.units[low - 1].sentences.contains(sentence) else { return [] }
    return state.units[low - 1].quotes
  }

  /// The person a pronoun means among `people`, the fitting mentions of its own sentence
  /// before it (`sentence`): the sentence's subject, its first person mention, when that opens
  /// the sentence ("Le président ukrainien X a dénoncé un « mal » … «…», a-t-il écrit": only
  /// title words before it, no punctuation, and no comma right after it) and the registry
  /// knows it as a person; else the usual look-up decides ("After meeting X, he said …").
  func ownSubject(
    _ people: [Mention], of referent: AttributionLexicon.Referent, in sentence: Range<Int>, lexicon: CompiledLexicon
  ) -> PreviousSubject {
    let subject = people[0]
    guard subject.entity?.hasKind("person") == true, !subject.oblique, subject.position >= sentence.lowerBound,
      subject.position - sentence.lowerBound <= Self.ownSubjectReach,
      subject.name.paragraph >= 0, subject.name.paragraph < state.views.count,
      let view = state.views[subject.name.paragraph], subject.name.last < view.words.count
    else { return .undecided }
    let opening = String(decoding: bytes[sentence.lowerBound..<subject.position], as: UTF8.self)
    guard !opening.unicodeScalars.contains(where: Self.breaksOpening) else { return .undecided }
    guard !commaFollows(view.words, subject.name.last) else { return .undecided }
    return agreeing(people, with: referent, lexicon: lexicon)
  }

  /// Whether `scalar` is punctuation that ends an opening phrase before a subject (a comma,
  /// a colon, a quotation mark, a bracket, a dash); the apostrophes and hyphens inside title
  /// words ("de l’Ukraine", "vice-président") are not.
  static func breaksOpening(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == "-" || scalar == "'" || scalar == "\u{2019}" { return false }
    switch scalar.properties.generalCategory {
    case .otherPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .dashPunctuation,
      .connectorPunctuation:
      return true
    default: return false
    }
  }

  /// The most bytes of title words before the subject that opens a pronoun's own sentence.
  static let ownSubjectReach = 80

  /// Whether only a name's words and a conjunction lie between mention `first` and the next
  /// one, `second` ("Vladimir Putin and Alexander Lukashenko"): one subject of two people.
  func joined(_ first: Mention, _ second: Mention, lexicon: CompiledLexicon) -> Bool {
    guard first.position >= 0, second.position > first.position, second.position - first.position <= 120 else { return false }
    let gap = String(decoding: bytes[first.position..<second.position], as: UTF8.self)
    // Punctuation ends the subject ("Putin, who met Lukashenko, …").
    guard !gap.contains(where: { $0 == "," || $0 == "." || $0 == ";" || $0 == ":" || $0 == "(" }) else { return false }
    let words = gap.split(separator: " ")
    guard let last = words.last, words.count <= 5 else { return false }
    let folded = Array(TextFold.fold(String(last)).utf8)
    let id = lexicon.id(of: folded)
    return lexicon.flags(id).contains(.conjunction)
  }
}
