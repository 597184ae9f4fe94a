import Yams

/// Reads Markdown or text that may open with YAML front matter between `---` lines
/// (`title source url published language`, all optional; other keys are ignored).
struct FrontMatterReader: Sendable {

  func read(_ input: InputText) -> Result<RawDocument, IngestError> {
    let text = input.text
    var document = RawDocument(
      id: DocumentID(input.path), path: input.path, format: .frontMatter, text: text, paragraphs: [],
      sourceMap: .verbatim())
    var bodyStart = 0
    let bytes = Array(text.utf8.prefix(FrontMatterFence.limit))
    if let fence = FrontMatterFence.find(in: text, path: input.path) {
      if let problem = fence.problem { return .failure(problem) }
      document.title = fence.fields["title"]
      document.outlet = fence.fields["source"]
      document.url = fence.fields["url"]
      document.published = fence.fields["published"]
      document.language = fence.fields["language"]
      bodyStart = fence.bodyStart
    }
    var paragraphs = RawDocument.paragraphs(in: text, from: bodyStart)
    // A Markdown heading opening the body is the title when the front matter has none.
    if let first = paragraphs.first, bytes.count > first.lowerBound, bytes[first.lowerBound] == UInt8(ascii: "#") {
      var s = first.lowerBound
      while s < first.upperBound, bytes[s] == UInt8(ascii: "#") { s += 1 }
      while s < first.upperBound, bytes[s] == 0x20 { s += 1 }
      paragraphs[0] = s..<first.upperBound
      document.headingTitle = true
    }
    document.paragraphs = paragraphs
    return .success(document)
  }

}

/// The scalar fields of YAML front matter (`title source url published language`).
enum FrontMatterFields {
  static let keys = ["title", "source", "url", "published", "language"]

  /// The scalar fields of the front matter; line numbers count from the file's first line.
  static func parse(_ yaml: String, path: String) -> Result<[String: String], IngestError> {
    let node: Node?
    do {
      // Scalars are read as text: no tag resolution (regular expressions per key), and UTF-8
      // named rather than looked up in the environment for every document.
      node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
    } catch let error as YamlError {
      switch error {
      case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
        return .failure(.frontMatter(path: path, line: mark.line + 1, column: mark.column, problem: problem))
      default:
        return .failure(.frontMatter(path: path, line: 2, column: 1, problem: "\(error)"))
      }
    } catch {
      return .failure(.frontMatter(path: path, line: 2, column: 1, problem: "\(error)"))
    }
    guard let node else { return .success([:]) }
    guard case .mapping(let mapping) = node else {
      return .failure(.frontMatter(path: path, line: (node.mark?.line ?? 1) + 1, column: node.mark?.column ?? 1, problem: "front matter must be a mapping of keys to values"))
    }
    var fields: [String: String] = [:]
    for (key, value) in mapping {
      guard let name = key.string, Self.keys.contains(name) else { continue }
      guard case .scalar(let scalar) = value else {
        return .failure(.frontMatter(path: path, line: (value.mark?.line ?? 1) + 1, column: value.mark?.column ?? 1, problem: "'\(name)' must be a single value"))
      }
      fields[name] = scalar.string
    }
    return .success(fields)
  }
}
