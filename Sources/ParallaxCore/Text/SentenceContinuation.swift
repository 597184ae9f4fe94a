/// Where a sentence goes on across a boundary ICU's sentence rules put: after an abbreviation
/// of the language's segmentation profile ("Mr.", "т. е.", "2022 г."), an initial before a
/// capitalized name ("S. Lavrov"), or a number before a word that makes it an ordinal ("12.
/// März"). Read on the bytes: words are looked up without building strings, and the next word is
/// decoded only for the forms and initials that depend on it.
struct SentenceContinuation {
  private let abbreviations: AbbreviationSet
  private let initials: Bool
  /// A simple word (see `WordBytes`) longer than this is no form and no initial; -1 when some
  /// form is not simple and every word needs the full lookup.
  private let longestForm: Int
  /// Words before which a number and a period are an ordinal ("12. März"), not a sentence end.
  private let ordinalsBefore: Set<String>

  init(profile: SegmentationProfile) {
    let abbreviations = AbbreviationSet(
      noBreak: profile.noBreakAfter, capitalOnly: profile.breakBeforeCapitalOnly,
      afterNumber: profile.afterNumberBreakBeforeCapitalOnly)
    self.abbreviations = abbreviations
    self.initials = profile.initials
    self.ordinalsBefore = Set(profile.ordinalsBefore)
    self.longestForm = abbreviations.hasComplexForms ? -1 : max(5, abbreviations.longest)
  }

  /// Whether the sentence goes on across the ICU boundary at `boundary` of valid UTF-8 `bytes`.
  func continues(_ bytes: UnsafeBufferPointer<UInt8>, at boundary: Int) -> Bool {
    // The last word before the boundary, without the spaces ICU keeps with the sentence.
    var end = boundary
    while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
    guard end > 0, bytes[end - 1] == UInt8(ascii: ".") else { return false }
    var start = end
    var simple = true
    while start > 0 {
      let byte = bytes[start - 1]
      if isSpace(byte) { break }
      if !WordBytes.isSimpleByte(byte) { simple = false }
      start -= 1
    }
    let word = WordBytes(UnsafeBufferPointer(rebasing: bytes[start..<end]), isSimple: simple)
    if !ordinalsBefore.isEmpty, end - start >= 2,
      bytes[start..<(end - 1)].allSatisfy({ (0x30...0x39).contains($0) }),
      ordinalsBefore.contains(nextWord(bytes, from: boundary))
    {
      return true
    }
    // Most sentences end in a word longer than any abbreviation: no lookup can match it (nor
    // a pair, which is longer still).
    if simple, longestForm >= 0, word.count > longestForm || !abbreviations.mayHold(word) {
      // Not a form, not the end of a pair form: only an initial ("S. Lavrov") can go on.
      return initials && isInitial(word) && startsUppercase(nextWordStart(bytes, from: boundary))
    }
    let single = abbreviations.lists(of: word)
    if single.contains(.noBreak) { return true }
    // The word before it, for forms of two words ("т. е.") and numbers ("2022 г."): needed
    // only when a pair could be that long or the word is a form that follows numbers.
    let pairFits = !simple || longestForm < 0 || word.count + 2 <= longestForm
    guard pairFits || !single.isEmpty else {
      return initials && isInitial(word) && startsUppercase(nextWordStart(bytes, from: boundary))
    }
    var previousEnd = start
    while previousEnd > 0, isSpace(bytes[previousEnd - 1]) { previousEnd -= 1 }
    var previousStart = previousEnd
    while previousStart > 0, !isSpace(bytes[previousStart - 1]) { previousStart -= 1 }
    let previous = WordBytes(UnsafeBufferPointer(rebasing: bytes[previousStart..<previousEnd]))
    let pair: AbbreviationSet.Lists =
      previous.isEmpty || !pairFits ? [] : abbreviations.lists(of: previous, word)
    if pair.contains(.noBreak) { return true }
    if single.contains(.afterNumber) {
      let first =
        previous.isEmpty ? nil : Unicode.Scalar(decodeUTF8Scalar(previous.bytes, at: 0).0)
      let afterNumber = first.map { $0.properties.numericType != nil } ?? false
      return afterNumber ? !startsUppercase(nextWordStart(bytes, from: boundary)) : true
    }
    if single.contains(.capitalOnly) || pair.contains(.capitalOnly) {
      return !startsUppercase(nextWordStart(bytes, from: boundary))
    }
    if initials, isInitial(word), startsUppercase(nextWordStart(bytes, from: boundary)) {
      return true
    }
    return false
  }

  /// The letters of the word that starts at or after `offset` (after spaces).
  private func nextWord(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> String {
    var start = offset
    while start < bytes.count, isSpace(bytes[start]) { start += 1 }
    var end = start
    while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: "."), bytes[end] != UInt8(ascii: ",") {
      end += 1
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  /// One uppercase letter and a period.
  private func isInitial(_ word: WordBytes) -> Bool {
    guard word.count >= 2, word.count <= 5 else { return false }
    let lead = word.bytes[0]
    if lead < 0x80 {
      // ASCII: the one uppercase ASCII letters are A to Z.
      return word.count == 2 && word.bytes[1] == UInt8(ascii: ".") && (0x41...0x5A).contains(lead)
    }
    let (value, width) = decodeUTF8Scalar(word.bytes, at: 0)
    guard width + 1 == word.count, word.bytes[width] == UInt8(ascii: "."),
      let scalar = Unicode.Scalar(value)
    else { return false }
    return scalar.properties.isUppercase
  }

  private func startsUppercase(_ scalar: Unicode.Scalar?) -> Bool {
    scalar?.properties.isUppercase ?? false
  }

  /// The first letter or digit at or after `offset`, skipping spaces, quotes and brackets.
  private func nextWordStart(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Unicode.Scalar? {
    var i = offset
    while i < bytes.count {
      let (value, width) = decodeUTF8Scalar(bytes, at: i)
      guard let scalar = Unicode.Scalar(value) else { return nil }
      let properties = scalar.properties
      if properties.isAlphabetic || properties.numericType != nil { return scalar }
      switch properties.generalCategory {
      case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .initialPunctuation,
        .finalPunctuation, .openPunctuation, .otherPunctuation, .dashPunctuation:
        i += width
      default:
        return nil
      }
    }
    return nil
  }
}

extension SentenceContinuation {
  /// `continues(_:at:)` on an array, for tests and callers without a buffer.
  func continues(_ bytes: [UInt8], at boundary: Int) -> Bool {
    bytes.withUnsafeBufferPointer { continues($0, at: boundary) }
  }
}
