/// Text from inputs inside XML (checkstyle reports, SVG charts): one escaping for text content
/// and attribute values alike.
public enum XMLText {
  /// `text` as an XML 1.0 attribute value: markup characters as entities; tab, LF and CR as
  /// character references (a parser would otherwise turn them into spaces); characters XML 1.0
  /// cannot hold (other C0 controls, U+FFFE, U+FFFF) as U+FFFD.
  public static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t": out += "&#9;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}
