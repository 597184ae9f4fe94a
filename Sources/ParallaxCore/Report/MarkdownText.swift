import Foundation

extension Character {
  /// Whether it is one of the ASCII digits 0–9 (not any Unicode number).
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

/// Escaping for text from inputs placed into Markdown, so no input can break a table, start a
/// heading or list, open a link or emphasis, or inject raw HTML.
public enum MarkdownText {
  /// `text` as inline Markdown: every character that could open Markdown structure is
  /// backslash-escaped (emphasis, code, links, table pipes, strikethrough, math), `<` and `&`
  /// become entities so no raw HTML passes, and line breaks become spaces, bidirectional controls are shown as
  /// `\u{202E}` (`VisibleText`). Characters that
  /// only mean something at the start of a line (`#`, `>`, `-`, `+`, `=`, `1.`, `1)`) are
  /// escaped only there; a `]` only where a link could follow (`](`, `][`, `]:`, or the end),
  /// so "[of the deal]" stays as written; parentheses, braces and `!` need nothing once that
  /// `]` is escaped, so "(0.42)" stays as written too.
  public static func inline(_ text: String) -> String {
    if isPlain(text) { return text }
    // Byte by byte: every character to escape is ASCII, except the line and paragraph
    // separators and the bidirectional controls, whose lead bytes (0xE2, 0xD8) are the only
    // ones decoded; everything else is copied as it is.
    let bytes = Array(text.utf8)
    var buffer: [UInt8] = []
    buffer.reserveCapacity(bytes.count + 8)
    var atLineStart = true
    var k = 0
    while k < bytes.count {
      let byte = bytes[k]
      var width = 1
      if byte >= 0x80 {
        width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        width = min(width, bytes.count - k)
        if byte == 0xE2 || byte == 0xD8, let scalar = decode(bytes, k, width) {
          if scalar == "\u{2028}" || scalar == "\u{2029}" {
            if buffer.last != 0x20 && !buffer.isEmpty { buffer.append(0x20) }
            k += width
            continue
          }
          if VisibleText.isBidiControl(scalar) {
            // Shown, not obeyed: a right-to-left override would show the statement reordered.
            buffer.append(contentsOf: VisibleText.escape(scalar).utf8)
            atLineStart = false
            k += width
            continue
          }
        }
        buffer.append(contentsOf: bytes[k..<k + width])
        atLineStart = false
        k += width
        continue
      }
      switch byte {
      case 0x0A, 0x0D:  // \n \r
        if buffer.last != 0x20 && !buffer.isEmpty { buffer.append(0x20) }
        k += 1
        continue
      case 0x5C, 0x60, 0x2A, 0x5F, 0x7C, 0x7E, 0x24:  // \ ` * _ | ~ $
        buffer.append(0x5C)
        buffer.append(byte)
      case 0x5D:  // ]
        // A bracket opens a link only with a "](" or "][" after it (the report defines no
        // references): "[of the deal]" in a quotation stays as written. At the end, what the
        // report writes next is unknown: escaped to be safe.
        let next: UInt8? = k + 1 < bytes.count ? bytes[k + 1] : nil
        if next == nil || next == 0x28 || next == 0x5B || next == 0x3A { buffer.append(0x5C) }
        buffer.append(byte)
      case 0x3C: buffer.append(contentsOf: "&lt;".utf8)
      case 0x26: buffer.append(contentsOf: "&amp;".utf8)
      case 0x2D, 0x2B, 0x3D, 0x23, 0x3E:  // - + = # >
        // Only at the start could they open a list item, a heading or a quote: "front-line"
        // keeps its hyphen as written.
        if atLineStart { buffer.append(0x5C) }
        buffer.append(byte)
      default:
        buffer.append(byte)
      }
      atLineStart = false
      k += 1
    }
    var out = String(decoding: buffer, as: UTF8.self)
    // "1. " or "1) " at the start would become an ordered list item ("15.0" would not).
    if let mark = out.firstIndex(where: { $0 == "." || $0 == ")" }), mark != out.startIndex,
      out[out.startIndex..<mark].allSatisfy(\.isASCIIDigit),
      out.index(after: mark) == out.endIndex || out[out.index(after: mark)] == " " || out[out.index(after: mark)] == "\t"
    {
      out.insert("\\", at: mark)
    }
    return out
  }

  /// The scalar of `width` bytes at `offset` in valid UTF-8 `bytes`.
  private static func decode(_ bytes: [UInt8], _ offset: Int, _ width: Int) -> Unicode.Scalar? {
    var value = UInt32(bytes[offset]) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
    for i in 1..<width { value = value << 6 | UInt32(bytes[offset + i] & 0x3F) }
    return Unicode.Scalar(value)
  }

  /// Whether `text` has nothing to escape: no Markdown or HTML character, no line break, and
  /// no start that could open a block. Most words of news copy pass, so they are not copied.
  static func isPlain(_ text: String) -> Bool {
    var first = true
    // The lead byte (0xE2 or 0xD8) of a character being read, and its second byte: only the
    // line and paragraph separators and the bidirectional controls among those characters
    // need escaping, not quotation marks, dashes or ellipses.
    var lead: UInt8 = 0
    var second: UInt8 = 0
    for byte in text.utf8 {
      if lead == 0xD8 {
        if byte == 0x9C { return false }  // U+061C
        lead = 0
        continue
      }
      if lead == 0xE2 {
        if second == 0 {
          second = byte
          continue
        }
        if isSeparatorOrControl(second, byte) { return false }
        lead = 0
        second = 0
        continue
      }
      switch byte {
      case 0xE2, 0xD8:
        lead = byte
      // \n \r \\ ` * _ [ ] | ~ $ < &
      case 0x0A, 0x0D, 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x7C, 0x7E, 0x24, 0x3C, 0x26:
        return false
      case 0x2D, 0x2B, 0x3D, 0x23, 0x3E, 0x30...0x39:
        // - + = # > and digits could start a block only at the start.
        if first { return false }
      default: break
      }
      first = false
    }
    return true
  }

  /// Whether E2 `b1` `b2` is U+2028, U+2029, or a bidirectional control (U+200E, U+200F,
  /// U+202A–U+202E, U+2066–U+2069): what `inline` rewrites among the characters led by 0xE2.
  private static func isSeparatorOrControl(_ b1: UInt8, _ b2: UInt8) -> Bool {
    switch (b1, b2) {
    case (0x80, 0xA8), (0x80, 0xA9), (0x80, 0x8E), (0x80, 0x8F), (0x80, 0xAA...0xAE), (0x81, 0xA6...0xA9): true
    default: false
    }
  }

  /// `text` for a table cell: inline-escaped (pipes included) and never empty-looking.
  public static func cell(_ text: String) -> String {
    let escaped = inline(text)
    return escaped.isEmpty ? " " : escaped
  }

  /// `text` as inline code, with a fence longer than any backtick run inside it.
  public static func code(_ text: String) -> String {
    // Scalar by scalar: "\r\n" is one Character, so a Character-level replace would miss it.
    var flat = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n", "\r", "\u{2028}", "\u{2029}": flat += " "
      case "|": flat += "¦"
      case _ where VisibleText.isBidiControl(scalar): flat += VisibleText.escape(scalar)
      default: flat.unicodeScalars.append(scalar)
      }
    }
    var longest = 0
    var run = 0
    for character in flat {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let pad = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
    return fence + pad + flat + pad + fence
  }
}
