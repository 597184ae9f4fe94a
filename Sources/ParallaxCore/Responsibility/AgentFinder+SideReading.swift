/// The state the readings of the sides' forms share: a statement's words, its action words,
/// the mentions of the sides' forms that may be agents, and where each is; worked out once per
/// statement about harm (`AgentFinder.sideClaim`).
extension AgentFinder {
  /// One statement as the readings of the sides' forms see it.
  struct SideReading {
    let cues: Prepared
    let tokens: [Token]
    let surface: [String]
    let elided: [String?]
    let words: [String]
    let events: [Int]
    let isEvent: Set<Int>
    let firstHarm: Int
    let covered: Set<Int>
    let mutualClauses: Set<Int>
    let firstMutual: Range<Int>?
    let passives: [Int]
    let harm: Set<Int>
    let harmClauses: Set<Int>
    let accusing: Set<Int>
    let speaking: Set<Int>
    let named: [Mention]
    let pretexted: Set<Int>
    let candidates: [Mention]
    let starts: Set<Int>
    let candidateAt: [Int: Mention]
    let namedAt: [Int: Mention]
    let namedEndingAt: [Int: Mention]
    let clauseRanges: [Int: Range<Int>]
    let weak: Set<Int>
    let strong: [Mention]
    let denying: [Int]
    /// The phrases of answering for harm (`answering`), in order.
    let answerings: [Range<Int>]

