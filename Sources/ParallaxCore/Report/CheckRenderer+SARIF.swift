/// SARIF 2.1.0 for `parallax check --format sarif`: code-scanning services and SARIF viewers.
extension CheckRenderer {
  /// The SARIF schema the log names.
  public static let sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

  /// A SARIF 2.1.0 log with one run: the tool and its rules (from `style`), the files checked as
  /// artifacts, and one result per finding with its region, and a fix when the finding is
  /// fixable (never inside a quotation).
  ///
  /// Columns count UTF-16 code units (`columnKind: utf16CodeUnits`, SARIF's default, stated
  /// explicitly), taken from `sources`; regions also give `byteOffset` and `byteLength`.
  /// Deterministic: keys in a fixed order, results in the order of `findings`.
  public static func sarif(
    _ findings: [StyleFinding], style: HouseStyle, files: [String], sources: CheckSources
  ) -> String {
    let rules = CheckRule.rules(of: style, findings: findings)
    let ruleIndex = Dictionary(rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
    var artifacts = files
    for finding in findings where !artifacts.contains(finding.path) { artifacts.append(finding.path) }
    let artifactIndex = Dictionary(artifacts.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })

    let driver: JSONValue = .object([
      ("name", .string("parallax")),
      ("version", .string(ParallaxVersion.string)),
      ("semanticVersion", .string(ParallaxVersion.string)),
      ("rules", .array(rules.map(sarifRule))),
    ])
    let results: [JSONValue] = findings.map { finding in
      let (start, end) = sources.range(of: finding)
      let location = artifactLocation(finding.path, index: artifactIndex[finding.path])
      let region = sarifRegion(start, end, bytes: finding.utf8Range)
      var pairs: [(String, JSONValue)] = [
        ("ruleId", .string(finding.ruleIdentifier)),
        ("ruleIndex", ruleIndex[finding.ruleIdentifier].map(JSONValue.int) ?? .null),
        ("level", .string(sarifLevel(finding.severity))),
        ("message", .object([("text", .string(finding.message))])),
        ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", location), ("region", region)]))])])),
      ]
      if finding.fixable, !finding.inQuote, let replacement = finding.suggestion {
        pairs.append(
          ("fixes", .array([
            .object([
              ("description", .object([("text", .string("Replace '\(finding.match)' with '\(replacement)'"))])),
              ("artifactChanges", .array([
                .object([
                  ("artifactLocation", location),
                  ("replacements", .array([
                    .object([
                      ("deletedRegion", sarifRegion(start, end, bytes: nil)),
                      ("insertedContent", .object([("text", .string(replacement))])),
                    ])
                  ])),
                ])
              ])),
            ])
          ])))
      }
      var properties: [(String, JSONValue)] = [("match", .string(finding.match))]
      if let entity = finding.entity { properties.append(("entity", .string(entity.rawValue))) }
      if let canonical = finding.canonical { properties.append(("canonical", .string(canonical))) }
      if let suggestion = finding.suggestion { properties.append(("suggestion", .string(suggestion))) }
      properties += [("inQuote", .bool(finding.inQuote)), ("fixable", .bool(finding.fixable)),
                     ("severity", .string(finding.severity.rawValue))]
      pairs.append(("properties", .object(properties)))
      return .object(pairs.filter { $0.1 != .null })
    }
    let run: JSONValue = .object([
      ("tool", .object([("driver", driver)])),
      ("artifacts", .array(artifacts.map { .object([("location", artifactLocation($0, index: nil))]) })),
      ("columnKind", .string("utf16CodeUnits")),
      ("results", .array(results)),
      ("properties", .object([("style", .string(style.id))])),
    ])
    return JSONValue.object([
      ("$schema", .string(sarifSchema)),
      ("version", .string("2.1.0")),
      ("runs", .array([run])),
    ]).rendered() + "\n"
  }

  private static func sarifRule(_ rule: CheckRule) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("id", .string(rule.id)),
      ("shortDescription", .object([("text", .string(rule.summary))])),
    ]
    if !rule.help.isEmpty { pairs.append(("help", .object([("text", .string(rule.help))]))) }
    pairs.append(("defaultConfiguration", .object([("level", .string(sarifLevel(rule.severity)))])))
    return .object(pairs)
  }

  /// SARIF has four levels; suggestions and infos are notes.
  static func sarifLevel(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .suggestion, .info: "note"
    }
  }

  private static func sarifRegion(_ start: SourcePosition, _ end: SourcePosition, bytes: Range<Int>?) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("startLine", .int(start.line)), ("startColumn", .int(start.utf16Column)),
      ("endLine", .int(end.line)), ("endColumn", .int(end.utf16Column)),
    ]
    if let bytes { pairs += [("byteOffset", .int(bytes.lowerBound)), ("byteLength", .int(bytes.count))] }
    return .object(pairs)
  }

  private static func artifactLocation(_ path: String, index: Int?) -> JSONValue {
    var pairs: [(String, JSONValue)] = [("uri", .string(fileURI(path)))]
    if let index { pairs.append(("index", .int(index))) }
    return .object(pairs)
  }

  /// `path` as a URI reference: relative paths stay relative (resolved against the checkout by
  /// code-scanning services), absolute ones become `file://` URIs; every byte outside the
  /// unreserved set and `/` is percent-encoded.
  public static func fileURI(_ path: String) -> String {
    var out = path.hasPrefix("/") ? "file://" : ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        out.unicodeScalars.append("%")
        out.unicodeScalars.append(hex[Int(byte >> 4)])
        out.unicodeScalars.append(hex[Int(byte & 0x0F)])
      }
    }
    return out
  }
}
