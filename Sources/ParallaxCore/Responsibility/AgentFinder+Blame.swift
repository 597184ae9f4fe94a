/// The readings of the sides' forms that find the agent where blame is laid: the accused, the
/// one held responsible, the one standing behind an action, the cause.
extension AgentFinder.SideReading {
  /// The accused: the first agent a few words after a word of accusing, after a preposition
  /// too ("acusó al ejército ucraniano", "blamed the attack on Russia"). Articles and
  /// prepositions (`links`) do not count towards the window ("a imputé l'attaque de la banlieue
  /// de la ville à l'armée ukrainienne").
  func accused(after accusation: Int) -> (entity: EntityID, range: Range<Int>)? {
    var (next, counted) = (accusation + 1, 0)
    while next < words.count, counted < AgentFinder.accusedWindow {
      if let mention = namedAt[next] { return mention }
      if !cues.links.contains(words[next]) { counted += 1 }
      next += 1
    }
    return nil
  }

  /// The accused after a word of accusing.
  func accusedClaim() -> AgentClaim? {
    for accusation in accusing.sorted() {
      if var mention = accused(after: accusation) {
        // Two agents back to back (articles between): the first is the accuser put after its
        // verb, the second the accused ("warf die Ukraine Russland … vor").
        var next = mention.range.upperBound
        while next < words.count, cues.links.contains(words[next]), tokens[next].clause == tokens[mention.range.lowerBound].clause { next += 1 }
        if let second = namedAt[next], tokens[next].clause == tokens[mention.range.lowerBound].clause { mention = second }
        return AgentClaim(kind: .accused, entity: mention.entity, evidence: phrase(accusation..<mention.range.upperBound))
      }
    }
    return nil
  }

  /// The one held responsible: the agent nearest to a word of responsibility in its clause,
  /// before it ("los rusos serán responsables") or after it ("los responsables son Kiev").
  /// After the word, in its complement, articles and prepositions are not counted ("la
  /// responsabilité des dégâts à la retombée d'un système de défense aérienne ukrainien");
  /// before it, the subject is near ("los rusos serán responsables").
  func heldResponsible(near word: Int) -> AgentClaim? {
    var near: (entity: EntityID, range: Range<Int>)?
    var (before, after, counted) = (word, word, 0)
    while near == nil, counted < AgentFinder.accusedWindow, before > 0 || after < words.count - 1 {
      counted += 1
      before -= 1
      after += 1
      while after < words.count, cues.links.contains(words[after]) { after += 1 }
      for mention in [before >= 0 ? namedEndingAt[before + 1] : nil, after < words.count ? namedAt[after] : nil].compactMap({ $0 })
      where near == nil && tokens[mention.range.lowerBound].clause == tokens[word].clause {
        near = mention
      }
    }
    guard let mention = near else { return nil }
    let range = min(word, mention.range.lowerBound)..<max(word + 1, mention.range.upperBound)
    return AgentClaim(kind: .accused, entity: mention.entity, evidence: phrase(range))
  }

  /// The one held responsible near a word of responsibility or blame.
  func responsibleClaim() -> AgentClaim? {
    for word in words.indices where !mutualClauses.contains(tokens[word].clause)
      && (cues.responsible.contains(where: { words[word].hasPrefix($0) }) || cues.blame.contains(words[word]))
    {
      if let claim = heldResponsible(near: word) { return claim }
    }
    return nil
  }

  /// The one who must answer for the harm: the side's form nearest before a phrase of answering
  /// (`answering`), in its clause or an earlier one, that no by- or target phrase governs and no
  /// oblique case marks: the phrase's subject ("Russia, he said, bears full responsibility";
  /// "Russland werde für das Leben von Ukrainern … geradestehen müssen").
  func answeringClaim() -> AgentClaim? {
    for answer in answerings {
      let subject = candidates.last { mention in
        mention.range.upperBound <= answer.lowerBound && phraseBefore(mention.range.lowerBound, cues.by) == nil
          && phraseBefore(mention.range.lowerBound, cues.targets) == nil && !AgentFinder.isOblique(words[mention.range.lowerBound], cues.oblique)
      }
      if let subject { return AgentClaim(kind: .accused, entity: subject.entity, evidence: "\(phrase(subject.range)) … \(phrase(answer))") }
    }
    return nil
  }

  /// Standing behind an action ("za atakiem, który …, stoją Rosjanie"; "Russia is behind the
  /// attack"): held responsible is the agent nearest to the verb of standing, or to the
  /// preposition where the language needs no such verb.
  func behindClaim() -> AgentClaim? {
    for (word, _) in cuesBeforeAction(cues.behind) {
      let anchors = cues.standing.isEmpty ? [word] : words.indices.filter { index in cues.standing.contains { words[index].hasPrefix($0) } }
      for anchor in anchors { if let claim = heldResponsible(near: anchor) { return claim } }
    }
    return nil
  }

  /// The cause: the first agent a few words after a word of causing, articles not counted. In
  /// that complement a preposition names no target ("the result of the work of Ukraine's air
  /// defence", "le résultat du travail de la défense antiaérienne ukrainienne"): an action word
  /// ends it before a target could follow ("the result of strikes on Kyiv").
  func causeClaim() -> AgentClaim? {
    for word in words.indices where cues.causes.contains(where: { words[word].hasPrefix($0) }) {
      var next = word + 1
      var counted = 0
      while next < words.count, counted < AgentFinder.accusedWindow, tokens[next].clause == tokens[word].clause, !isEvent.contains(next) || next == word + 1 {
        if let mention = candidateAt[next] ?? (pretexted.contains(next) ? nil : namedAt[next]) {
          return AgentClaim(kind: .byPhrase, entity: mention.entity, evidence: phrase(word..<mention.range.upperBound))
        }
        if !cues.links.contains(words[next]) { counted += 1 }
        next += 1
      }
    }
    return nil
  }
}
