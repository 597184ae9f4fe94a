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
  /// knows (else the usual look-up decides). It is no antecedent
  /// when a conjunction joins it to a second person ("X and Y"), or when the registry gives it
  /// the other gender than the pronoun's.
  func previousSubject(
    of referent: AttributionLexicon.Referent, at first: Int, view: TokenView, lexicon: CompiledLexicon,
    fits: (Mention) -> Bool
  ) -> PreviousSubject {
    let offset = view.words[first].range.lowerBound
    guard let index = sentenceIndex(containing: offset), index > 0 else { return .undecided }
    let own = sentences[index].range
    let previous = sentences[index - 1].range
    // The mentions from the previous sentence's start up to the pronoun, in order.
    var low = 0
    var high = state.mentions.count
    while low < high {
      let mid = (low + high) / 2
      if state.mentions[mid].position < previous.lowerBound { low = mid + 1 } else { high = mid }
    }
    var people: [Mention] = []
    var k = low
    while k < state.mentions.count, state.mentions[k].position < offset {
      let mention = state.mentions[k]
      k += 1
      // A place the sentence names ("министр обороны РФ X") is no person a pronoun means.
      guard fits(mention), !Self.isPlace(mention) else { continue }
      // A person named earlier in the pronoun's own sentence: that one is nearer.
      if own.contains(mention.position) { return .undecided }
      if previous.contains(mention.position) { people.append(mention) }
    }
    // Only a person the registry knows: an unknown run of capitalized words in the sentence
    // before is as often a body in an oblique case ("Збройних Сил", "Каховской ГЭС").
    guard let subject = people.first, subject.entity?.hasKind("person") == true else { return .undecided }
    if people.count > 1, joined(subject, people[1], lexicon: lexicon) { return .unresolved }
    if let gender = referent.gender, let entity = subject.entity, let known = extractor.gender(of: entity), known != gender {
      return .unresolved
    }
    return .person(subject)
  }

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
