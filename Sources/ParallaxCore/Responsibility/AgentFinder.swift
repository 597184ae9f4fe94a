public import ParallaxICU

/// Finds whom a statement blames for an attack, damage, a violation or a casualty, from the
/// responsibility cues of its language (`Locales/<language>/cues.yaml`). The readings, first
/// found first:
/// 1. a by-phrase before an agent's form, with an action word a few words from it in its clause,
///    or before the means the agent's form follows ("por cohetes de precisión ucranianos");
/// 2. the subject of an action word that follows it in its clause ("Russian forces shelled"):
///    articles, auxiliaries and support verbs do not count towards the window; a word of accusing,
///    a reporting verb or a complementizer ends it (the accuser and the speaker are no agents);
///    a passive auxiliary before a passive form makes the form its patient, and a negator
///    ("ne", "не") denies the action; a comma between the subject and a lower-case action word
///    opening the next clause does not part them ("Russian troops, fired the missile"); a form in an oblique case is no subject past a proper
///    name, nor right after another side's form ("обстрела Россией Украины"); a form after a
///    word of denying is none ("denied claims that Russian forces …"); a subject alone in its
///    clause, or one of a verb of using, reaches past a parenthesis; then the agent of a
///    relative clause about an action or weapon word with a verb of launching ("ракеты ПВО,
///    которую ВСУ выпустили");
/// 3. the agent after a word or phrase of accusing or of blame ("accused Russia of", "sur le
///    compte du"; of two back to back, the second: "warf die Ukraine Russland … vor"), then
///    the agent nearest a word of responsibility or blame ("los responsables son Kiev"), then
///    the first agent after a word
///    of causing ("le résultat … de la défense antiaérienne russe"), then the one standing
///    behind an action ("za atakiem … stoją Rosjanie");
/// 4. an agent right after an action noun ("обстрел ВСУ", "frappes russes") or after a deed that a
///    copula makes the action ("è un atto deliberato dei russi"); the answer to who did it ("kto
///    wysadził zaporę? — To … rosyjskich Sił Zbrojnych");
/// 5. the agent before a possessive that precedes an action word ("la Russie … ses
///    bombardements"), then the subject of the clause beside one that opens with an adverbial
///    participle ("Rosja …, zaminowując"), then the first agent of the clause before one that
///    opens with a word of purpose and a support verb ("Rosja …, by przeprowadzić ten zamach");
/// 6. a form a target phrase governs but an action word follows at once ("bei dem ukrainischen
///    Angriff"): read last, as elsewhere such a form is a place ("w Rosji zginęło").
///
/// A target phrase before a form ("strikes on Russian troops") rules it out otherwise; a source
/// word after it ("russischen Angaben zufolge") or right before it ("МИД России") does too. A
/// third-person pronoun stands for the nearest agent before it; a word for the enemy, for the side
/// the speaker is not on (`AgentFinder+Enemy.swift`); a pronoun after a side whose action the
/// statement denies stands for no one ("… ne bombardent pas …, elles bombardent des cibles
/// militaires"). An object pronoun right before a verb of launching or carrying out stands for
/// the action word before it ("Kiev vient de l'exécuter"). A form in a by-phrase of a participle
/// of holding or appointing ("occupée par les forces russes") names no agent. No form in a clause of mutual
/// action ("accused each other") is an agent, nor is the one a pretext would accuse. An action
/// word is one with a stem of the cues, after a word-forming prefix too ("антиракета"), and with
/// no negative determiner before it ("keinerlei Luftangriffe"). A statement is about harm when
/// it has an action word or a word of blame; with no agent it is a passive when a passive form
/// is in it.
///
/// Linear in the statement's words times the cue forms of its language (mentions are found by
/// position, never by walking them all for each word). Not thread-safe (it
/// owns an ICU case folder and a cache): one per task.
///
/// ```swift
/// let finder = try AgentFinder(cues: cues)
/// finder.claim(in: "У компанії наголосили, що лінію пошкодив обстріл з боку російських військ.", language: "uk")
/// // AgentClaim(kind: .byPhrase, entity: "org.russian-armed-forces", evidence: "з боку російських військ")
/// ```
public final class AgentFinder {
  let folder: Normalizer
  var prepared: [LocaleID: Prepared] = [:]
  var folded: [String: String] = [:]
  /// Per language, whether a folded word is a word of action (worked out once per word: the
  /// test tries every action stem and prefix).
  var actions: [LocaleID: [String: Bool]] = [:]
  /// Per language, what each word as written is to the reader (`readWords`).
  var wordTables: [LocaleID: WordTable] = [:]

