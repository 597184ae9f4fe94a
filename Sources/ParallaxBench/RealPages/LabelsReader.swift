/// Reads the YAML subset of `LabelsValue` from text, reporting problems by line.
struct LabelsReader {
  private struct Line {
    var number: Int
    var indent: Int
    var text: String
  }

  private var lines: [Line] = []
  private var position = 0

  /// Parses `text` into its root mapping.
  /// - Throws: `RealPagesError.labels` with the line of the first problem.
  static func parse(_ text: String, path: String) throws(RealPagesError) -> LabelsValue {
    var reader = LabelsReader()
    reader.lines = try Self.lines(of: text, path: path)
    guard !reader.lines.isEmpty else { return .map([:]) }
    let value = try reader.block(indent: reader.lines[0].indent, path: path)
    if reader.position < reader.lines.count {
      let line = reader.lines[reader.position]
      throw .labels(path: path, line: line.number, problem: "unexpected indentation")
    }
    return value
  }

  /// The meaningful lines: comments and blank lines dropped, and `- key: value` split into a
  /// `-` line and a `key: value` line two columns deeper, so that block parsing stays simple.
  private static func lines(of text: String, path: String) throws(RealPagesError) -> [Line] {
    var result: [Line] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let number = index + 1
      var line = String(raw)
      if line.hasSuffix("\r") { line.removeLast() }
      if line.contains("\t") {
        throw .labels(path: path, line: number, problem: "tabs are not allowed")
      }
      line = stripComment(line)
      let indent = line.prefix(while: { $0 == " " }).count
      var content = String(line.dropFirst(indent))
      while content.last == " " { content.removeLast() }
      if content.isEmpty { continue }
      if content.hasPrefix("- "), let first = content.dropFirst(2).first, !"[{\"'".contains(first),
        keySplit(String(content.dropFirst(2))) != nil
      {
        result.append(Line(number: number, indent: indent, text: "-"))
        content = String(content.dropFirst(2))
        result.append(Line(number: number, indent: indent + 2, text: content))
      } else {
        result.append(Line(number: number, indent: indent, text: content))
      }
    }
    return result
  }

  /// The line without a `#` comment that starts the line or follows a space outside quotes.
  private static func stripComment(_ line: String) -> String {
    var quote: Character?
    var previous: Character = " "
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == "#", previous == " " {
        return String(line[..<index])
      }
      previous = character
      index = line.index(after: index)
    }
    return line
  }

  /// `key: rest` split at the first `: ` (or a final `:`), when the key is a plain word of
  /// letters, digits, `-`, `_` and `.`.
  static func keySplit(_ text: String) -> (key: String, rest: String)? {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let key = text[..<colon]
    guard !key.isEmpty,
      key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." })
    else { return nil }
    let after = text.index(after: colon)
    if after == text.endIndex { return (String(key), "") }
    guard text[after] == " " else { return nil }
    return (String(key), String(text[text.index(after: after)...]))
  }

  private mutating func block(indent: Int, path: String) throws(RealPagesError) -> LabelsValue {
    let first = lines[position]
    if first.text == "-" || first.text.hasPrefix("- ") {
      var items: [LabelsValue] = []
      while position < lines.count, lines[position].indent == indent,
        lines[position].text == "-" || lines[position].text.hasPrefix("- ")
      {
        let line = lines[position]
        position += 1
        if line.text == "-" {
          guard position < lines.count, lines[position].indent > indent else {
            items.append(.scalar(""))
            continue
          }
          items.append(try block(indent: lines[position].indent, path: path))
        } else {
          items.append(
            try Self.inline(String(line.text.dropFirst(2)), path: path, line: line.number))
        }
      }
      return .list(items)
    }
    var entries: [String: LabelsValue] = [:]
    while position < lines.count, lines[position].indent == indent {
      let line = lines[position]
      guard let (key, rest) = Self.keySplit(line.text) else {
        throw .labels(path: path, line: line.number, problem: "expected 'key: value'")
      }
      guard entries[key] == nil else {
        throw .labels(path: path, line: line.number, problem: "duplicate key '\(key)'")
      }
      position += 1
      if !rest.isEmpty {
        entries[key] = try Self.inline(rest, path: path, line: line.number)
      } else if position < lines.count,
        lines[position].indent > indent
          || (lines[position].indent == indent && lines[position].text.hasPrefix("-"))
      {
        entries[key] = try block(indent: lines[position].indent, path: path)
      } else {
        entries[key] = .scalar("")
      }
    }
    return .map(entries)
  }

  /// A value written on one line: a flow sequence or mapping, or a scalar.
  static func inline(_ text: String, path: String, line: Int) throws(RealPagesError) -> LabelsValue
  {
    var scanner = FlowScanner(characters: Array(text))
    let value: LabelsValue
    do throws(FlowScanner.Problem) {
      value = try scanner.value(topLevel: true)
      scanner.skipSpaces()
      guard scanner.atEnd else {
        throw FlowScanner.Problem(message: "unexpected text after the value")
      }
    } catch {
      throw .labels(path: path, line: line, problem: error.message)
    }
    return value
  }
}

