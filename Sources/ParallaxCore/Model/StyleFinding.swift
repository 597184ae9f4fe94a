/// Something a house style wants an editor to look at: a variant to replace, a renamed place,
/// a loaded term, a spelling that looks like a registered name, or a word typed in two scripts.
public struct StyleFinding: Sendable, Hashable {
  /// The rule classes of findings.
  public enum Rule: String, Sendable, Hashable, Codable, CaseIterable {
    /// A registered, non-canonical form of an entity (Kiev for Kyiv).
    case variant
    /// A name used before a rename took effect (Dnipropetrovsk).
    case renamed
    /// A loaded term, reported and never rewritten.
    case framing
    /// An unregistered spelling that looks like a registered name.
    case suggestion
    /// A word mixing scripts, such as a Latin "Kiev" typed with a Cyrillic "е".
    case mixedScript = "mixed-script"
  }

  public var path: String
  public var utf8Range: Range<Int>
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var endColumn: Int
  public var severity: Severity
  public var rule: Rule
  /// The framing term id for framing findings.
  public var ruleID: String?
  /// The text found.
  public var match: String
  public var entity: EntityID?
  /// The entity's form under the style.
  public var canonical: String?
  /// The replacement `--fix` would write (case adapted), or a proposal.
  public var suggestion: String?
  /// Inside a verbatim quotation: reported, never fixed.
  public var inQuote: Bool
  public var fixable: Bool
  public var message: String
  /// How the name was matched (for variant, renamed, suggestion findings).
  public var matchKind: NameMention.Match?
  public var confidence: Double?
}
