/// Text written into YAML that Parallax generates (name imports, review files, accepted
/// names): one quoting, so any text read back is the text written.
public enum YAMLText {
  /// `text` as a double-quoted YAML scalar: quotes and backslashes escaped, line breaks and
  /// tabs as `\n` `\r` `\t`, other control characters (C0, DEL, C1) and the byte order mark
  /// as `\uXXXX`.
  ///
  /// ```swift
  /// YAMLText.quoted("Kyiv \"city\"\n")   // "\"Kyiv \\\"city\\\"\\n\""
  /// ```
  public static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.value == 0xFEFF {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
