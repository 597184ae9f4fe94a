import Foundation
import ParallaxCore
import Testing

/// Hostile and malformed input (issue 18): what `parallax` does with links, byte order marks,
/// odd file names, pipes and unwritable outputs, and what `check`'s reader-visible text review
/// (`StyleChecker.checkReaderText`, which the command calls) gives on HTML, JSON Lines and
/// broken front matter. Every test here describes the CLI's expected behaviour and passes on
/// this build.
@Suite(.serialized) struct HostileInputTests {
  static let line = "Officials in Kiev said on Monday that the talks ended.\n"

  @Test("--fix through a symbolic link fixes the target, keeps the link and the target's mode")
  func fixThroughLink() throws {
    let dir = try folder(with: ["t.txt": Self.line])
    defer { try? FileManager.default.removeItem(at: dir) }
    let target = dir.appendingPathComponent("t.txt").path
    let link = dir.appendingPathComponent("l.txt").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "t.txt")
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target)
    let result = try CLI.run(["check", "--fix", link])
    #expect(result.status == 0)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "t.txt")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == Self.line.replacingOccurrences(of: "Kiev", with: "Kyiv"))
    let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
    #expect(mode == 0o640)
  }

  @Test("--fix over a folder holding a file and a link to it fixes the file once")
  func fixFolderWithLink() throws {
    let dir = try folder(with: ["t.txt": Self.line])
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("l.txt").path, withDestinationPath: "t.txt")
    let result = try CLI.run(["check", "--fix", "--format", "line", dir.path])
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").count == 1)
    var info = stat()
    #expect(lstat(dir.appendingPathComponent("l.txt").path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK)
    #expect(try String(contentsOfFile: dir.appendingPathComponent("t.txt").path, encoding: .utf8).contains("Kyiv"))
  }

  @Test("--fix keeps a UTF-8 byte order mark")
  func byteOrderMark() throws {
    let dir = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("b.txt").path
    try (Data([0xEF, 0xBB, 0xBF]) + Data(Self.line.utf8)).write(to: URL(fileURLWithPath: path))
    #expect(try CLI.run(["check", "--fix", path]).status == 0)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(bytes.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
    #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == Self.line.replacingOccurrences(of: "Kiev", with: "Kyiv"))
  }

  @Test("--fix run as root keeps the file's owner and group", .enabled(if: geteuid() == 0))
  func owner() throws {
    let dir = try folder(with: ["o.txt": Self.line])
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("o.txt").path
    #expect(chown(path, 4321, 4322) == 0)
    #expect(try CLI.run(["check", "--fix", path]).status == 0)
    var info = stat()
    #expect(stat(path, &info) == 0)
    #expect((info.st_uid, info.st_gid) == (4321, 4322))
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Kyiv"))
  }

  @Test("--fix replaces a hard-linked file by rename: the other name keeps the old text (documented)")
  func hardLink() throws {
    let dir = try folder(with: ["h.txt": Self.line])
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("h.txt").path
    let other = dir.appendingPathComponent("other-name").path
    #expect(link(path, other) == 0)
    #expect(try CLI.run(["check", "--fix", path]).status == 0)
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Kyiv"))
    #expect(try String(contentsOfFile: other, encoding: .utf8) == Self.line)
  }

  @Test("a file name with a newline and colons stays one line in --format line and on stderr")
  func forgedName() throws {
    let name = "x.txt:9:9:error:variant:forged\nevil.txt"
    let dir = try folder(with: [name: Self.line])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLI.run(["check", "--format", "line", dir.appendingPathComponent(name).path, dir.appendingPathComponent("missing\n:1:1.txt").path])
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.contains("x.txt\\:9\\:9\\:error\\:variant\\:forged\\nevil.txt:1:14:warning:variant:") == true)
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("missing\\n\\:1\\:1.txt: error: no such file or folder"))
  }

  @Test("the same file given twice (f f, f ./f) is checked once")
  func sameFileTwice() throws {
    let dir = try folder(with: ["f.txt": Self.line])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLI.run(["check", "--format", "line", "f.txt", "./f.txt", "f.txt"], in: dir)
    #expect(result.stdout.split(separator: "\n").count == 1)
  }

  @Test("/dev/stdin is read like '-'; a dangling link is called one")
  func stdinAndDanglingLink() throws {
    let dir = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("d.txt").path, withDestinationPath: "nowhere.txt")
    let result = try CLI.run(["check", "--format", "line", "/dev/stdin", "d.txt"], input: Data(Self.line.utf8), in: dir)
    #expect(result.stdout.contains(":1:14:warning:variant:"))
    #expect(result.stderr.contains("d.txt: error: symbolic link to 'nowhere.txt', which does not exist"))
    #expect(result.status == 66)
  }

  @Test("an output under a file says so in plain words, naming the path")
  func unwritableOutput() throws {
    let dir = try folder(with: ["file": ""])
    defer { try? FileManager.default.removeItem(at: dir) }
    let blocked = dir.appendingPathComponent("file").path + "/x"
    let result = try CLI.run(["check", "--suggestions", blocked, "-"], input: Data(Self.line.utf8))
    #expect(result.status == 73)
    #expect(result.stderr.contains("'\(dir.appendingPathComponent("file").path)' is a file, not a folder"))
    #expect(!result.stderr.contains("NSCocoaErrorDomain"))
  }

  // MARK: the reader-visible text check (StyleChecker.checkReaderText)

  static let setup: NameSetup? = try? NameSetup.load(from: CLI.data)

  func makeChecker() throws -> StyleChecker {
    let setup = try #require(Self.setup)
    let style = try HouseStyle.load("ap-en", from: CLI.data, registry: setup.registry)
    return try StyleChecker(
      compiled: CompiledStyle(style: style, setup: setup), setup: setup, matcher: setup.makeMatcher(),
      quotes: QuotationMarks.load(from: CLI.data))
  }

  func fixed(_ text: String, path: String) throws -> (text: String, findings: [StyleFinding], problems: [IngestError]) {
    let checker = try makeChecker()
    let (findings, problems) = try checker.checkReaderText(InputText(path: path, text: text), language: "en")
    return (FixApplier.apply(findings, to: text).text, findings, problems)
  }

  @Test("HTML: scripts, styles, attributes and comments are never fixed; text is, at the file's line and column")
  func html() throws {
    let page = """
      <html><head><style>.Kiev { color: red }</style><script>var Kiev = load(); Kiev.render();</script></head>
      <body><!-- Kiev --><p data-city="Kiev">Officials in Kiev said on Monday that the talks ended.</p></body></html>
      """
    let (text, findings, _) = try fixed(page, path: "a.html")
    #expect(findings.count == 1)
    #expect(findings.first.map { "\($0.line):\($0.column)" } == "2:53")
    #expect(text == page.replacingOccurrences(of: "in Kiev said", with: "in Kyiv said"))
  }

  @Test("JSON Lines: keys and other fields are never fixed; text and title values are")
  func jsonLines() throws {
    let file = "{\"Kiev\":1,\"source\":\"Kiev Post\",\"title\":\"Talks in Kiev\",\"text\":\"Officials in Kiev said on Monday.\"}\n"
    let (text, findings, problems) = try fixed(file, path: "f.jsonl")
    #expect(problems.isEmpty)
    #expect(findings.count == 2)
    #expect(text == "{\"Kiev\":1,\"source\":\"Kiev Post\",\"title\":\"Talks in Kyiv\",\"text\":\"Officials in Kyiv said on Monday.\"}\n")
  }

  @Test("malformed front matter is a problem, and its unclosed quote does not make the body a quotation")
  func frontMatter() throws {
    let file = "---\ntitle: \"Unclosed quote\noutlet: TASS\n---\nOfficials said talks in Kiev were useful.\n"
    let (text, findings, problems) = try fixed(file, path: "a.md")
    #expect(problems.count == 1)
    #expect(problems.first?.isDataError == true)
    #expect(findings.first.map { ($0.line, $0.inQuote) } ?? (0, true) == (5, false))
    #expect(text.hasSuffix("Officials said talks in Kyiv were useful.\n"))
  }
}
