/// The event clue rules of every language, folded for lookup, and the reading of a text's
/// clues: the counts of people it gives ("115 prisoners", "146 на 146"), the acts it names and
/// what they struck (see `EventClueRules`).
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
    /// Act ids named, and the ids of the targets named (with `targetPrefix`: `target.dam`),
    /// each once, in order. Event grouping takes each as a concept of every language.
    public var acts: [String] = []
    /// For each stage pair (`earlier`, `later`) whose acts are named: `earlier>later` with
    /// `earlierMark` when the earlier act is named, with `laterMark` when the later one is,
    /// sorted; event grouping compares these, without the pairs.
    public var stages: [String] = []
    /// The venues of the meetings it names (see `venueSlots`), each a place with the places
    /// it lies within, nearest first; in order, each once.
    public var venues: [[String]] = []
  }

  /// What an act id is prefixed with as a feature of event grouping (beside topic ids).
  public static let actPrefix = "act:"

  /// What joins the two acts of a stage pair in its marks (`mined>blown-up`), and what joins
  /// them when the earlier act foretells the later one (`warned»blown-up`: see
  /// `EventClueRules.foretelling`).
  public static let stageJoint = ">"
  public static let foretellingJoint = "»"

  /// What a stage mark ends with when the text names the earlier act of the pair.
  public static let earlierMark = "/earlier"
  /// What a stage mark ends with when the text names the later act of the pair.
  public static let laterMark = "/later"

  /// Per language: folded counted nouns.
  private var counted: [String: Set<String>] = [:]
  /// Per language: the act and target forms, longest first (see `Form`).
  private var forms: [String: [Form]] = [:]
  /// Per language: the forms whose first word is whole, by that word.
  private var byWord: [String: [String: [Int]]] = [:]
  /// Per language: the forms whose first word is a stem, by that stem.
  private var byStem: [String: [String: [Int]]] = [:]
  /// Per language: the lengths (in scalars) of the stems that start forms, ascending.
  private var stemLengths: [String: [Int]] = [:]
  /// Per language: the first `shortestStem` letters of every stem. A word that starts with
  /// none of them (most words) is not cut into prefixes to look up.
  private var stemHeads: [String: Set<UInt64>] = [:]
  /// Earlier and later stages of one kind of happening, as act ids.
  public private(set) var stages: [(earlier: String, later: String)] = []
  /// Earlier acts that foretell the later one of their pair (a warning of a blast).
  public private(set) var foretelling: Set<String> = []
  /// Per language: the forms of a gathering (talks, a summit), longest first.
  private var gatherings: [String: [Form]] = [:]
  /// Per language: the folded prepositions of where ("in", "на").
  private var locatives: [String: Set<String>] = [:]
  /// The registry types of places a meeting is held in (see `EventClueRules.venueTypes`).
  public private(set) var venueTypes: Set<String> = []

  /// One act or target form: its words, each whole or a stem (written with a final `*` in the
  /// data: "staudamm*" is Staudamm, Staudamms, Staudammes), and the id it names (a target's
  /// with `targetPrefix`).
  struct Form: Hashable {
    var words: [String]
    var stems: [Bool]
    var id: String

    /// Whether the folded `word` is this form's word at `index`.
    func matches(_ word: String, at index: Int) -> Bool {
      stems[index] ? word.hasPrefix(words[index]) : word == words[index]
    }
  }

  /// How many first statements of a document lead it (with its title): what happened is told
  /// there, and only their clues are read (a third statement already tells of the exchange
  /// before the one a meeting is about, as often as of its own).
  public static let lead = 2
  /// How many first statements of a document open it (with its title): when they state a day
  /// apart from the lead's, the lead's day is in doubt (`EventClueCollector.leadDays`). Three
  /// to ten gave the same events on the dev, Nord Stream and Jeddah-Alaska sets.
  public static let opening = 4

  /// How many words may stand between a number and the noun it counts ("115 Ukrainian
  /// servicemen", "90 украинских военнопленных").
  static let countReach = 3

  /// The fewest letters a stem has.
  static let shortestStem = 3

  /// The first `shortestStem` letters of a folded word (all of a shorter one), as one number:
  /// each scalar's value plus one in 21 bits, so that a shorter word's head is no stem's.
  /// (Asked of every word of a lead: a number, not a string made per word.)
  static func head(of word: String) -> UInt64 {
    var head: UInt64 = 0
    for scalar in word.unicodeScalars.prefix(shortestStem) { head = head << 21 | UInt64(scalar.value + 1) }
    return head
  }

  /// What a target id is prefixed with among the ids of `Clues.acts`.
  public static let targetPrefix = "target."

  /// What ends a word of a form that stands for every word starting with it.
  static let stemMark: Character = "*"

  public init(rules: [EventClueRules] = []) {
    var lists: [String: Set<Form>] = [:]
    for list in rules {
      let language = list.language.language
      counted[language, default: []].formUnion(list.counted.map { Self.words(of: $0).map(\.text).joined(separator: " ") })
      let named = list.acts.map { ($0.key, $0.value) } + list.targets.map { (Self.targetPrefix + $0.key, $0.value) }
      for (id, written) in named {
        for form in written {
          guard let form = Self.form(form, id: id) else { continue }
          lists[language, default: []].insert(form)
        }
      }
      for stage in list.stages where stage.count == 2 { stages.append((stage[0], stage[1])) }
      foretelling.formUnion(list.foretelling)
      for written in list.gatherings {
        if let form = Self.form(written, id: Self.gatheringID) { gatherings[language, default: []].append(form) }
      }
      for word in list.locatives { if let folded = Self.words(of: word).first { locatives[language, default: []].insert(folded.text) } }
      venueTypes.formUnion(list.venueTypes)
    }
    for (language, set) in lists {
      // Longest first, then by id and words: the first form that matches at a word wins.
      let sorted = set.sorted {
        ($0.words.count, $1.id, $1.words.joined(separator: " ")) > ($1.words.count, $0.id, $0.words.joined(separator: " "))
      }
      forms[language] = sorted
      var lengths = Set<Int>()
      for (index, form) in sorted.enumerated() {
        if form.stems[0] {
          byStem[language, default: [:]][form.words[0], default: []].append(index)
          lengths.insert(form.words[0].unicodeScalars.count)
          stemHeads[language, default: []].insert(Self.head(of: form.words[0]))
        } else {
          byWord[language, default: [:]][form.words[0], default: []].append(index)
        }
      }
      stemLengths[language] = lengths.sorted()
    }
    stages.sort { ($0.earlier, $0.later) < ($1.earlier, $1.later) }
    for (language, list) in gatherings {
      gatherings[language] = Array(Set(list)).sorted {
        ($0.words.count, $1.words.joined(separator: " ")) > ($1.words.count, $0.words.joined(separator: " "))
      }
    }
  }

  /// The id the forms of a gathering carry.
  static let gatheringID = "gathering"

  /// A form as written in the data, folded: nil when it has no word or a stem shorter than
  /// three letters (it would start too many words).
  static func form(_ written: String, id: String) -> Form? {
    var words: [String] = []
    var stems: [Bool] = []
    for part in written.split(separator: " ", omittingEmptySubsequences: true) {
      let stem = part.hasSuffix(String(stemMark))
      let found = Self.words(of: String(stem ? part.dropLast() : part)).map(\.text)
      guard !found.isEmpty else { continue }
      // "kachowka-staudamm" is two words, as the text is read; a stem mark ends the last.
      for (k, word) in found.enumerated() {
        words.append(word)
        stems.append(stem && k == found.count - 1)
      }
    }
    guard !words.isEmpty else { return nil }
    for (word, stem) in zip(words, stems) where stem && word.unicodeScalars.count < shortestStem { return nil }
    return Form(words: words, stems: stems, id: id)
  }

  public static func == (a: EventClueLexicon, b: EventClueLexicon) -> Bool {
    a.counted == b.counted && a.forms == b.forms && a.stages.map { [$0.earlier, $0.later] } == b.stages.map { [$0.earlier, $0.later] }
      && a.foretelling == b.foretelling && a.gatherings == b.gatherings && a.locatives == b.locatives
      && a.venueTypes == b.venueTypes
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(counted)
    hasher.combine(forms)
    for stage in stages { hasher.combine([stage.earlier, stage.later]) }
    hasher.combine(foretelling)
    hasher.combine(gatherings)
    hasher.combine(locatives)
    hasher.combine(venueTypes)
  }

  /// Whether the lexicon knows nothing (no language has rules).
  public var isEmpty: Bool { counted.isEmpty && forms.isEmpty }

  /// The clues of `text` in `language`.
  public func clues(in text: String, language: String) -> Clues {
    let nouns = counted[language] ?? []
    let forms = forms[language] ?? []
    let words = byWord[language] ?? [:]
    let stems = byStem[language] ?? [:]
    let lengths = stemLengths[language] ?? []
    let heads = stemHeads[language] ?? []
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
      // The forms that may start here: by the whole word, and by each stem the word starts with.
      var candidates = words[token.text] ?? []
      if !lengths.isEmpty, heads.contains(Self.head(of: token.text)) {
        let scalars = token.text.unicodeScalars
        let count = scalars.count
        for length in lengths where length <= count {
          let stem = String(String.UnicodeScalarView(scalars.prefix(length)))
          if let found = stems[stem] { candidates += found }
        }
      }
      guard !candidates.isEmpty else { continue }
      // The forms are longest first, so the first that matches is the longest.
      for candidate in candidates.sorted() {
        let form = forms[candidate]
        guard index + form.words.count <= tokens.count,
          form.words.indices.allSatisfy({ !tokens[index + $0].isNumber && form.matches(tokens[index + $0].text, at: $0) })
        else { continue }
        if seenActs.insert(form.id).inserted { result.acts.append(form.id) }
        break
      }
    }
    for stage in stages {
      let pair = stage.earlier + (foretelling.contains(stage.earlier) ? Self.foretellingJoint : Self.stageJoint) + stage.later
      if result.acts.contains(stage.earlier) { result.stages.append(pair + Self.earlierMark) }
      if result.acts.contains(stage.later) { result.stages.append(pair + Self.laterMark) }
    }
    result.stages.sort()
    return result
  }

  /// Where a statement may name the venue of a meeting, by the positions of its folded
  /// `words`: nil when it names no gathering ("talks", "саммит"); else `gatherings`, where each
  /// gathering's words start, ascending, and `afterLocatives`, each word right after a locative
  /// ("in Jeddah", "на Аляске": where a venue may start). Only right after: a place a few
  /// words on is as often another noun's ("we wspólnym oświadczeniu Kijowa", in the joint
  /// statement of Kyiv) as the venue ("in der saudi-arabischen Stadt Dschidda").
  public func venueSlots(words: [String], language: String) -> (gatherings: [Int], afterLocatives: Set<Int>)? {
    guard let forms = gatherings[language], !forms.isEmpty else { return nil }
    var found: [Int] = []
    for index in words.indices {
      for form in forms where index + form.words.count <= words.count {
        guard form.words.indices.allSatisfy({ form.matches(words[index + $0], at: $0) }) else { continue }
        found.append(index)
        break
      }
    }
    guard !found.isEmpty else { return nil }
    let prepositions = locatives[language] ?? []
    var after = Set<Int>()
    for (index, word) in words.enumerated() where index + 1 < words.count && prepositions.contains(word) { after.insert(index + 1) }
    return (found, after)
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
    // The word's UTF-8, folded as a token's bytes are when it ends.
    var current: [UInt8] = []
    current.reserveCapacity(64)
    var numeric = false
    func flush() {
      if !current.isEmpty {
        result.append(Word(text: TextFold.fold(utf8: current), isNumber: numeric))
      }
      current.removeAll(keepingCapacity: true)
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
        current.append(contentsOf: scalar.utf8)
      } else if isLetter {
        if numeric { flush() }
        current.append(contentsOf: scalar.utf8)
      } else if !current.isEmpty, index + 1 < scalars.count, case let joint = Self.joint(scalars, at: index, numeric: numeric),
        joint != .none
      {
        // A number keeps its groups joined; a decimal one is written with a point.
        if !numeric { current.append(contentsOf: scalar.utf8) } else if joint == .decimal { current.append(UInt8(ascii: ".")) }
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
