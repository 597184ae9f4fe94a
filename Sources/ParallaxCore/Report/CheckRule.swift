/// A rule `parallax check` reports under, as CI formats describe their rules: the four name
/// rules and one rule per framing term of the style, with the level each is reported at.
public struct CheckRule: Sendable, Hashable {
  /// The id findings carry (`variant`, `framing.kiev-regime`): `ruleID ?? rule.rawValue`.
  public var id: String
  /// One sentence on what the rule finds.
  public var summary: String
  /// More on the rule: the framing term's alternatives, or when a fix is offered.
  public var help: String
  /// The severity the style gives the rule's findings by default.
  public var severity: Severity

  public init(id: String, summary: String, help: String, severity: Severity) {
    self.id = id
    self.summary = summary
    self.help = help
    self.severity = severity
  }

  /// The rules of `style`, name rules first, then its framing terms in file order; then any
  /// rule a finding names that the style does not list (sorted by id), so every finding has
  /// its rule.
  public static func rules(of style: HouseStyle, findings: [StyleFinding] = []) -> [CheckRule] {
    let fixes = style.fix ? "Fixed by --fix outside quotations." : "This style does not allow --fix."
    var rules = [
      CheckRule(
        id: StyleFinding.Rule.variant.rawValue,
        summary: "A registered spelling of a name that the house style writes another way.",
        help: "Use the style's form of the name. \(fixes)", severity: style.severity.variant),
      CheckRule(
        id: StyleFinding.Rule.renamed.rawValue, summary: "A name used in its form from before a rename took effect.",
        help: "Use the current name. \(fixes)", severity: style.severity.renamed),
    ]
    for term in style.framing {
      var help = "A loaded term: reported, never rewritten."
      if let alternatives = term.alternatives, !alternatives.isEmpty {
        help += " Consider " + alternatives.map { "'\($0)'" }.joined(separator: " or ") + "."
      }
      rules.append(CheckRule(id: term.id, summary: term.message, help: help, severity: term.severity ?? style.severity.framing))
    }
    rules += [
      CheckRule(
        id: StyleFinding.Rule.suggestion.rawValue, summary: "An unregistered spelling that looks like a registered name.",
        help: "Correct the spelling, or register it with 'parallax names accept'.", severity: style.severity.suggestion),
      CheckRule(
        id: StyleFinding.Rule.mixedScript.rawValue,
        summary: "A word typed in two alphabets, such as a Latin name with a Cyrillic letter.",
        help: "Retype the word in one alphabet. \(fixes)", severity: style.severity.mixedScript),
    ]
    let known = Set(rules.map(\.id))
    var extra: [String: StyleFinding] = [:]
    for finding in findings where !known.contains(finding.ruleIdentifier) && extra[finding.ruleIdentifier] == nil {
      extra[finding.ruleIdentifier] = finding
    }
    for (id, finding) in extra.sorted(by: { $0.key < $1.key }) {
      rules.append(CheckRule(id: id, summary: "Findings of rule \(id).", help: "", severity: finding.severity))
    }
    return rules
  }
}

extension StyleFinding {
  /// The id of the rule this finding is reported under: the framing term's id, else the rule.
  public var ruleIdentifier: String { ruleID ?? rule.rawValue }
}
