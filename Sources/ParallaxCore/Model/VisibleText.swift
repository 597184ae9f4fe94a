/// Text from inputs made safe to show in line-oriented output and in Markdown: bidirectional
/// controls written out as visible `\u{202E}` escapes (so a viewer cannot show a statement
/// reordered), and paths escaped so that one line is always one finding or one diagnostic.
///
/// ```swift
/// VisibleText.escapingBidiControls("a\u{202E}b")   // "a\u{202E}b" written out: a, \u{202E}, b
/// VisibleText.path("evil\n/x.txt:1:1:error")       // "evil\n/x.txt\:1\:1\:error" (backslash-escaped)
/// ```
public enum VisibleText {
  /// The embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), the
  /// left-to-right and right-to-left marks (U+200E, U+200F) and the Arabic letter mark (U+061C).
  public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
    default: false
    }
  }

  /// Whether UTF-8 `bytes` hold a bidirectional control; a byte scan, cheap enough for every
  /// string of a report.
  static func mayHoldBidiControl(_ bytes: some Sequence<UInt8>) -> Bool {
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in bytes {
      if completesBidiControl(previous, byte) { return true }
      previous = (previous.1, byte)
    }
    return false
  }

  /// Whether `byte`, after the two bytes `previous`, ends the UTF-8 form of a bidirectional
  /// control: E2 80 8E/8F/AA–AE, E2 81 A6–A9, or D8 9C.
  @inline(__always)
  static func completesBidiControl(_ previous: (UInt8, UInt8), _ byte: UInt8) -> Bool {
    if previous.1 == 0xD8 { return byte == 0x9C }
    guard previous.0 == 0xE2 else { return false }
    if previous.1 == 0x80 { return byte == 0x8E || byte == 0x8F || (0xAA...0xAE).contains(byte) }
    if previous.1 == 0x81 { return (0xA6...0xA9).contains(byte) }
    return false
  }

  /// The escape shown for `scalar`: `\u{202E}`.
  public static func escape(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "\\u{" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "}"
  }

  /// `text` with every bidirectional control replaced by its visible escape.
  public static func escapingBidiControls(_ text: String) -> String {
    guard mayHoldBidiControl(text.utf8) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      if isBidiControl(scalar) { out += escape(scalar) } else { out.unicodeScalars.append(scalar) }
    }
    return out
  }

  /// `path` for line-oriented output (`path:line:column:…`, diagnostics): a backslash, a colon,
  /// a line break, a tab or another control character is backslash-escaped (`\\ \: \n \r \t`,
  /// `\u{1B}`), and so is a bidirectional control, so a file name can neither split a line nor
  /// forge the fields after it. A path without any of them comes back as it is.
  public static func path(_ path: String) -> String { escapedForLine(path, fieldSeparators: true) }

  /// Free text (a message, a match) for one line of line-oriented output: line breaks and
  /// other control characters escaped like in paths, colons kept, bidirectional controls shown.
  public static func lineField(_ text: String) -> String { escapedForLine(text, fieldSeparators: false) }

  /// `text` with line breaks, controls and bidirectional controls escaped; with
  /// `fieldSeparators`, backslashes and colons too (they separate a line's fields).
  private static func escapedForLine(_ text: String, fieldSeparators: Bool) -> String {
    let needs = text.utf8.contains {
      $0 < 0x20 || $0 == 0x7F || (fieldSeparators && ($0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "\\")))
    }
    guard needs || mayHoldBidiControl(text.utf8)
      || text.unicodeScalars.contains(where: { $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}" })
    else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\" where fieldSeparators: out += "\\\\"
      case ":" where fieldSeparators: out += "\\:"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0x2028
        || scalar.value == 0x2029 || isBidiControl(scalar):
        out += escape(scalar)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
