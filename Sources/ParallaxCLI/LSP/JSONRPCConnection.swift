import Foundation

/// JSON-RPC 2.0 over a byte stream with LSP's base protocol framing: a `Content-Length: N`
/// header (other headers ignored), an empty line, then N bytes of UTF-8 JSON.
///
/// Reading runs on its own thread into a queue, so the server can tell whether more messages
/// are waiting (and coalesce a burst of edits into one check). Writing is serialized by a lock.
final class JSONRPCConnection: @unchecked Sendable {
  /// One framed message's body, or the end of input.
  enum Incoming: Sendable {
    case message(Data)
    case end
  }

  private let input: FileHandle
  private let output: FileHandle
  private let condition = NSCondition()
  private var queue: [Incoming] = []
  private let writeLock = NSLock()

  init(input: FileHandle, output: FileHandle) {
    self.input = input
    self.output = output
  }

  /// Starts the reader thread.
  func start() {
    let thread = Thread { [self] in readLoop() }
    thread.stackSize = 1 << 20
    thread.start()
  }

  /// The next message, waiting for one.
  func next() -> Incoming {
    condition.lock()
    defer { condition.unlock() }
    while queue.isEmpty { condition.wait() }
    return queue.removeFirst()
  }

  /// Whether a message is waiting.
  var hasPending: Bool {
    condition.lock()
    defer { condition.unlock() }
    return !queue.isEmpty
  }

  /// Writes one framed message.
  func send(_ body: Data) {
    var frame = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
    frame.append(body)
    writeLock.withLock {
      // A client that went away ends the session at the next read; nothing to report here.
      try? output.write(contentsOf: frame)
    }
  }

  private func enqueue(_ item: Incoming) {
    condition.lock()
    queue.append(item)
    condition.signal()
    condition.unlock()
  }

  private func readLoop() {
    var buffer = Data()
    let separator = Data("\r\n\r\n".utf8)
    while true {
      // Parse every complete message in the buffer.
      while let headerEnd = buffer.range(of: separator) {
        let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
        guard let length = Self.contentLength(header) else {
          // A frame without a length cannot be skipped reliably: stop.
          enqueue(.end)
          return
        }
        let bodyStart = headerEnd.upperBound
        guard buffer.distance(from: bodyStart, to: buffer.endIndex) >= length else { break }
        let bodyEnd = buffer.index(bodyStart, offsetBy: length)
        enqueue(.message(Data(buffer[bodyStart..<bodyEnd])))
        buffer = Data(buffer[bodyEnd...])
      }
      let chunk = input.availableData
      if chunk.isEmpty {
        enqueue(.end)
        return
      }
      buffer.append(chunk)
    }
  }

  /// The value of the `Content-Length` header (case-insensitive), if valid.
  static func contentLength(_ header: String) -> Int? {
    for line in header.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\r\n" || $0 == "\n" }) {
      let parts = line.split(separator: ":", maxSplits: 1)
      guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" else {
        continue
      }
      if let value = Int(parts[1].trimmingCharacters(in: .whitespaces)), value >= 0 { return value }
    }
    return nil
  }
}
