import Foundation

/// The labelled statements about attacks and damage on the real pages
/// (`Tests/DevSet/responsibility.yaml`, schema `parallax.responsibility/1`): under
/// `statements:` one flow mapping per line (`id`, `page`, `line`, `column`, `language`, `side`:
/// RU, UA or none, `incident`), under `pairs:` one per line (`a`, `b`: statement ids of two
/// sources about one incident). Facts and labels only, never a page's words.
struct ResponsibilityLabels {
  /// The side a statement names as the agent, as a reader reads it.
  enum Side: String, Sendable, Hashable, Comparable {
    case ru = "RU", ua = "UA", none

    static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  }

  /// One labelled statement: where it starts on its page, and whom it blames.
  struct Statement: Sendable {
    var id: String
    var page: String
    var line: Int
    var column: Int
    var language: String
    var side: Side
    var incident: String
  }

  /// Two statements of different sources about one incident.
  struct Pair: Sendable {
    var a: String
    var b: String
  }

  var statements: [Statement] = []
  var pairs: [Pair] = []
  /// The ids of the pages listed under `pages:` (found in the second cache folder).
  var pages: Set<String> = []

  /// Parses the labels file.
  /// - Throws: `RealPagesError.labels` with the line of the first problem.
  init(text: String, path: String) throws(RealPagesError) {
    var section = ""
    var ids: Set<String> = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if !raw.hasPrefix(" "), raw.hasSuffix(":") { section = String(raw.dropLast()) }
      guard line.hasPrefix("- {"), line.hasSuffix("}") else { continue }
      let fields = try CheckFindingLabels.fields(of: line.dropFirst(3).dropLast(), path: path, line: index + 1)
      func value(_ name: String) throws(RealPagesError) -> String {
        guard let value = fields[name], !value.isEmpty else { throw .labels(path: path, line: index + 1, problem: "no '\(name)'") }
        return value
      }
      switch section {
      case "pages":
        _ = try value("url")
        pages.insert(try value("id"))
      case "statements":
        guard let lineNumber = Int(try value("line")), let column = Int(try value("column")) else {
          throw .labels(path: path, line: index + 1, problem: "line and column must be numbers")
        }
        guard let side = Side(rawValue: try value("side")) else {
          throw .labels(path: path, line: index + 1, problem: "side must be RU, UA or none")
        }
        let id = try value("id")
        guard ids.insert(id).inserted else { throw .labels(path: path, line: index + 1, problem: "statement '\(id)' twice") }
        statements.append(Statement(
          id: id, page: try value("page"), line: lineNumber, column: column, language: try value("language"), side: side,
          incident: try value("incident")))
      case "pairs":
        let pair = Pair(a: try value("a"), b: try value("b"))
        for id in [pair.a, pair.b] where !ids.contains(id) {
          throw .labels(path: path, line: index + 1, problem: "pair names '\(id)', no statement above")
        }
        pairs.append(pair)
      default:
        throw .labels(path: path, line: index + 1, problem: "an entry outside 'pages:', 'statements:' and 'pairs:'")
      }
    }
  }
}
