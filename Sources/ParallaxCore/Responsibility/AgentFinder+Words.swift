import ParallaxICU

/// The words of statements and of cues as the `AgentFinder` reads them: one language's cues
/// prepared once, a statement's words numbered by clause, and the small searches the readings
/// share.
extension AgentFinder {
  /// One language's cues, case-folded and split into words.
  struct Prepared {
    var events: [String]
    var by: [[String]]
    var targets: [[String]]
    var passive: [String]
    var accusations: [String]
    var sources: [String]
    var links: Set<String>
    var supports: Set<String>
    var agents: AgentForms
    var auxiliaries: Set<String>
    var responsible: [String]
    var oblique: [String]
    var complementizers: Set<String>
    var causes: [String]
    var possessives: Set<String>
    var gerundEndings: [String]
    var speech: [String]
    var victims: [String]
    var pronouns: Set<String>
    var purposes: Set<String>
    var blame: Set<String>
    var mutual: [[String]]
    var eventPrefixes: [String]
    var relatives: Set<String>
    var launches: [String]
    var deeds: Set<String>
    var behind: Set<String>
    var standing: [String]
    var interrogatives: Set<String>
    var negations: Set<String>
    var enemies: [String]
    /// `accusations` of several words, each word whole.
    var accusationPhrases: [[String]]
    var negators: Set<String>
    var denials: [String]
    var clitics: Set<String>
    var holding: [String]
    var subjectWindow: Int
    var agentAfter: Int
    /// `events`, to find the ones a word begins with.
    var actionStems: ActionStems
    /// The cues of the readings around the sides' own (`AgentFinder+Phases.swift`).
    var phases = Phases()
  }

  /// The case-folded form of a word, memoized (news vocabulary repeats).
  public func fold(_ word: String) -> String {
    if let known = folded[word] { return known }
    let result = foldedAnew(word)
    folded[word] = result
    return result
  }

  /// The case-folded form of a word, worked out without the memo (for callers that meet each
  /// word once already).
  func foldedAnew(_ word: String) -> String {
    // ASCII folds by lowering its letters (NFKC leaves it as it is), without ICU.
    word.utf8.allSatisfy { $0 < 0x80 } ? word.lowercased() : (try? folder.normalize(word)) ?? word
  }

  /// The folded words of a cue phrase.
  func words(_ phrase: String) -> [String] { Self.tokens(phrase).map { fold($0.text) } }


  /// A word of a statement as written, and how many clause marks (comma, colon, dash, bracket,
  /// full stop) come before it. Quotation marks are none: a quote can open inside a clause
  /// ("les forces russes « ont miné le barrage »", "de « multiples frappes » ukrainiennes"),
  /// and neither are the round brackets around one word, an acronym or a gloss inside the
  /// phrase it explains ("противовоздушной обороны (ПВО) Украины").
  struct Token {
    var text: String
    var clause: Int
    /// Whether its clause opens after a colon (what follows a colon spells out the clause
    /// before it: `elaborationClaim`).
    var afterColon = false
  }

  /// The words of `text` (letters, digits and inner apostrophes or hyphens), numbered by clause.
  /// A text whose every scalar is a character of its own (`isOwnCharacter`: the letters,
  /// digits and punctuation of the Latin, Greek and Cyrillic blocks, no combining marks) is read
  /// scalar by scalar, which gives the same words as reading it by character and takes a
  /// fraction of the time.
  static func tokens(_ text: String) -> [Token] {
    text.unicodeScalars.allSatisfy(isOwnCharacter) ? scalarTokens(text) : characterTokens(text)
  }

