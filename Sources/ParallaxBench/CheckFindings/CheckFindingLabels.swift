import Foundation

/// The labelled findings of `check` on the dev set (`Tests/DevSet/check-findings.yaml`, schema
/// `parallax.check-findings/1`): one flow mapping per line under `findings:`, with bare or
/// double-quoted (JSON-escaped) values.
struct CheckFindingLabels {
  /// What a reader decided about one finding.
  enum Verdict: String {
    case right, wrong
    case wrongFix = "wrong-fix"
  }

  /// One labelled finding.
  struct Label {
    var key: CheckFindingKey
    var verdict: Verdict
    /// `held` for pages never used to choose data, `tuned` for the rest.
    var part: String
    var why: String
  }

  var labels: [CheckFindingKey: Label] = [:]

  /// Parses the labels file.
  /// - Throws: `RealPagesError.labels` with the line of the first problem.
  init(text: String, path: String) throws(RealPagesError) {
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      guard line.hasPrefix("- {"), line.hasSuffix("}") else { continue }
      let fields = try Self.fields(of: line.dropFirst(3).dropLast(), path: path, line: index + 1)
      func value(_ name: String) throws(RealPagesError) -> String {
        guard let value = fields[name] else { throw .labels(path: path, line: index + 1, problem: "no '\(name)'") }
        return value
      }
      guard let lineNumber = Int(try value("line")), let column = Int(try value("column")) else {
        throw .labels(path: path, line: index + 1, problem: "line and column must be numbers")
      }
      guard let verdict = Verdict(rawValue: try value("verdict")) else {
        throw .labels(path: path, line: index + 1, problem: "verdict must be right, wrong or wrong-fix")
      }
      let key = CheckFindingKey(
        page: try value("page"), style: try value("style"), line: lineNumber, column: column,
        match: try value("match"), fix: fields["fix"])
      labels[key] = Label(key: key, verdict: verdict, part: try value("part"), why: fields["why"] ?? "")
    }
  }

  /// `key: value` pairs of a flow mapping's inside; values bare or JSON strings.
  static func fields(of text: Substring, path: String, line: Int) throws(RealPagesError) -> [String: String] {
    var result: [String: String] = [:]
    var rest = text[...]
    while true {
      rest = rest.drop { $0 == " " || $0 == "," }
      if rest.isEmpty { return result }
      guard let colon = rest.firstIndex(of: ":") else { throw .labels(path: path, line: line, problem: "expected key: value") }
      let name = String(rest[..<colon]).trimmingCharacters(in: .whitespaces)
      rest = rest[rest.index(after: colon)...].drop { $0 == " " }
      if rest.first == "\"" {
        var end = rest.index(after: rest.startIndex)
        var escaped = false
        while end < rest.endIndex, escaped || rest[end] != "\"" {
          escaped = !escaped && rest[end] == "\\"
          end = rest.index(after: end)
        }
        guard end < rest.endIndex else { throw .labels(path: path, line: line, problem: "unterminated string") }
        let literal = String(rest[rest.startIndex...end])
        guard let decoded = try? JSONDecoder().decode(String.self, from: Data(literal.utf8)) else {
          throw .labels(path: path, line: line, problem: "bad string \(literal)")
        }
        result[name] = decoded
        rest = rest[rest.index(after: end)...]
      } else {
        let end = rest.firstIndex(of: ",") ?? rest.endIndex
        result[name] = String(rest[..<end]).trimmingCharacters(in: .whitespaces)
        rest = rest[end...]
      }
    }
  }
}

/// What identifies a finding across runs: the page, the style, where, what and the fix.
struct CheckFindingKey: Hashable, Comparable {
  var page: String
  var style: String
  var line: Int
  var column: Int
  var match: String
  var fix: String?

  static func < (a: Self, b: Self) -> Bool {
    (a.page, a.style, a.line, a.column, a.match, a.fix ?? "") < (b.page, b.style, b.line, b.column, b.match, b.fix ?? "")
  }
}
