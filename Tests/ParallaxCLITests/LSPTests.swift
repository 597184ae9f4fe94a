import Foundation
import Testing

/// `parallax lsp`, driven over pipes by a scripted JSON-RPC client: the real binary, the real
/// `Locales/`, and `parallax check --format json` as the reference for what it reports.
@Suite(.serialized) struct LSPTests {
  /// A language client: writes framed requests to the server's stdin, reads framed messages
  /// from its stdout.
  final class Client {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer = Data()
    private var nextID = 1
    /// Messages read while waiting for another.
    private(set) var notifications: [[String: Any]] = []

    init(arguments: [String] = []) throws {
      process.executableURL = CLI.executable
      process.arguments = ["lsp", "--locales", CLI.locales.path] + arguments
      process.standardInput = input
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
      // A hung server must not hang the suite.
      let process = process
      DispatchQueue.global().asyncAfter(deadline: .now() + 60) { if process.isRunning { process.terminate() } }
    }

    deinit { if process.isRunning { process.terminate() } }

    func send(_ message: [String: Any]) throws {
      var message = message
      message["jsonrpc"] = "2.0"
      let body = try JSONSerialization.data(withJSONObject: message)
      input.fileHandleForWriting.write(Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
    }

    func notify(_ method: String, _ params: [String: Any]) throws {
      try send(["method": method, "params": params])
    }

    /// Sends a request and returns its response (other messages meanwhile are kept).
    func request(_ method: String, _ params: [String: Any] = [:]) throws -> [String: Any] {
      let id = nextID
      nextID += 1
      try send(["id": id, "method": method, "params": params])
      while true {
        let message = try read()
        if message["id"] as? Int == id, message["method"] == nil { return message }
        notifications.append(message)
      }
    }

    /// The next `textDocument/publishDiagnostics` for `uri`.
    func diagnostics(for uri: String) throws -> [String: Any] {
      if let index = notifications.firstIndex(where: { Self.isDiagnostics($0, uri) }) {
        return notifications.remove(at: index)["params"] as? [String: Any] ?? [:]
      }
      while true {
        let message = try read()
        if Self.isDiagnostics(message, uri) { return message["params"] as? [String: Any] ?? [:] }
        notifications.append(message)
      }
    }

    private static func isDiagnostics(_ message: [String: Any], _ uri: String) -> Bool {
      message["method"] as? String == "textDocument/publishDiagnostics"
        && (message["params"] as? [String: Any])?["uri"] as? String == uri
    }

    struct Closed: Error {}

    /// One framed message.
    func read() throws -> [String: Any] {
      let separator = Data("\r\n\r\n".utf8)
      while true {
        if let end = buffer.range(of: separator) {
          let header = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
          let length = Int(header.replacingOccurrences(of: "Content-Length:", with: "").trimmingCharacters(in: .whitespaces)) ?? -1
          #expect(length >= 0, "header: \(header)")
          if buffer.distance(from: end.upperBound, to: buffer.endIndex) >= length {
            let bodyEnd = buffer.index(end.upperBound, offsetBy: length)
            let body = buffer[end.upperBound..<bodyEnd]
            buffer = Data(buffer[bodyEnd...])
            return try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
          }
        }
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { throw Closed() }
        buffer.append(chunk)
      }
    }

    func closeInput() throws { try input.fileHandleForWriting.close() }
  }

  /// What a diagnostic or finding is compared by: 0-based line, UTF-16 character, rule.
  struct Spot: Hashable, CustomStringConvertible {
    var line: Int
    var character: Int
    var endLine: Int
    var endCharacter: Int
    var rule: String
    var description: String { "\(line):\(character)-\(endLine):\(endCharacter) \(rule)" }
  }

  static func spots(_ diagnostics: [String: Any]) -> [Spot] {
    (diagnostics["diagnostics"] as? [[String: Any]] ?? []).map { diagnostic in
      let range = diagnostic["range"] as? [String: Any]
      let start = range?["start"] as? [String: Any]
      let end = range?["end"] as? [String: Any]
      return Spot(
        line: start?["line"] as? Int ?? -1, character: start?["character"] as? Int ?? -1,
        endLine: end?["line"] as? Int ?? -1, endCharacter: end?["character"] as? Int ?? -1,
        rule: diagnostic["code"] as? String ?? "")
    }
  }

  /// The UTF-16 offset within its line of 1-based scalar `column` on 1-based `line`.
  static func utf16Character(_ text: String, line: Int, column: Int) -> Int {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let prefix = lines[line - 1].unicodeScalars.prefix(column - 1)
    return prefix.reduce(0) { $0 + ($1.value > 0xFFFF ? 2 : 1) }
  }

