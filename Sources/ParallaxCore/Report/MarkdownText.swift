import Foundation
/// Escaping for text from inputs placed into Markdown, so no input can break a table, start a
/// heading or list, open a link or emphasis, or inject raw HTML.
public enum MarkdownText {
  /// `text` as inline Markdown: every character with Markdown meaning is backslash-escaped,
  /// `<` and `>` become entities, and line breaks become spaces.
  public static func inline(_ text: String) -> String {
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
      case "-", "+", "=" where atLineStart:
        out += "\\"
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
