/// Chooses the reader of an input: by its extension, else by its first bytes.
struct DocumentFormatSniffer: Sendable {
  func format(of input: InputText) -> Document.Format {
    // The extension: after the last "." of the last path component that has text before it.
    let path = input.path.utf8
    let nameStart = path.lastIndex(of: UInt8(ascii: "/")).map { path.index(after: $0) } ?? path.startIndex
    var ext = ""
    if let dot = path[nameStart...].lastIndex(of: UInt8(ascii: ".")), path[nameStart..<dot].contains(where: { $0 != UInt8(ascii: ".") }) {
      ext = TextFold.fold(Substring(input.path[path.index(after: dot)...]))
    }
    switch ext {
    case "jsonl", "ndjson": return .jsonLines
    case "html", "htm", "xhtml": return .html
    case "md", "markdown": return .frontMatter
    default: break
    }
    let head = input.text.utf8.prefix(512)
    let start = head.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    // Bytes compared, not Characters: a front matter fence is ASCII.
    if input.text.utf8.starts(with: "---\n".utf8) || input.text.utf8.starts(with: "---\r\n".utf8) { return .frontMatter }
    if ext != "txt", start.first == UInt8(ascii: "{") { return .jsonLines }
    if ext != "txt", start.first == UInt8(ascii: "<") {
      let folded = TextFold.fold(String(decoding: start.prefix(200), as: UTF8.self))
      if folded.hasPrefix("<!doctype html") || folded.hasPrefix("<html") || folded.contains("<head") || folded.contains("<body") {
        return .html
      }
    }
    return .agencyText
  }
}