  /// What `parallax check --format json` reports for `text` saved at `path`, as spots.
  static func checkSpots(_ text: String, at path: URL) throws -> [Spot] {
    try Data(text.utf8).write(to: path)
    let result = try CLI.run(["check", "--format", "json", "--locales", CLI.locales.path, path.path])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    return (object["findings"] as? [[String: Any]] ?? []).map { finding in
      let line = finding["line"] as? Int ?? 0
      let endLine = finding["endLine"] as? Int ?? 0
      return Spot(
        line: line - 1, character: utf16Character(text, line: line, column: finding["column"] as? Int ?? 0),
        endLine: endLine - 1, endCharacter: utf16Character(text, line: endLine, column: finding["endColumn"] as? Int ?? 0),
        rule: (finding["ruleId"] as? String) ?? (finding["rule"] as? String ?? ""))
    }
  }

  /// Applies an LSP edit (UTF-16 line/character range) with NSString, independently of the server.
  static func apply(_ text: String, start: (Int, Int), end: (Int, Int), _ newText: String) -> String {
    let string = text as NSString
    func offset(_ position: (Int, Int)) -> Int {
      var location = 0
      var line = 0
      while line < position.0 {
        let newline = string.range(of: "\n", range: NSRange(location: location, length: string.length - location))
        location = newline.location + 1
        line += 1
      }
      return location + position.1
    }
    let from = offset(start)
    return string.replacingCharacters(in: NSRange(location: from, length: offset(end) - from), with: newText)
  }

  static let text = """
    😀 Officials in Kiev met on Monday. He said: “Kiev is calm,” and spoke of the Kiev regime.
    Lugansk and Donbass were mentioned. Dnipropetrovsk too.

    """

  @Test("a session opens, edits and fixes a document and gets the same findings as check")
  func session() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("copy.txt")
    let uri = file.absoluteString
    let client = try Client()

    let initialize = try client.request("initialize", ["processId": NSNull(), "rootUri": NSNull(), "capabilities": [:]])
    let capabilities = (initialize["result"] as? [String: Any])?["capabilities"] as? [String: Any]
    #expect((capabilities?["textDocumentSync"] as? [String: Any])?["change"] as? Int == 2)
    #expect(capabilities?["codeActionProvider"] != nil)
    try client.notify("initialized", [:])

    // Open: the same findings as check, at UTF-16 positions (the 😀 makes them differ).
    var text = Self.text
    try client.notify(
      "textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "plaintext", "version": 1, "text": text]])
    let opened = try client.diagnostics(for: uri)
    #expect(opened["version"] as? Int == 1)
    let expected = try Self.checkSpots(text, at: file)
    #expect(expected.count >= 4)
    // 😀 is two UTF-16 code units: "Kiev" is at character 16, one past its 15 scalars.
    #expect(expected.contains { $0.line == 0 && $0.character == 16 && $0.rule == "variant" })
    #expect(Self.spots(opened) == expected)

    // An incremental change: "Lugansk" (line 1, characters 0..<7) becomes "Luhansk", and a
    // line is inserted at the top.
    text = Self.apply(text, start: (1, 0), end: (1, 7), "Luhansk")
    text = Self.apply(text, start: (0, 0), end: (0, 0), "Talks in Kiev.\n")
    try client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": uri, "version": 2],
        "contentChanges": [
          ["range": ["start": ["line": 1, "character": 0], "end": ["line": 1, "character": 7]], "text": "Luhansk"],
          ["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "text": "Talks in Kiev.\n"],
        ],
      ])
    let changed = try client.diagnostics(for: uri)
    #expect(changed["version"] as? Int == 2)
    let afterChange = try Self.checkSpots(text, at: file)
    #expect(Self.spots(changed) == afterChange)
    #expect(!afterChange.contains { $0.line == 2 && $0.character == 0 })