/// Scans one line's flow value.
private struct FlowScanner {
  struct Problem: Error { var message: String }

  var characters: [Character]
  var index = 0

  var atEnd: Bool { index >= characters.count }

  mutating func skipSpaces() {
    while index < characters.count, characters[index] == " " { index += 1 }
  }

  mutating func value(topLevel: Bool) throws(Problem) -> LabelsValue {
    skipSpaces()
    guard index < characters.count else { return .scalar("") }
    switch characters[index] {
    case "[":
      index += 1
      var items: [LabelsValue] = []
      skipSpaces()
      if index < characters.count, characters[index] == "]" {
        index += 1
        return .list(items)
      }
      while true {
        items.append(try value(topLevel: false))
        skipSpaces()
        guard index < characters.count else { throw Problem(message: "unclosed '['") }
        if characters[index] == "," {
          index += 1
        } else if characters[index] == "]" {
          index += 1
          return .list(items)
        } else {
          throw Problem(message: "expected ',' or ']'")
        }
      }
    case "{":
      index += 1
      var entries: [String: LabelsValue] = [:]
      skipSpaces()
      if index < characters.count, characters[index] == "}" {
        index += 1
        return .map(entries)
      }
      while true {
        skipSpaces()
        var key = ""
        while index < characters.count, characters[index] != ":" {
          key.append(characters[index])
          index += 1
        }
        guard index < characters.count else { throw Problem(message: "expected ':' in a mapping") }
        index += 1
        key = key.trimmingSpaces
        guard entries[key] == nil else { throw Problem(message: "duplicate key '\(key)'") }
        entries[key] = try value(topLevel: false)
        skipSpaces()
        guard index < characters.count else { throw Problem(message: "unclosed '{'") }
        if characters[index] == "," {
          index += 1
        } else if characters[index] == "}" {
          index += 1
          return .map(entries)
        } else {
          throw Problem(message: "expected ',' or '}'")
        }
      }
    case "\"":
      index += 1
      var text = ""
      while index < characters.count, characters[index] != "\"" {
        if characters[index] == "\\", index + 1 < characters.count {
          index += 1
          switch characters[index] {
          case "n": text.append("\n")
          case "t": text.append("\t")
          default: text.append(characters[index])
          }
        } else {
          text.append(characters[index])
        }
        index += 1
      }
      guard index < characters.count else { throw Problem(message: "unclosed '\"'") }
      index += 1
      return .scalar(text)
    case "'":
      index += 1
      var text = ""
      while index < characters.count {
        if characters[index] == "'" {
          if index + 1 < characters.count, characters[index + 1] == "'" {
            text.append("'")
            index += 2
            continue
          }
          break
        }
        text.append(characters[index])
        index += 1
      }
      guard index < characters.count else { throw Problem(message: "unclosed \"'\"") }
      index += 1
      return .scalar(text)
    default:
      var text = ""
      while index < characters.count {
        let character = characters[index]
        if !topLevel, character == "," || character == "]" || character == "}" { break }
        text.append(character)
        index += 1
      }
      return .scalar(text.trimmingSpaces)
    }
  }
}

extension String {
  /// The string without leading and trailing spaces.
  fileprivate var trimmingSpaces: String {
    var text = Substring(self)
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}
