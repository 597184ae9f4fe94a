import Foundation
import ParallaxBenchSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Starts the release `parallax lsp`, opens a 50 KB English news document in it, then sends
/// one-character edits (`textDocument/didChange`, incremental, alternately typing and deleting
/// a letter in the middle of the document) and times each from the moment its message is
/// written to the moment the `publishDiagnostics` of its version has been read: what an editor
/// waits for. Reports the median over the edits, after three warm-up edits.
struct LSPChangeBenchmark: Benchmark {
  let name = "lsp-change"
  let summary = "'parallax lsp': didChange on a 50 KB document until its diagnostics arrive; median"
  let floor: Floor? = .millisecondsBelow(50)
  /// The document's size in UTF-8 bytes (at least).
  let documentBytes = 50_000

  func run(in context: BenchContext) throws(BenchError) -> BenchResult {
    let path = context.parallaxExecutable.path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw .spawn(path: path, reason: "no executable there")
    }
    var arguments = ["lsp", "--style", "ap-en"]
    if let locales = context.localesArgument { arguments += ["--locales", locales] }
    let server = try LSPProcess(path: path, arguments: arguments)
    defer { server.stop() }

    let (text, editLine) = Self.document(bytes: documentBytes, seed: context.seed)
    let uri = "file:///bench/lsp-change.md"
    try server.request(id: 1, method: "initialize", params: #"{"capabilities":{},"initializationOptions":{"style":"ap-en"}}"#)
    try server.send(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
    try server.send(
      #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"markdown","version":1,"text":\#(Self.jsonString(text))}}}"#
    )
    let opened = try server.diagnostics(version: 1)

    var times: [Double] = []
    var counts: Set<Int> = []
    let edits = max(21, context.startupRuns)
    for edit in 0..<(3 + edits) {
      let version = edit + 2
      // Type an "x" at the start of the line, then delete it: the text alternates between two states.
      let change =
        edit % 2 == 0
        ? #"{"range":{"start":{"line":\#(editLine),"character":0},"end":{"line":\#(editLine),"character":0}},"text":"x"}"#
        : #"{"range":{"start":{"line":\#(editLine),"character":0},"end":{"line":\#(editLine),"character":1}},"text":""}"#
      let start = Stopwatch.now()
      try server.send(
        #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(uri)","version":\#(version)},"contentChanges":[\#(change)]}}"#
      )
      let count = try server.diagnostics(version: version)
      let seconds = Double(Stopwatch.now() - start) / 1e9
      if edit >= 3 { times.append(seconds) }
      counts.insert(count)
    }
    try server.request(id: 2, method: "shutdown", params: "null")
    try server.send(#"{"jsonrpc":"2.0","method":"exit"}"#)

    times.sort()
    let middle = median(ofSorted: times)
    var result = BenchResult(name: name, bytes: text.utf8.count, milliseconds: middle * 1000, floor: floor)
    result.notes.append(
      "median of \(times.count) edits of a \(text.utf8.count)-byte document; min \(String(format1: (times.first ?? 0) * 1000)) ms, "
        + "max \(String(format1: (times.last ?? 0) * 1000)) ms; \(opened) diagnostics")
    // Every edit is outside any name, so each check finds what the first one found.
    if opened == 0 || counts != [opened] {
      result.verified = false
      result.notes.append("diagnostics changed with edits that touch no name: \(opened) at open, then \(counts.sorted())")
    }
    return result
  }

  /// English paragraphs from the corpus generator until `bytes` UTF-8 bytes, as a Markdown
  /// story, and the line the edits go to (a blank line in the middle, so an edit touches no name).
  static func document(bytes: Int, seed: UInt64) -> (text: String, editLine: Int) {
    var generator = CorpusGenerator(seed: seed)
    var paragraphs: [String] = []
    var size = 0
    while size < bytes {
      let paragraph = generator.nextParagraph()
      guard paragraph.language == .en else { continue }
      paragraphs.append(paragraph.text)
      size += paragraph.text.utf8.count + 2
    }
    let middle = paragraphs.count / 2
    let before = paragraphs[..<middle].joined(separator: "\n\n")
    let text = "# Bench story\n\n" + before + "\n\n\n" + paragraphs[middle...].joined(separator: "\n\n") + "\n"
    let editLine = 2 + before.split(separator: "\n", omittingEmptySubsequences: false).count
    return (text, editLine)
  }

  /// `text` as a JSON string literal.
  static func jsonString(_ text: String) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: [text])) ?? Data("[\"\"]".utf8)
    return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
  }
}

/// A language server child process spoken to over pipes with `Content-Length` framing.
private final class LSPProcess {
  private let pid: pid_t
  private let input: Int32
  private let output: Int32
  private var buffer: [UInt8] = []
  private let path: String

  init(path: String, arguments: [String]) throws(BenchError) {
    self.path = path
    let child = try PipedProcess.spawn(path, arguments)
    pid = child.pid
    input = child.input
    output = child.output
  }

  /// Writes one framed message.
  func send(_ json: String) throws(BenchError) {
    let bytes = Array("Content-Length: \(json.utf8.count)\r\n\r\n\(json)".utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { throw .spawn(path: path, reason: "the server closed its input") }
      offset += written
    }
  }

  /// Sends a request and reads until its response.
  func request(id: Int, method: String, params: String) throws(BenchError) {
    try send(#"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":\#(params)}"#)
    while true {
      let message = try next()
      if message["method"] == nil, message["id"] as? Int == id { return }
    }
  }

  /// Reads until the diagnostics of `version` arrive; returns how many there are.
  func diagnostics(version: Int) throws(BenchError) -> Int {
    while true {
      let message = try next()
      guard message["method"] as? String == "textDocument/publishDiagnostics",
        let params = message["params"] as? [String: Any], params["version"] as? Int == version
      else { continue }
      return (params["diagnostics"] as? [Any])?.count ?? 0
    }
  }

  /// The next message from the server.
  private func next() throws(BenchError) -> [String: Any] {
    while true {
      if let end = headerEnd(), let length = contentLength(in: buffer[..<end]), buffer.count >= end + length {
        let body = Data(buffer[end..<(end + length)])
        buffer.removeFirst(end + length)
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
          throw .spawn(path: path, reason: "the server sent a message that is not a JSON object")
        }
        return object
      }
      var chunk = [UInt8](repeating: 0, count: 65_536)
      let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { throw .spawn(path: path, reason: "the server closed its output") }
      buffer.append(contentsOf: chunk[0..<count])
    }
  }

  /// The index just past the header's blank line, if the buffer holds a whole header.
  private func headerEnd() -> Int? {
    guard buffer.count >= 4 else { return nil }
    for index in 0...(buffer.count - 4)
    where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
      return index + 4
    }
    return nil
  }

  private func contentLength(in header: ArraySlice<UInt8>) -> Int? {
    for line in String(decoding: header, as: UTF8.self).split(separator: "\r\n") {
      let parts = line.split(separator: ":", maxSplits: 1)
      if parts.count == 2, parts[0].lowercased() == "content-length" {
        return Int(parts[1].trimmingCharacters(in: .whitespaces))
      }
    }
    return nil
  }

  /// Closes the pipes and waits for the server to exit.
  func stop() {
    close(input)
    close(output)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
  }
}