    /// The statement's words, or nil when it has no action word and no word of blame.
    init?(_ read: ReadWords, _ cues: Prepared) {
      let tokens = read.tokens
      let surface = tokens.map(\.text)
      // A word after an elided article or preposition ("l'armée", "d'avoir", "dell'attacco") is
      // matched without it; a possessive ("Kyiv's") keeps its word.
      // The elided word is kept apart: "qu'a lancé" opens a relative clause.
      let elided = read.facts.map(\.elided)
      let words = read.facts.map(\.word)
      // An action with a negative determiner before it is none ("keinerlei Luftangriffe").
      let actions = words.indices.filter { index in
        guard read.facts[index].isAction else { return false }
        var previous = index - 1
        while previous >= 0, cues.links.contains(words[previous]) { previous -= 1 }
        return previous < 0 || !cues.negations.contains(words[previous])
      }
      // An object pronoun right before a verb of launching, committing or carrying out stands for
      // the nearest action word before it, so the verb is that action ("l'occupant confirme
      // l'attaque, mais dit que Kiev vient de l'exécuter").
      let resumed = cues.clitics.isEmpty ? [] : words.indices.filter { index in
        guard let first = actions.first, first < index, !read.facts[index].isAction, AgentFinder.isLaunching(words[index], cues) else { return false }
        return elided[index].map(cues.clitics.contains) == true || (index > 0 && elided[index - 1] == nil && cues.clitics.contains(words[index - 1]))
      }
      let events = resumed.isEmpty ? actions : (actions + resumed).sorted()
      // A word of blame makes a statement about harm without a harm word ("gab russischen Truppen
      // die Schuld").
      let blaming = words.indices.filter { read.facts[$0].isBlame }
      // So does a phrase of answering for harm ("Russia will have to answer for the lives taken").
      let answerings = read.facts.contains(where: \.mayAnswer) ? cues.phases.answerings(in: words, tokens: tokens, links: cues.links) : []
      guard let firstHarm = events.first ?? blaming.first ?? answerings.first?.lowerBound else { return nil }
      let isEvent = Set(events)
      // Every mention of an agent's form: (entity, range), longest form first at a position.
      var mentions = AgentFinder.agentMentions(in: words, cues: cues)
      // The words of agents' forms: a phrase is never separated from its word by one.
      let covered = Set(mentions.flatMap { Array($0.range) })
      func phraseBefore(_ index: Int, _ phrases: [[String]]) -> Int? {
        AgentFinder.phraseStart(before: index, phrases, words: words, tokens: tokens, events: isEvent, covered: covered, cues: cues)
      }
      // Mutual action or blame ("Kiew und Moskau wiesen sich gegenseitig die Schuld zu") names no
      // single side: no form in its clause is an agent, and no word of accusing there accuses.
      let (mutualClauses, firstMutual) = AgentFinder.mutual(cues.mutual, in: words, tokens: tokens)
      mentions.removeAll { mutualClauses.contains(tokens[$0.range.lowerBound].clause) }
      let passives = words.indices.filter { cues.passive.contains(words[$0]) }
      // The clauses that speak of harm: a by-phrase elsewhere ("occupé par Moscou") names no agent.
      let harm = Set(events + passives)
      let harmClauses = Set(harm.map { tokens[$0].clause })
      // A word of accusing right after a word of purpose is a pretext, no accusation ("чтобы
      // обвинить Киев").
      // A phrase of accusing accuses by its last word ("sur le compte").
      let phraseEnds = AgentFinder.phraseEnds(cues.accusationPhrases, in: words, tokens: tokens)
      let accusing = Set(words.indices.filter { index in
        !mutualClauses.contains(tokens[index].clause)
          && (cues.accusations.contains { words[index].hasPrefix($0) } || cues.blame.contains(words[index]) || phraseEnds.contains(index))
          && !(index > 0 && cues.purposes.contains(words[index - 1]))
      })
      let speaking = Set(words.indices.filter { index in cues.speech.contains { words[index].hasPrefix($0) } })
      mentions = AgentFinder.withEnemies(
        mentions, words: words, tokens: tokens, events: isEvent, speaking: speaking, pageSide: read.pageSide, cues: cues)
      // A form a participle of holding or appointing governs names no agent ("occupée par").
      func isHolder(_ range: Range<Int>) -> Bool {
        AgentFinder.isHolder(range, words: words, tokens: tokens, cues: cues) { phraseBefore($0, cues.by) }
      }
      // Mentions a source word follows in their clause ("Russian officials"; not "С-300 Украины –
      // МО РФ") or comes right before (articles aside: "МИД России", "il ministro degli Esteri
      // ucraino") are sources, never agents.
      func isSource(_ index: Int) -> Bool { cues.sources.contains(where: { words[index].hasPrefix($0) }) }
      var named = mentions.filter { mention in
        let after = mention.range.upperBound
        var before = mention.range.lowerBound - 1
        while before >= 0, cues.links.contains(words[before]), tokens[before].clause == tokens[mention.range.lowerBound].clause { before -= 1 }
        let sourceBefore = before >= 0 && tokens[before].clause == tokens[mention.range.lowerBound].clause && isSource(before)
        let sourceAfter = after < words.count && tokens[after].clause == tokens[mention.range.lowerBound].clause && isSource(after)
        return !sourceAfter && !sourceBefore && !isHolder(mention.range)
      }
      // A pronoun stands for the nearest agent before it that no target phrase governs and no
      // oblique case marks. A side whose action the statement denies ("Les forces russes ne bombardent pas les
      // immeubles, elles bombardent des cibles militaires") is no antecedent of blame: what the
      // pronoun after it does is the correction the denial offers, and it stands for no one.
      if !cues.pronouns.isEmpty {
        let eligible = named.filter { mention in
          phraseBefore(mention.range.lowerBound, cues.targets) == nil && !AgentFinder.isOblique(words[mention.range.lowerBound], cues.oblique)
        }
        for index in words.indices where cues.pronouns.contains(words[index]) && !covered.contains(index) {
          if let antecedent = AgentFinder.last(of: eligible, endingBy: index), !AgentFinder.deniesItsAction(antecedent.range, words: words, tokens: tokens, elided: elided, events: isEvent, cues: cues) {
            named.append((antecedent.entity, index..<(index + 1)))
          }
        }
        named.sort { $0.range.lowerBound < $1.range.lowerBound }
      }
      // The one a pretext would accuse is no agent either.
      let pretexted = AgentFinder.pretexted(in: words, cues: cues)
      // Nor is the side of a weapon aimed at ("tirés contre un missile russe"), nor one named in
      // a report a passive of denying denies ("reports that … were denied"), nor who reports in
      // the by-phrase of a passive of reporting ("fueron identificados por los especialistas").
      let aimed = AgentFinder.aimedAt(words: words, tokens: tokens, events: isEvent, mentions: mentions, cues: cues)
        .union(AgentFinder.deniedReports(words: words, tokens: tokens, mentions: mentions, cues: cues))
        .union(AgentFinder.passiveReporters(words: words, tokens: tokens, events: isEvent, speaking: speaking, mentions: mentions, cues: cues))
      // A target phrase that is the tail of a by-phrase ("the result *of*", "on the part *of*")
      // governs nothing: the by-phrase names the agent.
      func isTargeted(_ index: Int) -> Bool {
        guard let target = phraseBefore(index, cues.targets) else { return false }
        return phraseBefore(index, cues.by).map { $0 > target } ?? true
      }
      let candidates = named.filter { mention in
        let after = mention.range.upperBound
        guard !pretexted.contains(mention.range.lowerBound), !aimed.contains(mention.range.lowerBound) else { return false }
        guard isTargeted(mention.range.lowerBound) else { return true }
        // "bei dem ukrainischen Angriff", "w ukraińskim ostrzale": the form qualifies the action.
        return after < words.count && isEvent.contains(after)
      }
      let starts = Set(candidates.map(\.range.lowerBound))
      let candidateAt = Dictionary(candidates.map { ($0.range.lowerBound, $0) }, uniquingKeysWith: { first, _ in first })
      let namedAt = Dictionary(named.map { ($0.range.lowerBound, $0) }, uniquingKeysWith: { first, _ in first })
      let namedEndingAt = Dictionary(named.map { ($0.range.upperBound, $0) }, uniquingKeysWith: { first, _ in first })
      let clauseRanges = AgentFinder.clauseRanges(tokens)
      // A form that a target phrase puts before an action word qualifies that action ("bei dem
      // ukrainischen Angriff"); it is read after every other reading ("w ataku ukraińskim … w
      // Rosji zginęło": the attack is Ukrainian, Russia is where people died).
      let weak = Set(candidates.filter { isTargeted($0.range.lowerBound) }.map(\.range.lowerBound))
      let strong = candidates.filter { !weak.contains($0.range.lowerBound) }
      // A form after a word of denying in its clause is no subject: the statement denies what it
      // did ("Moscow denied allegations that Russian forces carried out a raid"); so is one in the
      // clause after, when a complementizer opens it ("Rosja zaprzeczyła, że rosyjskie wojsko").
      let denying = cues.denials.isEmpty ? [] : words.indices.filter { index in cues.denials.contains { words[index].hasPrefix($0) } }
      self.cues = cues
      self.tokens = tokens
      self.surface = surface
      self.elided = elided
      self.words = words
      self.events = events
      self.isEvent = isEvent
      self.firstHarm = firstHarm
      self.covered = covered
      self.mutualClauses = mutualClauses
      self.firstMutual = firstMutual
      self.passives = passives
      self.harm = harm
      self.harmClauses = harmClauses
      self.accusing = accusing
      self.speaking = speaking
      self.named = named
      self.pretexted = pretexted
      self.candidates = candidates
      self.starts = starts
      self.candidateAt = candidateAt
      self.namedAt = namedAt
      self.namedEndingAt = namedEndingAt
      self.clauseRanges = clauseRanges
      self.weak = weak
      self.strong = strong
      self.denying = denying
      self.answerings = answerings
    }

    func phrase(_ range: Range<Int>) -> String { surface[range].joined(separator: " ") }

    /// Where a cue phrase of `phrases` starts before `index` (`AgentFinder.phraseStart`).
    func phraseBefore(_ index: Int, _ phrases: [[String]]) -> Int? {
      AgentFinder.phraseStart(before: index, phrases, words: words, tokens: tokens, events: isEvent, covered: covered, cues: cues)
    }

    /// Each word of `cueWords` that an action follows, only links between them ("who blew up",
    /// "behind the attack"), with the action's position, in the order of the text.
    func cuesBeforeAction(_ cueWords: Set<String>) -> [(cue: Int, action: Int)] {
      words.indices.compactMap { word in
        guard cueWords.contains(words[word]) else { return nil }
        var next = word + 1
        while next < words.count, cues.links.contains(words[next]) { next += 1 }
        return next < words.count && isEvent.contains(next) ? (word, next) : nil
      }
    }
  }
}
