/// GitHub Actions workflow commands for `parallax check --format github`: each finding becomes
/// an annotation on the pull request's diff.
extension CheckRenderer {
  /// One `::error|warning|notice file=…,line=…,endLine=…,title=…::message` line per finding.
  ///
  /// `col` and `endColumn` (columns in Unicode scalars, the end exclusive, as in `--format json`)
  /// are given only when the finding starts and ends on one line, as GitHub's annotations take
  /// them. Property values escape `%`, CR, LF, `:` and `,`; the message escapes `%`, CR and LF.
  public static func github(_ findings: [StyleFinding]) -> String {
    var out = ""
    for finding in findings {
      var properties = [("file", repositoryPath(finding.path)), ("line", "\(finding.line)")]
      if finding.line == finding.endLine {
        properties.append(("col", "\(finding.column)"))
        properties += [("endLine", "\(finding.endLine)"), ("endColumn", "\(finding.endColumn)")]
      } else {
        properties.append(("endLine", "\(finding.endLine)"))
      }
      properties.append(("title", "parallax \(finding.ruleIdentifier)"))
      var message = finding.message
      if finding.inQuote { message += " (in quotation)" }
      if finding.fixable, let replacement = finding.suggestion { message += " [fix: \(replacement)]" }
      out += "::\(githubCommand(finding.severity)) "
      out += properties.map { "\($0.0)=\(githubProperty($0.1))" }.joined(separator: ",")
      out += "::\(githubData(message))\n"
    }
    return out
  }

  /// `path` as GitHub matches annotations to the files of a change, relative to the checkout
  /// without a leading `./` (`check .` lists `./stories/a.md`; the annotation names
  /// `stories/a.md`).
  static func repositoryPath(_ path: String) -> String {
    var rest = Substring(path)
    while rest.hasPrefix("./") {
      rest = rest.dropFirst(2).drop { $0 == "/" }
    }
    return rest.isEmpty ? path : String(rest)
  }

  /// GitHub's annotation levels: error, warning, notice.
  static func githubCommand(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .suggestion, .info: "notice"
    }
  }

  /// A command's message: `%`, CR and LF escaped (`%` first, so escapes are not escaped again).
  public static func githubData(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A command's property value: as a message, and `:` and `,` too, which end a value.
  public static func githubProperty(_ text: String) -> String {
    var out = ""
    for scalar in githubData(text).unicodeScalars {
      switch scalar {
      case ":": out += "%3A"
      case ",": out += "%2C"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
