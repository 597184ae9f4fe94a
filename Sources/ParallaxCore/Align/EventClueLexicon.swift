/// The event clue rules of every language, folded for lookup, and the reading of a text's
/// clues: the counts of people it gives ("115 prisoners", "146 на 146") and the acts it names
/// (see `EventClueRules`).
///
/// ```swift
/// let lexicon = EventClueLexicon(rules: try EventClueRules.loadAll(from: data))
/// lexicon.clues(in: "Ukraine got back 115 prisoners of war.", language: "en").counts   // ["115"]
/// ```
public struct EventClueLexicon: Sendable, Hashable {
  /// What a text says that tells its happening from others of its kind.
  public struct Clues: Sendable, Hashable {
    /// Numbers that count the people of an exchange, each once, in order.
    public var counts: [String] = []
    /// Act ids named, each once, in order.
    public var acts: [String] = []
    /// For each stage pair (`earlier`, `later`) whose acts are named: `earlier>later` with
    /// `earlierMark` when the earlier act is named, with `laterMark` when the later one is,
    /// sorted; event grouping compares these, without the pairs.
    public var stages: [String] = []
  }

  /// What an act id is prefixed with as a feature of event grouping (beside topic ids).
  public static let actPrefix = "act:"

  /// What a stage mark ends with when the text names the earlier act of the pair.
  public static let earlierMark = "/earlier"
  /// What a stage mark ends with when the text names the later act of the pair.
  public static let laterMark = "/later"

  /// Per language: folded counted nouns.
  private var counted: [String: Set<String>] = [:]
  /// Per language: folded forms (words joined by one space) → act id.
  private var acts: [String: [String: String]] = [:]
  /// Per language: the most words a form has.
  private var longest: [String: Int] = [:]
  /// Per language: the first word of every form (a word that starts none is passed over
  /// without building the phrases that start with it).
  private var firstWords: [String: Set<String>] = [:]
  /// Earlier and later stages of one kind of happening, as act ids.
  public private(set) var stages: [(earlier: String, later: String)] = []

  /// How many first statements of a document lead it (with its title): what happened is told
  /// there, and only their clues are read (a third statement already tells of the exchange
  /// before the one a meeting is about, as often as of its own).
  public static let lead = 2

  /// How many words may stand between a number and the noun it counts ("115 Ukrainian
  /// servicemen", "90 украинских военнопленных").
  static let countReach = 3

  public init(rules: [EventClueRules] = []) {
    for list in rules {
      let language = list.language.language
      counted[language, default: []].formUnion(list.counted.map { Self.words(of: $0).map(\.text).joined(separator: " ") })
      for act in list.acts.keys.sorted() {
        for form in list.acts[act] ?? [] {
          let words = Self.words(of: form)
          guard !words.isEmpty else { continue }
          let key = words.map(\.text).joined(separator: " ")
          if acts[language]?[key] == nil { acts[language, default: [:]][key] = act }
          longest[language] = max(longest[language] ?? 1, words.count)
          firstWords[language, default: []].insert(words[0].text)
        }
      }
      for stage in list.stages where stage.count == 2 { stages.append((stage[0], stage[1])) }
    }
    stages.sort { ($0.earlier, $0.later) < ($1.earlier, $1.later) }
  }

  public static func == (a: EventClueLexicon, b: EventClueLexicon) -> Bool {
    a.counted == b.counted && a.acts == b.acts && a.stages.map { [$0.earlier, $0.later] } == b.stages.map { [$0.earlier, $0.later] }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(counted)
    hasher.combine(acts)
    for stage in stages { hasher.combine([stage.earlier, stage.later]) }
  }

  /// Whether the lexicon knows nothing (no language has rules).
  public var isEmpty: Bool { counted.isEmpty && acts.isEmpty }

