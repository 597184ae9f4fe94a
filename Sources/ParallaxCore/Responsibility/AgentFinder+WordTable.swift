/// The words of a statement as the reader first needs them, found on its bytes: each distinct
/// word is decided once per language (folded, the article elided before it set apart, whether it
/// is a word of action or of blame) and then found by its bytes in a `TokenTable`. A statement
/// with no word of harm or blame, most of them, is set aside without a string made for any of
/// its words.
extension AgentFinder {
  /// What one word as written is to the reader in one language.
  struct ReadWord {
    /// Folded, without an elided article or preposition ("armée" of "L'armée").
    var word: String
    /// The elided word before the apostrophe ("l"), if any.
    var elided: String?
    var isAction: Bool
    var isBlame: Bool
    /// The word begins with the key word of a phrase of answering for harm (`answering`).
    var mayAnswer = false
    /// A word of action or of blame, or one that may answer for harm: what makes a statement
    /// about harm.
    var mayBeHarm: Bool { isAction || isBlame || mayAnswer }
  }

  /// The words met in one language, by their bytes.
  struct WordTable {
    var table = TokenTable()
    var words: [ReadWord] = []
  }

  /// A statement's words (as `tokens(_:)` reads them) and what each is to the reader.
  struct ReadWords {
    var tokens: [Token]
    var facts: [ReadWord]
    /// The side the page's own narration holds responsible (`AgentFinder.pageSide`): "the
    /// enemy" of a statement whose speaker is on no side stands for it.
    var pageSide: EntityID? = nil
  }

  /// The words of `text` in `language`, or nil when none of them is a word of action or of blame.
  func readWords(_ text: String, _ cues: Prepared, _ language: LocaleID) -> ReadWords? {
    var memo = wordTables.removeValue(forKey: language) ?? WordTable()
    defer { wordTables[language] = memo }
    let bytes = Array(text.utf8)
    if let spans = Self.wordSpans(bytes) {
      let facts = spans.map { read(bytes[$0.range], cues, language, &memo) }
      guard facts.contains(where: \.mayBeHarm) else { return nil }
      let tokens = spans.map { Token(text: String(decoding: bytes[$0.range], as: UTF8.self), clause: $0.clause, afterColon: $0.afterColon) }
      return ReadWords(tokens: tokens, facts: facts)
    }
    let tokens = Self.tokens(text)
    let facts = tokens.map { read(ArraySlice($0.text.utf8), cues, language, &memo) }
    guard facts.contains(where: \.mayBeHarm) else { return nil }
    return ReadWords(tokens: tokens, facts: facts)
  }

  /// What the word `bytes` is to the reader in `language`, worked out the first time it is met.
  private func read(_ bytes: ArraySlice<UInt8>, _ cues: Prepared, _ language: LocaleID, _ memo: inout WordTable) -> ReadWord {
    let (id, isNew) = memo.table.id(of: bytes)
    guard isNew else { return memo.words[id] }
    // The table meets each word as written once: the word memos of `fold` and `isAction`
    // would only grow with the corpus's vocabulary here.
    let (word, elided) = Self.unelided(foldedAnew(String(decoding: bytes, as: UTF8.self)))
    let read = ReadWord(
      word: word, elided: elided, isAction: Self.isAction(word, cues), isBlame: cues.blame.contains(word),
      mayAnswer: cues.phases.answeringKeys.contains { word.hasPrefix($0) })
    memo.words.append(read)
    return read
  }

  /// A word's byte range and clause number.
  struct WordSpan {
    var range: Range<Int>
    var clause: Int
    /// Whether its clause opens after a colon.
    var afterColon = false
  }

