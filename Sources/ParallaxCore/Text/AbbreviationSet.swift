/// A word of valid UTF-8 as a byte slice, with whether it is "simple": every scalar in
/// U+0000–U+02FF or U+0400–U+04FF (ASCII, Latin, Cyrillic, no separate combining diacritics).
/// A simple string is already in NFC.
struct WordBytes {
  let bytes: UnsafeBufferPointer<UInt8>
  let isSimple: Bool

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    var simple = true
    for byte in bytes where !Self.isSimpleByte(byte) {
      simple = false
      break
    }
    isSimple = simple
  }

  init(_ bytes: UnsafeBufferPointer<UInt8>, isSimple: Bool) {
    self.bytes = bytes
    self.isSimple = isSimple
  }

  /// False for the lead bytes of scalars outside the simple ranges: lead bytes below 0xCC
  /// encode U+0000–U+02FF, 0xD0–0xD3 encode U+0400–U+04FF.
  @inline(__always)
  static func isSimpleByte(_ byte: UInt8) -> Bool {
    byte < 0xCC || byte & 0xFC == 0xD0
  }

  var isEmpty: Bool { bytes.isEmpty }
  var count: Int { bytes.count }
}

/// The abbreviation lists of a segmentation profile in one table: for a word, or a pair of
/// words joined by one space, which lists hold it. The answers are those of `Set<String>`
/// lookups (canonical equivalence).
///
/// Two simple strings (see `WordBytes`) are both in NFC, so they are canonically equivalent
/// exactly when their bytes are equal: that is the fast path, with no allocation and no
/// Unicode-aware hashing. A word that is not simple, or a table holding a form that is not,
/// falls back to a `[String: Lists]` lookup.
struct AbbreviationSet {
  /// The lists a form is on.
  struct Lists: OptionSet {
    let rawValue: UInt8
    static let noBreak = Lists(rawValue: 1)
    static let capitalOnly = Lists(rawValue: 2)
    static let afterNumber = Lists(rawValue: 4)
  }

  private let forms: [String: Lists]
  /// The simple forms' bytes end to end, sorted by length; entry `i` is
  /// `arena[starts[i] ..< starts[i] + length]`.
  private let arena: [UInt8]
  private let starts: [Int]
  private let lists: [Lists]
  /// `firstEntry[n] ..< firstEntry[n + 1]` are the entries of `n` bytes.
  private let firstEntry: [Int]
  /// Whether some form is not simple, so a simple word may still need the string lookup.
  let hasComplexForms: Bool
  /// The byte length of the longest simple form (0 when there is none).
  let longest: Int
  /// A 256-bit filter of `key(_:)` over the simple forms and over the last words of the simple
  /// forms of two words: a word whose key is not in it is no form and ends no pair form.
  private let filter: (UInt64, UInt64, UInt64, UInt64)

  init(noBreak: [String], capitalOnly: [String], afterNumber: [String]) {
    var forms: [String: Lists] = [:]
    for form in noBreak { forms[form, default: []].insert(.noBreak) }
    for form in capitalOnly { forms[form, default: []].insert(.capitalOnly) }
    for form in afterNumber { forms[form, default: []].insert(.afterNumber) }
    var simple: [([UInt8], Lists)] = []
    var complex = false
    for (form, lists) in forms.sorted(by: { $0.key < $1.key }) {
      let bytes = Array(form.utf8)
      if bytes.withUnsafeBufferPointer({ WordBytes($0).isSimple }) {
        simple.append((bytes, lists))
      } else {
        complex = true
      }
    }
    simple.sort { $0.0.count < $1.0.count }
    let longest = simple.last?.0.count ?? 0
    var arena: [UInt8] = []
    var starts: [Int] = []
    for (bytes, _) in simple {
      starts.append(arena.count)
      arena += bytes
    }
    var firstEntry = [Int](repeating: 0, count: longest + 2)
    var next = 0
    for length in 0...(longest + 1) {
      while next < simple.count, simple[next].0.count < length { next += 1 }
      firstEntry[length] = next
    }
    self.forms = forms
    self.arena = arena
    self.starts = starts
    self.lists = simple.map(\.1)
    self.firstEntry = firstEntry
    self.hasComplexForms = complex
    self.longest = longest
    var filter: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    for (bytes, _) in simple {
      let last = bytes.lastIndex(of: 0x20).map { bytes.index(after: $0) } ?? 0
      for key in [Self.key(bytes[...]), Self.key(bytes[last...])] {
        let bit = UInt64(1) << UInt64(key & 63)
        switch key >> 6 {
        case 0: filter.0 |= bit
        case 1: filter.1 |= bit
        case 2: filter.2 |= bit
        default: filter.3 |= bit
        }
      }
    }
    self.filter = filter
  }

  /// A byte from a word's length and its first two bytes.
  @inline(__always)
  private static func key<C: Collection<UInt8>>(_ word: C) -> Int {
    var iterator = word.makeIterator()
    let first = Int(iterator.next() ?? 0)
    let second = Int(iterator.next() ?? 0)
    return (word.count &* 31 &+ first &* 7 &+ second) & 255
  }

  /// False when `word` (simple) is surely no form and no last word of a pair form; true when
  /// it may be one (then look it up).
  @inline(__always)
  func mayHold(_ word: WordBytes) -> Bool {
    let key = Self.key(word.bytes)
    let bit = UInt64(1) << UInt64(key & 63)
    switch key >> 6 {
    case 0: return filter.0 & bit != 0
    case 1: return filter.1 & bit != 0
    case 2: return filter.2 & bit != 0
    default: return filter.3 & bit != 0
    }
  }

  /// The lists that hold `word`.
  func lists(of word: WordBytes) -> Lists {
    if word.isSimple {
      let found = find(nil, word.bytes)
      if !found.isEmpty || !hasComplexForms { return found }
    }
    return forms[String(decoding: word.bytes, as: UTF8.self)] ?? []
  }

  /// The lists that hold `previous` + " " + `word`.
  func lists(of previous: WordBytes, _ word: WordBytes) -> Lists {
    if previous.isSimple, word.isSimple {
      let found = find(previous.bytes, word.bytes)
      if !found.isEmpty || !hasComplexForms { return found }
    }
    let text =
      String(decoding: previous.bytes, as: UTF8.self) + " "
      + String(decoding: word.bytes, as: UTF8.self)
    return forms[text] ?? []
  }

  /// The lists of the simple form equal to `previous` + " " + `word` (just `word` without
  /// `previous`); empty when there is none.
  @inline(__always)
  private func find(_ previous: UnsafeBufferPointer<UInt8>?, _ word: UnsafeBufferPointer<UInt8>)
    -> Lists
  {
    let length = (previous.map { $0.count + 1 } ?? 0) + word.count
    guard length <= longest else { return [] }
    let first = firstEntry[length]
    let last = firstEntry[length + 1]
    if first == last { return [] }
    return arena.withUnsafeBufferPointer { arena in
      for index in first..<last {
        var i = starts[index]
        var same = true
        if let previous {
          for byte in previous where same {
            same = arena[i] == byte
            i += 1
          }
          if same {
            same = arena[i] == 0x20
            i += 1
          }
        }
        for byte in word where same {
          same = arena[i] == byte
          i += 1
        }
        if same { return lists[index] }
      }
      return []
    }
  }
}
