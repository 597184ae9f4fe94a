public import ParallaxICU

/// Finds whom a statement blames for an attack, damage, a violation or a casualty, from the
/// responsibility cues of its language (`Locales/<language>/cues.yaml`). The readings, first
/// found first:
/// 1. a by-phrase before an agent's form, with an action word a few words from it in its clause,
///    or before the means the agent's form follows ("por cohetes de precisión ucranianos"); a
///    by-phrase after a word of accusing or denying that follows the action names the accuser
///    ("une attaque imputée à Kiev par les forces russes");
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
///    the side nearest before a phrase of answering for harm ("Russia bears full responsibility",
///    "wird dafür geradestehen müssen": a statement with one is about harm), then the first agent
///    after a word of causing ("le résultat … de la défense antiaérienne russe"), then the one standing
///    behind an action ("za atakiem … stoją Rosjanie");
/// 4. an agent right after an action noun ("обстрел ВСУ", "frappes russes") or after a deed that a
///    copula makes the action ("è un atto deliberato dei russi"), or in a copula's predicate whose
///    subject is an action or weapon word ("el misil debe haber sido ruso"); the answer to who did
///    it ("kto wysadził zaporę? — To … rosyjskich Sił Zbrojnych");
/// 5. the agent before a possessive that precedes an action word ("la Russie … ses
///    bombardements"), then the subject of the clause beside one that opens with an adverbial
///    participle ("Rosja …, zaminowując"), then the first agent of the clause before one that
///    opens with a word of purpose and a support verb ("Rosja …, by przeprowadzić ten zamach"),
///    then the subject an action after a preposition of time before shares ("przed wysadzeniem
///    zapory rosyjskie wojska …"), then the side that opens the statement for a later sentence
///    whose copula has no subject of its own ("El Ejército ruso «… No es un golpe coincidente»");
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
/// of holding or appointing ("occupée par les forces russes") names no agent; nor does the side of
/// a weapon aimed at ("tirés contre un missile russe"), a form in a report a passive of denying
/// denies, or one in the by-phrase of a passive of reporting ("identificados por los especialistas
/// rusos"). A target phrase that ends a by-phrase ("the result of") governs nothing. No form in a clause of mutual
/// action ("accused each other") is an agent, nor is the one a pretext would accuse. An action
/// word is one with a stem of the cues, after a word-forming prefix too ("антиракета"), and with
/// no negative determiner before it ("keinerlei Luftangriffe"). A statement is about harm when
/// it has an action word or a word of blame; with no agent it is a passive when a passive form
/// is in it.
///
/// The readings live by concern: `AgentFinder+SideReading.swift` (what they share),
/// `+Subject` (1, 2), `+Blame` (3), `+Actions` (4 to 6 and the fallbacks), `+Copula` and `+Topic`
/// (the copula's readings in 4 and 5), `+Aimed` and `+Reports` (forms that are none), `+Phases`
/// (around them).
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
  /// The cues of each language as given, and those prepared so far (`prepared(_:)`).
  private let given: StatementCueSet
  private var prepared: [LocaleID: Prepared] = [:]
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

  /// A finder over the cues of each language; a language's are prepared (folded) when a
  /// statement in it is first read, so a run that reads a few languages prepares only those.
  public init(cues: StatementCueSet) throws(ICUError) {
    folder = try Normalizer(.nfkcCaseFold)
    given = cues
  }

  /// A finder over cues already decoded.
  public convenience init(cues: [LocaleID: StatementCues]) throws(ICUError) {
    try self.init(cues: StatementCueSet(cues))
  }

  /// The cues of `language` prepared, the first time they are asked for; nil when the
  /// language has none.
  func prepared(_ language: LocaleID) -> Prepared? {
    if let known = prepared[language] { return known }
    guard let cue = given[language] else { return nil }
    let r = cue.responsibility
    var made = Prepared(
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
    made.phases = Phases(r, words: words, fold: fold)
    prepared[language] = made
    return made
  }

  /// The agent a statement names, or how it leaves the agent out; nil when the statement is
  /// not about an attack, damage, a violation or a casualty (or its language has no cues).
  /// First the agent of a passive in the doer's case (`passiveAgentClaim`), then the readings
  /// of the sides' forms (`sideClaim`); a statement they find no agent in may name the owner or
  /// the user of its weapon (`ownerClaim`, `userClaim`) or a person on a side (`personClaim`).
  /// - Parameter pageSide: the side the page's own narration holds responsible (see
  ///   `pageSide(title:language:)`): "the enemy" in a statement whose speaker is on no side
  ///   stands for it.
  public func claim(in text: String, language: LocaleID, pageSide: EntityID? = nil) -> AgentClaim? {
    guard let (key, cues) = cues(of: language) else { return nil }
    // Most statements have no word of harm or blame at all: each word as written is decided
    // once per language, and such a statement is left at that.
    guard var read = readWords(text, cues, key) else { return nil }
    read.pageSide = pageSide
    if let claim = passiveAgentClaim(read, cues) { return claim }
    let claim = sideClaim(read, cues)
    guard let claim, !claim.namesAgent else { return claim }
    return ownerClaim(read, cues) ?? userClaim(read, cues) ?? personClaim(read, cues) ?? claim
  }

  /// The side a page's own narration holds responsible: the agent its title names, when that is
  /// one of the two sides ("ВСУ обстреляли оживленный район Донецка"). The outlet's narration
  /// goes on in the same voice, so its "enemy" ("Противник нанес удар по рынку") is that side.
  public func pageSide(title: String?, language: LocaleID) -> EntityID? {
    guard let title, !title.isEmpty, let (_, cues) = cues(of: language),
      let entity = claim(in: title, language: language)?.entity, cues.agents.all.contains(where: { $0.0 == entity })
    else { return nil }
    return entity
  }

  /// The agent the forms of the sides show, the readings in the order of the type's summary
  /// (`SideReading`), the first that finds one.
  func sideClaim(_ read: ReadWords, _ cues: Prepared) -> AgentClaim? {
    guard let reading = SideReading(read, cues) else { return nil }
    let readings: [() -> AgentClaim?] = [
      reading.byPhraseClaim, reading.strongSubjectClaim, reading.relativeClaim,
      reading.accusedClaim, reading.responsibleClaim, reading.answeringClaim, reading.behindClaim, reading.causeClaim,
      reading.genitiveClaim, reading.deedClaim, reading.copulaClaim, reading.interrogativeClaim, reading.possessiveClaim,
      reading.sharedSubjectClaim, reading.beforeClaim, reading.topicClaim, reading.elaborationClaim,
    ]
    for next in readings {
      if let claim = next() { return claim }
    }
    return reading.fallbackClaim()
  }
}
