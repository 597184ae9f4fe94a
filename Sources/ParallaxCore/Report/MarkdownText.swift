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
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    var atLineStart = true
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "\n", "\r", "\u{2028}", "\u{2029}":
        if !out.hasSuffix(" ") && !out.isEmpty { out += " " }
        continue
      case "\\", "`", "*", "_", "|", "~", "$":
        out += "\\"
        out.unicodeScalars.append(scalar)
      case "[":
        // A bracket opens a link only with a "](" or "][" after it (the report defines no
        // references): "[of the deal]" in a quotation stays as written.
        out.unicodeScalars.append(scalar)
      case "]":
        let next = index + 1 < scalars.count ? scalars[index + 1] : nil
        // At the end, what the report writes next is unknown: escaped to be safe.
        if next == nil || next == "(" || next == "[" || next == ":" { out += "\\" }
        out.unicodeScalars.append(scalar)
      case "<": out += "&lt;"
      case "&": out += "&amp;"
      case _ where VisibleText.isBidiControl(scalar):
        // Shown, not obeyed: a right-to-left override would show the statement reordered.
        out += VisibleText.escape(scalar)
      case "-", "+", "=", "#", ">":
        // Only at the start could they open a list item, a heading or a quote: "front-line"
        // keeps its hyphen as written.
        if atLineStart { out += "\\" }
        out.unicodeScalars.append(scalar)
      default:
        out.unicodeScalars.append(scalar)
      }
      atLineStart = false
    }
    // "1. " or "1) " at the start would become an ordered list item ("15.0" would not).
    if let mark = out.firstIndex(where: { $0 == "." || $0 == ")" }), mark != out.startIndex,
      out[out.startIndex..<mark].allSatisfy(\.isASCIIDigit),
      out.index(after: mark) == out.endIndex || out[out.index(after: mark)] == " " || out[out.index(after: mark)] == "\t"
    {
      out.insert("\\", at: mark)
    }
    return out
  }

  /// Whether `text` has nothing to escape: no Markdown or HTML character, no line break, and
  /// no start that could open a block. Most words of news copy pass, so they are not copied.
  static func isPlain(_ text: String) -> Bool {
    var first = true
    for byte in text.utf8 {
      switch byte {
      // \n \r \\ ` * _ [ ] | ~ $ < &, 0xE2 (the lead byte of U+2028/U+2029 and of the
      // bidirectional controls) and 0xD8 (that of U+061C, the Arabic letter mark).
      case 0x0A, 0x0D, 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x7C, 0x7E, 0x24, 0x3C, 0x26, 0xE2, 0xD8:
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
