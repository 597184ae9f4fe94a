/// Finds YAML front matter between `---` lines at the start of a file and checks that it
/// parses: the one place that decides where front matter ends and the body begins, for
/// `statements`, `compare` and `check` alike.
///
/// ```swift
/// let fence = FrontMatterFence.find(in: "---\ntitle: \"Unclosed\n---\nBody.\n", path: "a.md")
/// fence?.bodyStart   // 24: the body begins after the closing line
/// fence?.problem     // a.md:2:8: error: malformed front matter: …
/// ```
public struct FrontMatterFence: Sendable, Equatable {
  /// The longest front matter read, in bytes; a file whose closing line comes later is
  /// reported as such rather than as unclosed.
  public static let limit = 1 << 20

  /// The YAML between the fences: UTF-8 offsets in the text.
  public var yaml: Range<Int>
  /// Where the body begins (after the closing line), or where the YAML begins when there is no
  /// closing line: the opening line is never body text.
  public var bodyStart: Int
  /// Whether a closing `---` or `...` line was found.
  public var closed: Bool
  /// What is wrong with the front matter: no closing line, too long, or YAML that does not
  /// parse; nil when it is well formed (as far as the fence and YAML syntax go).
  public var problem: IngestError?
  /// The scalar fields the readers use (`title source url published language`), parsed once.
  public var fields: [String: String] = [:]

  /// The front matter of `text`, or nil when the text does not open with a `---` line.
  public static func find(in text: String, path: String) -> FrontMatterFence? {
    let utf8 = text.utf8
    let opening: Int
    if utf8.starts(with: "---\n".utf8) {
      opening = 4
    } else if utf8.starts(with: "---\r\n".utf8) {
      opening = 5
    } else {
      return nil
    }
    let bytes = Array(utf8.prefix(limit + opening))
    var lineStart = opening
    var closing: (start: Int, end: Int)?
    while lineStart < bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
      // A line cut by the limit is not a closing line.
      if lineEnd == bytes.count, bytes.count < utf8.count { break }
      var content = bytes[lineStart..<lineEnd]
      if content.last == 0x0D { content = content.dropLast() }
      if content.elementsEqual("---".utf8) || content.elementsEqual("...".utf8) {
        closing = (lineStart, min(lineEnd + 1, bytes.count))
        break
      }
      lineStart = lineEnd + 1
    }
    guard let closing else {
      let problem =
        utf8.count > bytes.count
        ? "no closing '---' line in the first \(limit) bytes (front matter is limited to 1 MB)"
        : "the opening '---' has no closing '---' line"
      return FrontMatterFence(
        yaml: opening..<bytes.count, bodyStart: opening, closed: false,
        problem: .frontMatter(path: path, line: 1, column: 1, problem: problem))
    }
    var fence = FrontMatterFence(yaml: opening..<closing.start, bodyStart: closing.end, closed: true, problem: nil)
    switch FrontMatterFields.parse(String(decoding: bytes[opening..<closing.start], as: UTF8.self), path: path) {
    case .success(let fields): fence.fields = fields
    case .failure(let error): fence.problem = error
    }
    return fence
  }
}
