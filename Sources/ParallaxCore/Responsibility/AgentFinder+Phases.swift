/// The readings `claim` runs around the readings of the sides' forms (`sideClaim`), each over
/// the statement's words and its language's cues alone: the doer's case after a passive, read
/// first as a by-phrase is; then, for a statement those readings find no agent in, the owner of
/// its weapon (`ownerClaim`), the user of its weapon (`userClaim`) and a person on a side
/// (`AgentFinder+People.swift`).
extension AgentFinder {
  /// The cues of these readings, prepared (folded) once per language.
  struct Phases {
    /// The forms of the people on a side (`StatementCues.Responsibility.people`).
    var people = AgentForms()
    /// Word prefixes of verbs and nouns of ordering and deciding (`orders`).
    var orders: [String] = []
    /// Endings of the case of the doer after a passive, with no preposition (`agentCase`).
    var agentCase: [String] = []
    /// Word prefixes of verbs of belonging (`belonging`).
    var belonging: [String] = []
    /// Phrases of answering for harm, each word a prefix (`answering`).
    var answering: [[String]] = []
    /// The longest word of each phrase of `answering`: a word that begins with one may start
    /// a statement's reading (`ReadWord.mayAnswer`).
    var answeringKeys: [String] = []
    /// Prepositions of time before, whole words (`before`).
    var before: Set<String> = []
    /// Word prefixes of intercepting (`intercepting`).
    var intercepting: [String] = []
    /// Word prefixes of nouns of parts (`parts`) and of making (`making`).
    var parts: [String] = []
    var making: [String] = []

    init() {}

    init(_ r: StatementCues.Responsibility, words: (String) -> [String], fold: (String) -> String) {
      people = AgentForms(r.people.flatMap { agent in agent.forms.map { (agent.entity, words($0)) } }.filter { !$0.1.isEmpty })
      orders = r.orders.map(fold)
      agentCase = r.agentCase.map(fold)
      belonging = r.belonging.map(fold)
      answering = r.answering.map(words).filter { !$0.isEmpty }
      answeringKeys = answering.compactMap { phrase in phrase.max { $0.count < $1.count } }
      before = Set(r.before.map(fold))
      intercepting = r.intercepting.map(fold)
      parts = r.parts.map(fold)
      making = r.making.map(fold)
    }

    /// Where the phrases of `answering` occur in `words`, in order: each word of a phrase a
    /// prefix of a word of one clause, with links and at most one other word between two, in
    /// lower case ("bears *full* responsibility"; a name between is the object of another verb:
    /// "held Russia accountable").
    func answerings(in words: [String], tokens: [Token], links: Set<String>) -> [Range<Int>] {
      var found: [Range<Int>] = []
      for start in words.indices {
        for phrase in answering where words[start].hasPrefix(phrase[0]) {
          var end = start
          var matched = true
          for part in phrase.dropFirst() {
            var next = end + 1
            var skipped = 0
            while next < words.count, tokens[next].clause == tokens[start].clause, !words[next].hasPrefix(part) {
              if !links.contains(words[next]) { skipped += 1 }
              if skipped > AgentFinder.gap || tokens[next].text.first?.isUppercase == true { break }
              next += 1
            }
            guard next < words.count, tokens[next].clause == tokens[start].clause, words[next].hasPrefix(part), skipped <= AgentFinder.gap,
              ((end + 1)..<next).allSatisfy({ tokens[$0].text.first?.isUppercase != true })
            else {
              matched = false
              break
            }
            end = next
          }
          if matched {
            found.append(start..<(end + 1))
            break
          }
        }
      }
      return found
    }
  }

