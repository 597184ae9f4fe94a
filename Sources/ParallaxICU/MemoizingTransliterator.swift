/// Transliterates text token by token through a memo table, because news vocabulary repeats
/// and ICU transliteration is the slowest step of the pipeline (4 to 40 MB/s).
///
/// A token is a maximal run of `wordCharacters` or a maximal run of anything else. The result
/// equals transliterating the whole text at once whenever the rules' contexts never look past
/// the word they are in; a scheme declares that by giving its word-character set.
/// Tokens with no code point in the transliterator's source set are copied unchanged. The memo
/// is keyed by a token's exact UTF-8 bytes (see `TokenMemo`), so its output is byte for byte
/// what the base transliterator gives for that token.
///
/// Not thread-safe: give each task its own (see `clone()`).
public final class MemoizingTransliterator {
  /// The transliterator behind the memo.
  public let base: Transliterator
  /// The code points that make up words for this scheme's rules.
  public let wordCharacters: UnicodeSet
  private let changes: UnicodeSet
  private var memo = TokenMemo()
  private let memoLimit: Int

  /// Wraps `base`.
  /// - Parameters:
  ///   - wordCharacters: the characters the rules treat as one word.
  ///   - memoLimit: the most tokens to remember; the table is emptied when it fills.
  public init(_ base: Transliterator, wordCharacters: UnicodeSet, memoLimit: Int = 200_000)
    throws(ICUError)
  {
    self.base = base
    self.wordCharacters = wordCharacters
    self.changes = try base.sourceSet()
    self.memoLimit = memoLimit
  }

  private init(base: Transliterator, wordCharacters: UnicodeSet, changes: UnicodeSet, memoLimit: Int) {
    self.base = base
    self.wordCharacters = wordCharacters
    self.changes = changes
    self.memoLimit = memoLimit
  }

  /// An independent copy with an empty memo, for another task.
  public func clone() throws(ICUError) -> MemoizingTransliterator {
    MemoizingTransliterator(
      base: try base.clone(), wordCharacters: wordCharacters, changes: changes,
      memoLimit: memoLimit)
  }

  /// The number of tokens remembered.
  public var memoCount: Int { memo.count }

  /// Lookups and hits since this transliterator was made (a clone starts from zero).
  public private(set) var statistics = MemoStatistics()

  /// Transliterates `text`; the same result as `base.transliterate(text)` for word-bounded rules.
  public func transliterate(_ text: String) throws(ICUError) -> String {
    if text.isEmpty { return text }
    var text = text
    var output: [UInt8] = []
    var failure: ICUError?
    // Work on a local copy of the memo (moved out, so never copied): accesses to a class's
    // stored properties are checked for exclusivity at run time, a local's are not.
    var memo = TokenMemo.placeholder
    swap(&memo, &self.memo)
    var counts = MemoStatistics()
    text.withUTF8 { bytes in
      output.reserveCapacity(bytes.count + bytes.count / 4)
      do throws(ICUError) {
        try run(bytes, into: &output, memo: &memo, counts: &counts)
      } catch {
        failure = error
      }
    }
    swap(&memo, &self.memo)
    statistics.lookups += counts.lookups
    statistics.hits += counts.hits
    if let failure { throw failure }
    return String(decoding: output, as: UTF8.self)
  }

  private func run(
    _ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], memo: inout TokenMemo,
    counts: inout MemoStatistics
  ) throws(ICUError) {
    let count = bytes.count
    var index = 0
    var tokenStart = 0
    var tokenIsWord = false
    var tokenChanges = false
    while index < count {
      let (scalar, width) = decodeScalar(bytes, at: index)
      let isWord = wordCharacters.contains(scalar)
      if index > tokenStart, isWord != tokenIsWord {
        try emit(
          UnsafeBufferPointer(rebasing: bytes[tokenStart..<index]), changes: tokenChanges,
          into: &output, memo: &memo, counts: &counts)
        tokenStart = index
        tokenChanges = false
      }
      tokenIsWord = isWord
      if !tokenChanges, changes.contains(scalar) { tokenChanges = true }
      index += width
    }
    try emit(
      UnsafeBufferPointer(rebasing: bytes[tokenStart..<count]), changes: tokenChanges,
      into: &output, memo: &memo, counts: &counts)
  }

  @inline(__always)
  private func emit(
    _ token: UnsafeBufferPointer<UInt8>, changes: Bool, into output: inout [UInt8],
    memo: inout TokenMemo, counts: inout MemoStatistics
  ) throws(ICUError) {
    guard changes else {
      output.append(contentsOf: token)
      return
    }
    counts.lookups += 1
    let hash = TokenMemo.hash(token)
    if memo.appendValue(of: token, hash: hash, to: &output) {
      counts.hits += 1
      return
    }
    if memo.count >= memoLimit { memo.removeAll() }
    try base.withTransliteration(utf8: token) { result in
      memo.insert(token, hash: hash, value: result)
      output.append(contentsOf: result)
    }
  }
}

/// Decodes the scalar at `index` of valid UTF-8; returns its value and byte width.
@inline(__always)
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
  let lead = UInt32(bytes[index])
  if lead < 0x80 { return (lead, 1) }
  if lead < 0xE0 {
    return (((lead & 0x1F) << 6) | (UInt32(bytes[index + 1]) & 0x3F), 2)
  }
  if lead < 0xF0 {
    return (
      ((lead & 0x0F) << 12) | ((UInt32(bytes[index + 1]) & 0x3F) << 6)
        | (UInt32(bytes[index + 2]) & 0x3F), 3
    )
  }
  return (
    ((lead & 0x07) << 18) | ((UInt32(bytes[index + 1]) & 0x3F) << 12)
      | ((UInt32(bytes[index + 2]) & 0x3F) << 6) | (UInt32(bytes[index + 3]) & 0x3F), 4
  )
}