  /// Whether `scalar` is always a character (grapheme cluster) of its own, whatever stands
  /// beside it: no combining mark, joiner, Hangul jamo, regional indicator or prepended mark.
  @inline(__always)
  static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x300, 0x370..<0x483, 0x48A..<0x530, 0x1E00..<0x2000, 0x2010..<0x2028, 0x2030..<0x205F, 0x20A0..<0x20D0:
      return true
    default:
      return false
    }
  }

  /// `tokens(_:)` of a text of scalars that are characters of their own.
  static func scalarTokens(_ text: String) -> [Token] {
    var out: [Token] = []
    let scalars = text.unicodeScalars
    var start: String.Index?
    var clause = 0
    func flush(_ end: String.Index) {
      guard let first = start else { return }
      var last = end
      while last > first {
        let before = scalars.index(before: last)
        let scalar = scalars[before]
        guard scalar == "'" || scalar == "’" || scalar == "-" else { break }
        last = before
      }
      if last > first { out.append(Token(text: String(scalars[first..<last]), clause: clause, afterColon: afterColon)) }
      start = nil
    }
    var afterColon = false
    var index = scalars.startIndex
    // The closing bracket of a bracketed word, which marks no clause, as its opening one.
    var quiet: String.Index?
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let properties = scalar.properties
      if properties.isAlphabetic || properties.numericType != nil || ((scalar == "'" || scalar == "’" || scalar == "-") && start != nil) {
        if start == nil { start = index }
      } else {
        flush(index)
        if scalar == "(" { quiet = Self.closingOfBracketedWord(scalars, after: index) }
        let bracket = (scalar == "(" && quiet != nil) || index == quiet
        if Self.isPunctuation(properties.generalCategory) && !properties.isQuotationMark && scalar != "’" && !bracket {
          clause += 1
          afterColon = scalar == ":"
        }
      }
      index = scalars.index(after: index)
    }
    flush(scalars.endIndex)
    return out
  }

  /// The index of the ")" that closes a bracket opened at `open` around one word (letters and
  /// digits, with inner apostrophes or hyphens), or nil.
  static func closingOfBracketedWord<C: BidirectionalCollection>(_ units: C, after open: C.Index) -> C.Index?
  where C.Element: BracketReadable {
    var index = units.index(after: open)
    var letters = 0
    while index < units.endIndex {
      let unit = units[index]
      if unit.isWordPart {
        letters += 1
      } else if unit.isClosingBracket {
        return letters > 0 ? index : nil
      } else if !(unit.isJoiner && letters > 0) {
        return nil
      }
      index = units.index(after: index)
    }
    return nil
  }

  /// Whether a general category is one of punctuation, as `Character.isPunctuation` reads it.
  static func isPunctuation(_ category: Unicode.GeneralCategory) -> Bool {
    switch category {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation:
      return true
    default:
      return false
    }
  }

  /// `tokens(_:)` read character by character, for any text.
  static func characterTokens(_ text: String) -> [Token] {
    var out: [Token] = []
    // The word being read runs from `start`; it is copied out once, when it ends.
    var start: String.Index?
    var clause = 0
    func flush(_ end: String.Index) {
      guard let first = start else { return }
      var word = text[first..<end]
      while let last = word.last, last == "'" || last == "’" || last == "-" { word.removeLast() }
      if !word.isEmpty { out.append(Token(text: String(word), clause: clause, afterColon: afterColon)) }
      start = nil
    }
    var afterColon = false
    var index = text.startIndex
    var quiet: String.Index?
    while index < text.endIndex {
      let character = text[index]
      defer { index = text.index(after: index) }
      if character.isLetter || character.isNumber || ((character == "'" || character == "’" || character == "-") && start != nil) {
        if start == nil { start = index }
        continue
      }
      flush(index)
      if character == "(" { quiet = Self.closingOfBracketedWord(text, after: index) }
      let bracket = (character == "(" && quiet != nil) || index == quiet
      let quotation = character.unicodeScalars.contains { $0.properties.isQuotationMark }
      if character.isPunctuation && !quotation && character != "’" && !bracket {
        clause += 1
        afterColon = character == ":"
      }
    }
    flush(text.endIndex)
    return out
  }

  /// The last of `mentions` (in order, not overlapping) that ends at or before `index`, found by
  /// halving.
  static func last(of mentions: [(entity: EntityID, range: Range<Int>)], endingBy index: Int) -> (entity: EntityID, range: Range<Int>)? {
    var (low, high) = (0, mentions.count)
    while low < high {
      let middle = (low + high) / 2
      if mentions[middle].range.upperBound <= index { low = middle + 1 } else { high = middle }
    }
    return low > 0 ? mentions[low - 1] : nil
  }

  /// Whether `word` (case-folded) ends in one of `endings` after a stem of three letters or more
  /// ("россии", "rosji"; not "всу").
  static func isOblique(_ word: String, _ endings: [String]) -> Bool {
    endings.contains { word.hasSuffix($0) && word.count - $0.count >= 3 }
  }

  /// The clauses of `words` that hold a phrase of mutual action ("each other", "gegenseitig"),
  /// and the words of the first such phrase.
  static func mutual(_ phrases: [[String]], in words: [String], tokens: [Token]) -> (clauses: Set<Int>, first: Range<Int>?) {
    var clauses = Set<Int>()
    var first: Range<Int>?
    for phrase in phrases where !phrase.isEmpty && phrase.count <= words.count {
      for start in 0...(words.count - phrase.count) where Array(words[start..<(start + phrase.count)]) == phrase {
        clauses.insert(tokens[start].clause)
        if start < first?.lowerBound ?? words.count { first = start..<(start + phrase.count) }
      }
    }
    return (clauses, first)
  }

  /// The positions of the last words of `phrases` (each word whole) where they occur in one
  /// clause of `words`.
  static func phraseEnds(_ phrases: [[String]], in words: [String], tokens: [Token]) -> Set<Int> {
    var ends = Set<Int>()
    for phrase in phrases where !phrase.isEmpty && phrase.count <= words.count {
      for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
        let end = start + phrase.count - 1
        if tokens[start].clause == tokens[end].clause && words[start...end].elementsEqual(phrase) { ends.insert(end) }
      }
    }
    return ends
  }

  /// Whether a clause opens with a word of purpose and a support verb (`supports`, or `links`
  /// where a language keeps them there), and an action word follows with at most one other
  /// word between ("by przeprowadzić ten zamach", "чтобы нанести удар").
  static func isCarryingOut(_ clause: Range<Int>, words: [String], events: Set<Int>, cues: Prepared) -> Bool {
    guard clause.count >= 3, cues.purposes.contains(words[clause.lowerBound]) else { return false }
    let verb = words[clause.lowerBound + 1]
    guard cues.supports.contains(verb) || cues.links.contains(verb) else { return false }
    var counted = 0
    for index in (clause.lowerBound + 2)..<clause.upperBound {
      if events.contains(index) { return true }
      if !cues.links.contains(words[index]) && !cues.supports.contains(words[index]) { counted += 1 }
      if counted > gap { return false }
    }
    return false
  }

  /// Whether the statement speaks of an attack, damage, a violation or a casualty, or lays
  /// blame for one (a word of `blame`).
  public func isAboutHarm(_ text: String, language: LocaleID) -> Bool {
    guard let (key, cues) = cues(of: language) else { return false }
    return Self.tokens(text).contains { word in
      let f = fold(word.text)
      return cues.blame.contains(f) || isAction(f, cues, key)
    }
  }

  /// The prepared cues of `language` (or of its base language), with the language they are of.
  func cues(of language: LocaleID) -> (LocaleID, Prepared)? {
    if let cues = prepared(language) { return (language, cues) }
    let base = LocaleID(language.language)
    return prepared(base).map { (base, $0) }
  }

  /// `isAction` of a folded word in the cues of `language`, memoized.
  func isAction(_ word: String, _ cues: Prepared, _ language: LocaleID) -> Bool {
    if let known = actions[language]?[word] { return known }
    let result = Self.isAction(word, cues)
    actions[language, default: [:]][word] = result
    return result
  }

  /// A folded word without an elided article or preposition before an apostrophe ("l'armée"
  /// is "armée", with "l" elided); a possessive ("kyiv's") is a word of its own.
  static func unelided(_ folded: String) -> (word: String, elided: String?) {
    guard let apostrophe = folded.firstIndex(where: { $0 == "'" || $0 == "’" }) else { return (folded, nil) }
    let before = folded.distance(from: folded.startIndex, to: apostrophe)
    let after = folded.distance(from: apostrophe, to: folded.endIndex) - 1
    guard before <= 2 || (before <= 4 && after >= 3) else { return (folded, nil) }
    return (String(folded[folded.index(after: apostrophe)...]), String(folded[..<apostrophe]))
  }
}

/// What the bracket reader asks of a scalar or a character (`closingOfBracketedWord`).
protocol BracketReadable {
  /// A letter or a digit.
  var isWordPart: Bool { get }
  /// An apostrophe or a hyphen.
  var isJoiner: Bool { get }
  var isClosingBracket: Bool { get }
}

extension Unicode.Scalar: BracketReadable {
  var isWordPart: Bool { properties.isAlphabetic || properties.numericType != nil }
  var isJoiner: Bool { self == "'" || self == "’" || self == "-" }
  var isClosingBracket: Bool { self == ")" }
}

extension Character: BracketReadable {
  var isWordPart: Bool { isLetter || isNumber }
  var isJoiner: Bool { self == "'" || self == "’" || self == "-" }
  var isClosingBracket: Bool { self == ")" }
}
