/// The Language Server Protocol structures the server reads and writes (LSP 3.17). Positions
/// are 0-based; `character` counts UTF-16 code units, the protocol's default encoding.
enum LSP {
  struct Position: Codable, Sendable, Equatable, Comparable {
    var line: Int
    var character: Int

    static func < (a: Position, b: Position) -> Bool { (a.line, a.character) < (b.line, b.character) }
  }

  struct Range: Codable, Sendable, Equatable {
    var start: Position
    var end: Position

    /// Whether the ranges share a position (touching counts: a cursor at a word's end asks
    /// for its fixes).
    func touches(_ other: Range) -> Bool { start <= other.end && other.start <= end }
  }

  struct TextDocumentIdentifier: Codable, Sendable {
    var uri: String
  }

  struct TextDocumentItem: Codable, Sendable {
    var uri: String
    var languageId: String?
    var version: Int
    var text: String
  }

  struct VersionedTextDocumentIdentifier: Codable, Sendable {
    var uri: String
    var version: Int?
  }

  /// A change: a range and its new text, or the whole new text when `range` is absent.
  struct ContentChange: Codable, Sendable {
    var range: Range?
    var rangeLength: Int?
    var text: String
  }

  struct DidOpenParams: Codable, Sendable {
    var textDocument: TextDocumentItem
  }

  struct DidChangeParams: Codable, Sendable {
    var textDocument: VersionedTextDocumentIdentifier
    var contentChanges: [ContentChange]
  }

  struct DocumentParams: Codable, Sendable {
    var textDocument: TextDocumentIdentifier
  }

  struct Diagnostic: Codable, Sendable, Equatable {
    var range: Range
    /// 1 error, 2 warning, 3 information, 4 hint.
    var severity: Int
    var code: String
    var source: String
    var message: String
  }

  struct PublishDiagnosticsParams: Codable, Sendable {
    var uri: String
    var version: Int?
    var diagnostics: [Diagnostic]
  }

  struct CodeActionContext: Codable, Sendable {
    var diagnostics: [Diagnostic]?
    var only: [String]?
  }

  struct CodeActionParams: Codable, Sendable {
    var textDocument: TextDocumentIdentifier
    var range: Range
    var context: CodeActionContext?
  }

  struct TextEdit: Codable, Sendable, Equatable {
    var range: Range
    var newText: String
  }

  struct WorkspaceEdit: Codable, Sendable {
    var changes: [String: [TextEdit]]
  }

  struct CodeAction: Codable, Sendable {
    var title: String
    var kind: String
    var diagnostics: [Diagnostic]
    var isPreferred: Bool
    var edit: WorkspaceEdit
  }

  /// Settings a client may send (`initializationOptions`, or `settings.parallax` in
  /// `workspace/didChangeConfiguration`).
  struct Settings: Codable, Sendable, Equatable {
    var style: String?
    var minSeverity: String?
  }

  struct InitializeParams: Codable, Sendable {
    var initializationOptions: Settings?
  }

  struct ConfigurationParams: Codable, Sendable {
    struct Wrapped: Codable, Sendable { var parallax: Settings? }
    var settings: Wrapped?
  }

  /// The JSON-RPC error codes the server answers with.
  enum ErrorCode {
    static let parseError = -32700
    static let invalidRequest = -32600
    static let methodNotFound = -32601
    static let invalidParams = -32602
    static let serverNotInitialized = -32002
  }
}
