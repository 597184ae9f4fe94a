import Foundation
import ParallaxCore

/// The `parallax lsp` server: keeps the open documents, checks each after it opens or changes
/// (once per burst of edits: a check waits until no message is queued), publishes the findings
/// as diagnostics, and answers code-action requests with the fixes `check --fix` would make,
/// never inside quotations.
final class LSPServer {
  /// Builds a checker for the given settings (style, minimum severity).
  typealias CheckerFactory = (LSP.Settings) throws -> DocumentChecker

  private let connection: JSONRPCConnection
  private let makeChecker: CheckerFactory
  private var settings: LSP.Settings
  private var checker: DocumentChecker?
  private var documents: [String: TextDocument] = [:]
  /// The findings last published per document, with the text positions they were found in.
  private var published: [String: [(finding: StyleFinding, range: LSP.Range)]] = [:]
  private var dirty: Set<String> = []
  private var initialized = false
  private var shutdownRequested = false
  /// Where `--verbose` sends one line per check; nil without it.
  private let log: ((String) -> Void)?
  private let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  init(
    connection: JSONRPCConnection, settings: LSP.Settings, log: ((String) -> Void)? = nil,
    makeChecker: @escaping CheckerFactory
  ) {
    self.connection = connection
    self.log = log
    self.settings = settings
    self.makeChecker = makeChecker
  }

  /// Serves until `exit` or the end of input; returns the process's exit status (0 after a
  /// shutdown request, 1 otherwise, as the protocol says).
  func run() -> Int32 {
    connection.start()
    while true {
      switch connection.next() {
      case .end: return shutdownRequested ? 0 : 1
      case .message(let data):
        if let status = handle(data) { return status }
      }
      if !connection.hasPending { checkDirtyDocuments() }
    }
  }

  // MARK: Dispatch

  private struct Envelope: Decodable {
    var id: JSONRPCValue?
    var method: String?
  }

  private struct Params<Value: Decodable>: Decodable {
    var params: Value
  }