  /// A side's form in the doer's case right after a passive form, articles aside, in languages
  /// that mark the doer so with no preposition ("ракета была выпущена украинскими войсками",
  /// "випущена українськими військовими"): the agent, as after a by-phrase. The form's first
  /// word ends with one of `agentCase` and keeps at least three letters before it.
  func passiveAgentClaim(_ read: ReadWords, _ cues: Prepared) -> AgentClaim? {
    guard !cues.phases.agentCase.isEmpty else { return nil }
    let words = read.facts.map(\.word)
    let tokens = read.tokens
    for mention in Self.agentMentions(in: words, cues: cues) {
      let first = words[mention.range.lowerBound]
      guard cues.phases.agentCase.contains(where: { first.hasSuffix($0) && first.count >= $0.count + 3 }) else { continue }
      var previous = mention.range.lowerBound - 1
      while previous >= 0, cues.links.contains(words[previous]) { previous -= 1 }
      guard previous >= 0, tokens[previous].clause == tokens[mention.range.lowerBound].clause, cues.passive.contains(words[previous]) else { continue }
      return AgentClaim(kind: .byPhrase, entity: mention.entity, evidence: tokens[previous..<mention.range.upperBound].map(\.text).joined(separator: " "))
    }
    return nil
  }

  /// The owner a verb of belonging gives the action or weapon word before it ("el misil que cayó
  /// … pertenece al arsenal ucraniano", "the missile belonged to Ukraine"): the first side's form
  /// a few words after the verb in its clause, articles and prepositions not counted.
  func ownerClaim(_ read: ReadWords, _ cues: Prepared) -> AgentClaim? {
    guard !cues.phases.belonging.isEmpty else { return nil }
    let words = read.facts.map(\.word)
    let tokens = read.tokens
    let mentions = Self.agentMentions(in: words, cues: cues)
    guard !mentions.isEmpty else { return nil }
    let starts = Dictionary(mentions.map { ($0.range.lowerBound, $0) }, uniquingKeysWith: { first, _ in first })
    for index in words.indices where cues.phases.belonging.contains(where: { words[index].hasPrefix($0) }) {
      guard (0..<index).contains(where: { read.facts[$0].isAction }) else { continue }
      var (next, counted) = (index + 1, 0)
      while next < words.count, counted < Self.accusedWindow, tokens[next].clause == tokens[index].clause {
        if let mention = starts[next] {
          return AgentClaim(kind: .genitive, entity: mention.entity, evidence: tokens[index..<mention.range.upperBound].map(\.text).joined(separator: " "))
        }
        if !cues.links.contains(words[next]) { counted += 1 }
        next += 1
      }
    }
    return nil
  }

  /// The side a by-phrase names right after a verb of launching or using (`launches`), one word
  /// between at most, in a statement with an action or weapon word before it: who uses the
  /// weapon ("Tochka-U tactical missiles, fragments of which were found …, are used only by the
  /// Ukrainian armed forces"). A form a source word follows in its clause is none.
  func userClaim(_ read: ReadWords, _ cues: Prepared) -> AgentClaim? {
    let words = read.facts.map(\.word)
    let tokens = read.tokens
    let mentions = Self.agentMentions(in: words, cues: cues)
    let events = Set(words.indices.filter { read.facts[$0].isAction })
    let covered = Set(mentions.flatMap { Array($0.range) })
    for mention in mentions {
      let after = mention.range.upperBound
      guard !(after < words.count && tokens[after].clause == tokens[mention.range.lowerBound].clause && cues.sources.contains(where: { words[after].hasPrefix($0) })),
        let start = Self.phraseStart(before: mention.range.lowerBound, cues.by, words: words, tokens: tokens, events: events, covered: covered, cues: cues),
        start > 0
      else { continue }
      let verbs = (max(0, start - 2)..<start).filter { tokens[$0].clause == tokens[start].clause && Self.isLaunching(words[$0], cues) }
      guard let verb = verbs.first, (0..<verb).contains(where: events.contains) else { continue }
      return AgentClaim(kind: .byPhrase, entity: mention.entity, evidence: tokens[verb..<mention.range.upperBound].map(\.text).joined(separator: " "))
    }
    return nil
  }
}
