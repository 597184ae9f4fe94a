import Foundation
public import ParallaxICU

/// A ready-to-use transliterator for one scheme: word by word through a memo table when the
/// scheme's rules allow it, whole text otherwise.
///
/// Not thread-safe; use `clone()` for another task.
public final class SchemeTransliterator {
  /// The scheme ID or ICU system ID.
  public let id: String
  private let memoizing: MemoizingTransliterator?
  private let whole: Transliterator

  /// Compiles a scheme's rules (with its ASCII step when `ascii` is set).
  /// - Throws: `LocaleDataError.badRules` positioned at the failing rule line of the file.
  public init(scheme: TransliterationScheme, ascii: Bool = false) throws(LocaleDataError) {
    var rules = scheme.rules
    if ascii {
      // ::Null; starts a new pass, so the ASCII rules see the output of the main rules.
      rules += "\n::Null;\n" + (scheme.ascii ?? "::Latin-ASCII;")
    }
    let compiled: Transliterator
    do {
      compiled = try Transliterator(id: scheme.id, rules: rules)
    } catch {
      let mainLines = scheme.rules.split(separator: "\n", omittingEmptySubsequences: false).count
      // ICU counts lines from 1 in the text it was given.
      let inAscii = ascii && error.line > mainLines + 2
      let line =
        error.line <= 0
        ? scheme.rulesFirstLine
        : inAscii
          ? scheme.asciiFirstLine + error.line - mainLines - 3
          : scheme.rulesFirstLine + error.line - 1
      throw .badRules(
        file: scheme.file, line: line, column: max(1, error.offset + 1), scheme: scheme.id,
        problem: "\(error.icu.name) in the rule '\(Self.oneLine(error.before + error.after))'")
    }
    self.id = scheme.id
    self.whole = compiled
    if let pattern = scheme.wordCharacters {
      do {
        let set = try UnicodeSet(pattern: pattern)
        self.memoizing = try MemoizingTransliterator(compiled, wordCharacters: set)
      } catch {
        throw .invalidValue(
          file: scheme.file, line: 1, column: 1, key: "wordCharacters",
          problem: "\(error.description)")
      }
    } else {
      self.memoizing = nil
    }
  }

  /// Rule context on one line, for a message.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }.joined(separator: " ")
  }

  init(system: Transliterator) {
    self.id = system.id
    self.whole = system
    self.memoizing = nil
  }

  private init(id: String, whole: Transliterator, memoizing: MemoizingTransliterator?) {
    self.id = id
    self.whole = whole
    self.memoizing = memoizing
  }

  /// An independent copy for another task.
  public func clone() throws(ICUError) -> SchemeTransliterator {
    if let memoizing {
      let copy = try memoizing.clone()
      return SchemeTransliterator(id: id, whole: copy.base, memoizing: copy)
    }
    return SchemeTransliterator(id: id, whole: try whole.clone(), memoizing: nil)
  }

  /// Whether text goes through the word memo.
  public var isMemoized: Bool { memoizing != nil }

  /// The memo's lookups and hits so far; nil when the scheme is not memoized.
  public var memoStatistics: MemoStatistics? { memoizing?.statistics }

  /// Transliterates `text`.
  public func transliterate(_ text: String) throws(ICUError) -> String {
    if let memoizing { return try memoizing.transliterate(text) }
    return try transliterateWhole(text)
  }

  /// Transliterates `text` line by line with the plain rules, bypassing the memo: the reference
  /// the memo must equal. Lines, because ICU's transliteration slows down badly on very long
  /// buffers, and no scheme's rules look across a line break.
  public func transliterateWhole(_ text: String) throws(ICUError) -> String {
    guard text.utf8.count > 4096, text.utf8.contains(0x0A) else { return try whole.transliterate(text) }
    var output = ""
    output.reserveCapacity(text.utf8.count + text.utf8.count / 4)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.offset > 0 { output.append("\n") }
      output += try whole.transliterate(String(line.element))
    }
    return output
  }
}