  /// How many words may stand between a by- or target phrase and the agent ("by the …").
  static let gap = 1

  /// How many words after a word of accusing the accused may come ("accusé *l'armée
  /// ukrainienne*", "обвинило в подрыве Каховской ГЭС *российские войска*").
  static let accusedWindow = 6

  /// How far before a by-phrase the action word may be ("the attack on the substation was
  /// carried out by"), or in it ("fire from"), and how far after its agent ("von russischen
  /// Truppen gesprengt"; "installées par Moscou ont dénoncé des frappes" names no agent).
  static let byReach = 8
  static let byReachAfter = 3

  /// Prepares the cues of every language.
  public init(cues: [LocaleID: StatementCues]) throws(ICUError) {
    folder = try Normalizer(.nfkcCaseFold)
    for (language, cue) in cues {
      let r = cue.responsibility
      prepared[language] = Prepared(
        events: r.events.map(fold), by: r.by.map(words), targets: r.targets.map(words), passive: r.passive.map(fold),
        accusations: r.accusations.filter { !$0.contains(" ") }.map(fold), sources: r.sources.map(fold), links: Set(r.links.map(fold)), supports: Set(r.supports.map(fold)),
        agents: AgentForms(r.agents.flatMap { agent in agent.forms.map { (agent.entity, words($0)) } }.filter { !$0.1.isEmpty }),
        auxiliaries: Set(r.auxiliaries.map(fold)), responsible: r.responsible.map(fold), oblique: r.obliqueEndings.map(fold),
        complementizers: Set(r.complementizers.map(fold)), causes: r.causes.map(fold), possessives: Set(r.possessives.map(fold)),
        gerundEndings: r.gerundEndings.map(fold), speech: r.speech.map(fold), victims: r.victims.map(fold), pronouns: Set(r.pronouns.map(fold)), purposes: Set(r.purposes.map(fold)), blame: Set(r.blame.map(fold)), mutual: r.mutual.map(words).filter { !$0.isEmpty },
        eventPrefixes: r.eventPrefixes.map(fold), relatives: Set(r.relatives.map(fold)), launches: r.launches.map(fold), deeds: Set(r.deeds.map(fold)),
        behind: Set(r.behind.map(fold)), standing: r.standing.map(fold), interrogatives: Set(r.interrogatives.map(fold)), negations: Set(r.negations.map(fold)), enemies: r.enemies.map(fold),
        accusationPhrases: r.accusations.filter { $0.contains(" ") }.map(words).filter { $0.count > 1 }, negators: Set(r.negators.map(fold)), denials: r.denials.map(fold), clitics: Set(r.clitics.map(fold)), holding: r.holding.map(fold),
        subjectWindow: r.subjectWindow, agentAfter: r.agentAfter, actionStems: ActionStems(r.events.map(fold)))
      prepared[language]?.phases = Phases(r, words: words, fold: fold)
    }
  }

  /// The agent a statement names, or how it leaves the agent out; nil when the statement is
  /// not about an attack, damage, a violation or a casualty (or its language has no cues).
  /// First the agent of a passive in the doer's case (`passiveAgentClaim`), then the readings
  /// of the sides' forms (`sideClaim`); a statement they find no agent in may name the owner or
  /// the user of its weapon (`ownerClaim`, `userClaim`) or a person on a side (`personClaim`).
  public func claim(in text: String, language: LocaleID) -> AgentClaim? {
    guard let (key, cues) = cues(of: language) else { return nil }
    // Most statements have no word of harm or blame at all: each word as written is decided
    // once per language, and such a statement is left at that.
    guard let read = readWords(text, cues, key) else { return nil }
    if let claim = passiveAgentClaim(read, cues) { return claim }
    let claim = sideClaim(read, cues)
    guard let claim, !claim.namesAgent else { return claim }
    return ownerClaim(read, cues) ?? userClaim(read, cues) ?? personClaim(read, cues) ?? claim
  }

