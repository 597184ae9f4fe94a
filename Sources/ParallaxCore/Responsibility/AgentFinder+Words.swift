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
    var agents: [(entity: EntityID, form: [String])]
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
    var subjectWindow: Int
    var agentAfter: Int
  }

  /// A word of a statement as written, and how many clause marks (comma, colon, dash, bracket,
  /// full stop) come before it. Quotation marks are none: a quote can open inside a clause
  /// ("les forces russes « ont miné le barrage »", "de « multiples frappes » ukrainiennes").
  struct Token {
    var text: String
    var clause: Int
  }

  /// The words of `text` (letters, digits and inner apostrophes or hyphens), numbered by clause.
  static func tokens(_ text: String) -> [Token] {
    var out: [Token] = []
    var current = ""
    var clause = 0
    func flush() {
      while let last = current.last, last == "'" || last == "’" || last == "-" { current.removeLast() }
      if !current.isEmpty { out.append(Token(text: current, clause: clause)) }
      current = ""
    }
    for character in text {
      if character.isLetter || character.isNumber || ((character == "'" || character == "’" || character == "-") && !current.isEmpty) {
        current.append(character)
        continue
      }
      flush()
      let quotation = character.unicodeScalars.contains { $0.properties.isQuotationMark }
      if character.isPunctuation && !quotation && character != "’" { clause += 1 }
    }
    flush()
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
}
