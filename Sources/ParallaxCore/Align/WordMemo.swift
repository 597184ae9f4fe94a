/// What one word means to a statement's profile in one language, worked out the first time a
/// task meets it: news vocabulary repeats, so most words cost one array read. Plain values
/// only, so that reading it copies no references.
struct WordFacts {
  var isNegation: Bool
  /// Not a stop word, and has a letter: its stem is one of the statement's words.
  var isStemmable: Bool
  /// A framing term of the style, or its neutral alternative, can start with it.
  var startsFraming: Bool
  /// The topic patterns whose first word this is (or begins): a range of the memo's
  /// `candidates`.
  var candidates: Range<Int32>
}

/// What the words a profiler has met mean, by the matcher's token id and a language slot. Most
/// words are met in one language only, so each id has one entry, for the first language it is
/// met in; the few met in another language too (Russian and Ukrainian share many spellings)
/// have their other entries in a dictionary. One array per language would hold an entry per
/// id for every language, nearly all of them empty.
///
/// A stem is remembered as its number in `WordVocabulary.stems`, so a statement tells its
/// repeated stems apart by number, without hashing them.
struct WordMemo {
  struct Entry {
    /// The language slot the entry is for; -1 while the id has none.
    var slot: Int32 = -1
    var facts: WordFacts?
    /// The word's stem number: `unknown` until asked for, `none` when it has none.
    var stem = WordMemo.unknown
  }

  static let unknown: Int64 = -2
  static let none: Int64 = -1

  private var entries: [Entry] = []
  private var others: [Int: Entry] = [:]
  private var slots: [String: Int32] = [:]
  /// The topic pattern candidates of every word met, end to end.
  private(set) var candidates: [Int32] = []

  /// The slot of a language, given out the first time it is asked for.
  mutating func slot(of language: String) -> Int32 {
    if let known = slots[language] { return known }
    let new = Int32(slots.count)
    slots[language] = new
    return new
  }

  func facts(_ id: Int, _ slot: Int32) -> WordFacts? { entry(id, slot)?.facts }

  /// The topic pattern candidates of a word, from its facts.
  func candidates(of facts: WordFacts) -> ArraySlice<Int32> {
    candidates[Int(facts.candidates.lowerBound)..<Int(facts.candidates.upperBound)]
  }

  /// The stem number of word `id` in `slot`: `unknown` until `setStem` has been called.
  func stem(_ id: Int, _ slot: Int32) -> Int64 { entry(id, slot)?.stem ?? Self.unknown }

  /// Remembers a word's facts, its topic candidates among them.
  mutating func setFacts(
    isNegation: Bool, isStemmable: Bool, startsFraming: Bool, candidates new: [Int32], _ id: Int, _ slot: Int32
  ) -> WordFacts {
    let start = Int32(candidates.count)
    candidates.append(contentsOf: new)
    let facts = WordFacts(
      isNegation: isNegation, isStemmable: isStemmable, startsFraming: startsFraming,
      candidates: start..<Int32(candidates.count))
    update(id, slot) { $0.facts = facts }
    return facts
  }

  /// Remembers a word's stem (nil: it has none) and returns its number (or `none`).
  mutating func setStem(_ stem: String?, _ id: Int, _ slot: Int32) -> Int64 {
    let number = stem.map { Int64(WordVocabulary.stems.number(of: $0)) } ?? Self.none
    update(id, slot) { $0.stem = number }
    return number
  }

  private func entry(_ id: Int, _ slot: Int32) -> Entry? {
    if id < entries.count, entries[id].slot == slot { return entries[id] }
    return others[Self.key(id, slot)]
  }

  private mutating func update(_ id: Int, _ slot: Int32, _ change: (inout Entry) -> Void) {
    if id >= entries.count { entries.append(contentsOf: repeatElement(Entry(), count: id + 1 - entries.count)) }
    if entries[id].slot == -1 { entries[id].slot = slot }
    if entries[id].slot == slot {
      change(&entries[id])
    } else {
      change(&others[Self.key(id, slot), default: Entry(slot: slot)])
    }
  }

  private static func key(_ id: Int, _ slot: Int32) -> Int { id << 16 | Int(slot & 0xFFFF) }
}
