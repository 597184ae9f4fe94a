/// A JSON value whose objects keep their keys in the order written, so every JSON output of
/// Parallax has a stable, documented key order (the CLI contract) and is byte-identical run to run.
public indirect enum JSONValue: Sendable, Hashable {
  case string(String)
  case int(Int)
  case number(Double)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }
  public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

  /// A string or null.
  public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

  /// The JSON text, indented by two spaces when `pretty`.
  public func rendered(pretty: Bool = true) -> String {
    var out = ""
    write(into: &out, indent: 0, pretty: pretty)
    return out
  }

  /// Appends the JSON text to `out`, as `rendered(pretty:)` gives it, nested `indent` levels
  /// deep (for writers that stream a large document a part at a time).
  func write(into out: inout String, indent: Int, pretty: Bool) {
    switch self {
    case .string(let text): Self.quote(text, into: &out)
    case .int(let value): out += String(value)
    case .number(let value):
      if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
        out += String(Int(value))
      } else if value.isFinite {
        out += String(value)
      } else {
        out += "null"
      }
    case .bool(let value): out += value ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      if items.isEmpty { out += "[]"; return }
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
        item.write(into: &out, indent: indent + 1, pretty: pretty)
      }
      if pretty { out += "\n" + String(repeating: "  ", count: indent) }
      out += "]"
    case .object(let pairs):
      if pairs.isEmpty { out += "{}"; return }
      out += "{"
      for (i, (key, value)) in pairs.enumerated() {
        if i > 0 { out += "," }
        if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
        Self.quote(key, into: &out)
        out += pretty ? ": " : ":"
        value.write(into: &out, indent: indent + 1, pretty: pretty)
      }
      if pretty { out += "\n" + String(repeating: "  ", count: indent) }
      out += "}"
    }
  }

  /// `text` as a JSON string literal, for writers that stream JSON instead of building values.
  static func quoted(_ text: String) -> String {
    var out = ""
    quote(text, into: &out)
    return out
  }

  private static func quote(_ text: String, into out: inout String) {
    // Most strings need no escape: copy them whole.
    var plain = true
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in text.utf8 {
      if byte < 0x20 || byte == 0x22 || byte == 0x5C || (previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9))
        || VisibleText.completesBidiControl(previous, byte)
      {
        plain = false
        break
      }
      previous = (previous.1, byte)
    }
    if plain {
      out += "\""
      out += text
      out += "\""
      return
    }
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      // Bidirectional controls as escapes too: raw, they reorder the text around them in a viewer.
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 || VisibleText.isBidiControl(scalar):
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