    // A code action on "Kiev" in line 1 (outside quotations) replaces it.
    let target = try #require(afterChange.first { $0.line == 1 && $0.rule == "variant" })
    let actions = try client.request(
      "textDocument/codeAction",
      [
        "textDocument": ["uri": uri],
        "range": ["start": ["line": target.line, "character": target.character + 1],
                  "end": ["line": target.line, "character": target.character + 1]],
        "context": ["diagnostics": []],
      ])
    let list = try #require(actions["result"] as? [[String: Any]])
    #expect(list.count == 1)
    let action = try #require(list.first)
    #expect(action["kind"] as? String == "quickfix")
    let edits = try #require(((action["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri] as? [[String: Any]])
    #expect(edits.count == 1)
    let edit = edits[0]
    let range = try #require(edit["range"] as? [String: Any])
    let start = try #require(range["start"] as? [String: Any])
    let end = try #require(range["end"] as? [String: Any])
    let newText = try #require(edit["newText"] as? String)
    #expect(newText == "Kyiv")
    let startPair = (start["line"] as? Int ?? 0, start["character"] as? Int ?? 0)
    let endPair = (end["line"] as? Int ?? 0, end["character"] as? Int ?? 0)
    text = Self.apply(text, start: startPair, end: endPair, newText)
    #expect(text.contains("😀 Officials in Kyiv met"))
    try client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": uri, "version": 3],
        "contentChanges": [["range": ["start": ["line": startPair.0, "character": startPair.1],
                                      "end": ["line": endPair.0, "character": endPair.1]], "text": newText]],
      ])
    let fixed = try client.diagnostics(for: uri)
    let afterFix = try Self.checkSpots(text, at: file)
    #expect(Self.spots(fixed) == afterFix)
    #expect(afterFix.count == afterChange.count - 1)

    // No fix inside a quotation: “Kiev is calm,” is reported, never offered a fix.
    let quoted = try #require(afterFix.first { $0.line == 1 && $0.rule == "variant" })
    #expect(quoted.character > target.character)
    let none = try client.request(
      "textDocument/codeAction",
      [
        "textDocument": ["uri": uri],
        "range": ["start": ["line": quoted.line, "character": quoted.character],
                  "end": ["line": quoted.endLine, "character": quoted.endCharacter]],
        "context": ["diagnostics": []],
      ])
    #expect((none["result"] as? [Any])?.isEmpty == true)

    // Close clears the diagnostics; shutdown, then exit ends the process with status 0.
    try client.notify("textDocument/didClose", ["textDocument": ["uri": uri]])
    #expect(Self.spots(try client.diagnostics(for: uri)).isEmpty)
    let shutdown = try client.request("shutdown")
    #expect(shutdown.keys.contains("result") && shutdown["error"] == nil)
    try client.notify("exit", [:])
    client.process.waitUntilExit()
    #expect(client.process.terminationStatus == 0)
  }

  @Test("a full-text change, unknown methods, requests before initialize, and exit without shutdown")
  func protocolEdges() throws {
    let client = try Client(arguments: ["--style", "ap-en"])
    let early = try client.request("textDocument/codeAction", [:])
    #expect((early["error"] as? [String: Any])?["code"] as? Int == -32002)
    _ = try client.request("initialize", ["capabilities": [:]])
    let unknown = try client.request("textDocument/hover", [:])
    #expect((unknown["error"] as? [String: Any])?["code"] as? Int == -32601)
    let uri = "untitled:Untitled-1"
    try client.notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": "Nothing here.\n"]])
    #expect(Self.spots(try client.diagnostics(for: uri)).isEmpty)
    try client.notify(
      "textDocument/didChange",
      ["textDocument": ["uri": uri, "version": 2], "contentChanges": [["text": "Officials in Kiev.\n"]]])
    let spots = Self.spots(try client.diagnostics(for: uri))
    #expect(spots == [Spot(line: 0, character: 13, endLine: 0, endCharacter: 17, rule: "variant")])
    try client.notify("exit", [:])
    client.process.waitUntilExit()
    #expect(client.process.terminationStatus == 1)
  }

  @Test("edits inside a CRLF and between a letter and its combining mark land where the client put them")
  func scalarEdits() throws {
    let client = try Client()
    _ = try client.request("initialize", ["capabilities": [:]])
    let uri = "untitled:crlf"
    let text = "Talks in Kie\u{301}v.\r\nMore.\r\n"
    try client.notify("textDocument/didOpen", ["textDocument": ["uri": uri, "version": 1, "text": text]])
    _ = try client.diagnostics(for: uri)
    // Delete the combining acute (line 0, character 12), then the CR of line 0 (character 15).
    try client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": uri, "version": 2],
        "contentChanges": [
          ["range": ["start": ["line": 0, "character": 12], "end": ["line": 0, "character": 13]], "text": ""],
          ["range": ["start": ["line": 0, "character": 14], "end": ["line": 0, "character": 15]], "text": ""],
        ],
      ])
    let spots = Self.spots(try client.diagnostics(for: uri))
    #expect(spots == [Spot(line: 0, character: 9, endLine: 0, endCharacter: 13, rule: "variant")])
    // The server's text is now "Talks in Kiev.\nMore.\r\n": a fix offered on line 0 says so.
    let actions = try client.request(
      "textDocument/codeAction",
      ["textDocument": ["uri": uri], "range": ["start": ["line": 0, "character": 10], "end": ["line": 0, "character": 10]]])
    #expect((actions["result"] as? [Any])?.count == 1)
    _ = try client.request("shutdown")
    try client.notify("exit", [:])
    client.process.waitUntilExit()
    #expect(client.process.terminationStatus == 0)
  }
}