  /// The words of UTF-8 `bytes` and their clauses, as `scalarTokens(_:)` reads them, or nil
  /// when a scalar is not a character of its own (`isOwnCharacter`): then only reading by
  /// character gives the words.
  static func wordSpans(_ bytes: [UInt8]) -> [WordSpan]? {
    var spans: [WordSpan] = []
    var start = -1
    // The end of the word's last letter or digit: apostrophes and hyphens after it are trimmed.
    var end = -1
    var clause = 0
    var afterColon = false
    var index = 0
    // The closing bracket of a bracketed word, which marks no clause, as its opening one.
    var quiet = -1
    while index < bytes.count {
      let (scalar, length) = Self.scalar(at: index, in: bytes)
      if bytes[index] == 0x28, let close = closingOfBracketedWord(bytes, after: index) {
        quiet = close
        if start >= 0 { spans.append(WordSpan(range: start..<end, clause: clause, afterColon: afterColon)) }
        start = -1
        index += 1
        continue
      }
      if index == quiet {
        if start >= 0 { spans.append(WordSpan(range: start..<end, clause: clause, afterColon: afterColon)) }
        start = -1
        index += 1
        continue
      }
      switch kind(of: scalar) {
      case .foreign:
        return nil
      case .wordPart:
        if start < 0 { start = index }
        end = index + length
      case .joiner where start >= 0:
        break
      case .clauseMark, .joiner(marksClause: true):
        if start >= 0 { spans.append(WordSpan(range: start..<end, clause: clause, afterColon: afterColon)) }
        start = -1
        clause += 1
        afterColon = scalar == ":"
      case .joiner(marksClause: false), .other:
        if start >= 0 { spans.append(WordSpan(range: start..<end, clause: clause, afterColon: afterColon)) }
        start = -1
      }
      index += length
    }
    if start >= 0 { spans.append(WordSpan(range: start..<end, clause: clause, afterColon: afterColon)) }
    return spans
  }

  /// The offset of the ")" that closes a bracket opened at `open` around one word, as
  /// `closingOfBracketedWord(_:after:)` finds it on scalars.
  static func closingOfBracketedWord(_ bytes: [UInt8], after open: Int) -> Int? {
    var index = open + 1
    var letters = 0
    while index < bytes.count {
      if bytes[index] == 0x29 { return letters > 0 ? index : nil }
      let (scalar, length) = Self.scalar(at: index, in: bytes)
      switch kind(of: scalar) {
      case .wordPart: letters += 1
      case .joiner where letters > 0: break
      default: return nil
      }
      index += length
    }
    return nil
  }

  /// What a scalar is to the word reader.
  enum ScalarKind {
    /// A letter or a digit.
    case wordPart
    /// An apostrophe or hyphen: inside a word, part of it; outside one, a hyphen is
    /// punctuation that ends a clause, an apostrophe is not.
    case joiner(marksClause: Bool)
    /// Punctuation other than quotation marks: the next word is in another clause.
    case clauseMark
    case other
    /// Not a character of its own (a combining mark, a joiner): read by character instead.
    case foreign
  }

  /// The kind of `scalar`, by the same properties as `scalarTokens(_:)` reads.
  static func kind(of scalar: Unicode.Scalar) -> ScalarKind {
    if scalar.value < 0x800 { return twoByteKinds[Int(scalar.value)] }
    return uncachedKind(of: scalar)
  }

  /// The kinds of the scalars UTF-8 writes in one or two bytes (ASCII, the Latin, Greek and
  /// Cyrillic letters of every language read here), worked out once: their properties are
  /// looked up per character otherwise.
  private static let twoByteKinds: [ScalarKind] = (0..<0x800).map { value in
    Unicode.Scalar(UInt32(value)).map(uncachedKind(of:)) ?? .other
  }

  private static func uncachedKind(of scalar: Unicode.Scalar) -> ScalarKind {
    guard isOwnCharacter(scalar) else { return .foreign }
    let properties = scalar.properties
    if properties.isAlphabetic || properties.numericType != nil { return .wordPart }
    let marksClause = isPunctuation(properties.generalCategory) && !properties.isQuotationMark && scalar != "’"
    if scalar == "'" || scalar == "’" || scalar == "-" { return .joiner(marksClause: marksClause) }
    return marksClause ? .clauseMark : .other
  }

  /// The scalar that starts at `index` of valid UTF-8 `bytes`, and its byte count.
  static func scalar(at index: Int, in bytes: [UInt8]) -> (Unicode.Scalar, Int) {
    let lead = UInt32(bytes[index])
    func continuation(_ k: Int) -> UInt32 { UInt32(bytes[index + k] & 0x3F) }
    let (value, length): (UInt32, Int) =
      switch lead {
      case ..<0x80: (lead, 1)
      case ..<0xE0: ((lead & 0x1F) << 6 | continuation(1), 2)
      case ..<0xF0: ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
      default: ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
      }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }
}
