internal import CICUShim

/// A rule set that ICU could not compile: where the error is and ICU's reason.
public struct TransliterationRuleError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The transliterator's ID.
  public let id: String
  /// The 1-based line within the rule text, or 0 when ICU gave none.
  public let line: Int
  /// The 0-based offset within that line, or -1 when ICU gave none.
  public let offset: Int
  /// Up to 15 characters of rule text before and after the error.
  public let before: String
  public let after: String
  /// The ICU error.
  public let icu: ICUError

  public var description: String {
    let position = line > 0 ? "line \(line)" : "an unknown line"
    return "cannot compile transliteration rules '\(id)' at \(position): \(icu.name)"
      + " near '\(before)⟪⟫\(after)'"
  }
}

/// Transliterates text with ICU, from a system ID or from rule text.
///
/// Not thread-safe: it owns scratch buffers. Use `clone()` to get one for another task.
///
/// ```swift
/// let toLatin = try Transliterator(id: "Any-Latin; Latin-ASCII")
/// try toLatin.transliterate("Сполярич")   // "Spolyarich"
/// ```
public final class Transliterator {
  /// The ID it was opened with.
  public let id: String
  private let handle: OpaquePointer

  private init(id: String, handle: OpaquePointer) {
    self.id = id
    self.handle = handle
  }

  /// Opens a system transliterator such as `Ukrainian-Latin/BGN` or `Any-Latin; Latin-ASCII`.
  /// - Throws: `ICUError` (`U_INVALID_ID`) for an ID ICU does not know.
  public convenience init(id: String) throws(ICUError) {
    let units = [UInt16](utf16Of: id)
    var status: Int32 = 0
    let handle = pxicu_translit_open_id(units, Int32(units.count), &status)
    try ICUError.check(status, "open transliterator '\(id)'")
    guard let handle else { throw ICUError(code: 7, operation: "open transliterator '\(id)'") }
    self.init(id: id, handle: handle)
  }

  /// Compiles ICU transform rules.
  /// - Parameters:
  ///   - id: the name to give the transliterator.
  ///   - rules: rule text in ICU transform syntax.
  /// - Throws: `TransliterationRuleError` with the rule line and context when the rules do not
  ///   compile.
  public convenience init(id: String, rules: String) throws(TransliterationRuleError) {
    let idUnits = [UInt16](utf16Of: id)
    let ruleUnits = [UInt16](utf16Of: rules)
    var status: Int32 = 0
    var line: Int32 = 0
    var offset: Int32 = -1
    var before = [UInt16](repeating: 0, count: 16)
    var after = [UInt16](repeating: 0, count: 16)
    let handle = pxicu_translit_open_rules(
      idUnits, Int32(idUnits.count), ruleUnits, Int32(ruleUnits.count),
      &line, &offset, &before, &after, &status)
    guard status <= 0, let handle else {
      // ICU's rule parser reports the offset in the whole rule text and no line: derive both.
      var errorLine = Int(line)
      var errorOffset = Int(offset)
      if errorLine <= 0, errorOffset >= 0 {
        let prefix = ruleUnits.prefix(errorOffset)
        errorLine = prefix.count(where: { $0 == 0x0A }) + 1
        let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        errorOffset = String(decoding: prefix[lineStart...], as: UTF16.self).unicodeScalars.count
      }
      throw TransliterationRuleError(
        id: id, line: errorLine, offset: errorOffset,
        before: stringFromUTF16(before), after: stringFromUTF16(after),
        icu: ICUError(code: status > 0 ? status : 7, operation: "compile rules '\(id)'"))
    }
    self.init(id: id, handle: handle)
  }

  deinit { pxicu_translit_close(handle) }

  /// An independent copy for use on another task.
  public func clone() throws(ICUError) -> Transliterator {
    var status: Int32 = 0
    let copy = pxicu_translit_clone(handle, &status)
    try ICUError.check(status, "clone transliterator '\(id)'")
    guard let copy else { throw ICUError(code: 7, operation: "clone transliterator '\(id)'") }
    return Transliterator(id: id, handle: copy)
  }

  /// Transliterates `text` as a whole.
  public func transliterate(_ text: String) throws(ICUError) -> String {
    if text.isEmpty { return text }
    return try withCString8(text, operation: "transliterate with '\(id)'") {
      (pointer, length) throws(ICUError) -> String in
      try transliterate(utf8: pointer, count: length)
    }
  }

  /// Transliterates `count` UTF-8 bytes at `pointer`.
  func transliterate(utf8 pointer: UnsafePointer<CChar>?, count: Int32) throws(ICUError) -> String {
    var status: Int32 = 0
    var out: UnsafePointer<CChar>?
    let written = pxicu_translit_apply_utf8(handle, pointer, count, &out, &status)
    try ICUError.check(status, "transliterate with '\(id)'")
    return stringFromShim(out, count: written)
  }

  /// Transliterates `bytes` (valid UTF-8) and calls `body` with the result, which lives in the
  /// shim's buffer until the next call on this transliterator.
  func withTransliteration<R>(
    utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) throws(ICUError) -> R {
    guard bytes.count <= Int(Int32.max) else { throw ICUError.tooLong("transliterate with '\(id)'") }
    var status: Int32 = 0
    var out: UnsafePointer<CChar>?
    let pointer = UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self)
    let written = pxicu_translit_apply_utf8(handle, pointer, Int32(bytes.count), &out, &status)
    try ICUError.check(status, "transliterate with '\(id)'")
    let result = UnsafeRawPointer(out)?.assumingMemoryBound(to: UInt8.self)
    return body(UnsafeBufferPointer(start: result, count: result == nil ? 0 : Int(written)))
  }

  /// The code points this transliterator may change, as a frozen set.
  public func sourceSet() throws(ICUError) -> UnicodeSet {
    var status: Int32 = 0
    var capacity = 4096
    while true {
      var buffer = [UInt16](repeating: 0, count: capacity)
      let length = Int(pxicu_translit_source_set_pattern(handle, &buffer, Int32(capacity), &status))
      try ICUError.check(status, "read the source set of '\(id)'")
      if length < capacity {
        return try UnicodeSet(pattern: String(decoding: buffer.prefix(length), as: UTF16.self))
      }
      capacity = length + 1
    }
  }

  /// The IDs of ICU's built-in transliterators, sorted.
  public static func systemIDs() throws(ICUError) -> [String] {
    var status: Int32 = 0
    let needed = pxicu_translit_system_ids(nil, 0, &status)
    try ICUError.check(status, "list system transliterators")
    var buffer = [CChar](repeating: 0, count: Int(needed) + 1)
    _ = pxicu_translit_system_ids(&buffer, Int32(buffer.count), &status)
    try ICUError.check(status, "list system transliterators")
    let text = String(decoding: buffer.prefix(Int(needed)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return text.split(separator: "\n").map(String.init).sorted()
  }
}