  /// The agent the forms of the sides show, the readings in the order of the type's summary.
  func sideClaim(_ read: ReadWords, _ cues: Prepared) -> AgentClaim? {
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
      guard let first = actions.first, first < index, !read.facts[index].isAction, Self.isLaunching(words[index], cues) else { return false }
      return elided[index].map(cues.clitics.contains) == true || (index > 0 && elided[index - 1] == nil && cues.clitics.contains(words[index - 1]))
    }
    let events = resumed.isEmpty ? actions : (actions + resumed).sorted()
    // A word of blame makes a statement about harm without a harm word ("gab russischen Truppen
    // die Schuld").
    let blaming = words.indices.filter { read.facts[$0].isBlame }
    guard let firstHarm = events.first ?? blaming.first else { return nil }
    let isEvent = Set(events)
    func phrase(_ range: Range<Int>) -> String { surface[range].joined(separator: " ") }
    // Every mention of an agent's form: (entity, range), longest form first at a position.
    var mentions = Self.agentMentions(in: words, cues: cues)
    // The words of agents' forms: a phrase is never separated from its word by one.
    let covered = Set(mentions.flatMap { Array($0.range) })
    func phraseBefore(_ index: Int, _ phrases: [[String]]) -> Int? {
      Self.phraseStart(before: index, phrases, words: words, tokens: tokens, events: isEvent, covered: covered, cues: cues)
    }
    // Mutual action or blame ("Kiew und Moskau wiesen sich gegenseitig die Schuld zu") names no
    // single side: no form in its clause is an agent, and no word of accusing there accuses.
    let (mutualClauses, firstMutual) = Self.mutual(cues.mutual, in: words, tokens: tokens)
    mentions.removeAll { mutualClauses.contains(tokens[$0.range.lowerBound].clause) }
    let passives = words.indices.filter { cues.passive.contains(words[$0]) }
    // The clauses that speak of harm: a by-phrase elsewhere ("occupé par Moscou") names no agent.
    let harm = Set(events + passives)
    let harmClauses = Set(harm.map { tokens[$0].clause })
    // A word of accusing right after a word of purpose is a pretext, no accusation ("чтобы
    // обвинить Киев").
    // A phrase of accusing accuses by its last word ("sur le compte").
    let phraseEnds = Self.phraseEnds(cues.accusationPhrases, in: words, tokens: tokens)
    let accusing = Set(words.indices.filter { index in
      !mutualClauses.contains(tokens[index].clause)
        && (cues.accusations.contains { words[index].hasPrefix($0) } || cues.blame.contains(words[index]) || phraseEnds.contains(index))
        && !(index > 0 && cues.purposes.contains(words[index - 1]))
    })
    let speaking = Set(words.indices.filter { index in cues.speech.contains { words[index].hasPrefix($0) } })
    mentions = Self.withEnemies(mentions, words: words, tokens: tokens, events: isEvent, speaking: speaking, cues: cues)
    // A form a participle of holding or appointing governs names no agent ("occupée par").
    func isHolder(_ range: Range<Int>) -> Bool {
      Self.isHolder(range, words: words, tokens: tokens, cues: cues) { phraseBefore($0, cues.by) }
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
        phraseBefore(mention.range.lowerBound, cues.targets) == nil && !Self.isOblique(words[mention.range.lowerBound], cues.oblique)
      }
      for index in words.indices where cues.pronouns.contains(words[index]) && !covered.contains(index) {
        if let antecedent = Self.last(of: eligible, endingBy: index), !Self.deniesItsAction(antecedent.range, words: words, tokens: tokens, elided: elided, events: isEvent, cues: cues) {
          named.append((antecedent.entity, index..<(index + 1)))
        }
      }
      named.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
    // The one a pretext would accuse is no agent either.
    let pretexted = Self.pretexted(in: words, cues: cues)
    let candidates = named.filter { mention in
      let after = mention.range.upperBound
      guard !pretexted.contains(mention.range.lowerBound) else { return false }
      guard phraseBefore(mention.range.lowerBound, cues.targets) != nil else { return true }
      // "bei dem ukrainischen Angriff", "w ukraińskim ostrzale": the form qualifies the action.
      return after < words.count && isEvent.contains(after)
    }
    let starts = Set(candidates.map(\.range.lowerBound))
    let candidateAt = Dictionary(candidates.map { ($0.range.lowerBound, $0) }, uniquingKeysWith: { first, _ in first })
    let namedAt = Dictionary(named.map { ($0.range.lowerBound, $0) }, uniquingKeysWith: { first, _ in first })
    let namedEndingAt = Dictionary(named.map { ($0.range.upperBound, $0) }, uniquingKeysWith: { first, _ in first })
    let clauseRanges = Self.clauseRanges(tokens)
    for mention in candidates where harmClauses.contains(tokens[mention.range.lowerBound].clause) {
      guard let start = phraseBefore(mention.range.lowerBound, cues.by) else { continue }
      // The action is at hand: a few words before the phrase ("damaged by", "обстрела со
      // стороны") or right after the agent ("von russischen Soldaten gesprengt").
      let clause = tokens[start].clause
      let near = (max(0, start - Self.byReach)..<min(words.count, mention.range.upperBound + Self.byReachAfter)).contains { index in
        tokens[index].clause == clause && harm.contains(index)
      }
      if near { return AgentClaim(kind: .byPhrase, entity: mention.entity, evidence: phrase(start..<mention.range.upperBound)) }
    }
    // An agent after the means a by-phrase names, links and one more word between ("alcanzado
    // por cohetes de precisión ucranianos"): the means are the agent's.
    // Only where an agent may follow its action (`agentAfter`): in English the object does.
    for mention in candidates where cues.agentAfter > 0 && harmClauses.contains(tokens[mention.range.lowerBound].clause) {
      var previous = mention.range.lowerBound - 1
      var counted = 0
      while previous >= 0, tokens[previous].clause == tokens[mention.range.lowerBound].clause, !isEvent.contains(previous), counted <= Self.gap {
        if !cues.links.contains(words[previous]) { counted += 1 }
        previous -= 1
      }
      guard previous >= 0, isEvent.contains(previous), counted <= Self.gap, tokens[previous].clause == tokens[mention.range.lowerBound].clause,
        let start = phraseBefore(previous, cues.by)
      else { continue }
      return AgentClaim(kind: .byPhrase, entity: mention.entity, evidence: phrase(start..<mention.range.upperBound))
    }
    // The subject: an action word follows in the same clause, with no other agent and no word
    // of accusing between (the accuser is no agent); articles and auxiliaries (`links`) do not
    // count towards the window, and a complementizer ends it. A form in an oblique case is the
    // subject of no action past a proper name ("обстріл російського Бєлгорода терактом", but
    // "rosyjskiego aktu terrorystycznego"), and none is one a passive auxiliary follows on the
    // way to a passive form ("Ukraine sei zerstört worden": the patient).
    /// Whether the words of a clause other than `range` are all links.
    func isAlone(_ range: Range<Int>) -> Bool {
      let clause = clauseRanges[tokens[range.lowerBound].clause] ?? range
      return clause.allSatisfy { index in range.contains(index) || cues.links.contains(words[index]) }
    }
    // A form after a word of denying in its clause is no subject: the statement denies what it
    // did ("Moscow denied allegations that Russian forces carried out a raid"); so is one in the
    // clause after, when a complementizer opens it ("Rosja zaprzeczyła, że rosyjskie wojsko").
    let denying = cues.denials.isEmpty ? [] : words.indices.filter { index in cues.denials.contains { words[index].hasPrefix($0) } }
    func isDenied(_ mention: (entity: EntityID, range: Range<Int>)) -> Bool {
      guard !denying.isEmpty else { return false }
      let clause = tokens[mention.range.lowerBound].clause
      let opening = clauseRanges[clause]?.first { !cues.links.contains(words[$0]) }
      let reach = opening.map { cues.complementizers.contains(words[$0]) } == true ? clause - 1 : clause
      return denying.contains { $0 < mention.range.lowerBound && (reach...clause).contains(tokens[$0].clause) }
    }
    func isNegator(_ index: Int) -> Bool { cues.negators.contains(words[index]) || elided[index].map(cues.negators.contains) == true }
    func subject(of mentions: [(entity: EntityID, range: Range<Int>)], checkingCase: Bool) -> AgentClaim? {
      for mention in mentions where !isDenied(mention) {
        let oblique = checkingCase && Self.isOblique(words[mention.range.lowerBound], cues.oblique)
        // An oblique form right after another side's form is its action's patient or a
        // complement ("обстрела Россией Украины одна из ракет"), no subject.
        if oblique, namedEndingAt[mention.range.lowerBound] != nil { continue }
        var clause = tokens[mention.range.lowerBound].clause
        var next = mention.range.upperBound
        var counted = 0
        var auxiliary = false
        var launching = false
        // A comma between a subject and its verb ("Russian troops, fired the missile"): a form
        // that ends its clause, with no action word before it there, is the subject of an action
        // word that opens the next clause in lower case (no noun of a list or a heading) and is
        // no passive form (after one stands its patient).
        if checkingCase, !oblique, next < words.count, tokens[next].clause == clause + 1, isEvent.contains(next),
          surface[next].first?.isLowercase == true, !cues.passive.contains(words[next]),
          !(clauseRanges[clause] ?? 0..<0).contains(where: { $0 < mention.range.lowerBound && isEvent.contains($0) })
        {
          return AgentClaim(kind: .subject, entity: mention.entity, evidence: phrase(mention.range.lowerBound..<(next + 1)))
        }
        // A subject that is its whole clause goes on past a parenthesis ("El Ejército ruso,
        // añade, «solo ataca»"; "Ucrania, que …, lleva a cabo ataques").
        if next < words.count, tokens[next].clause == clause + 1, isAlone(mention.range) {
          let after = clauseRanges[clause + 1]?.upperBound ?? words.count
          if after < words.count, tokens[after].clause == clause + 2 {
            next = after
            clause += 2
          }
        }
        // After a verb of launching or using, its object may follow a parenthesis ("Kiev utilizó,
        // entre otros proyectiles, «dos misiles»"): the two clauses after are still its own.
        while next < words.count, counted < (oblique ? 1 : cues.subjectWindow), tokens[next].clause == clause || (launching && tokens[next].clause <= clause + 2),
          !starts.contains(next), !accusing.contains(next),
          !speaking.contains(next), !cues.complementizers.contains(words[next]),
          !(oblique && surface[next].first?.isUppercase == true && !isEvent.contains(next))
        {
          // A passive form after a passive auxiliary makes the form its patient, an action word
          // or a support verb ("Украины был нанесен … удар").
          if auxiliary && cues.passive.contains(words[next]) { break }
          // A negated action is denied: the subject is no agent of it.
          if isNegator(next) { break }
          if isEvent.contains(next) {
            return AgentClaim(kind: .subject, entity: mention.entity, evidence: phrase(mention.range.lowerBound..<(next + 1)))
          }
          if cues.auxiliaries.contains(words[next]) { auxiliary = true }
          let launch = Self.isLaunching(words[next], cues)
          launching = launching || launch
          // The words of the parenthesis after a verb of using do not count.
          let parenthesis = tokens[next].clause == clause + 1
          if !cues.links.contains(words[next]) && !cues.supports.contains(words[next]) && !cues.auxiliaries.contains(words[next]) && !launch && !parenthesis {
            counted += 1
          }
          next += 1
        }
      }
      return nil
    }
    // A form that a target phrase puts before an action word qualifies that action ("bei dem
    // ukrainischen Angriff"); it is read after every other reading ("w ataku ukraińskim … w
    // Rosji zginęło": the attack is Ukrainian, Russia is where people died).
    let weak = Set(candidates.filter { phraseBefore($0.range.lowerBound, cues.targets) != nil }.map(\.range.lowerBound))
    let strong = candidates.filter { !weak.contains($0.range.lowerBound) }
    if let claim = subject(of: strong, checkingCase: true) { return claim }
    if let (head, mention) = Self.relativeAgent(words: words, tokens: tokens, elided: elided, events: isEvent, accusing: accusing, candidates: candidates, cues: cues) {
      return AgentClaim(kind: .subject, entity: mention.entity, evidence: phrase(head..<mention.range.upperBound))
    }
    // The accused: the first agent a few words after a word of accusing, after a preposition
    // too ("acusó al ejército ucraniano", "blamed the attack on Russia").
    // Articles and prepositions (`links`) do not count towards the window ("a imputé l'attaque de
    // la banlieue de la ville à l'armée ukrainienne").
    func accused(after accusation: Int) -> (entity: EntityID, range: Range<Int>)? {
      var (next, counted) = (accusation + 1, 0)
      while next < words.count, counted < Self.accusedWindow {
        if let mention = namedAt[next] { return mention }
        if !cues.links.contains(words[next]) { counted += 1 }
        next += 1
      }
      return nil
    }
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
    // The one held responsible: the agent nearest to a word of responsibility in its clause,
    // before it ("los rusos serán responsables") or after it ("los responsables son Kiev").
    // After the word, in its complement, articles and prepositions are not counted ("la
    // responsabilité des dégâts à la retombée d'un système de défense aérienne ukrainien");
    // before it, the subject is near ("los rusos serán responsables").
    func heldResponsible(near word: Int) -> AgentClaim? {
      var near: (entity: EntityID, range: Range<Int>)?
      var (before, after, counted) = (word, word, 0)
      while near == nil, counted < Self.accusedWindow, before > 0 || after < words.count - 1 {
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
    for word in words.indices where !mutualClauses.contains(tokens[word].clause)
      && (cues.responsible.contains(where: { words[word].hasPrefix($0) }) || cues.blame.contains(words[word]))
    {
      if let claim = heldResponsible(near: word) { return claim }
    }
    // Standing behind an action ("za atakiem, który …, stoją Rosjanie"; "Russia is behind the
    // attack"): held responsible is the agent nearest to the verb of standing, or to the
    // preposition where the language needs no such verb.
    for word in words.indices where cues.behind.contains(words[word]) {
      var next = word + 1
      while next < words.count, cues.links.contains(words[next]) { next += 1 }
      guard next < words.count, isEvent.contains(next) else { continue }
      let anchors = cues.standing.isEmpty ? [word] : words.indices.filter { index in cues.standing.contains { words[index].hasPrefix($0) } }
      for anchor in anchors { if let claim = heldResponsible(near: anchor) { return claim } }
    }
    // The cause: the first agent a few words after a word of causing, articles not counted. In
    // that complement a preposition names no target ("the result of the work of Ukraine's air
    // defence", "le résultat du travail de la défense antiaérienne ukrainienne"): an action word
    // ends it before a target could follow ("the result of strikes on Kyiv").
    for word in words.indices where cues.causes.contains(where: { words[word].hasPrefix($0) }) {
      var next = word + 1
      var counted = 0
      while next < words.count, counted < Self.accusedWindow, tokens[next].clause == tokens[word].clause, !isEvent.contains(next) || next == word + 1 {
        if let mention = candidateAt[next] ?? (pretexted.contains(next) ? nil : namedAt[next]) {
          return AgentClaim(kind: .byPhrase, entity: mention.entity, evidence: phrase(word..<mention.range.upperBound))
        }
        if !cues.links.contains(words[next]) { counted += 1 }
        next += 1
      }
    }
    // The agent after the action: "обстрел ВСУ", "frappes russes", "ударили российские ракеты".
    if cues.agentAfter > 0 {
      for mention in strong {
        // An adjective in an oblique case before a proper name in its clause qualifies the place
        // ("обстріл російського Бєлгорода"); before another side's form it is the agent
        // ("обстрела Россией Украины").
        let after = mention.range.upperBound
        if Self.isOblique(words[mention.range.lowerBound], cues.oblique), after < words.count, surface[after].first?.isUppercase == true,
          tokens[after].clause == tokens[mention.range.lowerBound].clause,
          namedAt[after] == nil
        {
          continue
        }
        let clause = tokens[mention.range.lowerBound].clause
        var previous = mention.range.lowerBound - 1
        var counted = 0
        while previous >= 0, counted < cues.agentAfter, tokens[previous].clause == clause {
          if isEvent.contains(previous) {
            // After a passive form stands its patient ("ранено 75 военнопленных украинцев").
            if cues.passive.contains(words[previous]) { break }
            return AgentClaim(kind: .genitive, entity: mention.entity, evidence: phrase(previous..<mention.range.upperBound))
          }
          if !cues.links.contains(words[previous]) && !cues.supports.contains(words[previous]) { counted += 1 }
          previous -= 1
        }
      }
    }
    if let (deed, mention) = Self.deedAgent(words: words, tokens: tokens, events: isEvent, candidateAt: candidateAt, cues: cues) {
      return AgentClaim(kind: .genitive, entity: mention.entity, evidence: phrase(deed..<mention.range.upperBound))
    }
    // Who did it, and the answer in a later clause ("kto wysadził zaporę? — To 205. brygada …
    // rosyjskich Sił Zbrojnych"): the first agent named there that speaks no words.
    for word in words.indices where cues.interrogatives.contains(words[word]) {
      var next = word + 1
      while next < words.count, cues.links.contains(words[next]) { next += 1 }
      guard next < words.count, isEvent.contains(next) else { continue }
      if let mention = candidates.first(where: { $0.range.lowerBound > next && tokens[$0.range.lowerBound].clause > tokens[next].clause && !speaking.contains($0.range.upperBound) }) {
        return AgentClaim(kind: .subject, entity: mention.entity, evidence: "\(phrase(word..<(next + 1))) … \(phrase(mention.range))")
      }
    }
    // A possessive before an action word: the action is the agent's before it, the nearest.
    for event in events where event > 0 && cues.possessives.contains(words[event - 1]) && !cues.victims.contains(where: { words[event].hasPrefix($0) }) {
      if let mention = Self.last(of: strong, endingBy: event - 1) {
        return AgentClaim(kind: .subject, entity: mention.entity, evidence: "\(phrase(mention.range)) … \(phrase((event - 1)..<(event + 1)))")
      }
    }
    // A clause that opens with an adverbial participle and speaks of harm without an agent
    // shares the subject of the clause after it or before it: the agent at that clause's start.
    // One that opens with a word of purpose and a support verb ("by przeprowadzić ten zamach",
    // "чтобы нанести удар") shares the subject of the clause before it: its first agent.
    if !cues.gerundEndings.isEmpty || !cues.purposes.isEmpty {
      let withCandidates = Set(candidates.map { tokens[$0.range.lowerBound].clause })
      var firstStrong: [Int: (entity: EntityID, range: Range<Int>)] = [:]
      for mention in strong where firstStrong[tokens[mention.range.lowerBound].clause] == nil {
        firstStrong[tokens[mention.range.lowerBound].clause] = mention
      }
      func opening(_ clause: Int) -> [Int] {
        (clauseRanges[clause] ?? 0..<0).lazy.filter { !cues.links.contains(words[$0]) && !cues.complementizers.contains(words[$0]) }.prefix(2).map { $0 }
      }
      for (clause, indices) in clauseRanges.sorted(by: { $0.key < $1.key }) {
        guard indices.contains(where: isEvent.contains), !withCandidates.contains(clause) else { continue }
        if let first = opening(clause).first, cues.gerundEndings.contains(where: { words[first].hasSuffix($0) && words[first].count - $0.count >= 3 }) {
          for side in [clause + 1, clause - 1] {
            if let mention = firstStrong[side], opening(side).contains(mention.range.lowerBound),
              !Self.isOblique(words[mention.range.lowerBound], cues.oblique)
            {
              return AgentClaim(kind: .subject, entity: mention.entity, evidence: "\(phrase(mention.range)) … \(surface[first])")
            }
          }
        }
        if let mention = firstStrong[clause - 1], Self.isCarryingOut(indices, words: words, events: isEvent, cues: cues), !Self.isOblique(words[mention.range.lowerBound], cues.oblique) {
          return AgentClaim(kind: .subject, entity: mention.entity, evidence: "\(phrase(mention.range)) … \(phrase(indices.lowerBound..<(indices.lowerBound + 2)))")
        }
      }
    }
    if let claim = subject(of: candidates.filter { weak.contains($0.range.lowerBound) }, checkingCase: false) { return claim }
    if let firstMutual { return AgentClaim(kind: .unnamed, evidence: phrase(firstMutual)) }
    if let passive = passives.first {
      return AgentClaim(kind: .passive, evidence: surface[passive])
    }
    return AgentClaim(kind: .unnamed, evidence: surface[firstHarm])
  }
}
