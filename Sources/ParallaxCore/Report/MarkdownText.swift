import Foundation
/// Escaping for text from inputs placed into Markdown, so no input can break a table, start a
/// heading or list, open a link or emphasis, or inject raw HTML.
public enum MarkdownText {
  /// `text` as inline Markdown: every character with Markdown meaning is backslash-escaped,
  /// `<` and `>` become entities, line breaks become spaces, and bidirectional controls are
  /// shown as `\u{202E}` (`VisibleText`).
  public static func inline(_ text: String) -> String {
    if isPlain(text) { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    var atLineStart = true
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n", "\r", "\u{2028}", "\u{2029}":
        if !out.hasSuffix(" ") { out += " " }
        continue
      case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "!", "{", "}", "(", ")", "$":
        out += "\\"
        out.unicodeScalars.append(scalar)
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case _ where VisibleText.isBidiControl(scalar):
        // Shown, not obeyed: a right-to-left override would show the statement reordered.
        out += VisibleText.escape(scalar)
      case "-", "+", "=":
        // Only at the start could they open a list item or underline a heading: "front-line"
        // keeps its hyphen as written.
        if atLineStart { out += "\\" }
        out.unicodeScalars.append(scalar)
      default:
        out.unicodeScalars.append(scalar)
      }
      atLineStart = false
    }
    // "1." at the start would become an ordered list item.
    if let dot = out.firstIndex(of: "."), out[out.startIndex..<dot].allSatisfy(\.isNumber), dot != out.startIndex {
      out.insert("\\", at: dot)
    }
    return out
  }

  /// Whether `text` has nothing to escape: no Markdown or HTML character, no line break, and
  /// no start that could open a block. Most words of news copy pass, so they are not copied.
  static func isPlain(_ text: String) -> Bool {
    var first = true
    for byte in text.utf8 {
      switch byte {
      // \n \r \\ ` * _ [ ] | # ~ ! { } ( ) $ < > &, 0xE2 (the lead byte of U+2028/U+2029 and of
      // the bidirectional controls) and 0xD8 (that of U+061C, the Arabic letter mark).
      case 0x0A, 0x0D, 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x7C, 0x23, 0x7E, 0x21, 0x7B, 0x7D, 0x28, 0x29, 0x24, 0x3C, 0x3E,
        0x26, 0xE2, 0xD8:
        return false
      case 0x2D, 0x2B, 0x3D, 0x30...0x39:
        // - + = and digits could start a list or an ordered list; "-" also escapes inside.
        if first || byte == 0x2D || byte == 0x2B { return false }
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
