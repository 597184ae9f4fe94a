extension StatementCues {
  /// The responsibility cues of the language.
  public struct Responsibility: Sendable, Hashable, Decodable {
    /// Word prefixes of attacks, damage, violations and casualties ("shell", "обстрел").
    public var events: [String]
    /// Phrases that introduce the agent ("by", "со стороны", "з боку", "durch", "par").
    public var by: [String]
    /// Phrases that introduce a target or place, never the agent ("on", "по", "auf").
    public var targets: [String]
    /// Word prefixes of passive forms ("damaged", "повреждена", "beschädigt").
    public var passive: [String]
    /// Word prefixes of accusing ("accus", "blam", "обвин", "warf … vor"): the agent a
    /// statement blames comes after one ("accused Russia of blowing up the dam"), and the
    /// accuser before it is no agent. An entry of several words is a phrase of whole words
    /// whose last word accuses ("sur le compte": "mettant l'explosion sur le compte du
    /// bataillon").
    public var accusations: [String]
    /// Words that, right after an agent's form, make it a source or a speaker, never the agent
    /// ("Russian officials", "russischen Angaben zufolge").
    public var sources: [String]
    /// Words between an action word and its agent that do not count towards `agentAfter`
    /// ("bombardements *de l'*armée ukrainienne", "ataque *del* ejército ruso").
    public var links: [String]
    /// Support verbs, whole words ("нанесли", "przeprowadzić"): not counted between an agent and
    /// its action word either way ("удар по колонии нанесла российская армия"), as `links` are,
    /// but unlike articles they end the reach of a target phrase ("по ТЭЦ нанесли российские
    /// войска" is no strike on the troops).
    public var supports: [String]
    public var agents: [Agent]
    /// Passive auxiliaries ("was", "wurde", "été", "został"): an agent's form they follow on
    /// the way to a passive form is its patient, never its agent ("Ukraine sei zerstört worden").
    public var auxiliaries: [String]
    /// Word prefixes of responsibility ("responsib", "verantwort", "ответствен"): the agent
    /// nearest to one in its clause is the one held responsible ("los responsables son Kiev").
    public var responsible: [String]
    /// Case endings that make a form no subject (genitive, dative, accusative, instrumental):
    /// "обстріл *російського* Бєлгорода" speaks of a place, "w *Rosji* zginęło" of where.
    public var obliqueEndings: [String]
    /// Words that open a subordinate clause ("that", "que", "что"): the subject before one is
    /// not the subject of an action after it ("Moscú promete que el ataque no quedará impune").
    public var complementizers: [String]
    /// Word prefixes of causes ("result", "résultat", "konsekwencj"): the first agent a few
    /// words after one is the cause ("le résultat du comportement de la défense antiaérienne russe").
    public var causes: [String]
    /// Possessive determiners ("its", "ses", "свои"): one before an action word gives the action
    /// to the agent before it ("la Russie a été critiquée pour ses bombardements").
    public var possessives: [String]
    /// Endings of adverbial participles ("атаковав", "zaminowując"): a clause that opens with one
    /// shares the subject of the clause beside it.
    public var gerundEndings: [String]
    /// Word prefixes of reporting verbs ("said", "заяв", "parla"): one between an agent's form
    /// and an action word ends the subject's reach, as a word of accusing does (the speaker is
    /// no agent: "Il Cremlino parla di un atto terroristico").
    public var speech: [String]
    /// Word prefixes of the harmed ("dead", "muert", "погибш"): a possessive before one counts
    /// a side's own losses ("Ucrania seguía contando sus muertos") and names no agent.
    public var victims: [String]
    /// Third-person pronouns that can stand for a side ("they", "он", "вони"): one stands for
    /// the nearest agent before it in the statement that is no place and no source ("Киевский
    /// режим … Он совершил … преступление, атаковав").
    public var pronouns: [String]
    /// Words that open a clause of purpose ("чтобы", "pour", "um"): a word of accusing right after
    /// one is a pretext the statement ascribes, not its accusation ("нанесла российская армия,
    /// чтобы обвинить Киев").
    public var purposes: [String]
    /// Words that lay blame by themselves ("blame", "Schuld", "вину"), matched as whole words: a
    /// statement with one is about harm even with no harm word in it ("gab russischen Truppen
    /// die Schuld"); the agent after one is the one blamed, as after a word of accusing, else
    /// the agent nearest one, as for a word of responsibility.
    public var blame: [String]
    /// Phrases of mutual action, whole words ("each other", "gegenseitig", "друг друга"): a
    /// statement with one blames both sides or neither ("Kiew und Moskau wiesen sich gegenseitig
    /// die Schuld zu") and names no single agent.
    public var mutual: [String]
    /// Word-forming prefixes before an action or weapon stem ("анти", "противо", "anti"): a word
    /// made of one and a stem is an action word too ("антиракета", "antimisiles").
    public var eventPrefixes: [String]
    /// Relative pronouns, whole words ("которую", "que", "which"): a relative clause after an
    /// action or weapon word whose verb is one of `launches` names that action's agent, before
    /// or after the verb ("ракеты, которую ВСУ выпустили", "crimen … que comete Rusia").
    public var relatives: [String]
    /// Word prefixes of verbs of launching, firing, committing and using ("выпуст", "comet",
    /// "utiliz"): the verb of such a relative clause, and a verb whose subject reaches past a
    /// parenthesis to the weapons it uses ("Kiev utilizó, entre otros proyectiles, misiles").
    public var launches: [String]
    /// Nouns of deeds, whole words ("atto", "act", "Tat"): one after a copula (`auxiliaries`)
    /// whose subject is an action word stands for that action, and the agent after it is its
    /// agent ("La distruzione della diga è un atto deliberato dei russi").
    public var deeds: [String]
    /// Prepositions of standing behind, whole words ("za", "behind", "hinter"): one right before
    /// an action word makes the agent nearest to a verb of `standing` (or to it, where the
    /// language lists no such verb) the one held responsible ("za atakiem … stoją Rosjanie").
    public var behind: [String]
    /// Word prefixes of verbs of standing ("stoj", "стоя"), for `behind`.
    public var standing: [String]
    /// Interrogative pronouns of the doer, whole words ("kto", "wer"): one right before an action
    /// word asks who did it, and the first agent named in a later clause is the answer ("kto
    /// wysadził zaporę? — To 205. brygada … rosyjskich Sił Zbrojnych").
    public var interrogatives: [String]
    /// Negative determiners, whole words ("keinerlei", "никаких", "aucune"): an action word one
    /// stands before, links between, is no action ("hätten keinerlei Luftangriffe ausgeführt").
    public var negations: [String]
    /// Word prefixes of "the enemy" ("ennemi", "enemigo", "враг"): the side the speaker of the
    /// statement is not on, when the clause that reports the speech names the speaker's side
    /// ("« L'ennemi a lancé une attaque », a indiqué le gouverneur ukrainien": Russia).
    public var enemies: [String]
    /// Words that negate a verb, whole words ("not", "ne", "не", "nie"); an elided one counts
    /// ("n'ont"): one between a subject and its action word denies the action, and the subject
    /// is no agent ("Les forces armées russes ne bombardent pas les immeubles").
    public var negators: [String]
    /// Word prefixes of denying ("denied", "démenti", "отверг"): a form after one in its clause
    /// is no subject, as the statement denies what it did ("Moscow denied allegations that
    /// Russian forces carried out a raid").
    public var denials: [String]
    /// Object pronouns before a verb, whole words, an elided one too ("l'", "le", "la", "les"):
    /// one right before a verb of `launches` stands for the nearest action word before it, so
    /// the verb is that action and its subject the action's agent ("l'occupant confirme
    /// l'attaque, mais dit que Kiev vient de l'exécuter": Kiev).
    public var clitics: [String]
    /// Word prefixes of participles of holding, installing and appointing ("occupée",
    /// "installé", "eingesetzt", "controlled"): a form in a by-phrase next to one names who
    /// holds a place or appointed an official, never an agent ("dans la ville occupée par les
    /// forces russes", "der von Russland eingesetzte Bürgermeister", "Moscow-installed").
    public var holding: [String]
    /// Word prefixes of verbs and nouns of ordering and deciding ("order", "приказ", "decyzj"):
    /// between a person on a side and an action word they keep the person its agent ("Putin
    /// ordered the strike"), and one before a by-phrase makes the person it names the agent
    /// ("Decyzja o wysadzeniu … została podjęta … przez Władimira Putina").
    public var orders: [String]
    /// Endings of the case a passive's doer takes with no preposition (the Russian and Ukrainian
    /// instrumental: "выпущена *украинскими* войсками"): a side's form whose first word ends with
    /// one, right after a passive form, is the agent.
    public var agentCase: [String]
    /// Word prefixes of verbs of belonging ("pertenec", "belong", "принадлеж"): after an action
    /// or weapon word, the side's form a few words after one owns it ("el misil … pertenece al
    /// arsenal ucraniano").
    public var belonging: [String]
    /// Phrases of answering for harm, a word prefix each ("bear respons", "answer for",
    /// "geradesteh", "нес ответствен"; links and one other word may stand between two of them:
    /// "bears full responsibility"): a statement with one is about harm with no harm word in it,
    /// and the side's form nearest before it, that no by- or target phrase governs, is its
    /// subject and the one held responsible ("Russia will have to answer for the lives taken").
    public var answering: [String]
    /// Prepositions of time before, whole words ("before", "przed", "перед"): an action word right
    /// after one (links between) with no agent of its own shares the subject of its clause, the
    /// side's form a few words after it or opening the next clause ("przed wysadzeniem zapory
    /// rosyjskie wojska podniosły poziom wody"). Left out where the word also means "of" after a
    /// verb of fearing or warning, or "first" ("vor", "prima").
    public var before: [String]
    /// Word prefixes of verbs and nouns of intercepting or shooting down ("intercept",
    /// "przechwyc", "сбить"; destroying where the word takes only an object: "zniszczenia"): a
    /// weapon right after one was aimed at, and its side's form is no agent (`AgentFinder.aimedAt`).
    public var intercepting: [String]
    /// Word prefixes of nouns of parts and remains ("element", "part", "fragment"): a copula's
    /// predicate that opens with one names the weapon's side in the form a few words after it
    /// ("the missile was part of Ukraine's air defence").
    public var parts: [String]
    /// Word prefixes of making and manufacture ("made", "fabricación", "производ"): in a copula's
    /// predicate, the side after one is the maker, no agent ("el misil era de fabricación rusa").
    public var making: [String]
    /// The people the registry puts on a side (`side:` in `<language>/names/*.yaml`), added by
    /// `loadAll` (`PersonSides`), never written in cues.yaml: read apart from `agents`, as a
    /// person named in a statement is mostly its speaker or a witness.
    public var people: [Agent] = []
    /// How many words after an agent's form an action word may come for the agent to be its
    /// subject (more in German, whose participles close the clause).
    public var subjectWindow: Int
    /// How many words after an action word an agent may come and still be its agent ("обстрел
    /// ВСУ", "frappes russes"); 0 where such a word is the object ("shelling Ukrainian positions").
    public var agentAfter: Int

    public init(events: [String] = [], by: [String] = [], targets: [String] = [], passive: [String] = [], accusations: [String] = [],
                sources: [String] = [], links: [String] = [], supports: [String] = [], agents: [Agent] = [], auxiliaries: [String] = [], responsible: [String] = [],
                obliqueEndings: [String] = [], complementizers: [String] = [], causes: [String] = [], possessives: [String] = [],
                gerundEndings: [String] = [], speech: [String] = [], victims: [String] = [], pronouns: [String] = [], purposes: [String] = [], blame: [String] = [], mutual: [String] = [],
                eventPrefixes: [String] = [], relatives: [String] = [], launches: [String] = [], deeds: [String] = [], behind: [String] = [], standing: [String] = [],
                interrogatives: [String] = [], negations: [String] = [], enemies: [String] = [], negators: [String] = [], denials: [String] = [], clitics: [String] = [], holding: [String] = [],
                orders: [String] = [], agentCase: [String] = [], belonging: [String] = [], answering: [String] = [], before: [String] = [], intercepting: [String] = [], parts: [String] = [], making: [String] = [], subjectWindow: Int = 3, agentAfter: Int = 1) {
      self.events = events
      self.by = by
      self.targets = targets
      self.passive = passive
      self.accusations = accusations
      self.sources = sources
      self.links = links
      self.supports = supports
      self.agents = agents
      self.auxiliaries = auxiliaries
      self.responsible = responsible
      self.obliqueEndings = obliqueEndings
      self.complementizers = complementizers
      self.causes = causes
      self.possessives = possessives
      self.gerundEndings = gerundEndings
      self.speech = speech
      self.victims = victims
      self.pronouns = pronouns
      self.purposes = purposes
      self.blame = blame
      self.mutual = mutual
      self.eventPrefixes = eventPrefixes
      self.relatives = relatives
      self.launches = launches
      self.deeds = deeds
      self.behind = behind
      self.standing = standing
      self.interrogatives = interrogatives
      self.negations = negations
      self.enemies = enemies
      self.negators = negators
      self.denials = denials
      self.clitics = clitics
      self.holding = holding
      self.orders = orders
      self.agentCase = agentCase
      self.belonging = belonging
      self.answering = answering
      self.before = before
      self.intercepting = intercepting
      self.parts = parts
      self.making = making
      self.subjectWindow = subjectWindow
      self.agentAfter = agentAfter
    }

    enum CodingKeys: String, CodingKey {
      case events, by, targets, passive, accusations, sources, links, agents, auxiliaries, responsible, obliqueEndings, complementizers, subjectWindow
      case agentAfter, causes, possessives, gerundEndings, speech, victims, pronouns, purposes, blame, mutual, supports
      case eventPrefixes, relatives, launches, deeds, behind, standing, interrogatives, negations, enemies, negators, denials, clitics, holding, orders, agentCase, belonging
      case answering, before, intercepting, parts, making
    }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      events = try c.decodeIfPresent([String].self, forKey: .events) ?? []
      by = try c.decodeIfPresent([String].self, forKey: .by) ?? []
      targets = try c.decodeIfPresent([String].self, forKey: .targets) ?? []
      passive = try c.decodeIfPresent([String].self, forKey: .passive) ?? []
      accusations = try c.decodeIfPresent([String].self, forKey: .accusations) ?? []
      sources = try c.decodeIfPresent([String].self, forKey: .sources) ?? []
      links = try c.decodeIfPresent([String].self, forKey: .links) ?? []
      supports = try c.decodeIfPresent([String].self, forKey: .supports) ?? []
      agents = try c.decodeIfPresent([Agent].self, forKey: .agents) ?? []
      auxiliaries = try c.decodeIfPresent([String].self, forKey: .auxiliaries) ?? []
      responsible = try c.decodeIfPresent([String].self, forKey: .responsible) ?? []
      obliqueEndings = try c.decodeIfPresent([String].self, forKey: .obliqueEndings) ?? []
      complementizers = try c.decodeIfPresent([String].self, forKey: .complementizers) ?? []
      causes = try c.decodeIfPresent([String].self, forKey: .causes) ?? []
      possessives = try c.decodeIfPresent([String].self, forKey: .possessives) ?? []
      gerundEndings = try c.decodeIfPresent([String].self, forKey: .gerundEndings) ?? []
      speech = try c.decodeIfPresent([String].self, forKey: .speech) ?? []
      victims = try c.decodeIfPresent([String].self, forKey: .victims) ?? []
      pronouns = try c.decodeIfPresent([String].self, forKey: .pronouns) ?? []
      purposes = try c.decodeIfPresent([String].self, forKey: .purposes) ?? []
      blame = try c.decodeIfPresent([String].self, forKey: .blame) ?? []
      mutual = try c.decodeIfPresent([String].self, forKey: .mutual) ?? []
      eventPrefixes = try c.decodeIfPresent([String].self, forKey: .eventPrefixes) ?? []
      relatives = try c.decodeIfPresent([String].self, forKey: .relatives) ?? []
      launches = try c.decodeIfPresent([String].self, forKey: .launches) ?? []
      deeds = try c.decodeIfPresent([String].self, forKey: .deeds) ?? []
      behind = try c.decodeIfPresent([String].self, forKey: .behind) ?? []
      standing = try c.decodeIfPresent([String].self, forKey: .standing) ?? []
      interrogatives = try c.decodeIfPresent([String].self, forKey: .interrogatives) ?? []
      negations = try c.decodeIfPresent([String].self, forKey: .negations) ?? []
      enemies = try c.decodeIfPresent([String].self, forKey: .enemies) ?? []
      negators = try c.decodeIfPresent([String].self, forKey: .negators) ?? []
      denials = try c.decodeIfPresent([String].self, forKey: .denials) ?? []
      clitics = try c.decodeIfPresent([String].self, forKey: .clitics) ?? []
      holding = try c.decodeIfPresent([String].self, forKey: .holding) ?? []
      orders = try c.decodeIfPresent([String].self, forKey: .orders) ?? []
      agentCase = try c.decodeIfPresent([String].self, forKey: .agentCase) ?? []
      belonging = try c.decodeIfPresent([String].self, forKey: .belonging) ?? []
      answering = try c.decodeIfPresent([String].self, forKey: .answering) ?? []
      before = try c.decodeIfPresent([String].self, forKey: .before) ?? []
      intercepting = try c.decodeIfPresent([String].self, forKey: .intercepting) ?? []
      parts = try c.decodeIfPresent([String].self, forKey: .parts) ?? []
      making = try c.decodeIfPresent([String].self, forKey: .making) ?? []
      subjectWindow = try c.decodeIfPresent(Int.self, forKey: .subjectWindow) ?? 3
      agentAfter = try c.decodeIfPresent(Int.self, forKey: .agentAfter) ?? 1
    }
  }
}