  /// The clues of `text` in `language`.
  public func clues(in text: String, language: String) -> Clues {
    let nouns = counted[language] ?? []
    let forms = acts[language] ?? [:]
    let starts = firstWords[language] ?? []
    guard !nouns.isEmpty || !forms.isEmpty, !text.isEmpty else { return Clues() }
    let tokens = Self.words(of: text)
    var result = Clues()
    var seenCounts = Set<String>()
    var seenActs = Set<String>()
    for (index, token) in tokens.enumerated() {
      if token.isNumber {
        guard !Self.isYear(token.text) else { continue }
        // The noun it counts, or the same number again ("146 на 146", "75-for-75"), a few
        // words on.
        for next in tokens[(index + 1)..<min(tokens.count, index + 1 + Self.countReach)] {
          if next.isNumber ? next.text == token.text : nouns.contains(next.text) {
            if seenCounts.insert(token.text).inserted { result.counts.append(token.text) }
            break
          }
          if next.isNumber { break }
        }
        continue
      }
      guard starts.contains(token.text) else { continue }
      var span = min(longest[language] ?? 1, tokens.count - index)
      while span > 0 {
        let key = tokens[index..<(index + span)].map(\.text).joined(separator: " ")
        if let act = forms[key] {
          if seenActs.insert(act).inserted { result.acts.append(act) }
          break
        }
        span -= 1
      }
    }
    for stage in stages {
      let pair = stage.earlier + ">" + stage.later
      if result.acts.contains(stage.earlier) { result.stages.append(pair + Self.earlierMark) }
      if result.acts.contains(stage.later) { result.stages.append(pair + Self.laterMark) }
    }
    result.stages.sort()
    return result
  }

  /// A word or a number of a text, folded.
  struct Word: Hashable {
    var text: String
    var isNumber: Bool
  }

  /// The words and numbers of `text`, folded, in order: a word is a run of letters and marks
  /// (with an apostrophe inside), a number a run of digits (with the thousands groups of
  /// "1.788", "4 349" joined; "4,3" is `4.3`).
  static func words(of text: String) -> [Word] {
    var result: [Word] = []
    var current = String.UnicodeScalarView()
    var numeric = false
    func flush() {
      if !current.isEmpty { result.append(Word(text: TextFold.fold(String(current)), isNumber: numeric)) }
      current = String.UnicodeScalarView()
      numeric = false
    }
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      let isDigit = scalar.value >= 0x30 && scalar.value <= 0x39
      // (No mark lies below U+0300: a space or a comma is not asked for its category.)
      let isLetter =
        !isDigit && (ScalarFacts.isAlphabetic(scalar) || (scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark))
      if isDigit {
        if !numeric { flush() }
        numeric = true
        current.append(scalar)
      } else if isLetter {
        if numeric { flush() }
        current.append(scalar)
      } else if !current.isEmpty, index + 1 < scalars.count, case let joint = Self.joint(scalars, at: index, numeric: numeric),
        joint != .none
      {
        // A number keeps its groups joined; a decimal one is written with a point.
        if !numeric { current.append(scalar) } else if joint == .decimal { current.append(".") }
      } else {
        flush()
      }
    }
    flush()
    return result
  }

  /// How `scalars[index]` continues the word or number before it: an apostrophe inside a word,
  /// a thousands separator before a group of three digits, a decimal point or comma before
  /// other digits ("4,3 тысячи" is no count of 3).
  private enum Joint { case none, inside, decimal }

  private static func joint(_ scalars: [Unicode.Scalar], at index: Int, numeric: Bool) -> Joint {
    let scalar = scalars[index]
    func isDigit(_ k: Int) -> Bool { k < scalars.count && scalars[k].value >= 0x30 && scalars[k].value <= 0x39 }
    if numeric {
      guard scalar == "." || scalar == "," || scalar == " " || scalar == "\u{A0}" || scalar == "\u{202F}",
        isDigit(index + 1)
      else { return .none }
      if isDigit(index + 2) && isDigit(index + 3) && !isDigit(index + 4) { return .inside }
      return scalar == "." || scalar == "," ? .decimal : .none
    }
    guard scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2BC}" else { return .none }
    return ScalarFacts.isAlphabetic(scalars[index + 1]) ? .inside : .none
  }

  /// Whether a number is a year of the news (1900–2100): context, not a count.
  static func isYear(_ number: String) -> Bool {
    number.utf8.count == 4 && (Int(number).map { (1900...2100).contains($0) } ?? false)
  }
}