  /// Handles one message; returns an exit status when the server should stop.
  private func handle(_ data: Data) -> Int32? {
    guard let envelope = try? JSONDecoder().decode(Envelope.self, from: data) else {
      sendError(id: .null, code: LSP.ErrorCode.parseError, message: "the message is not JSON-RPC")
      return nil
    }
    guard let method = envelope.method else { return nil }  // a response to us: none expected
    let id = envelope.id
    func params<Value: Decodable>(_ type: Value.Type) -> Value? {
      do { return try JSONDecoder().decode(Params<Value>.self, from: data).params } catch {
        if let id { sendError(id: id, code: LSP.ErrorCode.invalidParams, message: "invalid params for \(method): \(error)") }
        return nil
      }
    }
    if method == "exit" { return shutdownRequested ? 0 : 1 }
    if !initialized && method != "initialize" {
      if let id { sendError(id: id, code: LSP.ErrorCode.serverNotInitialized, message: "initialize first") }
      return nil
    }
    if shutdownRequested, let id {
      sendError(id: id, code: LSP.ErrorCode.invalidRequest, message: "the server is shutting down")
      return nil
    }
    switch method {
    case "initialize":
      guard let id else { return nil }
      let options = (try? JSONDecoder().decode(Params<LSP.InitializeParams>.self, from: data))?.params
      if let given = options?.initializationOptions { merge(given) }
      initialized = true
      reloadChecker()
      respond(id: id, result: Self.initializeResult)
    case "initialized": break
    case "shutdown":
      guard let id else { return nil }
      shutdownRequested = true
      respond(id: id, result: JSONRPCValue.null)
    case "textDocument/didOpen":
      guard let open = params(LSP.DidOpenParams.self) else { return nil }
      let item = open.textDocument
      documents[item.uri] = TextDocument(uri: item.uri, version: item.version, text: item.text)
      dirty.insert(item.uri)
    case "textDocument/didChange":
      guard let change = params(LSP.DidChangeParams.self), var document = documents[change.textDocument.uri] else {
        return nil
      }
      for edit in change.contentChanges { document.apply(edit) }
      if let version = change.textDocument.version { document.version = version }
      documents[document.uri] = document
      dirty.insert(document.uri)
    case "textDocument/didSave":
      if let saved = params(LSP.DocumentParams.self), documents[saved.textDocument.uri] != nil {
        dirty.insert(saved.textDocument.uri)
      }
    case "textDocument/didClose":
      guard let closed = params(LSP.DocumentParams.self) else { return nil }
      let uri = closed.textDocument.uri
      documents[uri] = nil
      published[uri] = nil
      dirty.remove(uri)
      notify("textDocument/publishDiagnostics", LSP.PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []))
    case "textDocument/codeAction":
      guard let id, let request = params(LSP.CodeActionParams.self) else { return nil }
      // Answer from the text as it is now, not as it was at the last published check.
      if dirty.contains(request.textDocument.uri) { checkDirtyDocuments() }
      respond(id: id, result: codeActions(request))
    case "workspace/didChangeConfiguration":
      if let given = (try? JSONDecoder().decode(Params<LSP.ConfigurationParams>.self, from: data))?.params.settings?.parallax {
        merge(given)
        reloadChecker()
        dirty.formUnion(documents.keys)
      }
    default:
      if let id { sendError(id: id, code: LSP.ErrorCode.methodNotFound, message: "no method '\(method)'") }
    }
    return nil
  }

  private static let initializeResult: JSONRPCValue = .object([
    "capabilities": .object([
      "textDocumentSync": .object([
        "openClose": .bool(true),
        "change": .int(2),
        "save": .object(["includeText": .bool(false)]),
      ]),
      "codeActionProvider": .object(["codeActionKinds": .array([.string("quickfix")])]),
      "positionEncoding": .string("utf-16"),
    ]),
    "serverInfo": .object(["name": .string("parallax"), "version": .string(ParallaxVersion.string)]),
  ])

  private func merge(_ given: LSP.Settings) {
    if let style = given.style { settings.style = style }
    if let minSeverity = given.minSeverity { settings.minSeverity = minSeverity }
  }

  /// Builds the checker for the current settings; on failure tells the user and checks nothing.
  private func reloadChecker() {
    do {
      checker = try makeChecker(settings)
    } catch {
      checker = nil
      let text = (error as? LocaleDataError)?.description ?? "\(error)"
      notify("window/showMessage", JSONRPCValue.object(["type": .int(1), "message": .string("parallax: \(text)")]))
      FileHandle.standardError.write(Data("parallax lsp: \(text)\n".utf8))
    }
  }

  // MARK: Checking

  private func checkDirtyDocuments() {
    for uri in dirty.sorted() {
      guard let document = documents[uri] else { continue }
      publish(document)
    }
    dirty.removeAll()
  }

  private func publish(_ document: TextDocument) {
    let start = DispatchTime.now().uptimeNanoseconds
    var entries: [(finding: StyleFinding, range: LSP.Range)] = []
    if let checker {
      let findings = (try? checker.check(document.text, path: Self.path(of: document.uri))) ?? []
      let positions = SourcePositions(document.text)
      entries = findings.map { finding in
        let (start, end) = positions.range(of: finding)
        return (
          finding,
          LSP.Range(
            start: LSP.Position(line: start.line - 1, character: start.utf16Column - 1),
            end: LSP.Position(line: end.line - 1, character: end.utf16Column - 1))
        )
      }
    }
    published[document.uri] = entries
    notify(
      "textDocument/publishDiagnostics",
      LSP.PublishDiagnosticsParams(
        uri: document.uri, version: document.version, diagnostics: entries.map { Self.diagnostic($0.finding, $0.range) }))
    if let log {
      let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
      log(
        "checked \(document.uri) (version \(document.version), \(document.text.utf8.count) bytes): "
          + "\(entries.count) finding\(entries.count == 1 ? "" : "s") in \(String(format: "%.1f", milliseconds)) ms")
    }
  }

  static func diagnostic(_ finding: StyleFinding, _ range: LSP.Range) -> LSP.Diagnostic {
    var message = finding.message
    if finding.inQuote { message += " (in quotation: not fixed)" }
    return LSP.Diagnostic(
      range: range, severity: severity(finding.severity), code: finding.ruleIdentifier, source: "parallax",
      message: message)
  }

  /// LSP severities: 1 error, 2 warning, 3 information, 4 hint.
  static func severity(_ severity: Severity) -> Int {
    switch severity {
    case .error: 1
    case .warning: 2
    case .suggestion: 3
    case .info: 4
    }
  }

  /// Quick fixes for the fixable findings touching the requested range (never in quotations).
  private func codeActions(_ request: LSP.CodeActionParams) -> [LSP.CodeAction] {
    if let only = request.context?.only, !only.contains(where: { $0 == "quickfix" || "quickfix".hasPrefix($0 + ".") }) {
      return []
    }
    let uri = request.textDocument.uri
    return (published[uri] ?? []).compactMap { entry in
      let finding = entry.finding
      guard finding.fixable, !finding.inQuote, let replacement = finding.suggestion, entry.range.touches(request.range)
      else { return nil }
      return LSP.CodeAction(
        title: "Replace '\(finding.match)' with '\(replacement)'", kind: "quickfix",
        diagnostics: [Self.diagnostic(finding, entry.range)], isPreferred: true,
        edit: LSP.WorkspaceEdit(changes: [uri: [LSP.TextEdit(range: entry.range, newText: replacement)]]))
    }
  }

  /// The path findings are reported under: the file path of a `file:` URI, else the URI.
  static func path(of uri: String) -> String {
    guard let url = URL(string: uri), url.isFileURL else { return uri }
    return url.path
  }

  // MARK: Output

  private func respond<Result: Encodable>(id: JSONRPCValue, result: Result) {
    send(JSONRPCResponse(id: id, result: result))
  }

  private func sendError(id: JSONRPCValue, code: Int, message: String) {
    struct Failure: Encodable {
      struct Body: Encodable {
        var code: Int
        var message: String
      }
      var jsonrpc = "2.0"
      var id: JSONRPCValue
      var error: Body
    }
    send(Failure(id: id, error: .init(code: code, message: message)))
  }

  private func notify<Params: Encodable>(_ method: String, _ params: Params) {
    send(JSONRPCNotification(method: method, params: params))
  }

  private func send(_ message: some Encodable) {
    guard let data = try? encoder.encode(message) else { return }
    connection.send(data)
  }
}

/// A JSON-RPC response with a result.
private struct JSONRPCResponse<Result: Encodable>: Encodable {
  var jsonrpc = "2.0"
  var id: JSONRPCValue
  var result: Result
}

/// A JSON-RPC notification.
private struct JSONRPCNotification<Params: Encodable>: Encodable {
  var jsonrpc = "2.0"
  var method: String
  var params: Params
}
